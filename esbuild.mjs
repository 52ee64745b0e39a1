// Bundles the extension, the CLI and the benchmark. `vscode` stays external (the host provides it).
import * as esbuild from 'esbuild';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';

const watch = process.argv.includes('--watch');

/** A fingerprint of the analyser's source (src/core): persisted indexes made by another build
 * are stale (src/core/indexCache.ts), so a changed rule never serves old analyses. */
function analyzerBuild() {
  const hash = createHash('sha1');
  for (const file of readdirSync('src/core', { recursive: true }).map(String).filter((f) => f.endsWith('.ts')).sort()) {
    hash.update(`${file}\0`).update(readFileSync(`src/core/${file}`)).update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

const common = {
  define: { __ANALYZER_BUILD__: JSON.stringify(analyzerBuild()) },
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
  external: ['vscode'],
};
const builds = [
  { entryPoints: { extension: 'src/vscode/extension.ts' }, outdir: 'dist' },
  { entryPoints: { cli: 'src/cli.ts' }, outdir: 'dist', banner: { js: '#!/usr/bin/env node' } },
  // The analysis pool's worker thread, loaded from next to the extension and the CLI.
  { entryPoints: { worker: 'src/node/analysisWorker.ts' }, outdir: 'dist' },
  { entryPoints: { bench: 'bench/bench.ts' }, outdir: 'dist' },
];
for (const options of builds) {
  const config = { ...common, ...options };
  if (watch) await (await esbuild.context(config)).watch();
  else await esbuild.build(config);
}
