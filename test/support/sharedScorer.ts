// The shared scorer (../shared/tools/score.mjs): beside the checkout in CI, absent in a user's own
// clone, where the suites that use it skip with a message.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { analyzeFile } from '../../src/core/analyzeFile';
import { linkCorpus } from '../../src/core/corpus';
import type { CorpusAnalysis } from '../../src/core/model';

export const SHARED = resolve(__dirname, '../../../shared');
export const SHARED_SCORER = join(SHARED, 'tools/score.mjs');

/** What the scorer prints with --json: a section per part of the analysis. */
export interface SharedScores {
  entities: { precision: number; recall: number; clustersPerEntity: number; merged: string[] };
  passages: { precision: number; recall: number; attributionAccuracy: number };
  conflicts: { precision: number | null; recall: number | null };
}

/** The scorer's figures for an analysis of `corpus` against `gold`; the analysis is written to a
 * folder of its own for the scorer to read, and removed after. */
export function sharedScores(analysis: CorpusAnalysis, corpus: string, gold: string): SharedScores {
  const folder = mkdtempSync(join(tmpdir(), 'corpus-lens-score-'));
  try {
    const system = join(folder, 'analysis.json');
    writeFileSync(system, JSON.stringify(analysis));
    return JSON.parse(execFileSync('node', [SHARED_SCORER, '--gold', gold, '--corpus', corpus, '--system', system, '--json'], { encoding: 'utf8' }));
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** A folder's articles analysed in process and linked (no workers, no file checks). */
export function analyseFolderInProcess(corpus: string): CorpusAnalysis {
  const files = readdirSync(corpus).filter((f) => f.endsWith('.txt')).sort();
  return linkCorpus(files.map((f) => analyzeFile(f, readFileSync(join(corpus, f), 'utf8').replace(/^\uFEFF/, ''))));
}
