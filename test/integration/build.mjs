// Compiles the integration suite (test/integration/suite/*.ts) into out/test/integration/suite/*.js.
// Each file is bundled on its own so tests may import project sources (src/...) directly;
// `vscode` (provided by the host), `mocha` and every node_modules package stay external.
import * as esbuild from 'esbuild';
import * as fs from 'fs';
import * as path from 'path';
import { fileURLToPath } from 'url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const srcDir = path.join(root, 'test/integration/suite');
const outDir = path.join(root, 'out/test/integration/suite');
const entries = fs.readdirSync(srcDir).filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'));

fs.rmSync(outDir, { recursive: true, force: true });   // no stale *.test.js from deleted tests
await esbuild.build({
  absWorkingDir: root,
  entryPoints: entries.map((f) => path.join(srcDir, f)),
  outdir: outDir,
  bundle: true,
  packages: 'external',
  external: ['vscode'],
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: 'inline',
  logLevel: 'warning',
});
console.log(`compiled ${entries.length} suite file(s) into ${path.relative(root, outDir)}/`);
