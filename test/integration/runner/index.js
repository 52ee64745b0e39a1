#!/usr/bin/env node
// Chooses how to run the integration suite:
//   CORPUS_LENS_TEST_ELECTRON=1  -> @vscode/test-electron (downloads desktop VS Code; needs that host reachable)
//   otherwise                    -> code-server runner (run-ext-tests.js; see scripts/setup-vscode-test.sh)
// usage: node test/integration/runner/index.js [workspaceFolder]   (default: every workspace below)
// Either way: mocha's report, a closing "N passed, N failed" line, exit code 0 only if all passed.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { runWithCodeServer, defaults, summaryLine } = require('./run-ext-tests');

async function runWithElectron(workspace) {
  const { runTests } = require('@vscode/test-electron');
  const o = defaults();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-lens-electron-'));
  const resultsFile = path.join(tmp, 'results.json');
  let exitCode;
  try {
    exitCode = await runTests({
      version: process.env.VSCODE_VERSION || 'stable',
      extensionDevelopmentPath: o.extensionDevelopmentPath,
      extensionTestsPath: o.extensionTestsPath,
      launchArgs: [workspace || o.workspace, '--disable-extensions', '--disable-workspace-trust'],
      extensionTestsEnv: { CORPUS_LENS_RESULTS_FILE: resultsFile },
    });
  } catch (e) {
    console.error(e && e.message ? e.message : e);
    exitCode = 1;
  }
  let counts;
  try { counts = JSON.parse(fs.readFileSync(resultsFile, 'utf8')); } catch { counts = { passed: 0, failed: 1, skipped: 0 }; }
  fs.rmSync(tmp, { recursive: true, force: true });
  if (exitCode !== 0 && counts.failed === 0) counts.failed = 1;
  return { exitCode: exitCode === 0 ? 0 : 1, counts };
}

/** The workspaces the suite runs in when none is named: the invented fixture corpus, a code
 * repository where the extension must stay inactive, and the reference seeds when ../shared is
 * beside the checkout (each test file picks the workspaces it belongs to). */
function defaultWorkspaces() {
  const root = path.resolve(__dirname, '../../..');
  const seeds = path.resolve(root, '../shared/corpus/seeds');
  const list = [path.join(root, 'test/integration/workspace'), path.join(root, 'test/integration/code-repo')];
  if (fs.existsSync(seeds)) list.push(seeds);
  else console.log(`(seed workspace skipped: ${seeds} is not beside this checkout)`);
  return list;
}

async function main() {
  const useElectron = /^(1|true|yes)$/i.test(process.env.CORPUS_LENS_TEST_ELECTRON || '');
  const workspaces = process.argv[2] ? [path.resolve(process.argv[2])] : defaultWorkspaces();
  const total = { passed: 0, failed: 0, skipped: 0 };
  let exitCode = 0;
  for (const workspace of workspaces) {
    console.log(`\n=== integration suite in ${path.relative(process.cwd(), workspace) || workspace}`);
    let result;
    try {
      result = await (useElectron ? runWithElectron(workspace) : runWithCodeServer({ workspace }));
    } catch (e) {
      console.error(e && e.message ? e.message : e);
      result = { exitCode: 1, counts: { passed: 0, failed: 1, skipped: 0 } };
    }
    for (const key of Object.keys(total)) total[key] += result.counts[key] || 0;
    if (result.exitCode !== 0) exitCode = 1;
  }
  console.log(summaryLine(total));
  process.exit(exitCode);
}

main();
