// The Speakers view: one node per speaker, their passages beneath (grouped by file or flat),
// each passage opening its file with the passage selected. Sort and grouping toggles are
// remembered per workspace; a filter narrows speakers and passages; the passage under the
// cursor can be revealed (every node knows its parent, and nodes are kept per analysis so that
// reveal finds the same objects the view was given).
import * as vscode from 'vscode';
import type { Entity, Passage } from '../../core/model';
import type { AnalysisService } from '../analysisService';
import { countFiles, entityKey } from '../corpusLookup';
import { escapeMarkdown, oneLine, plural } from '../format';
import { SHOW_SPEAKER_COMMAND } from '../hoverCard';
import type { Feature } from './feature';

export const SPEAKERS_VIEW = 'corpusLens.speakers';

type SortOrder = 'passages' | 'name';
type Grouping = 'file' | 'flat';
export type SpeakerTreeNode = SpeakerNode | FileNode | PassageNode;

export class SpeakerNode {
  readonly id: string;
  private children: Array<FileNode | PassageNode> | undefined;

  constructor(readonly entity: Entity | null, readonly passages: readonly Passage[], private readonly grouping: Grouping) {
    this.id = `speaker/${entity ? entityKey(entity) : '?'}`;
  }

  get parent(): undefined {
    return undefined;
  }

  getChildren(): Array<FileNode | PassageNode> {
    if (!this.children) {
      if (this.grouping === 'flat') this.children = this.passages.map((p) => new PassageNode(this, p));
      else {
        const byFile = new Map<string, Passage[]>();
        for (const p of this.passages) {
          const list = byFile.get(p.file);
          if (list) list.push(p);
          else byFile.set(p.file, [p]);
        }
        this.children = [...byFile].map(([file, passages]) => new FileNode(this, file, passages));
      }
    }
    return this.children;
  }

  treeItem(): vscode.TreeItem {
    const item = new vscode.TreeItem(this.entity?.name ?? 'Unknown speaker', vscode.TreeItemCollapsibleState.Collapsed);
    item.id = this.id;
    item.description = `${plural(this.passages.length, 'passage')} · ${plural(countFiles(this.passages), 'file')}`;
    item.iconPath = new vscode.ThemeIcon(!this.entity ? 'question' : this.entity.type === 'person' ? 'person' : 'organization');
    item.contextValue = 'speaker';
    const tooltip = new vscode.MarkdownString(`**${escapeMarkdown(item.label as string)}**`);
    if (this.entity) tooltip.appendMarkdown(` · ${this.entity.type === 'person' ? 'person' : 'organisation'}`);
    if (this.entity?.aliases.length) tooltip.appendMarkdown(`\n\nAlso: ${this.entity.aliases.map(escapeMarkdown).join(', ')}`);
    if (!this.entity) tooltip.appendMarkdown('\n\nPassages whose speaker the analysis could not name.');
    item.tooltip = tooltip;
    return item;
  }
}

export class FileNode {
  readonly id: string;
  private children: PassageNode[] | undefined;

  constructor(readonly parent: SpeakerNode, readonly file: string, readonly passages: Passage[]) {
    this.id = `${parent.id}/file/${file}`;
  }

  getChildren(): PassageNode[] {
    this.children ??= this.passages.map((p) => new PassageNode(this, p));
    return this.children;
  }

  treeItem(service: AnalysisService): vscode.TreeItem {
    const item = new vscode.TreeItem(service.label(this.file), vscode.TreeItemCollapsibleState.Expanded);
    item.id = this.id;
    item.resourceUri = service.uriOf(this.file);
    item.iconPath = vscode.ThemeIcon.File;
    item.description = plural(this.passages.length, 'passage');
    item.contextValue = 'file';
    return item;
  }
}

export class PassageNode {
  readonly id: string;

  constructor(readonly parent: SpeakerNode | FileNode, readonly passage: Passage) {
    this.id = `${parent.id}/passage/${passage.file}:${passage.start}-${passage.end}`;
  }

  getChildren(): never[] {
    return [];
  }

  treeItem(service: AnalysisService): vscode.TreeItem {
    const p = this.passage;
    const text = oneLine(p.text, 100);
    const item = new vscode.TreeItem(p.kind === 'direct' ? `“${text}”` : text, vscode.TreeItemCollapsibleState.None);
    item.id = this.id;
    item.description = this.parent instanceof FileNode ? (p.kind === 'direct' ? undefined : 'reported') : service.label(p.file);
    item.iconPath = new vscode.ThemeIcon(p.kind === 'direct' ? 'quote' : 'comment');
    item.contextValue = 'passage';
    item.tooltip = new vscode.MarkdownString(`${escapeMarkdown(oneLine(p.text, 600))}\n\n*${p.kind === 'direct' ? 'Quoted' : 'Reported'}, ${escapeMarkdown(service.label(p.file))}*`);
    const uri = service.uriOf(p.file);
    item.command = { command: 'vscode.open', title: 'Open Passage', arguments: [uri, { selection: service.range(p.file, p.start, p.end), preview: true }] };
    return item;
  }
}

export class SpeakersProvider implements vscode.TreeDataProvider<SpeakerTreeNode> {
  private readonly changeEmitter = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changeEmitter.event;
  private roots: SpeakerNode[] | undefined;
  private filterText = '';

  constructor(private readonly service: AnalysisService, private readonly state: vscode.Memento) {}

  get sort(): SortOrder {
    return this.state.get<SortOrder>('corpusLens.speakers.sort', 'passages');
  }

  get grouping(): Grouping {
    return this.state.get<Grouping>('corpusLens.speakers.grouping', 'file');
  }

  get filter(): string {
    return this.filterText;
  }

  async setOptions(options: { sort?: SortOrder; grouping?: Grouping; filter?: string }): Promise<void> {
    if (options.sort) await this.state.update('corpusLens.speakers.sort', options.sort);
    if (options.grouping) await this.state.update('corpusLens.speakers.grouping', options.grouping);
    if (options.filter !== undefined) this.filterText = options.filter.trim();
    this.updateContext();
    this.refresh();
  }

  updateContext(): void {
    void vscode.commands.executeCommand('setContext', 'corpusLens.speakers.sort', this.sort);
    void vscode.commands.executeCommand('setContext', 'corpusLens.speakers.grouping', this.grouping);
    void vscode.commands.executeCommand('setContext', 'corpusLens.speakers.filtered', this.filterText !== '');
  }

  refresh(): void {
    this.roots = undefined;
    this.changeEmitter.fire();
  }

  getChildren(node?: SpeakerTreeNode): SpeakerTreeNode[] {
    return node ? node.getChildren() : this.speakerNodes();
  }

  getTreeItem(node: SpeakerTreeNode): vscode.TreeItem {
    return node.treeItem(this.service);
  }

  getParent(node: SpeakerTreeNode): SpeakerTreeNode | undefined {
    return node.parent;
  }

  /** The speaker nodes as shown: filtered and sorted. */
  speakerNodes(): SpeakerNode[] {
    if (!this.roots) {
      const filter = this.filterText.toLowerCase();
      const nodes: SpeakerNode[] = [];
      for (const summary of this.service.lookup().speakers()) {
        const names = summary.entity ? [summary.entity.name, ...summary.entity.aliases] : ['unknown speaker'];
        const nameMatches = !filter || names.some((n) => n.toLowerCase().includes(filter));
        const passages = nameMatches ? summary.passages : summary.passages.filter((p) => p.text.toLowerCase().includes(filter));
        if (passages.length) nodes.push(new SpeakerNode(summary.entity, passages, this.grouping));
      }
      const byName = (a: SpeakerNode, b: SpeakerNode): number => (a.entity?.name ?? '').localeCompare(b.entity?.name ?? '');
      nodes.sort((a, b) => Number(!a.entity) - Number(!b.entity) ||
        (this.sort === 'passages' ? b.passages.length - a.passages.length : 0) || byName(a, b));
      this.roots = nodes;
    }
    return this.roots;
  }

  speakerNode(entity: Entity | null): SpeakerNode | undefined {
    const key = entity && entityKey(entity);
    return this.speakerNodes().find((n) => (n.entity && entityKey(n.entity)) === key);
  }

  /** The node showing `passage`, creating the nodes on the way (for reveal). */
  passageNode(passage: Passage): PassageNode | undefined {
    const speaker = this.speakerNode(passage.speaker === null ? null : this.service.lookup().entity(passage.speaker) ?? null);
    const same = (n: SpeakerTreeNode): boolean => n instanceof PassageNode && n.passage.file === passage.file && n.passage.start === passage.start;
    for (const child of speaker?.getChildren() ?? []) {
      if (same(child)) return child as PassageNode;
      if (child instanceof FileNode && child.file === passage.file) return child.getChildren().find(same);
    }
    return undefined;
  }
}

export const speakersTree: Feature = ({ extension, service, api }) => {
  const provider = new SpeakersProvider(service, extension.workspaceState);
  const view = vscode.window.createTreeView(SPEAKERS_VIEW, { treeDataProvider: provider, showCollapseAll: true });
  provider.updateContext();
  api.speakers = provider as vscode.TreeDataProvider<unknown>;
  api.speakersView = view as vscode.TreeView<unknown>;

  const describe = (): void => {
    const lookup = service.lookup();
    const passages = lookup.analysis.passages;
    view.description = service.fileCount ? `${plural(passages.length, 'passage')} · ${plural(service.fileCount, 'file')}` : undefined;
    const speakers = provider.speakerNodes();
    view.message = provider.filter
      ? `Filtered by “${provider.filter}”: ${plural(speakers.length, 'speaker')} of ${lookup.speakers().length}.`
      : undefined;
  };

  const revealPassageAt = async (editor: vscode.TextEditor | undefined, focus: boolean): Promise<boolean> => {
    if (!editor || !service.isCorpusFile(editor.document.uri) || !service.isCurrent(editor.document)) return false;
    const passages = service.lookup().passagesAt(service.keyOf(editor.document.uri), editor.document.offsetAt(editor.selection.active));
    const node = passages.length ? provider.passageNode(passages[0]) : undefined;
    if (!node) return false;
    await view.reveal(node, { select: true, focus, expand: true });
    return true;
  };

  let followTimer: NodeJS.Timeout | undefined;
  /** An explicit reveal wins over a pending follow of the cursor. */
  const stopFollowing = (): void => {
    if (followTimer) clearTimeout(followTimer);
    followTimer = undefined;
  };
  const follow = (editor: vscode.TextEditor): void => {
    if (!view.visible || editor !== vscode.window.activeTextEditor) return;
    if (!vscode.workspace.getConfiguration('corpusLens.speakers').get<boolean>('followCursor', true)) return;
    stopFollowing();
    followTimer = setTimeout(() => void revealPassageAt(editor, false).catch(() => undefined), 250);
  };

  const command = (id: string, run: (...args: never[]) => unknown): vscode.Disposable => vscode.commands.registerCommand(id, run);
  extension.subscriptions.push(
    view,
    { dispose: stopFollowing },
    service.onDidChangeAnalysis(() => provider.refresh()),
    provider.onDidChangeTreeData(describe),
    vscode.window.onDidChangeTextEditorSelection((e) => follow(e.textEditor)),
    command('corpusLens.speakers.sortByName', () => provider.setOptions({ sort: 'name' })),
    command('corpusLens.speakers.sortByPassages', () => provider.setOptions({ sort: 'passages' })),
    command('corpusLens.speakers.groupByFile', () => provider.setOptions({ grouping: 'file' })),
    command('corpusLens.speakers.showFlat', () => provider.setOptions({ grouping: 'flat' })),
    command('corpusLens.speakers.filter', async () => {
      const filter = await vscode.window.showInputBox({
        title: 'Filter Speakers', value: provider.filter,
        prompt: 'Show speakers whose name, or passages whose text, contains this (empty: show all)',
      });
      if (filter !== undefined) await provider.setOptions({ filter });
    }),
    command('corpusLens.speakers.clearFilter', () => provider.setOptions({ filter: '' })),
    command('corpusLens.revealPassage', async () => {
      stopFollowing();
      await service.whenIdle(); // an edit being analysed would leave the cursor's passage unknown
      if (!(await revealPassageAt(vscode.window.activeTextEditor, true))) {
        void vscode.window.showInformationMessage('The cursor is not inside a quoted or reported passage.');
      }
    }),
    // From the hover card: [file, offset] of the hovered mention.
    command(SHOW_SPEAKER_COMMAND, async (file: string, offset: number) => {
      stopFollowing();
      const entity = (await service.lookup().resolveMentionAt(file, offset))?.entity;
      if (entity && provider.filter && !provider.speakerNode(entity)) await provider.setOptions({ filter: '' });
      const node = entity && provider.speakerNode(entity);
      if (!node) {
        void vscode.window.showInformationMessage(entity ? `No passages are attributed to ${entity.name}.` : 'That name is no longer in the index.');
        return;
      }
      // Expand first, then select: expanding can bring back a passage the view had selected before.
      await view.reveal(node, { select: false, expand: true });
      await view.reveal(node, { select: true, focus: true });
    }),
  );
  describe();
};
