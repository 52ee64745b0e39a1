// Corpus recognition and activation. This file's name sorts first so that it sees the extension
// before any other test activates it by hand.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { CorpusLensApi } from '../../../src/vscode/features/feature';
import { api, article, deleteQuietly, EXTENSION_ID, onlyIn, waitFor, writeArticle } from './helpers';

describe('Activation and corpus recognition', () => {
  it('activates by itself on a folder of articles, and gives them the corpus language', async function () {
    onlyIn(['fixture', 'seeds'], this);
    const ext = vscode.extensions.getExtension<CorpusLensApi>(EXTENSION_ID)!;
    await waitFor('the extension to activate on its own', () => ext.isActive, 20000);
    const { service } = await api();
    assert.strictEqual(service.state, 'ready');
    const files = await vscode.workspace.findFiles('**/*.txt');
    assert.strictEqual(service.fileCount, files.length);
    const document = await vscode.workspace.openTextDocument(files[0]);
    await waitFor('the corpus language', async () => (await vscode.workspace.openTextDocument(files[0])).languageId === 'corpus');
    assert.ok(document.getText().length > 0);
  });

  it('stays inactive in a code repository with a stray README.txt, and leaves that file alone', async function () {
    onlyIn('code-repo', this);
    const ext = vscode.extensions.getExtension<CorpusLensApi>(EXTENSION_ID)!;
    // Give the workspaceContains activation events time to fire if they (wrongly) matched.
    await new Promise((resolve) => setTimeout(resolve, 3000));
    assert.strictEqual(ext.isActive, false, 'the extension activated in a code repository');

    // Activated anyway (as opening its sidebar would), it must stay dormant.
    const readme = await vscode.workspace.openTextDocument(article('README.txt'));
    await vscode.window.showTextDocument(readme);
    const { service } = await api();
    assert.strictEqual(service.state, 'dormant');
    assert.strictEqual(service.fileCount, 0);
    assert.deepStrictEqual(service.lastRecognition?.codeFolders.map((f) => f.marker), ['package.json']);
    await new Promise((resolve) => setTimeout(resolve, 500));
    assert.strictEqual((await vscode.workspace.openTextDocument(article('README.txt'))).languageId, 'plaintext');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', readme.uri, new vscode.Position(0, 2));
    assert.strictEqual(hovers.length, 0);
  });

  it('analyses a code repository’s articles when asked to, still leaving its README alone', async function () {
    onlyIn('code-repo', this);
    const { service } = await api();
    const note = await writeArticle('zz-integration-interview-2021.txt', '“Counting words is harder than it looks,” said Imogen Farrelly, who wrote the tool.\n');
    try {
      await vscode.commands.executeCommand('corpusLens.treatAsCorpus');
      await waitFor('the article to be analysed', async () => { await service.whenIdle(); return service.fileCount === 1; });
      assert.ok(service.isCorpusFile(note));
      assert.ok(!service.isCorpusFile(article('README.txt')));
      assert.strictEqual(service.state, 'ready');
    } finally {
      await deleteQuietly(note);
    }
    await waitFor('the deleted article to leave', () => service.fileCount === 0);
  });
});
