// Shared steps of the feature tests: which workspace is open, waiting for the index, hovering,
// reading the trees through the extension's API (what a person sees, minus the pixels).
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { CorpusLensApi } from '../../../src/vscode/features/feature';

export const EXTENSION_ID = 'corpus-lens.corpus-lens';

/** Which of the test workspaces the runner opened. Each suite runs in the workspace it is for
 * and skips (saying why) in the others. */
export type WorkspaceKind = 'fixture' | 'code-repo' | 'seeds' | 'other';

export function workspaceKind(): WorkspaceKind {
  const root = vscode.workspace.workspaceFolders?.[0]?.uri.path ?? '';
  if (root.endsWith('/test/integration/workspace')) return 'fixture';
  if (root.endsWith('/test/integration/code-repo')) return 'code-repo';
  if (root.endsWith('/corpus/seeds')) return 'seeds';
  return 'other';
}

/** Skips the calling test unless one of `kinds` is open. */
export function onlyIn(kinds: WorkspaceKind | WorkspaceKind[], context: Mocha.Context): void {
  const wanted = Array.isArray(kinds) ? kinds : [kinds];
  if (wanted.includes(workspaceKind())) return;
  const how = wanted.map((k) => (k === 'fixture' ? 'the default' : k === 'seeds' ? '/work/shared/corpus/seeds' : `test/integration/${k}`));
  console.log(`    (skipped: needs the ${wanted.join(' or ')} workspace: node test/integration/runner/index.js [${how.join(' | ')}])`);
  context.skip();
}

export function root(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'no workspace folder is open');
  return folder.uri;
}

export function article(name: string): vscode.Uri {
  return vscode.Uri.joinPath(root(), name);
}

/** Activates the extension (if the workspace has not already) and waits for the index. */
export async function api(): Promise<CorpusLensApi> {
  const ext = vscode.extensions.getExtension<CorpusLensApi>(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} not found`);
  const exports = await ext.activate();
  await exports.service.whenIdle();
  return exports;
}

export async function waitFor<T>(what: string, probe: () => T | undefined | false | Promise<T | undefined | false>, timeoutMs = 15000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) assert.fail(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Offset of the `occurrence`-th (0-based) `needle` in the text. */
export function offsetOf(text: string, needle: string, occurrence = 0): number {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = text.indexOf(needle, at + 1);
    assert.ok(at >= 0, `"${needle}" occurs fewer than ${occurrence + 1} times`);
  }
  return at;
}

/** The Markdown of the hovers shown with the pointer inside the `occurrence`-th (0-based) `needle`. */
export async function hoverText(uri: vscode.Uri, needle: string, occurrence = 0): Promise<string> {
  return hoverTextOn(uri, needle, needle, occurrence);
}

/** The Markdown of the hovers shown with the pointer on `target` inside the `occurrence`-th
 * `context` of the article ("said Alibaba’s Zhang", "Zhang"). */
export async function hoverTextOn(uri: vscode.Uri, context: string, target: string, occurrence = 0): Promise<string> {
  const document = await vscode.workspace.openTextDocument(uri);
  const at = offsetOf(document.getText(), context, occurrence) + offsetOf(context, target);
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, document.positionAt(at + 1));
  return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n---\n');
}

/** The label of a tree item as a string. */
export function labelOf(item: vscode.TreeItem): string {
  const label = item.label;
  return typeof label === 'string' ? label : label?.label ?? '';
}

export interface ShownNode {
  node: unknown;
  item: vscode.TreeItem;
  label: string;
}

/** The children a tree shows under `node` (the roots when undefined), with their items. */
export async function children(provider: vscode.TreeDataProvider<unknown>, node?: unknown): Promise<ShownNode[]> {
  const nodes = (await provider.getChildren(node)) ?? [];
  return Promise.all(nodes.map(async (n) => {
    const item = await provider.getTreeItem(n);
    return { node: n, item, label: labelOf(item) };
  }));
}

/** Every passage item under a speaker node, whatever the grouping. */
export async function passageItems(provider: vscode.TreeDataProvider<unknown>, speaker: unknown): Promise<ShownNode[]> {
  const found: ShownNode[] = [];
  for (const child of await children(provider, speaker)) {
    if (child.item.contextValue === 'passage') found.push(child);
    else found.push(...(await children(provider, child.node)));
  }
  return found;
}

/** Runs a tree item's click command. */
export async function click(item: vscode.TreeItem): Promise<void> {
  assert.ok(item.command, `"${labelOf(item)}" has no command`);
  await vscode.commands.executeCommand(item.command.command, ...(item.command.arguments ?? []));
}

/** Writes a file through the workspace file system (as a user's tool would) under the workspace. */
export async function writeArticle(name: string, text: string | Uint8Array): Promise<vscode.Uri> {
  const uri = article(name);
  await vscode.workspace.fs.writeFile(uri, typeof text === 'string' ? new TextEncoder().encode(text) : text);
  return uri;
}

export async function deleteQuietly(uri: vscode.Uri): Promise<void> {
  try {
    await vscode.workspace.fs.delete(uri, { recursive: true, useTrash: false });
  } catch {
    // already gone
  }
}
