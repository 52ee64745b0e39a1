// Bundles the extension, the CLI and the benchmark. `vscode` stays external (the host provides it).
import * as esbuild from 'esbuild';

const watch = process.argv.includes('--watch');
const common = {
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
