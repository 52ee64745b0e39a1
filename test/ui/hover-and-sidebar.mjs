#!/usr/bin/env node
// UI-level test of the packaged extension in a real VS Code workbench: code-server (from the cache
// filled by scripts/setup-vscode-test.sh) + headless Debian Chromium through playwright-core.
//   1. installs the newest *.vsix from the repo root (or $VSIX) into a throwaway extensions dir
//      (skipped, with a note, when there is none: the workbench then runs without the extension);
//   2. opens the workspace fixture test/integration/workspace/ and an article from the Explorer;
//   3. saves a screenshot to docs/screenshots/open-article.png.
//   4. hovers a name and checks the card; opens the Corpus Lens sidebar and checks the Speakers view;
//      saves docs/screenshots/hover-card.png and speakers-view.png.
// usage: node test/ui/hover-and-sidebar.mjs [workspaceFolder]   (env: VSIX, CHROMIUM, KEEP=1, VERBOSE=1)
// Closing line: "N passed, N failed"; exit code 0 only if all passed.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const { chromium } = require('playwright-core');
const { defaults } = require('../integration/runner/run-ext-tests.js');

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const d = defaults();
const CS_ENTRY = path.join(d.codeServerDir, 'out/node/entry.js');
const FOLDER = path.resolve(process.argv[2] || path.join(ROOT, 'test/integration/workspace'));
const ARTICLE = process.env.UI_ARTICLE || 'tarrow-bridge-closure.txt';
const SHOT_DIR = path.join(ROOT, 'docs/screenshots');
const TIMEOUT_MS = Number(process.env.TEST_TIMEOUT_MS || 3 * 60 * 1000);

const results = { passed: 0, failed: 0, skipped: 0 };
async function step(name, fn) {
  try { await fn(); results.passed++; console.log(`  ✓ ${name}`); }
  catch (e) { results.failed++; console.log(`  ✗ ${name}\n    ${String(e && e.stack || e).split('\n').join('\n    ')}`); throw e; }
}
/** The screen box of `word` inside the first editor line showing `lineText`. */
async function textBox(page, lineText, word) {
  const line = page.locator('.monaco-editor .view-line', { hasText: lineText }).first();
  await line.waitFor();
  const box = await line.evaluate((el, w) => {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent.indexOf(w);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + w.length);
      const r = range.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    }
    return null;
  }, word);
  assert.ok(box, `"${word}" not found in the line showing "${lineText}"`);
  return box;
}
function skip(name, why) { results.skipped++; console.log(`  - ${name} (skipped: ${why})`); }

function freePort() {
  return new Promise((res, rej) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => res(port)); });
    s.on('error', rej);
  });
}

function findVsix() {
  if (process.env.VSIX) return path.resolve(process.env.VSIX);
  const found = fs.readdirSync(ROOT).filter((f) => f.endsWith('.vsix'))
    .map((f) => path.join(ROOT, f)).sort((a, b) => fs.statSync(b).mtimeMs - fs.statSync(a).mtimeMs);
  return found[0];
}

for (const [f, hint] of [[CS_ENTRY, 'bash scripts/setup-vscode-test.sh'], [d.node, 'bash scripts/setup-vscode-test.sh'],
  [d.chromium, 'bash scripts/setup-vscode-test.sh'], [FOLDER, 'an existing folder']]) {
  if (!fs.existsSync(f)) { console.error(`missing ${f} (${hint})`); console.log('0 passed, 1 failed'); process.exit(1); }
}

const state = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-lens-ui-'));
const userData = path.join(state, 'user-data'), extDir = path.join(state, 'extensions');
fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
fs.writeFileSync(path.join(userData, 'User', 'settings.json'), JSON.stringify({
  'workbench.startupEditor': 'none', 'telemetry.telemetryLevel': 'off', 'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false, 'update.mode': 'none', 'workbench.enableExperiments': false,
  'security.workspace.trust.enabled': false, 'workbench.tips.enabled': false,
  // tidier screenshots: wrap long article lines, no chat panel / AI features
  'editor.wordWrap': 'on', 'editor.minimap.enabled': false, 'chat.disableAIFeatures': true,
  'workbench.secondarySideBar.defaultVisibility': 'hidden', 'git.openRepositoryInParentFolders': 'never',
}, null, 2));
fs.writeFileSync(path.join(state, 'config.yaml'), 'auth: none\ncert: false\n');
const csArgs = ['--config', path.join(state, 'config.yaml'), '--user-data-dir', userData, '--extensions-dir', extDir,
  '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust'];
const env = { ...process.env, XDG_CONFIG_HOME: state, XDG_DATA_HOME: state };

let server, ctx, profile;
const cleanup = async () => {
  try { await ctx?.close(); } catch { /* gone */ }
  try { if (server) process.kill(-server.pid, 'SIGTERM'); } catch { /* gone */ }
  if (!process.env.KEEP) for (const p of [state, profile]) if (p) fs.rmSync(p, { recursive: true, force: true });
};
const timer = setTimeout(async () => {
  console.error(`TIMEOUT after ${TIMEOUT_MS / 1000} s`); await cleanup();
  console.log(`${results.passed} passed, ${results.failed + 1} failed`); process.exit(124);
}, TIMEOUT_MS);

console.log('UI: hover-and-sidebar');
let rc = 0;
try {
  const vsix = findVsix();
  if (vsix) {
    await step(`install ${path.basename(vsix)}`, async () => {
      const r = spawnSync(d.node, [CS_ENTRY, ...csArgs, '--install-extension', vsix], { env, encoding: 'utf8' });
      if (process.env.VERBOSE) console.error(r.stdout, r.stderr);
      assert.equal(r.status, 0, `code-server --install-extension failed:\n${r.stdout}\n${r.stderr}`);
      const list = spawnSync(d.node, [CS_ENTRY, ...csArgs, '--list-extensions'], { env, encoding: 'utf8' });
      assert.match(list.stdout, /^corpus-lens\.corpus-lens$/m, `not installed:\n${list.stdout}\n${list.stderr}`);
    });
  } else skip('install .vsix', 'no *.vsix in the repo root (package one with vsce, or set VSIX=...)');

  const port = await freePort();
  server = spawn(d.node, [CS_ENTRY, ...csArgs, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, FOLDER],
    { stdio: ['ignore', 'pipe', 'pipe'], env, detached: true });
  await new Promise((res, rej) => {
    let buf = '';
    const onData = (c) => { buf += c; if (process.env.VERBOSE) process.stderr.write('[code-server] ' + c);
      if (/HTTP server listening/.test(buf)) res(); };
    server.stdout.on('data', onData); server.stderr.on('data', onData);
    server.on('exit', (c) => rej(new Error(`code-server exited with ${c}:\n${buf}`)));
  });

  profile = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-lens-chromium-'));
  ctx = await chromium.launchPersistentContext(profile, { executablePath: d.chromium, headless: true,
    viewport: { width: 1280, height: 800 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'] });
  const page = ctx.pages()[0] || await ctx.newPage();
  page.setDefaultTimeout(30000);
  if (process.env.VERBOSE) page.on('console', (m) => console.error('[page]', m.text()));

  await step('workbench loads the workspace fixture', async () => {
    await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(FOLDER)}`);
    await page.locator('.monaco-workbench').waitFor();
    await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor();
  });

  await step(`open ${ARTICLE} from the Explorer`, async () => {
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: ARTICLE }).click();
    const firstLine = fs.readFileSync(path.join(FOLDER, ARTICLE), 'utf8').split('\n')[0].trim();
    await page.locator('.monaco-editor .view-line', { hasText: firstLine.slice(0, 30) }).first().waitFor();
  });

  await step('the article gets the corpus language and the index its passages', async () => {
    await page.locator('.statusbar-item', { hasText: 'Corpus Article' }).first().waitFor({ timeout: 60000 });
    await page.locator('.statusbar-item', { hasText: /\d+ passages/ }).first().waitFor({ timeout: 60000 });
  });

  await step('hovering "Solvang" shows the card of Mayor Ingrid Solvang', async () => {
    const box = await textBox(page, 'Solvang said at a press', 'Solvang');
    const hover = page.locator('.monaco-hover-content', { hasText: 'Ingrid Solvang' });
    // the provider answers once the extension has indexed the article: move away and back until it shows
    for (let i = 0; i < 20 && !(await hover.isVisible()); i++) {
      await page.mouse.move(box.x + 300, box.y + 300);
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 3 });
      await page.waitForTimeout(1000);
    }
    await hover.waitFor({ state: 'visible', timeout: 5000 });
    const text = await hover.innerText();
    for (const expected of ['Ingrid Solvang', 'person', 'Roles: Mayor', 'Also: Solvang', 'Show in Speakers', 'All Mentions']) {
      assert.ok(text.includes(expected), `hover card lacks "${expected}":\n${text}`);
    }
    fs.mkdirSync(SHOT_DIR, { recursive: true });
    await page.screenshot({ path: path.join(SHOT_DIR, 'hover-card.png') });
    await page.keyboard.press('Escape');
  });

  await step('the Corpus Lens sidebar lists the speakers and their passages', async () => {
    await page.locator('.activitybar .action-item a[aria-label^="Corpus Lens"], .activitybar .action-item[aria-label^="Corpus Lens"]').first().click();
    await page.locator('.pane-header', { hasText: 'Speakers' }).first().waitFor();
    const speaker = page.locator('.monaco-list-row', { hasText: 'Priya Halvorsen' }).first();
    await speaker.waitFor();
    assert.match(await speaker.innerText(), /Priya Halvorsen\s*\d+ passages · 2 files/);
    await speaker.click();
    await page.locator('.monaco-list-row', { hasText: 'footbridge-plan.txt' }).first().waitFor();
    const passage = page.locator('.monaco-list-row', { hasText: 'It is not a road, but it is a lifeline' }).first();
    await passage.waitFor();
    await page.locator('.monaco-list-row', { hasText: 'Ingrid Solvang' }).first().waitFor();
    // widen the sidebar (drag its sash) so the picture shows whole passages
    const sash = await page.locator('.part.sidebar').boundingBox();
    await page.mouse.move(sash.x + sash.width + 1, 400);
    await page.mouse.down();
    await page.mouse.move(sash.x + sash.width + 220, 400, { steps: 5 });
    await page.mouse.up();
    await page.mouse.move(5, 400);
    await page.waitForTimeout(500);
    await page.screenshot({ path: path.join(SHOT_DIR, 'speakers-view.png') });
    await passage.click();
    await page.locator('.monaco-editor .view-line', { hasText: 'lifeline' }).first().waitFor();
  });

  await step('screenshot docs/screenshots/open-article.png', async () => {
    fs.mkdirSync(SHOT_DIR, { recursive: true });
    await page.waitForTimeout(500);   // let the editor finish painting
    await page.screenshot({ path: path.join(SHOT_DIR, 'open-article.png') });
  });
} catch (e) {
  rc = 1;
  if (!results.failed) { results.failed++; console.error(e); }
  try { await ctx?.pages()[0]?.screenshot({ path: path.join(os.tmpdir(), 'corpus-lens-ui-fail.png') });
    console.error(`failure screenshot: ${path.join(os.tmpdir(), 'corpus-lens-ui-fail.png')}`); } catch { /* no page */ }
}
clearTimeout(timer);
await cleanup();
console.log(`${results.passed} passed, ${results.failed} failed` + (results.skipped ? `, ${results.skipped} skipped` : ''));
process.exit(rc);
