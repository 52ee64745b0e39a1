// Smoke tests: the extension is installed in the test host, activates, and the workspace fixture
// (test/integration/workspace/) is open with readable .txt articles.
import * as assert from 'assert';
import * as vscode from 'vscode';

const EXTENSION_ID = 'corpus-lens.corpus-lens';

describe('Corpus Lens extension', () => {
  it('is present and activates', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `extension ${EXTENSION_ID} not found`);
    await ext.activate();
    assert.strictEqual(ext.isActive, true);
  });

  it('opens a .txt article from the workspace with non-empty text', async () => {
    const folders = vscode.workspace.workspaceFolders;
    assert.ok(folders && folders.length > 0, 'no workspace folder is open');
    const files = await vscode.workspace.findFiles('**/*.txt');
    assert.ok(files.length > 0, 'no .txt file in the workspace');
    const doc = await vscode.workspace.openTextDocument(files[0]);
    await vscode.window.showTextDocument(doc);
    // plain text at first; the extension switches corpus articles to its own language
    assert.ok(['plaintext', 'corpus'].includes(doc.languageId), doc.languageId);
    assert.ok(doc.getText().trim().length > 0, `${files[0].toString()} is empty`);
  });
});
