// A folder of 10,000 articles (and a few more): the extension host stays responsive while it
// indexes, and the user is told once that only the first corpusLens.files.maxFiles are indexed.
// Runs when the runner opens a folder named corpus-lens-scale-* (generate one with
// bench/generate.ts, e.g. /tmp/corpus-lens-scale-10k), and is skipped otherwise.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { CorpusLensApi } from '../../../src/vscode/features/feature';
import { EXTENSION_ID, waitFor } from './helpers';

const isScaleFolder = (): boolean => /\/corpus-lens-scale-[^/]*$/.test(vscode.workspace.workspaceFolders?.[0]?.uri.path ?? '');

describe('A folder of 10,000 articles', function () {
  this.timeout(180000);
  let lens: CorpusLensApi;

  before(async function () {
    if (!isScaleFolder()) {
      console.log('    (skipped: needs a corpus-lens-scale-* folder: node test/integration/runner/index.js /tmp/corpus-lens-scale-10k)');
      this.skip();
    }
    const ext = vscode.extensions.getExtension<CorpusLensApi>(EXTENSION_ID)!;
    await waitFor('the extension to activate on its own', () => ext.isActive, 30000);
    lens = ext.exports;
  });

  it('keeps the extension host responsive while indexing', async () => {
    await waitFor('indexing to start', () => lens.service.state === 'indexing' && lens.service.fileCount > 0, 60000);
    // Timer lag: how late a 20 ms timer fires tells how long the host's thread was held.
    const lags: number[] = [];
    const until = Date.now() + 30000;
    while (Date.now() < until && lens.service.state === 'indexing') {
      const asked = Date.now();
      await new Promise((resolve) => setTimeout(resolve, 20));
      lags.push(Date.now() - asked - 20);
    }
    lags.sort((a, b) => a - b);
    const p95 = lags[Math.floor(lags.length * 0.95)];
    const worst = lags[lags.length - 1];
    console.log(`    timer lag over ${lags.length} samples: median ${lags[lags.length >> 1]} ms, p95 ${p95} ms, worst ${worst} ms; ` +
      `${lens.service.progress.done}/${lens.service.progress.total} files analysed`);
    assert.ok(p95 < 100, `p95 timer lag ${p95} ms`);
    assert.ok(worst < 1000, `worst timer lag ${worst} ms`);
  });

  it('indexes at most corpusLens.files.maxFiles and says so', () => {
    assert.strictEqual(lens.service.lastRecognition?.truncated, true);
    assert.strictEqual(lens.service.fileCount, 10000);
  });

  it('answers a hover quickly on an article already analysed, while indexing goes on', async () => {
    const analysed = lens.service.lookup().analysis.entities.find((e) => e.type === 'person' && e.mentions.length > 0);
    assert.ok(analysed, 'no person analysed yet');
    const mention = analysed.mentions[0];
    const uri = lens.service.uriOf(mention.file);
    const document = await vscode.workspace.openTextDocument(uri);
    const started = Date.now();
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, document.positionAt(mention.start + 1));
    const took = Date.now() - started;
    console.log(`    hover answered in ${took} ms`);
    assert.ok(hovers.some((h) => h.contents.some((c) => typeof c !== 'string' && c.value.includes(analysed.name))), 'no card');
    assert.ok(took < 1000, `hover took ${took} ms`);
  });
});
