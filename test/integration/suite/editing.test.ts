// The index follows the workspace file by file: unsaved edits, new, deleted and renamed files,
// and bad input (binary files, files deleted while being indexed). The articles are never written.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { CorpusLensApi } from '../../../src/vscode/features/feature';
import { api, article, children, deleteQuietly, onlyIn, root, waitFor, writeArticle } from './helpers';

const TEMP_PREFIX = 'zz-integration-';

/** Drops every unsaved edit, so closing the editors can never save one into an article. */
async function revertAll(): Promise<void> {
  for (const document of vscode.workspace.textDocuments.filter((d) => d.isDirty)) {
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  }
}

describe('Keeping the index current (fixture workspace)', () => {
  let lens: CorpusLensApi;
  const originals = new Map<string, Uint8Array>();
  const speakerNames = async (): Promise<string[]> => (await children(lens.speakers)).map((s) => s.label);

  before(async function () {
    onlyIn('fixture', this);
    // Edits stay unsaved whatever the host's default (the web workbench saves after a delay).
    await vscode.workspace.getConfiguration('files').update('autoSave', 'off', vscode.ConfigurationTarget.Global);
    lens = await api();
    for (const [name] of await vscode.workspace.fs.readDirectory(root())) {
      if (name.startsWith(TEMP_PREFIX)) await deleteQuietly(article(name)); // left by an interrupted run
      else if (name.endsWith('.txt')) originals.set(name, await vscode.workspace.fs.readFile(article(name)));
    }
  });

  after(async () => {
    await revertAll();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (const [name] of await vscode.workspace.fs.readDirectory(root())) if (name.startsWith(TEMP_PREFIX)) await deleteQuietly(article(name));
  });

  it('shows a quoted sentence by a new speaker from an unsaved edit, and forgets it on revert', async () => {
    const uri = article('tarrow-bridge-closure.txt');
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const end = editor.document.positionAt(editor.document.getText().length);
    await editor.edit((edit) => edit.insert(end, '\n\n“We will row people across if we have to,” said Wilhelmina Strand, who runs the old ferry.'));
    try {
      assert.ok(editor.document.isDirty);
      await waitFor('the new speaker in the Speakers view', async () => (await speakerNames()).includes('Wilhelmina Strand'));
      const strand = (await children(lens.speakers)).find((s) => s.label === 'Wilhelmina Strand')!;
      assert.match(String(strand.item.description), /^\d+ passages? · 1 file$/);
    } finally {
      await revertAll(); // the article on disk must never see the edit, even when the test fails
    }
    assert.ok(!editor.document.isDirty);
    await waitFor('the speaker to leave with the reverted edit', async () => !(await speakerNames()).includes('Wilhelmina Strand'));
  });

  it('adds a new article and removes its passages when it is deleted', async () => {
    const uri = await writeArticle(`${TEMP_PREFIX}ferry.txt`,
      'Ferry service returns to the Tarrow\n\n“The boat can carry forty people an hour,” said Oswin Tregarthen, the ferry’s owner.\n');
    await waitFor('the new article’s speaker', async () => (await speakerNames()).includes('Oswin Tregarthen'));
    await vscode.workspace.fs.delete(uri);
    await waitFor('the deleted article’s speaker to go', async () => !(await speakerNames()).includes('Oswin Tregarthen'));
    assert.ok(!lens.service.lookup().analysis.files.some((f) => f.endsWith(`${TEMP_PREFIX}ferry.txt`)));
  });

  it('follows a renamed article and a renamed folder, and drops a deleted folder', async () => {
    const folder = article(`${TEMP_PREFIX}folder`);
    const moved = article(`${TEMP_PREFIX}moved`);
    try {
      const first = vscode.Uri.joinPath(folder, 'before.txt');
      await vscode.workspace.fs.createDirectory(folder);
      await vscode.workspace.fs.writeFile(first, new TextEncoder().encode('“Tolls will not return,” said Rosalind Achterberg, the transport chief.\n'));
      await waitFor('the article in a subfolder', async () => (await speakerNames()).includes('Rosalind Achterberg'));
      await vscode.workspace.fs.rename(first, vscode.Uri.joinPath(folder, 'after.txt'));
      await waitFor('the renamed file to replace the old one', () => {
        const files = lens.service.lookup().analysis.files;
        return files.some((f) => f.endsWith(`${TEMP_PREFIX}folder/after.txt`)) && !files.some((f) => f.endsWith('/before.txt'));
      });
      // A renamed folder is reported as the folder alone: what is inside is found by listing it.
      await vscode.workspace.fs.rename(folder, moved);
      await waitFor('the article to follow its folder', () => {
        const files = lens.service.lookup().analysis.files;
        return files.some((f) => f.endsWith(`${TEMP_PREFIX}moved/after.txt`)) && !files.some((f) => f.includes(`${TEMP_PREFIX}folder/`));
      });
      await vscode.workspace.fs.delete(moved, { recursive: true });
      await waitFor('the deleted folder’s speaker to go', async () => !(await speakerNames()).includes('Rosalind Achterberg'));
    } finally {
      await deleteQuietly(folder); // a failed run must not leave articles behind for the next tests
      await deleteQuietly(moved);
    }
  });

  it('skips a binary file with a message instead of analysing it', async () => {
    const bytes = new Uint8Array(4096).map((_, i) => (i % 7 === 0 ? 0 : 65 + (i % 26)));
    await writeArticle(`${TEMP_PREFIX}scan.txt`, bytes);
    const issue = await waitFor('the binary file’s issue', () =>
      lens.service.lookup().analysis.issues.find((i) => i.file.endsWith(`${TEMP_PREFIX}scan.txt`)));
    assert.match(issue.message, /binary/);
    await deleteQuietly(article(`${TEMP_PREFIX}scan.txt`));
    await waitFor('the binary file to leave the index', () => !lens.service.lookup().analysis.files.some((f) => f.endsWith(`${TEMP_PREFIX}scan.txt`)));
  });

  it('skips a file over corpusLens.files.maxFileSizeMB with a message', async () => {
    const config = vscode.workspace.getConfiguration('corpusLens.files');
    await config.update('maxFileSizeMB', 0.1, vscode.ConfigurationTarget.Global);
    const name = `${TEMP_PREFIX}transcript.txt`;
    try {
      await writeArticle(name, '“Every word of the hearing,” said the clerk.\n'.repeat(4000));
      const issue = await waitFor('the large file’s issue', () => lens.service.lookup().analysis.issues.find((i) => i.file.endsWith(name)));
      assert.match(issue.message, /over the 0\.1 MB limit/);
      assert.strictEqual(lens.service.lookup().analysis.passages.filter((p) => p.file.endsWith(name)).length, 0);
    } finally {
      await config.update('maxFileSizeMB', undefined, vscode.ConfigurationTarget.Global);
      await deleteQuietly(article(name));
    }
    await waitFor('the large file to leave the index', () => !lens.service.lookup().analysis.files.some((f) => f.endsWith(name)));
  });

  it('stays consistent when files are deleted while they are being indexed', async () => {
    const uris: vscode.Uri[] = [];
    for (let i = 0; i < 25; i++) {
      uris.push(await writeArticle(`${TEMP_PREFIX}burst-${i}.txt`, `Burst ${i}\n\n“Number ${i} is here,” said Perpetua Vasquez-Lindqvist.\n`));
    }
    for (const uri of uris) await vscode.workspace.fs.delete(uri);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await lens.service.whenIdle();
    await waitFor('every burst file to leave the index', () => !lens.service.lookup().analysis.files.some((f) => f.includes(`${TEMP_PREFIX}burst-`)));
    assert.strictEqual(lens.service.fileCount, originals.size);
    assert.strictEqual(lens.service.state, 'ready');
  });

  it('re-indexes every article on request, with progress', async () => {
    const totals: number[] = [];
    const listening = lens.service.onDidChangeProgress(({ total }) => totals.push(total));
    try {
      await vscode.commands.executeCommand('corpusLens.reindex');
    } finally {
      listening.dispose();
    }
    assert.strictEqual(Math.max(...totals), originals.size);
    assert.strictEqual(lens.service.state, 'ready');
    assert.ok((await speakerNames()).includes('Priya Halvorsen'));
  });

  it('never writes to the articles', async () => {
    for (const [name, bytes] of originals) {
      assert.deepStrictEqual(await vscode.workspace.fs.readFile(article(name)), bytes, `${name} changed`);
    }
  });
});
