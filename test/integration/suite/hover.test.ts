// Hover cards, Find All References and workspace symbols on the invented fixture articles.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { api, article, hoverText, offsetOf, onlyIn } from './helpers';

const CLOSURE = 'tarrow-bridge-closure.txt';

describe('Hover cards (fixture workspace)', () => {
  before(async function () {
    onlyIn('fixture', this);
    await api();
  });

  it('shows the canonical name, kind, role, alias and counts on a full name', async () => {
    const card = await hoverText(article(CLOSURE), 'Ingrid Solvang');
    assert.match(card, /\*\*Ingrid Solvang\*\* · person/);
    assert.match(card, /\*Roles:\* Mayor \(/);
    assert.match(card, /\*Also:\* Solvang/);
    assert.match(card, /\d+ mentions in [2-9] files · \d+ passages? in \d+ files?/);
  });

  it('resolves a surname later in the article to the same person, with command links', async () => {
    const card = await hoverText(article(CLOSURE), 'Solvang said');
    assert.match(card, /\*\*Ingrid Solvang\*\*/);
    assert.match(card, /Nobody drives over that bridge/);
    assert.match(card, /\[Show in Speakers\]\(command:corpusLens\.showSpeaker\?/);
    assert.match(card, /\[All Mentions\]\(command:corpusLens\.showMentions\?/);
    assert.match(card, /\[Conflicting Claims\]\(command:corpusLens\.findConflicts\?/);
  });

  it('trusts only its own commands', async () => {
    const uri = article(CLOSURE);
    const document = await vscode.workspace.openTextDocument(uri);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri,
      document.positionAt(offsetOf(document.getText(), 'Solvang said') + 2));
    const markdown = hovers.flatMap((h) => h.contents).find((c): c is vscode.MarkdownString => typeof c !== 'string' && /Solvang/.test(c.value));
    assert.ok(markdown, 'no card');
    assert.notStrictEqual(markdown.isTrusted, true);
    if (typeof markdown.isTrusted === 'object') {
      assert.deepStrictEqual([...markdown.isTrusted.enabledCommands].sort(), ['corpusLens.findConflicts', 'corpusLens.showMentions', 'corpusLens.showSpeaker']);
    }
  });

  it('shows nothing on ordinary words', async () => {
    assert.strictEqual(await hoverText(article(CLOSURE), 'inspectors'), '');
  });

  it('turns off with corpusLens.hover.enabled', async () => {
    const config = vscode.workspace.getConfiguration('corpusLens.hover');
    await config.update('enabled', false, vscode.ConfigurationTarget.Global);
    try {
      assert.strictEqual(await hoverText(article(CLOSURE), 'Ingrid Solvang'), '');
    } finally {
      await config.update('enabled', undefined, vscode.ConfigurationTarget.Global);
    }
    assert.match(await hoverText(article(CLOSURE), 'Ingrid Solvang'), /Ingrid Solvang/);
  });
});

describe('References and symbols (fixture workspace)', () => {
  before(async function () {
    onlyIn('fixture', this);
    await api();
  });

  it('lists the mentions of a name across files with Find All References', async () => {
    const uri = article(CLOSURE);
    const document = await vscode.workspace.openTextDocument(uri);
    const at = document.positionAt(offsetOf(document.getText(), 'Solvang said') + 1);
    const locations = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', uri, at);
    const files = new Set(locations.map((l) => l.uri.path.split('/').pop()));
    assert.ok(files.size >= 3, `mentions in ${[...files].join(', ')}`);
    for (const location of locations) {
      const text = (await vscode.workspace.openTextDocument(location.uri)).getText(location.range);
      assert.match(text, /Solvang/, `a reference covers "${text}"`);
    }
  });

  it('finds people and organisations as workspace symbols', async () => {
    const symbols = await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', 'halvorsen');
    const found = symbols.find((s) => s.name === 'Priya Halvorsen');
    assert.ok(found, `symbols: ${symbols.map((s) => s.name).join(', ')}`);
    const text = (await vscode.workspace.openTextDocument(found.location.uri)).getText(found.location.range);
    assert.match(text, /Halvorsen/);
  });
});

describe('Outline (fixture workspace)', () => {
  it('lists the speakers of the article with what they said in it', async function () {
    onlyIn('fixture', this);
    await api();
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', article(CLOSURE));
    const solvang = symbols.find((s) => s.name === 'Ingrid Solvang');
    assert.ok(solvang, `symbols: ${symbols.map((s) => s.name).join(', ')}`);
    assert.match(solvang.detail, /^\d+ passages?$/);
    assert.ok(solvang.children.some((c) => /Nobody drives over that bridge/.test(c.name)));
    const starts = symbols.map((s) => s.range.start.line);
    assert.deepStrictEqual(starts, [...starts].sort((a, b) => a - b));
  });
});
