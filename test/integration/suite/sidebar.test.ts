// The Speakers and People & Organisations views, read through their tree providers.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { CorpusLensApi } from '../../../src/vscode/features/feature';
import { api, article, children, click, offsetOf, onlyIn, passageItems, waitFor } from './helpers';

describe('Speakers view (fixture workspace)', () => {
  let lens: CorpusLensApi;
  before(async function () {
    onlyIn('fixture', this);
    lens = await api();
  });
  afterEach(async () => {
    await vscode.commands.executeCommand('corpusLens.speakers.sortByPassages');
    await vscode.commands.executeCommand('corpusLens.speakers.groupByFile');
    await vscode.commands.executeCommand('corpusLens.speakers.clearFilter');
  });

  it('lists speakers with passage and file counts, most passages first, unknown speakers last', async () => {
    const speakers = await children(lens.speakers);
    const halvorsen = speakers.find((s) => s.label === 'Priya Halvorsen');
    assert.ok(halvorsen, `speakers: ${speakers.map((s) => s.label).join(', ')}`);
    assert.match(String(halvorsen.item.description), /^[2-9] passages · 2 files$/);
    const counts = speakers.filter((s) => s.label !== 'Unknown speaker').map((s) => Number(/^(\d+)/.exec(String(s.item.description))![1]));
    assert.deepStrictEqual(counts, [...counts].sort((a, b) => b - a));
    const unknown = speakers.findIndex((s) => s.label === 'Unknown speaker');
    assert.ok(unknown === -1 || unknown === speakers.length - 1);
    assert.match(String(lens.speakersView.description), /^\d+ passages · 4 files$/);
  });

  it('groups passages by file, and opening one selects it in its article', async () => {
    const halvorsen = (await children(lens.speakers)).find((s) => s.label === 'Priya Halvorsen')!;
    const files = await children(lens.speakers, halvorsen.node);
    assert.deepStrictEqual(files.map((f) => f.label).sort(), ['eddlestone-traders-react.txt', 'footbridge-plan.txt']);
    const passages = await children(lens.speakers, files[0].node);
    assert.ok(passages.length > 0);
    await click(passages[0].item);
    const editor = await waitFor('the article to open', () => vscode.window.activeTextEditor?.document.uri.path.endsWith(files[0].label) && vscode.window.activeTextEditor);
    const selected = editor.document.getText(editor.selection);
    assert.ok(selected.length > 10, 'a passage is selected');
    assert.strictEqual(passages[0].label.replace(/^“|”$/g, ''), selected.replace(/\s+/g, ' ').slice(0, passages[0].label.replace(/^“|”$/g, '').length));
  });

  it('sorts by name and shows passages flat when toggled', async () => {
    await vscode.commands.executeCommand('corpusLens.speakers.sortByName');
    await vscode.commands.executeCommand('corpusLens.speakers.showFlat');
    const names = (await children(lens.speakers)).map((s) => s.label).filter((l) => l !== 'Unknown speaker');
    assert.deepStrictEqual(names, [...names].sort((a, b) => a.localeCompare(b)));
    const halvorsen = (await children(lens.speakers)).find((s) => s.label === 'Priya Halvorsen')!;
    const flat = await children(lens.speakers, halvorsen.node);
    assert.ok(flat.every((p) => p.item.contextValue === 'passage'));
    assert.ok(flat.every((p) => /\.txt$/.test(String(p.item.description))), 'flat passages name their file');
  });

  it('filters speakers by name or passage text', async () => {
    const speakers = lens.speakers as unknown as { setOptions(o: { filter: string }): Promise<void> };
    await speakers.setOptions({ filter: 'lifeline' });
    const shown = await children(lens.speakers);
    assert.deepStrictEqual(shown.map((s) => s.label), ['Priya Halvorsen']);
    assert.match(String(lens.speakersView.message), /Filtered by “lifeline”: 1 speaker of \d+/);
  });

  it('reveals a speaker from the hover card’s link', async () => {
    const uri = article('footbridge-plan.txt');
    const text = (await vscode.workspace.openTextDocument(uri)).getText();
    await vscode.commands.executeCommand('corpusLens.showSpeaker', lens.service.keyOf(uri), offsetOf(text, 'Halvorsen said'));
    await waitFor('Priya Halvorsen to be selected', async () => {
      const selected = lens.speakersView.selection[0];
      return selected !== undefined && (await lens.speakers.getTreeItem(selected)).label === 'Priya Halvorsen';
    });
  });

  it('reveals the passage under the cursor (every node knows its parent)', async () => {
    const uri = article('footbridge-plan.txt');
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const offset = offsetOf(editor.document.getText(), 'lifeline');
    editor.selection = new vscode.Selection(editor.document.positionAt(offset), editor.document.positionAt(offset));
    await vscode.commands.executeCommand('corpusLens.revealPassage');
    const selected = await waitFor('the passage to be selected', () => {
      const node = lens.speakersView.selection[0] as { passage?: { text: string } } | undefined;
      return node?.passage && /lifeline/.test(node.passage.text) && node;
    });
    let node: unknown = selected;
    const chain: unknown[] = [];
    while (node) {
      chain.push(node);
      node = await lens.speakers.getParent!(node);
    }
    assert.ok(chain.length >= 2, 'the passage sits under a speaker');
    assert.strictEqual((await lens.speakers.getTreeItem(chain[chain.length - 1])).label, 'Priya Halvorsen');
  });
});

describe('People & Organisations view (fixture workspace)', () => {
  let lens: CorpusLensApi;
  before(async function () {
    onlyIn('fixture', this);
    lens = await api();
  });

  it('lists every entity with kind and counts, and its mentions in context', async () => {
    const entities = await children(lens.entities);
    const solvang = entities.find((e) => e.label === 'Ingrid Solvang');
    assert.ok(solvang, `entities: ${entities.map((e) => e.label).join(', ')}`);
    assert.match(String(solvang.item.description), /^person · \d+ mentions · 4 files · also Solvang$/);
    assert.ok(entities.some((e) => /^organisation · /.test(String(e.item.description))));
    const mentions = await children(lens.entities, solvang.node);
    assert.ok(mentions.length >= 4);
    assert.ok(mentions.every((m) => /Solvang/.test(m.label)), mentions.map((m) => m.label).join(' | '));
    assert.ok(mentions.every((m) => /\.txt:\d+$/.test(String(m.item.description))));
    await click(mentions[0].item);
    const editor = vscode.window.activeTextEditor!;
    assert.match(editor.document.getText(editor.selection), /Solvang/);
  });
});

describe('Tree node ids (fixture workspace)', () => {
  it('gives every speaker, file and passage node a stable id', async function () {
    onlyIn('fixture', this);
    const lens = await api();
    const seen = new Set<string>();
    for (const speaker of await children(lens.speakers)) {
      for (const node of [speaker, ...(await passageItems(lens.speakers, speaker.node))]) {
        assert.ok(node.item.id, `${node.label} has no id`);
        assert.ok(!seen.has(node.item.id!), `duplicate id ${node.item.id}`);
        seen.add(node.item.id!);
      }
    }
  });
});
