// The People & Organisations view: every entity with its kind, aliases and mention counts;
// expanding one lists its mentions, each shown in its line of text and opening it when clicked.
import * as vscode from 'vscode';
import type { Entity, MentionRef } from '../../core/model';
import type { AnalysisService } from '../analysisService';
import { countFiles, entityKey } from '../corpusLookup';
import { escapeMarkdown, plural } from '../format';
import { groupRoles } from '../hoverCard';
import type { Feature } from './feature';

export const ENTITIES_VIEW = 'corpusLens.entities';

/** Characters of context shown on each side of a mention. */
const CONTEXT_CHARS = 40;

export type EntityTreeNode = EntityNode | MentionNode;

export class EntityNode {
  readonly id: string;
  readonly parent = undefined;

  constructor(readonly entity: Entity) {
    this.id = `entity/${entityKey(entity)}`;
  }

  treeItem(): vscode.TreeItem {
    const e = this.entity;
    const item = new vscode.TreeItem(e.name, vscode.TreeItemCollapsibleState.Collapsed);
    item.id = this.id;
    const kind = e.type === 'person' ? 'person' : 'organisation';
    const aliases = e.aliases.length ? ` · also ${e.aliases.join(', ')}` : '';
    item.description = `${kind} · ${plural(e.mentions.length, 'mention')} · ${plural(countFiles(e.mentions), 'file')}${aliases}`;
    item.iconPath = new vscode.ThemeIcon(e.type === 'person' ? 'person' : 'organization');
    item.contextValue = 'entity';
    const tooltip = new vscode.MarkdownString(`**${escapeMarkdown(e.name)}** · ${kind}`);
    if (e.aliases.length) tooltip.appendMarkdown(`\n\nAlso: ${e.aliases.map(escapeMarkdown).join(', ')}`);
    const roles = groupRoles(e);
    if (roles.length) tooltip.appendMarkdown(`\n\nRoles: ${roles.map((r) => escapeMarkdown(r.text)).join(' · ')}`);
    item.tooltip = tooltip;
    return item;
  }
}

export class MentionNode {
  readonly id: string;

  constructor(readonly parent: EntityNode, readonly mention: MentionRef, private readonly fileText: string | undefined) {
    this.id = `${parent.id}/mention/${mention.file}:${mention.start}`;
  }

  treeItem(service: AnalysisService): vscode.TreeItem {
    const m = this.mention;
    const range = service.range(m.file, m.start, m.end);
    const item = new vscode.TreeItem(this.label(), vscode.TreeItemCollapsibleState.None);
    item.id = this.id;
    item.description = `${service.label(m.file)}:${range.start.line + 1}`;
    item.iconPath = new vscode.ThemeIcon('symbol-text');
    item.contextValue = 'mention';
    item.command = { command: 'vscode.open', title: 'Open Mention', arguments: [service.uriOf(m.file), { selection: range, preview: true }] };
    return item;
  }

  /** The mention in its surrounding words, the name highlighted. */
  private label(): vscode.TreeItemLabel | string {
    if (this.fileText === undefined) return this.parent.entity.name;
    const { start, end } = this.mention;
    const from = Math.max(0, start - CONTEXT_CHARS);
    const before = (from > 0 ? '…' : '') + this.fileText.slice(from, start).replace(/\s+/g, ' ').trimStart();
    const name = this.fileText.slice(start, end);
    const after = this.fileText.slice(end, end + CONTEXT_CHARS).replace(/\s+/g, ' ').trimEnd() + (end + CONTEXT_CHARS < this.fileText.length ? '…' : '');
    return { label: before + name + after, highlights: [[before.length, before.length + name.length]] };
  }
}

export class EntitiesProvider implements vscode.TreeDataProvider<EntityTreeNode> {
  private readonly changeEmitter = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changeEmitter.event;
  private roots: EntityNode[] | undefined;

  constructor(private readonly service: AnalysisService) {}

  refresh(): void {
    this.roots = undefined;
    this.changeEmitter.fire();
  }

  async getChildren(node?: EntityTreeNode): Promise<EntityTreeNode[]> {
    if (!node) return this.entityNodes();
    if (node instanceof MentionNode) return [];
    // Each file's text once, for the context around its mentions.
    const texts = new Map<string, string | undefined>();
    for (const file of new Set(node.entity.mentions.map((m) => m.file))) texts.set(file, await this.service.readText(file));
    return node.entity.mentions.map((m) => new MentionNode(node, m, texts.get(m.file)));
  }

  getTreeItem(node: EntityTreeNode): vscode.TreeItem {
    return node instanceof EntityNode ? node.treeItem() : node.treeItem(this.service);
  }

  getParent(node: EntityTreeNode): EntityTreeNode | undefined {
    return node.parent;
  }

  /** People and organisations, most mentioned first. */
  entityNodes(): EntityNode[] {
    this.roots ??= [...this.service.lookup().analysis.entities]
      .sort((a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name))
      .map((e) => new EntityNode(e));
    return this.roots;
  }
}

export const entitiesTree: Feature = ({ extension, service, api }) => {
  const provider = new EntitiesProvider(service);
  const view = vscode.window.createTreeView(ENTITIES_VIEW, { treeDataProvider: provider, showCollapseAll: true });
  api.entities = provider as vscode.TreeDataProvider<unknown>;
  const describe = (): void => {
    const entities = service.lookup().analysis.entities;
    const people = entities.filter((e) => e.type === 'person').length;
    view.description = service.fileCount ? `${plural(people, 'person', 'people')} · ${plural(entities.length - people, 'organisation')}` : undefined;
  };
  extension.subscriptions.push(view, service.onDidChangeAnalysis(() => {
    provider.refresh();
    describe();
  }));
  describe();
};
