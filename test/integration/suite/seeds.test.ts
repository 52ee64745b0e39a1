// The checks on the real seed articles (../shared/corpus/seeds). They run when the runner
// opens that folder (node test/integration/runner/index.js /work/shared/corpus/seeds) and are
// skipped, with a message, in the other workspaces or when /work/shared is absent.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { CorpusLensApi } from '../../../src/vscode/features/feature';
import { api, children, click, hoverText, hoverTextOn, onlyIn, passageItems, root, waitFor } from './helpers';

describe('Seed articles', () => {
  let lens: CorpusLensApi;
  /** The seed file whose name starts with `prefix` ("001"). */
  const seed = async (prefix: string): Promise<vscode.Uri> => {
    const name = (await vscode.workspace.fs.readDirectory(root())).map(([n]) => n).find((n) => n.startsWith(`${prefix}_`));
    assert.ok(name, `no ${prefix}_*.txt in the seeds`);
    return vscode.Uri.joinPath(root(), name);
  };
  /** The hover card's title: the canonical name of the entity under the pointer. */
  const cardTitle = (card: string): string => /^\*\*(.+?)\*\*/.exec(card)?.[1] ?? '';

  before(async function () {
    onlyIn('seeds', this);
    lens = await api();
  });

  it('shows Daniel Zhang’s roles and aliases when hovering his name in 001', async () => {
    const card = await hoverText(await seed('001'), 'Daniel Zhang');
    assert.match(cardTitle(card), /^Daniel Zhang/, card);
    assert.match(card, /\*Roles:\*.*(Chief Executive Officer|CEO)/, card);
    const aliases = /\*Also:\* (.*)/.exec(card)?.[1] ?? '';
    assert.match(aliases, /\bZhang\b/, card);
    assert.match(`${cardTitle(card)}, ${aliases}`, /Daniel Zhang Yong/, card);
  });

  it('resolves "Zhang" later in 002 to Daniel Zhang, not Zhang Yiming', async () => {
    const card = await hoverTextOn(await seed('002'), 'said Alibaba’s Zhang', 'Zhang');
    assert.match(cardTitle(card), /^Daniel Zhang/, card);
  });

  it('resolves "Liu" per article: Liu He in 002, Liu Jie in 004', async () => {
    const in002 = await hoverTextOn(await seed('002'), 'Liu, the vice', 'Liu');
    assert.match(cardTitle(in002), /^(Chinese )?(Vice[- ]Premier )?Liu He$/, in002);
    const in004 = await hoverTextOn(await seed('004'), 'Liu thanked', 'Liu');
    assert.match(cardTitle(in004), /^Liu Jie$/, in004);
  });

  it('lists Lei Jun in the Speakers view with passages from at least three files, and opens one selected', async () => {
    const lei = (await children(lens.speakers)).find((s) => s.label === 'Lei Jun');
    assert.ok(lei, 'Lei Jun is not among the speakers');
    const files = await children(lens.speakers, lei.node);
    assert.ok(files.length >= 3, `passages from ${files.map((f) => f.label).join(', ')}`);
    const passages = await passageItems(lens.speakers, lei.node);
    const target = passages[passages.length - 1];
    await click(target.item);
    const editor = await waitFor('the passage’s article', () => vscode.window.activeTextEditor);
    const selected = editor.document.getText(editor.selection).replace(/\s+/g, ' ');
    assert.ok(selected.length > 0, 'nothing selected');
    assert.ok(selected.startsWith(target.label.replace(/^“/, '').replace(/(…|”)$/, '').slice(0, 40)), `${selected} / ${target.label}`);
  });
});
