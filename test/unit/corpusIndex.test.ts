import { strict as assert } from 'node:assert';
import { analyzeFile } from '../../src/core/analyzeFile';
import { linkCorpus } from '../../src/core/corpus';
import { CorpusIndex } from '../../src/core/corpusIndex';
import { packAnalysis, unpackAnalysis } from '../../src/core/indexCache';
import { runToEnd } from '../../src/core/slices';
import type { Entity, FileAnalysis } from '../../src/core/model';
import { generateCorpus, seededRandom } from '../../bench/generate';

/** Entities as sets of mentions, comparable whatever their ids. */
const partition = (entities: Array<Entity | undefined>): string[] =>
  entities.map((e) => e!.mentions.map((m) => `${m.file}@${m.start}`).sort().join(' ')).sort();

const indexPartition = (index: CorpusIndex): string[] => partition(index.entityIds().map((id) => index.entity(id)));

describe('CorpusIndex', () => {
  const analyses = generateCorpus(60, 7).map((a) => analyzeFile(a.file, a.text));

  it('links the corpus into the same entities as linkCorpus', () => {
    assert.deepEqual(indexPartition(new CorpusIndex(analyses)), partition(linkCorpus(analyses).entities));
  });

  it('stays equal to a full relink through edits, additions and removals one file at a time', () => {
    const random = seededRandom(3);
    const index = new CorpusIndex();
    const current = new Map<string, FileAnalysis>();
    const order = [...analyses].sort(() => random() - 0.5);
    for (const analysis of order) {
      index.update([analysis]);
      current.set(analysis.file, analysis);
    }
    // Replace files with other files' content (names appear and vanish), and remove some.
    for (let step = 0; step < 25; step++) {
      const target = order[Math.floor(random() * order.length)].file;
      if (random() < 0.3) {
        index.delete(target);
        current.delete(target);
      } else {
        const donor = analyses[Math.floor(random() * analyses.length)];
        const replaced = { ...donor, file: target };
        index.update([replaced]);
        current.set(target, replaced);
      }
      const files = [...current.keys()].sort().map((f) => current.get(f)!);
      assert.deepEqual(indexPartition(index), partition(linkCorpus(files).entities), `after step ${step}`);
    }
  });

  it('joins bare surnames a step at a time, with files changing between the steps, as linkCorpus does at once', () => {
    const bare = '“We finished early,” Varnow said.';
    const files = [
      analyzeFile('a.txt', 'Port director Ilse Varnow opened the new quay on Monday.'),
      analyzeFile('b.txt', bare),
      analyzeFile('c.txt', 'Harbour engineer Anna Kell checked the cranes.'),
      analyzeFile('d.txt', '“The cranes are ready,” Kell said.'),
    ];
    const index = new CorpusIndex(files);
    // Varnow is worked out in the first step (an index read would work out the rest at once); a
    // second Varnow arrives before the last.
    const steps = index.surnameSteps();
    steps.next();
    const tomas = analyzeFile('e.txt', 'The engineer Tomas Varnow checked the cranes.');
    index.update([tomas]);
    while (!steps.next().done);
    assert.equal(index.entity(index.entityAt('b.txt', bare.indexOf('Varnow'))!.entity)?.name, 'Varnow', 'one article each: too close to call');
    assert.deepEqual(indexPartition(index), partition(linkCorpus([...files, tomas]).entities));
  });

  it('joins a bare surname to the person it stands for, and parts them when another person takes that surname', () => {
    const bare = '“We finished early,” Varnow said.';
    const index = new CorpusIndex([
      analyzeFile('a.txt', 'Port director Ilse Varnow opened the new quay on Monday.'),
      analyzeFile('d.txt', bare),
    ]);
    const speakerOf = () => index.entityAt('d.txt', bare.indexOf('Varnow'))!.entity;
    assert.equal(index.entity(speakerOf())?.name, 'Ilse Varnow');
    assert.equal(index.passagesOf(speakerOf()).length, 1);
    assert.equal(index.entityIds().length, 1);
    index.update([analyzeFile('e.txt', 'The engineer Tomas Varnow checked the cranes.')]);
    assert.equal(index.entity(speakerOf())?.name, 'Varnow', 'one article each: too close to call');
    assert.equal(index.entityIds().length, 3);
    index.update(['b.txt', 'c.txt'].map((file) => analyzeFile(file, 'Ilse Varnow thanked the crews.')));
    assert.equal(index.entity(speakerOf())?.name, 'Ilse Varnow');
    assert.deepEqual([...new Set(index.mentionsOf(speakerOf()).map((m) => m.file))].sort(), ['a.txt', 'b.txt', 'c.txt', 'd.txt']);
  });

  it('gives a bare surname to the organisation of that name only while no person bears it', () => {
    const bare = '“We finished early,” Varnow said.';
    const index = new CorpusIndex([
      analyzeFile('org.txt', 'Varnow Holdings Ltd reported higher profits. Varnow Holdings said demand grew.'),
      analyzeFile('bare.txt', bare),
    ]);
    const nameAt = () => index.entity(index.entityAt('bare.txt', bare.indexOf('Varnow'))!.entity)?.name;
    const files = new Map(index.files().map((file) => [file, index.fileAnalysis(file)!]));
    const sameAsLinkCorpus = () => assert.deepEqual(indexPartition(index), partition(linkCorpus([...files.values()]).entities));
    assert.equal(nameAt(), 'Varnow Holdings Ltd');
    sameAsLinkCorpus();
    const person = analyzeFile('p.txt', 'Port director Ilse Varnow opened the quay.');
    index.update([person]);
    files.set('p.txt', person);
    assert.equal(nameAt(), 'Ilse Varnow');
    sameAsLinkCorpus();
    index.delete('p.txt');
    files.delete('p.txt');
    assert.equal(nameAt(), 'Varnow Holdings Ltd');
    sameAsLinkCorpus();
    index.delete('org.txt');
    files.delete('org.txt');
    assert.equal(nameAt(), 'Varnow');
    sameAsLinkCorpus();
  });

  it('gives a bare surname with an honorific only to someone of that gender', () => {
    const bare = '“I was proud of her,” Mr. Ostrander said.';
    const index = new CorpusIndex(['a.txt', 'b.txt', 'c.txt'].map((file) => analyzeFile(file, 'Laura Ostrander questioned the minister.')));
    index.update([analyzeFile('e.txt', bare)]);
    const nameAt = () => index.entity(index.entityAt('e.txt', bare.indexOf('Ostrander'))!.entity)?.name;
    assert.equal(nameAt(), 'Ostrander', 'not Laura');
    index.update([analyzeFile('d.txt', 'Her husband, Peter Ostrander, was in the gallery.')]);
    assert.equal(nameAt(), 'Peter Ostrander');
  });

  it('reads the passages only of files where the entity speaks', () => {
    const quiet = 'Ilse Varnow toured the quay with the crews.';
    const loud = 'Ilse Varnow opened the quay.\n“It took four years,” Varnow said.';
    const packed = [analyzeFile('quiet.txt', quiet), analyzeFile('loud.txt', loud)].map((a) => unpackAnalysis(packAnalysis(a))!);
    const index = new CorpusIndex(packed);
    const parsed = (analysis: FileAnalysis): boolean => 'value' in Object.getOwnPropertyDescriptor(analysis, 'passages')!;
    const id = index.entityAt('quiet.txt', 0)!.entity;
    runToEnd(index.entitySteps(id));
    assert.deepEqual(packed.map(parsed), [false, true]);
    assert.deepEqual(index.passagesOf(id).map((p) => `${p.file}: ${p.text}`), ['loud.txt: It took four years,']);
    assert.equal(parsed(packed[0]), false);
  });

  it('keeps the ids of entities an edit does not touch', () => {
    const index = new CorpusIndex(analyses);
    const before = new Map(index.entityIds().map((id) => [id, index.entity(id)!.name]));
    const edited = analyzeFile(analyses[0].file, 'Nobody is named here at all.');
    index.update([edited]);
    const unchanged = index.entityIds().filter((id) => before.get(id) === index.entity(id)!.name);
    assert.ok(unchanged.length >= before.size - analyses[0].localEntities.length * 2, `${unchanged.length} of ${before.size} kept`);
  });

  it('finds the entity at an offset, including just after the name, and what it said', () => {
    const first = 'Tarrow mayor Ilse Varnow opened the footbridge on Monday.\n“It took four years,” Varnow said.';
    const second = 'Ilse Varnow, the mayor of Tarrow, said the bridge cost less than planned.';
    const index = new CorpusIndex([analyzeFile('a.txt', first), analyzeFile('b.txt', second)]);
    const at = (file: string, text: string, word: string, delta = 0) => index.entityAt(file, text.indexOf(word) + delta);
    const hit = at('a.txt', first, 'Varnow said');
    assert.ok(hit);
    assert.equal(index.entity(hit.entity)?.name, 'Ilse Varnow');
    assert.equal(at('a.txt', first, 'Ilse Varnow', 'Ilse Varnow'.length)?.entity, hit.entity);
    assert.equal(at('b.txt', second, 'Ilse')?.entity, hit.entity, 'the same person in the other file');
    assert.equal(at('a.txt', first, 'footbridge'), undefined);
    assert.equal(index.entityAt('missing.txt', 0), undefined);
    const said = index.passagesOf(hit.entity);
    assert.ok(said.some((p) => p.file === 'a.txt' && p.text.startsWith('It took four years')), JSON.stringify(said));
    assert.ok(said.every((p) => p.speaker === hit.entity));
  });
});
