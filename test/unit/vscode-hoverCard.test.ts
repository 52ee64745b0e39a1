import * as assert from 'assert';
import { markSpeakers } from '../../src/core/analyzeFile';
import { CorpusIndex } from '../../src/core/corpusIndex';
import type { Entity, FileAnalysis, MentionRecord, PassageRecord } from '../../src/core/model';
import { CorpusLookup } from '../../src/vscode/corpusLookup';
import { escapeMarkdown, oneLine, plural } from '../../src/vscode/format';
import { HOVER_COMMANDS, renderHoverCard } from '../../src/vscode/hoverCard';

// Two invented articles, as the per-file analysis would describe them: a mayor named in both and
// quoted three times, a council, and a passage nobody is named for. Linked by the real index.
const mention = (start: number, text: string, local: number, role?: [number, string]): MentionRecord =>
  ({ start, end: start + text.length, text, type: local === 1 ? 'organization' : 'person', local, role: role && { start: role[0], end: role[0] + role[1].length, text: role[1] } });
const said = (start: number, text: string, speakers: number[]): PassageRecord => ({ start, end: start + text.length, text, kind: 'direct', speakers });
const file = (name: string, analysis: Partial<FileAnalysis>): FileAnalysis => {
  const made: FileAnalysis = { file: name, language: 'en', length: 1000, localEntities: [], mentions: [], passages: [], claims: [], issues: [], ...analysis };
  markSpeakers(made.localEntities, made.passages);
  return made;
};
const index = new CorpusIndex([
  file('a.txt', {
    localEntities: [{ type: 'person', name: 'Ingrid Solvang', forms: ['Ingrid Solvang', 'Solvang'] }],
    mentions: [mention(10, 'Ingrid Solvang', 0, [4, 'Mayor']), mention(80, 'Solvang', 0)],
    passages: [said(30, 'Nobody drives over that bridge until we know it is safe.', [0]), said(100, 'It is the cheapest option we have.', [0])],
  }),
  file('b.txt', {
    localEntities: [{ type: 'person', name: 'Ingrid Solvang', forms: ['Ingrid Solvang'] }, { type: 'organization', name: 'Hallowmere Borough Council', forms: ['Hallowmere Borough Council'] }],
    mentions: [mention(5, 'Ingrid Solvang', 0, [0, 'mayor']), mention(50, 'Hallowmere Borough Council', 1)],
    passages: [said(90, 'We [clicked](command:workbench.action.quit) *here*.', [0]), said(200, 'Nobody told us anything.', [])],
  }),
]);
// Roles written in a third file: a different wording, and a repeat of one already known.
index.update([file('c.txt', {
  localEntities: [{ type: 'person', name: 'Ingrid Solvang', forms: ['Ingrid Solvang'] }],
  mentions: [mention(20, 'Ingrid Solvang', 0, [0, 'council leader']), mention(60, 'Ingrid Solvang', 0, [50, 'Mayor'])],
})]);
const lookup = new CorpusLookup(index);
const entityNamed = (name: string): Entity => lookup.analysis.entities.find((e) => e.name === name)!;
const mayor = entityNamed('Ingrid Solvang');
const council = entityNamed('Hallowmere Borough Council');

describe('corpus lookup', () => {
  it('finds the entity named at an offset, including just after the name', () => {
    assert.strictEqual(lookup.mentionAt('a.txt', 10)?.entity.name, 'Ingrid Solvang');
    assert.strictEqual(lookup.mentionAt('a.txt', 87)?.entity.name, 'Ingrid Solvang');
    assert.strictEqual(lookup.mentionAt('b.txt', 60)?.entity.name, 'Hallowmere Borough Council');
    assert.strictEqual(lookup.mentionAt('a.txt', 50), undefined);
    assert.strictEqual(lookup.mentionAt('c.txt', 10), undefined);
  });

  it('resolves the entity at an offset with its mentions and passages read in slices', async () => {
    const fresh = new CorpusLookup(index);
    const found = await fresh.resolveMentionAt('a.txt', 10);
    assert.strictEqual(found?.entity.name, 'Ingrid Solvang');
    assert.deepStrictEqual(found?.entity.mentions, mayor.mentions);
    assert.strictEqual(await fresh.resolveMentionAt('a.txt', 50), undefined);
  });

  it('builds the same corpus-wide views in slices as at once', async () => {
    const sliced = new CorpusLookup(index);
    await sliced.prepare();
    assert.deepStrictEqual(JSON.parse(JSON.stringify(sliced.analysis)), JSON.parse(JSON.stringify(new CorpusLookup(index).analysis)));
  });

  it('lists passages by speaker and by position', () => {
    assert.deepStrictEqual(lookup.passagesOf(mayor.id).map((p) => `${p.file}:${p.start}`), ['a.txt:30', 'a.txt:100', 'b.txt:90']);
    assert.deepStrictEqual(lookup.passagesOf(null).map((p) => p.text), ['Nobody told us anything.']);
    assert.deepStrictEqual(lookup.passagesAt('a.txt', 40).map((p) => p.start), [30]);
    assert.deepStrictEqual(lookup.passagesAt('a.txt', 95), []);
    const speakers = lookup.speakers().map((s) => [s.entity?.name ?? null, s.passages.length, s.files]);
    assert.deepStrictEqual(speakers, [['Ingrid Solvang', 3, 2], [null, 1, 1]]);
    // One entity's passages (read without the corpus-wide views) are those views' passages.
    assert.deepStrictEqual(lookup.passagesOf(mayor.id), lookup.analysis.passages.filter((p) => p.speaker === mayor.id));
  });
});

describe('corpus lookup snapshots', () => {
  const person = (start: number, text: string, local: number): MentionRecord => ({ start, end: start + text.length, text, type: 'person', local });
  const ada = { type: 'person' as const, name: 'Ada Quist', forms: ['Ada Quist'] };
  const bo = { type: 'person' as const, name: 'Bo Renn', forms: ['Bo Renn'] };

  it('follow the index as files are added and removed, one passage per speaker of a joint statement', () => {
    const local = new CorpusIndex([file('x.txt', { localEntities: [ada], mentions: [person(0, 'Ada Quist', 0)], passages: [said(40, 'We agree.', [0])] })]);
    assert.deepStrictEqual(new CorpusLookup(local).speakers().map((s) => s.entity?.name), ['Ada Quist']);
    local.update([file('y.txt', {
      localEntities: [ada, bo], mentions: [person(0, 'Ada Quist', 0), person(14, 'Bo Renn', 1)],
      passages: [said(30, 'Both of us will stay.', [0, 1])],
    })]);
    const joint = new CorpusLookup(local).analysis.passages.filter((p) => p.file === 'y.txt');
    assert.deepStrictEqual(joint.map((p) => p.coSpeakers?.length), [1, 1]);
    assert.strictEqual(new Set(joint.map((p) => p.speaker)).size, 2);
    local.delete('y.txt');
    const after = new CorpusLookup(local);
    assert.deepStrictEqual(after.analysis.files, ['x.txt']);
    assert.ok(after.analysis.passages.every((p) => p.file === 'x.txt'));
    assert.deepStrictEqual(after.speakers().map((s) => s.entity?.name), ['Ada Quist']);
  });
});

describe('hover card', () => {
  const card = renderHoverCard(mayor, { file: 'a.txt', start: 10, end: 24 }, lookup, { maxPassages: 2 });

  it('shows name, kind, roles with their files, aliases and counts', () => {
    assert.match(card, /^\*\*Ingrid Solvang\*\* · person/);
    assert.match(card, /\*Roles:\* Mayor \(3 files\) · council leader \(c\\\.txt\)/);
    assert.match(card, /\*Also:\* Solvang/);
    assert.match(card, /5 mentions in 3 files · 3 passages in 2 files/);
  });

  it('quotes the first passages and counts the rest', () => {
    assert.match(card, /Nobody drives over that bridge/);
    assert.match(card, /cheapest option/);
    assert.doesNotMatch(card, /clicked/);
    assert.match(card, /\\\+1 more/);
  });

  it('links only to its own commands, with the hovered mention as argument', () => {
    const links = [...card.matchAll(/\]\(command:([\w.]+)\?([^ )]+)/g)];
    assert.deepStrictEqual(links.map((l) => l[1]), HOVER_COMMANDS);
    for (const link of links) assert.deepStrictEqual(JSON.parse(decodeURIComponent(link[2])), ['a.txt', 10]);
  });

  it('escapes article text so it cannot become a link or formatting', () => {
    const all = renderHoverCard(mayor, { file: 'a.txt', start: 10, end: 24 }, lookup, { maxPassages: 5 });
    assert.ok(all.includes('We \\[clicked\\]\\(command\\:workbench\\.action\\.quit\\) \\*here\\*\\.'), all);
    assert.strictEqual([...all.matchAll(/\]\(command:/g)].length, HOVER_COMMANDS.length);
  });

  it('quotes the hovered article first', () => {
    const fromB = renderHoverCard(mayor, { file: 'b.txt', start: 5, end: 19 }, lookup, { maxPassages: 1 });
    assert.match(fromB, /We \\\[clicked/);
    assert.doesNotMatch(fromB, /Nobody drives/);
  });

  it('owns up to a link made by a bare surname, and only there', () => {
    const withBare = new CorpusLookup(new CorpusIndex([
      file('a.txt', { localEntities: [{ type: 'person', name: 'Ingrid Solvang', forms: ['Ingrid Solvang'] }], mentions: [mention(10, 'Ingrid Solvang', 0)] }),
      file('d.txt', { localEntities: [{ type: 'person', name: 'Solvang', forms: ['Solvang'] }], mentions: [mention(40, 'Solvang', 0)] }),
    ]));
    const found = withBare.mentionAt('d.txt', 42)!;
    assert.strictEqual(found.entity.name, 'Ingrid Solvang');
    assert.strictEqual(found.bySurname, 'Solvang');
    assert.match(renderHoverCard(found.entity, found.mention, withBare, { maxPassages: 1 }, found.bySurname), /names only “Solvang”: taken to be the Solvang the corpus names most/);
    assert.strictEqual(withBare.mentionAt('a.txt', 12)?.bySurname, undefined);
  });

  it('leaves out "Show in Speakers" for someone who said nothing', () => {
    const orgCard = renderHoverCard(council, council.mentions[0], lookup, { maxPassages: 3 });
    assert.match(orgCard, /· organisation/);
    assert.doesNotMatch(orgCard, /Show in Speakers/);
    assert.match(orgCard, /0 passages in 0 files/);
  });
});

describe('format helpers', () => {
  it('counts, flattens and escapes', () => {
    assert.strictEqual(plural(1, 'passage'), '1 passage');
    assert.strictEqual(plural(12000, 'file'), '12,000 files');
    assert.strictEqual(plural(2, 'person', 'people'), '2 people');
    assert.strictEqual(oneLine('a\n  b  c', 20), 'a b c');
    assert.strictEqual(oneLine('abcdefghij', 6), 'abcde…');
    assert.strictEqual(escapeMarkdown('<b>[x](y)</b>'), '\\<b\\>\\[x\\]\\(y\\)\\</b\\>');
  });
});
