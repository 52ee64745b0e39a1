// People and organisations linked across articles, on invented articles; then the entity scores on
// the gold-labelled corpora (skipped when ../shared is not beside this checkout).
import { strict as assert } from 'node:assert';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyzeFile } from '../../src/core/analyzeFile';
import { linkCorpus } from '../../src/core/corpus';
import type { CorpusAnalysis, Entity } from '../../src/core/model';
import { SHARED, SHARED_SCORER, analyseFolderInProcess, sharedScores, type SharedScores } from '../support/sharedScorer';

function analyse(articles: Record<string, string>): CorpusAnalysis {
  return linkCorpus(Object.entries(articles).map(([file, text]) => analyzeFile(file, text)));
}

/** The entity whose name or alias is `form`, and the files it is mentioned in. */
function entity(analysis: CorpusAnalysis, form: string): Entity & { files: string[] } {
  const found = analysis.entities.find((e) => e.name === form || e.aliases.includes(form));
  assert.ok(found, `no entity "${form}" among ${analysis.entities.map((e) => e.name).join(', ')}`);
  return { ...found, files: [...new Set(found.mentions.map((m) => m.file))].sort() };
}

describe('entities: across articles', () => {
  it('links a person by a longer and a shorter full name, never by the bare surname', () => {
    const analysis = analyse({
      'a.txt': 'Harbour Bank chairman Peter Wang Hao opened the branch. Wang said lending would grow.',
      'b.txt': 'Peter Wang spoke at the forum on Friday.',
      'c.txt': 'The mayor, Wang Lixia, cut the ribbon. Wang thanked the builders.',
    });
    const peter = entity(analysis, 'Peter Wang Hao');
    assert.deepEqual(peter.files, ['a.txt', 'b.txt']);
    assert.ok(peter.aliases.includes('Peter Wang'));
    assert.deepEqual(entity(analysis, 'Wang Lixia').files, ['c.txt']);
  });

  it('links a person called by a short form of the given name in one article and the full one in another', () => {
    const analysis = analyse({
      'a.txt': 'Economist Len Korsgaard said the levy would raise little.',
      'b.txt': 'Leonard E. Korsgaard, an economist at the Saltmarsh Institute, spoke on Friday.',
      'c.txt': 'Lena Korsgaard, a ferry pilot, said the harbour was quiet.',
    });
    const leonard = entity(analysis, 'Leonard E. Korsgaard');
    assert.deepEqual(leonard.files, ['a.txt', 'b.txt']);
    assert.ok(leonard.aliases.includes('Len Korsgaard'));
    assert.deepEqual(entity(analysis, 'Lena Korsgaard').files, ['c.txt']);
  });

  it('links a well-known acronym to the body it stands for, across languages ("U.N.", "PBB", "United Nations")', () => {
    const analysis = analyse({
      'a.txt': 'The United Nations sent inspectors to the port on Monday.',
      'b.txt': 'A U.N. team arrived at the port on Tuesday.',
      'c.txt': 'Tim dari PBB tiba di pelabuhan itu pada hari Selasa dan langsung memeriksa kapal yang rusak.',
    });
    assert.deepEqual(entity(analysis, 'United Nations').files, ['a.txt', 'b.txt', 'c.txt']);
  });

  it('resolves the same surname to different people in different articles', () => {
    const analysis = analyse({
      'a.txt': 'Finance Minister Oskar Lind presented the budget. Lind said taxes would not rise.',
      'b.txt': 'The striker Maja Lind scored twice. Lind said the team had earned it.',
    });
    const oskar = entity(analysis, 'Oskar Lind');
    const maja = entity(analysis, 'Maja Lind');
    assert.notEqual(oskar.id, maja.id);
    assert.equal(oskar.mentions.length, 2);
    assert.equal(maja.mentions.length, 2);
  });

  it('gives a surname met alone in an article to the person the corpus names by it most, and to nobody when two are named about as often', () => {
    const articles = {
      'a.txt': 'Port director Ilse Varnow opened the new quay on Monday.',
      'b.txt': 'Ilse Varnow said the quay would double the harbour traffic.',
      'd.txt': '“We finished early,” Varnow said.',
      'e.txt': 'The engineer Tomas Varnow checked the cranes.',
    };
    const ambiguous = analyse(articles);
    assert.deepEqual(entity(ambiguous, 'Ilse Varnow').files, ['a.txt', 'b.txt']);
    assert.deepEqual(entity(ambiguous, 'Varnow').files, ['d.txt'], 'two articles to one is too close to call');
    const dominant = analyse({ ...articles, 'c.txt': 'Ilse Varnow thanked the crews who built it.' });
    const ilse = entity(dominant, 'Ilse Varnow');
    assert.deepEqual(ilse.files, ['a.txt', 'b.txt', 'c.txt', 'd.txt']);
    assert.deepEqual(entity(dominant, 'Tomas Varnow').files, ['e.txt']);
    assert.equal(dominant.passages.find((p) => p.file === 'd.txt')?.speaker, ilse.id);
  });

  it('never gives a bare surname with an honorific to someone of the other gender', () => {
    const analysis = analyse({
      'a.txt': 'Senator Laura Ostrander opened the hearing.',
      'b.txt': 'Laura Ostrander questioned the minister.',
      'c.txt': 'Laura Ostrander closed the session.',
      'd.txt': 'Her husband, Peter Ostrander, was in the gallery.',
      'e.txt': '“I was proud of her,” Mr. Ostrander said.',
      'f.txt': '“We will keep asking,” Mrs. Ostrander said.',
    });
    assert.deepEqual(entity(analysis, 'Peter Ostrander').files, ['d.txt', 'e.txt'], 'Mr. is Peter, though Laura is named three times as often');
    assert.deepEqual(entity(analysis, 'Laura Ostrander').files, ['a.txt', 'b.txt', 'c.txt', 'f.txt']);
  });

  it('gives a bare surname to a person bearing it, not to an organisation of that name', () => {
    const analysis = analyse({
      'a.txt': 'Tax adviser Marta Okafor joined the campaign in June.',
      'b.txt': 'Shares of Okafor Holdings Ltd. rose on Monday.',
      'c.txt': 'Former governor Daniel Okafor endorsed the plan.',
      'd.txt': '“We will publish every return,” Okafor said.',
    });
    // Marta and Daniel are named once each: too close to call, so d.txt's Okafor stays apart.
    assert.deepEqual(entity(analysis, 'Okafor Holdings Ltd.').files, ['b.txt']);
    assert.deepEqual(entity(analysis, 'Okafor').files, ['d.txt']);
    const withMarta = analyse({
      'a.txt': 'Tax adviser Marta Okafor joined the campaign in June.',
      'b.txt': 'Shares of Okafor Holdings Ltd. rose on Monday.',
      'd.txt': '“We will publish every return,” Okafor said.',
    });
    assert.deepEqual(entity(withMarta, 'Marta Okafor').files, ['a.txt', 'd.txt']);
    assert.deepEqual(entity(withMarta, 'Okafor Holdings Ltd.').files, ['b.txt']);
  });

  it('names an entity by the form most articles write, not by one article’s typo', () => {
    const analysis = analyse({
      'a.txt': 'Harbour master Ilse Varnow opened the quay.',
      'b.txt': 'Ilse Varnow thanked the crews.',
      'c.txt': 'Port director ILse Varnow said the cranes were ready.',
    });
    const ilse = entity(analysis, 'Ilse Varnow');
    assert.equal(ilse.name, 'Ilse Varnow');
    assert.deepEqual(ilse.files, ['a.txt', 'b.txt', 'c.txt']);
    assert.deepEqual(ilse.aliases, ['ILse Varnow']);
  });

  it('reads the surname of a full name past its initials and "Jr."', () => {
    const analysis = analyse({
      'a.txt': 'The inquiry was led by Judge Oren P. Talbot Jr. of the appeals court.',
      'b.txt': '“The evidence was thin,” Talbot said.',
    });
    assert.deepEqual(entity(analysis, 'Oren P. Talbot Jr.').files, ['a.txt', 'b.txt']);
  });

  it('links a company’s short form in one article to its full name in another, but not a sister company', () => {
    const analysis = analyse({
      'a.txt': 'Shares of Tallow Group Holding Ltd. rose after Tallow Health Information Services Ltd. reported profits.',
      'b.txt': 'Tallow said on Monday it would buy a shipping line.',
    });
    assert.deepEqual(entity(analysis, 'Tallow Group Holding Ltd.').files, ['a.txt', 'b.txt']);
    assert.deepEqual(entity(analysis, 'Tallow Health Information Services Ltd.').files, ['a.txt']);
  });

  it('links a government named by its country in one article and by its capital in another', () => {
    const analysis = analyse({
      'a.txt': 'The Japanese government announced new export rules on Friday.',
      'b.txt': 'Analysts said Tokyo wants to protect its chipmakers.',
    });
    const government = entity(analysis, 'Japanese government');
    assert.deepEqual(government.files, ['a.txt', 'b.txt']);
    assert.ok(government.aliases.includes('Tokyo'));
  });

  it('links an Indonesian organisation name to the English name it translates', () => {
    const analysis = analyse({
      'a.txt': 'The National Water Resources Commission approved the plan on Monday.',
      'b.txt': 'Komisi Nasional Sumber Daya Air menyetujui rencana itu pada hari Senin.',
    });
    const commission = entity(analysis, 'National Water Resources Commission');
    assert.deepEqual(commission.files, ['a.txt', 'b.txt']);
    assert.deepEqual(commission.aliases, ['Komisi Nasional Sumber Daya Air']);
  });

  it('names no places, days or products', () => {
    const analysis = analyse({
      'a.txt': 'Moonfield Robotics opened a plant in Shenzhen on Tuesday. Its Pathline scheduler, the company’s fleet software, '
        + 'runs in Southeast Asia and Europe.',
    });
    assert.deepEqual(analysis.entities.map((e) => e.name), ['Moonfield Robotics']);
  });

  it('keeps the roles written beside each mention, with where they were written', () => {
    const text = 'Xiaolu Cloud co-founder Fang Rui and Grete Aas, chief executive of Nordvik Data, signed the deal.';
    const analysis = analyse({ 'a.txt': text });
    const roles = entity(analysis, 'Fang Rui').roles;
    assert.deepEqual(roles.map((r) => r.text), ['Xiaolu Cloud co-founder']);
    assert.equal(text.slice(roles[0].start, roles[0].end), 'Xiaolu Cloud co-founder');
    assert.deepEqual(entity(analysis, 'Grete Aas').roles.map((r) => r.text), ['chief executive of Nordvik Data']);
  });
});

// ---- scores on gold-labelled corpora ----------------------------------------------------------

/** Analyses a corpus folder in-process and scores its entities with the shared scorer. */
const entityScores = (corpus: string, gold: string): SharedScores['entities'] => sharedScores(analyseFolderInProcess(corpus), corpus, gold).entities;

describe('entities: gold-labelled corpora', function () {
  before(function () {
    if (!existsSync(SHARED_SCORER)) {
      console.log(`    (skipped: ${SHARED_SCORER} is absent)`);
      this.skip();
    }
  });

  it('finds the seeds’ people and organisations with precision and recall of at least 0.9, one entity each', function () {
    const gold = join(SHARED, 'gold/seeds.gold.json');
    if (!existsSync(gold)) this.skip();
    const scores = entityScores(join(SHARED, 'corpus/seeds'), gold);
    assert.ok(scores.precision >= 0.9, `precision ${scores.precision}`);
    assert.ok(scores.recall >= 0.9, `recall ${scores.recall}`);
    assert.deepEqual(scores.merged, []);
    assert.ok(scores.clustersPerEntity <= 1.15, `clusters per entity ${scores.clustersPerEntity}`);
  });

  for (const fixture of ['names-hard', 'indonesian', 'press-release', 'wire-rewrite', 'interview-feature']) {
    it(`finds the people and organisations of the ${fixture} fixture`, function () {
      const folder = resolve(__dirname, '../fixtures', fixture);
      if (!existsSync(join(folder, 'gold.json'))) this.skip();
      const scores = entityScores(folder, join(folder, 'gold.json'));
      assert.ok(scores.precision >= 0.9, `precision ${scores.precision}`);
      assert.ok(scores.recall >= 0.9, `recall ${scores.recall}`);
      assert.deepEqual(scores.merged, []);
    });
  }
});
