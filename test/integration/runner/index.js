#!/usr/bin/env node
// Chooses how to run the integration suite:
//   CORPUS_LENS_TEST_ELECTRON=1  -> @vscode/test-electron (downloads desktop VS Code; needs that host reachable)
//   otherwise                    -> code-server runner (run-ext-tests.js; see scripts/setup-vscode-test.sh)
// usage: node test/integration/runner/index.js [workspaceFolder]
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

const workspace = process.argv[2] ? path.resolve(process.argv[2]) : undefined;
const useElectron = /^(1|true|yes)$/i.test(process.env.CORPUS_LENS_TEST_ELECTRON || '');
(useElectron ? runWithElectron(workspace) : runWithCodeServer(workspace ? { workspace } : {}))
  .then(({ exitCode, counts }) => {
    console.log(summaryLine(counts));
    process.exit(exitCode);
  }, (e) => {
    console.error(e && e.message ? e.message : e);
    console.log('0 passed, 1 failed');
    process.exit(1);
  });
