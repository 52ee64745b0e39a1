// The Conflicts view: conflicting claims grouped by subject (the person or organisation they are
// about, or "Events and topics"), then by aspect (numbers, dates, roles…); each conflict lists its
// claims with their file names, and a claim opens its file with the claim selected. Nodes are kept
// per analysis and know their parents, so that reveal finds the objects the view was given.
import * as vscode from 'vscode';
import type { Claim, Conflict, ConflictAspect, Entity } from '../../core/model';
import type { AnalysisService } from '../analysisService';
import { countFiles, entityKey } from '../corpusLookup';
import { escapeMarkdown, oneLine, plural } from '../format';

export const CONFLICTS_VIEW = 'corpusLens.conflicts';

export type ConflictTreeNode = SubjectNode | AspectNode | ConflictNode | ClaimNode;

/** Aspects in the order the view lists them, with their group labels. */
const ASPECT_LABELS: Record<ConflictAspect, string> = {
  number: 'Numbers',
  date: 'Dates',
  role: 'Roles and titles',
  name: 'Names',
  quote: 'Quote wording',
  stance: 'Stances',
  other: 'Other claims',
};
const ASPECT_ORDER = Object.keys(ASPECT_LABELS) as ConflictAspect[];

export class SubjectNode {
  readonly id: string;
  readonly parent = undefined;
  readonly children: AspectNode[] = [];

  /** `entity` undefined: conflicts about an event or topic rather than a named subject. */
  constructor(readonly entity: Entity | undefined, readonly conflicts: Conflict[]) {
    this.id = `conflicts/${entity ? entityKey(entity) : 'topics'}`;
  }

  treeItem(): vscode.TreeItem {
    const item = new vscode.TreeItem(this.entity?.name ?? 'Events and topics', vscode.TreeItemCollapsibleState.Expanded);
    item.id = this.id;
    item.description = `${plural(this.conflicts.length, 'conflict')} · ${plural(countFiles(this.conflicts.flatMap((c) => c.claims)), 'file')}`;
    item.iconPath = new vscode.ThemeIcon(!this.entity ? 'symbol-event' : this.entity.type === 'person' ? 'person' : 'organization');
    item.contextValue = 'conflictSubject';
    item.tooltip = this.entity
      ? `Claims about ${this.entity.name} that disagree between articles`
      : 'Claims about the story itself (figures, dates, events) that disagree between articles';
    return item;
  }
}

export class AspectNode {
  readonly id: string;
  readonly children: ConflictNode[] = [];

  constructor(readonly parent: SubjectNode, readonly aspect: ConflictAspect) {
    this.id = `${parent.id}/${aspect}`;
  }

  treeItem(): vscode.TreeItem {
    const item = new vscode.TreeItem(ASPECT_LABELS[this.aspect], vscode.TreeItemCollapsibleState.Expanded);
    item.id = this.id;
    item.description = plural(this.children.length, 'conflict');
    item.contextValue = 'conflictAspect';
    return item;
  }
}

export class ConflictNode {
  readonly children: ClaimNode[];

  /** `id` is built from the claims' places, as conflict ids are renumbered on every change. */
  constructor(readonly parent: AspectNode, readonly conflict: Conflict, readonly id: string) {
    this.children = conflict.claims.map((claim) => new ClaimNode(this, claim));
  }

  treeItem(): vscode.TreeItem {
    const c = this.conflict;
    const item = new vscode.TreeItem(oneLine(c.summary, 120), vscode.TreeItemCollapsibleState.Collapsed);
    item.id = this.id;
    item.description = `${plural(c.claims.length, 'claim')} · ${plural(countFiles(c.claims), 'file')} · ${Math.round(c.confidence * 100)}% sure`;
    item.iconPath = new vscode.ThemeIcon('diff');
    item.contextValue = 'conflict';
    item.tooltip = new vscode.MarkdownString(`**${escapeMarkdown(oneLine(c.summary, 300))}**\n\n` +
      `${escapeMarkdown(oneLine(c.rationale, 300))}\n\n*Confidence ${Math.round(c.confidence * 100)}%*`);
    return item;
  }
}

export class ClaimNode {
  readonly id: string;

  constructor(readonly parent: ConflictNode, readonly claim: Claim) {
    this.id = `${parent.id}/claim/${claim.file}:${claim.start}-${claim.end}`;
  }

  /** The other claims of the same conflict. */
  others(): Claim[] {
    return this.parent.conflict.claims.filter((c) => c !== this.claim);
  }

  treeItem(service: AnalysisService): vscode.TreeItem {
    const c = this.claim;
    const range = service.range(c.file, c.start, c.end);
    const item = new vscode.TreeItem(oneLine(c.text, 100), vscode.TreeItemCollapsibleState.None);
    item.id = this.id;
    item.description = `${service.label(c.file)}:${range.start.line + 1}`;
    item.resourceUri = service.uriOf(c.file);
    item.iconPath = new vscode.ThemeIcon('symbol-text');
    item.contextValue = 'claim';
    item.tooltip = new vscode.MarkdownString(`${escapeMarkdown(oneLine(c.text, 600))}\n\n*${escapeMarkdown(service.label(c.file))}, line ${range.start.line + 1}*`);
    item.command = { command: 'vscode.open', title: 'Open Claim', arguments: [item.resourceUri, { selection: range, preview: true }] };
    return item;
  }
}

export class ConflictsProvider implements vscode.TreeDataProvider<ConflictTreeNode> {
  private readonly changeEmitter = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changeEmitter.event;
  private roots: SubjectNode[] = [];
  private subjectFilter: Entity | undefined;

  constructor(private readonly service: AnalysisService) {}

  /** The entity the view is narrowed to (see setFilter), if any. */
  get filter(): Entity | undefined {
    return this.subjectFilter;
  }

  /** Shows these conflicts (already filtered by confidence), rebuilding the nodes. */
  update(conflicts: readonly Conflict[]): void {
    const lookup = this.service.lookup();
    const bySubject = new Map<string, { entity: Entity | undefined; conflicts: Conflict[] }>();
    for (const conflict of conflicts) {
      const entity = conflict.subject === null ? undefined : lookup.entity(conflict.subject);
      const key = entity ? entityKey(entity) : '';
      const group = bySubject.get(key);
      if (group) group.conflicts.push(conflict);
      else bySubject.set(key, { entity, conflicts: [conflict] });
    }
    const usedIds = new Set<string>();
    this.roots = [...bySubject.values()].map(({ entity, conflicts: about }) => {
      const subject = new SubjectNode(entity, about);
      for (const aspect of ASPECT_ORDER) {
        const ofAspect = about.filter((c) => c.aspect === aspect).sort((a, b) => b.confidence - a.confidence);
        if (!ofAspect.length) continue;
        const node = new AspectNode(subject, aspect);
        node.children.push(...ofAspect.map((c) => new ConflictNode(node, c, uniqueId(`${node.id}/${placesOf(c)}`, usedIds))));
        subject.children.push(node);
      }
      return subject;
    }).sort((a, b) => Number(!a.entity) - Number(!b.entity) || b.conflicts.length - a.conflicts.length ||
      (a.entity?.name ?? '').localeCompare(b.entity?.name ?? ''));
    this.changeEmitter.fire();
  }

  /** Narrows the view to the conflicts about one entity, or shows all again. */
  setFilter(entity: Entity | undefined): void {
    this.subjectFilter = entity;
    void vscode.commands.executeCommand('setContext', 'corpusLens.conflicts.filtered', entity !== undefined);
    this.changeEmitter.fire();
  }

  /** Every subject node, whatever the filter. */
  subjects(): readonly SubjectNode[] {
    return this.roots;
  }

  /** The node of an entity's conflicts (matched by name and type: ids change on every relink). */
  subjectNode(entity: Entity): SubjectNode | undefined {
    const key = entityKey(entity);
    return this.roots.find((n) => n.entity && entityKey(n.entity) === key);
  }

  getChildren(node?: ConflictTreeNode): ConflictTreeNode[] {
    if (node) return node instanceof ClaimNode ? [] : node.children;
    if (!this.subjectFilter) return this.roots;
    const only = this.subjectNode(this.subjectFilter);
    return only ? [only] : [];
  }

  getTreeItem(node: ConflictTreeNode): vscode.TreeItem {
    return node instanceof ClaimNode ? node.treeItem(this.service) : node.treeItem();
  }

  getParent(node: ConflictTreeNode): ConflictTreeNode | undefined {
    return node.parent;
  }
}

function placesOf(conflict: Conflict): string {
  return conflict.claims.map((c) => `${c.file}:${c.start}-${c.end}`).join('|');
}

/** `id`, or `id#2`, `id#3`… when already taken (a tree rejects duplicate ids). */
function uniqueId(id: string, used: Set<string>): string {
  let unique = id;
  for (let n = 2; used.has(unique); n++) unique = `${id}#${n}`;
  used.add(unique);
  return unique;
}
