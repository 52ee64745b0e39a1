// Mocha entry point for the integration tests. VS Code's test host (@vscode/test-electron, or our
// code-server runner in test/integration/runner/) loads this module inside the extension host and
// calls run(); the returned promise rejects when a test fails.
// Every `*.test.js` compiled next to this file (from test/integration/suite/*.test.ts) is loaded.
import * as fs from 'fs';
import * as path from 'path';
import * as util from 'util';
import Mocha from 'mocha';

// The code-server runner forwards the whole workbench log, so mocha's report is also written to
// $CORPUS_LENS_REPORT_FILE when set; the runner prints that file instead of the noisy log.
function teeReporterOutput(): void {
  const reportFile = process.env.CORPUS_LENS_REPORT_FILE;
  if (!reportFile) return;
  fs.writeFileSync(reportFile, '');
  const base = Mocha.reporters.Base;
  const original = base.consoleLog;
  base.consoleLog = (...args: unknown[]) => {
    original(...args);
    fs.appendFileSync(reportFile, util.format(...args) + '\n');
  };
}

export function run(): Promise<void> {
  const mocha = new Mocha({
    ui: 'bdd',
    color: false,
    timeout: Number(process.env.CORPUS_LENS_TEST_TIMEOUT_MS || 20000),
    reporter: 'spec',
  });
  const grep = process.env.CORPUS_LENS_TEST_GREP;
  if (grep) mocha.grep(grep);

  const files = fs.readdirSync(__dirname).filter((f) => f.endsWith('.test.js')).sort();
  for (const f of files) mocha.addFile(path.join(__dirname, f));

  teeReporterOutput();
  return new Promise((resolve, reject) => {
    try {
      const runner = mocha.run((failures) => {
        const stats = runner.stats;
        const counts = { passed: stats?.passes ?? 0, failed: failures, skipped: stats?.pending ?? 0 };
        // The runners print the closing "N passed, N failed" line from these counts.
        const resultsFile = process.env.CORPUS_LENS_RESULTS_FILE;
        if (resultsFile) fs.writeFileSync(resultsFile, JSON.stringify(counts));
        console.log(`[corpus-lens-results] ${JSON.stringify(counts)}`);
        if (files.length === 0) reject(new Error(`no *.test.js files in ${__dirname}`));
        else if (failures > 0) reject(new Error(`${failures} test(s) failed`));
        else resolve();
      });
    } catch (err) {
      reject(err);
    }
  });
}
