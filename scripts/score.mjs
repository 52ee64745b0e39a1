#!/usr/bin/env node
// Scores the built CLI (dist/cli.js) on a corpus from ../shared against its gold labels.
//   node scripts/score.mjs seeds|polnear-dev|<fixture dir with gold.json> [--verbose]
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const [name = 'seeds', ...flags] = process.argv.slice(2);
const shared = resolve(import.meta.dirname, '../../shared');
const local = resolve(name);
const [corpus, gold] = existsSync(join(local, 'gold.json'))
  ? [local, join(local, 'gold.json')]
  : existsSync(`${local}.gold.json`) ? [local, `${local}.gold.json`]
  : [join(shared, 'corpus', name), join(shared, 'gold', `${name}.gold.json`)];
if (!existsSync(corpus) || !existsSync(gold)) {
  console.error(`score: ${corpus} or ${gold} is missing (../shared is not beside this checkout?)`);
  process.exit(2);
}
const started = Date.now();
const analysis = execFileSync('node', [resolve(import.meta.dirname, '../dist/cli.js'), 'analyze', corpus, '--json'], { maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'ignore'] });
const seconds = (Date.now() - started) / 1000;
const out = join(mkdtempSync(join(tmpdir(), 'corpus-lens-score-')), 'analysis.json');
writeFileSync(out, analysis);
execFileSync('node', [join(shared, 'tools/score.mjs'), '--gold', gold, '--corpus', corpus, '--system', out, ...flags], { stdio: 'inherit' });
console.log(`analysis: ${seconds.toFixed(2)} s (${out})`);
