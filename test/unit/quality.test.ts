// Quality floors. The project's own invented fixtures (test/fixtures/*, samples/corpus) are scored
// by test/support/goldScore.ts; the reference articles in ../shared are scored by the shared
// scorer, and those suites skip with a message where ../shared is not beside the checkout.
import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Corpus } from '../../src/core/corpus';
import type { CorpusAnalysis } from '../../src/core/model';
import { analyzeArticle, listArticles } from '../../src/node/folder';
import { scoreAgainstGold, type Gold, type GoldScores } from '../support/goldScore';
import { SHARED, SHARED_SCORER, sharedScores, type SharedScores } from '../support/sharedScorer';

const repo = resolve(__dirname, '../..');

async function analyzeFolder(folder: string): Promise<CorpusAnalysis> {
  const corpus = new Corpus();
  for (const file of await listArticles(folder)) corpus.set(await analyzeArticle(folder, file));
  return corpus.analysis();
}

describe('quality on the project’s own fixtures', function () {
  this.timeout(120_000);
  const fixtures = [
    ['samples/corpus', 'samples/corpus.gold.json'],
    ...readdirSync(join(repo, 'test/fixtures'), { withFileTypes: true })
      .filter((d) => d.isDirectory()).map((d) => [`test/fixtures/${d.name}`, `test/fixtures/${d.name}/gold.json`]),
  ];
  const scores = new Map<string, GoldScores>();
  before(async () => {
    for (const [folder, goldFile] of fixtures) {
      const gold = JSON.parse(readFileSync(join(repo, goldFile), 'utf8')) as Gold;
      const analysis = await analyzeFolder(join(repo, folder));
      scores.set(folder, scoreAgainstGold(gold, analysis, (file) => readFileSync(join(repo, folder, file), 'utf8').replace(/^\uFEFF/, '')));
    }
  });
  /** The mean of one measure over the fixtures, each fixture's figure named in the message. */
  const mean = (measure: (s: GoldScores) => number): { value: number; detail: string } => {
    const values = [...scores].map(([folder, s]) => [folder, measure(s)] as const);
    return { value: values.reduce((sum, [, v]) => sum + v, 0) / values.length, detail: values.map(([f, v]) => `${f} ${v.toFixed(2)}`).join(', ') };
  };
  const floors: Array<[string, (s: GoldScores) => number, number, number]> = [
    // measure, mean floor, floor for every single fixture
    ['entity precision', (s) => s.entities.precision, 0.9, 0.7],
    ['entity recall', (s) => s.entities.recall, 0.9, 0.8],
    ['passage precision', (s) => s.passages.precision, 0.85, 0.75],
    ['passage recall', (s) => s.passages.recall, 0.85, 0.75],
    ['attribution accuracy', (s) => s.passages.attributionAccuracy, 0.9, 0.75],
    ['conflict precision', (s) => s.conflicts.precision, 0.7, 0],
    ['conflict recall', (s) => s.conflicts.recall, 0.6, 0],
  ];
  for (const [name, measure, meanFloor, eachFloor] of floors) {
    it(`${name}: mean ≥ ${meanFloor}${eachFloor ? `, every fixture ≥ ${eachFloor}` : ''}`, () => {
      const { value, detail } = mean(measure);
      assert.ok(value >= meanFloor, `mean ${name} ${value.toFixed(3)} < ${meanFloor}: ${detail}`);
      for (const [folder, s] of scores) assert.ok(measure(s) >= eachFloor, `${folder}: ${name} ${measure(s).toFixed(3)} < ${eachFloor}`);
    });
  }
});

/** A suite on a gold-labelled corpus in ../shared, scored by the shared scorer. */
function onSharedGold(title: string, name: string, body: (scores: () => SharedScores) => void): void {
  describe(title, function () {
    let scores: SharedScores;
    before(async function () {
      const corpus = join(SHARED, 'corpus', name);
      const gold = join(SHARED, 'gold', `${name}.gold.json`);
      if (![corpus, gold, SHARED_SCORER].every(existsSync)) {
        console.log(`      skipped: ${corpus}, its gold labels or the scorer are not beside this checkout`);
        this.skip();
      }
      this.timeout(180_000);
      scores = sharedScores(await analyzeFolder(corpus), corpus, gold);
    });
    body(() => scores);
  });
}

onSharedGold('quality on the seeds (../shared/corpus/seeds)', 'seeds', (scores) => {
  it('finds people and organisations: precision ≥ 0.90, recall ≥ 0.90', () => {
    assert.ok(scores().entities.precision >= 0.9, `entity precision ${scores().entities.precision}`);
    assert.ok(scores().entities.recall >= 0.9, `entity recall ${scores().entities.recall}`);
  });
  it('finds passages: recall ≥ 0.90, precision ≥ 0.85', () => {
    assert.ok(scores().passages.recall >= 0.9, `passage recall ${scores().passages.recall}`);
    assert.ok(scores().passages.precision >= 0.85, `passage precision ${scores().passages.precision}`);
  });
  it('attributes passages to the right speaker: accuracy ≥ 0.92', () => {
    assert.ok(scores().passages.attributionAccuracy >= 0.92, `attribution accuracy ${scores().passages.attributionAccuracy}`);
  });
  it('finds conflicting claims: recall ≥ 0.70, precision ≥ 0.70', () => {
    assert.ok((scores().conflicts.recall ?? 0) >= 0.7, `conflict recall ${scores().conflicts.recall}`);
    assert.ok((scores().conflicts.precision ?? 0) >= 0.7, `conflict precision ${scores().conflicts.precision}`);
  });
});

onSharedGold('quality on polnear-dev (83 real US news articles)', 'polnear-dev', (scores) => {
  it('finds passages with named speakers: recall ≥ 0.80', () => {
    assert.ok(scores().passages.recall >= 0.8, `passage recall ${scores().passages.recall}`);
  });
  it('attributes them: accuracy ≥ 0.85', () => {
    assert.ok(scores().passages.attributionAccuracy >= 0.85, `attribution accuracy ${scores().passages.attributionAccuracy}`);
  });
});
