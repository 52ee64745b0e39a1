// Conflicting claims in the editor: the Conflicts view, Problems-panel diagnostics and a
// side-by-side compare, all showing CorpusAnalysis.conflicts and following it as files change
// (the service re-analyses only the changed file; the diagnostics of unchanged files stay put).
// "Find Conflicting Claims" shows the view, with progress until the index is up to date; from a
// hover card it is called with the hovered mention and narrows the view to that entity.
import * as vscode from 'vscode';
import type { Claim, Entity } from '../../core/model';
import type { AnalysisService } from '../analysisService';
import { countFiles } from '../corpusLookup';
import { oneLine, plural } from '../format';
import { FIND_CONFLICTS_COMMAND } from '../hoverCard';
import { CLAIM_SCHEME, ClaimDocuments, compareClaims } from './conflictsCompare';
import { ConflictDiagnostics, type SeveritySetting } from './conflictsDiagnostics';
import { ClaimNode, CONFLICTS_VIEW, ConflictNode, ConflictsProvider, type ConflictTreeNode } from './conflictsTree';
import type { Feature } from './feature';

export const COMPARE_CLAIMS_COMMAND = 'corpusLens.conflicts.compare';
export const SHOW_ALL_CONFLICTS_COMMAND = 'corpusLens.conflicts.showAll';

const SEVERITY_SETTINGS: readonly SeveritySetting[] = ['error', 'warning', 'information', 'hint'];

interface ConflictSettings {
  minConfidence: number;
  /** undefined: keep conflicts out of the Problems panel. */
  severity: SeveritySetting | undefined;
}

function readSettings(): ConflictSettings {
  const config = vscode.workspace.getConfiguration('corpusLens.conflicts');
  const severity = config.get<string>('severity', 'information') as SeveritySetting;
  return {
    minConfidence: config.get<number>('minConfidence', 0),
    severity: !config.get<boolean>('showInProblems', true) ? undefined : SEVERITY_SETTINGS.includes(severity) ? severity : 'information',
  };
}

export const conflicts: Feature = ({ extension, service, api }) => {
  const provider = new ConflictsProvider(service);
  const view = vscode.window.createTreeView(CONFLICTS_VIEW, { treeDataProvider: provider, showCollapseAll: true, canSelectMany: true });
  const diagnostics = new ConflictDiagnostics(service);
  const documents = new ClaimDocuments(service);
  api.conflicts = provider as vscode.TreeDataProvider<unknown>;
  api.conflictsView = view as vscode.TreeView<unknown>;

  /** How many conflicts the view shows, and how many minConfidence hides. */
  let counts = { shown: 0, hidden: 0 };

  const describe = (): void => {
    const { shown, hidden } = counts;
    const files = countFiles(provider.subjects().flatMap((s) => s.conflicts.flatMap((c) => c.claims)));
    view.description = service.fileCount ? `${plural(shown, 'conflict')} · ${plural(files, 'file')}` : undefined;
    view.badge = shown ? { value: shown, tooltip: `${plural(shown, 'conflict')} between articles` } : undefined;
    const about = provider.filter;
    const messages = [
      about ? `Conflicting claims about ${about.name}${provider.subjectNode(about) ? '' : ': none now'}.` : undefined,
      hidden ? `${plural(hidden, 'conflict')} below corpusLens.conflicts.minConfidence hidden.` : undefined,
    ];
    view.message = messages.filter(Boolean).join(' ') || undefined;
  };

  /** Finds the conflicts of the latest snapshot (in slices: at 10,000 articles this takes seconds)
   * and shows them, unless a newer refresh started meanwhile. */
  let refreshes = 0;
  const refresh = async (): Promise<void> => {
    const mine = ++refreshes;
    const lookup = await service.preparedLookup();
    const all = await lookup.conflicts();
    if (mine !== refreshes) return;
    const settings = readSettings();
    const shown = all.filter((c) => c.confidence >= settings.minConfidence);
    provider.update(shown);
    diagnostics.update(shown, settings.severity);
    counts = { shown: shown.length, hidden: all.length - shown.length };
    describe();
  };

  const narrow = (entity: Entity | undefined): void => {
    provider.setFilter(entity);
    describe();
  };

  /** Without arguments: every conflict. From a hover card: [file, offset] of the hovered mention.
   * The view opens at once and shows a progress bar until the index is up to date. */
  const findConflicts = async (file?: string, offset?: number): Promise<void> => {
    await vscode.commands.executeCommand(`${CONFLICTS_VIEW}.focus`);
    await vscode.window.withProgress({ location: { viewId: CONFLICTS_VIEW }, title: 'Finding conflicting claims' }, () => service.whenIdle());
    let entity: Entity | undefined;
    if (file !== undefined && offset !== undefined) {
      entity = (await service.lookup().resolveMentionAt(file, offset))?.entity;
      if (!entity) {
        void vscode.window.showInformationMessage('That name is no longer in the index.');
        return;
      }
    }
    await refresh();
    const subject = entity && provider.subjectNode(entity);
    // Narrowed to the entity only when there is something about it; otherwise every conflict.
    narrow(subject ? entity : undefined);
    if (subject) await view.reveal(subject, { select: true, focus: true, expand: 2 });
    if (service.fileCount === 0) void vscode.window.showInformationMessage('Corpus Lens found no articles in this workspace.');
    else if (entity && !subject) void vscode.window.showInformationMessage(`Corpus Lens found no conflicting claims about ${entity.name}.`);
    else if (!provider.subjects().length) void vscode.window.showInformationMessage(`Corpus Lens found no conflicting claims in ${plural(service.fileCount, 'article')}.`);
  };

  /** From the view: a conflict, a claim, or two selected claims. */
  const compare = async (node?: ConflictTreeNode, selected?: readonly ConflictTreeNode[]): Promise<void> => {
    const claims = (selected ?? []).filter((n): n is ClaimNode => n instanceof ClaimNode);
    const target = node ?? view.selection[0];
    let pair: [Claim, Claim] | undefined;
    if (claims.length === 2) pair = [claims[0].claim, claims[1].claim];
    else if (target instanceof ClaimNode) {
      const other = await pickClaim(service, target.others());
      pair = other && [target.claim, other];
    } else if (target instanceof ConflictNode) pair = await pickPair(service, target.conflict.claims);
    else {
      void vscode.window.showInformationMessage('Select a conflict or a claim in the Conflicts view to compare.');
      return;
    }
    if (pair) await compareClaims(documents, service, pair[0], pair[1]);
  };

  extension.subscriptions.push(
    view, diagnostics,
    vscode.workspace.registerTextDocumentContentProvider(CLAIM_SCHEME, documents),
    // Comparing claims reads the whole corpus: while files are still being indexed it waits, and
    // runs once when the index is ready again, not after every file.
    service.onDidChangeAnalysis(() => {
      if (service.state === 'ready') void refresh();
    }),
    service.onDidChangeState((state) => {
      if (state === 'ready') void refresh();
    }),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('corpusLens.conflicts')) void refresh();
    }),
    vscode.commands.registerCommand(FIND_CONFLICTS_COMMAND, findConflicts),
    vscode.commands.registerCommand(COMPARE_CLAIMS_COMMAND, compare),
    vscode.commands.registerCommand(SHOW_ALL_CONFLICTS_COMMAND, () => narrow(undefined)),
  );
  provider.setFilter(undefined);
  void refresh();
};

/** The only claim of `claims`, or the one the user picks. */
async function pickClaim(service: AnalysisService, claims: Claim[]): Promise<Claim | undefined> {
  if (claims.length <= 1) return claims[0];
  const picked = await vscode.window.showQuickPick(claims.map((claim) => ({
    label: service.label(claim.file), description: `line ${service.range(claim.file, claim.start, claim.end).start.line + 1}`,
    detail: oneLine(claim.text, 200), claim,
  })), { title: 'Compare with Which Claim?' });
  return picked?.claim;
}

/** The two claims of a conflict, or the pair the user picks when it has more. */
async function pickPair(service: AnalysisService, claims: Claim[]): Promise<[Claim, Claim] | undefined> {
  if (claims.length === 2) return [claims[0], claims[1]];
  const pairs = claims.flatMap((a, i) => claims.slice(i + 1).filter((b) => b.file !== a.file).map((b): [Claim, Claim] => [a, b]));
  const picked = await vscode.window.showQuickPick(pairs.map((pair) => ({
    label: `${service.label(pair[0].file)} ↔ ${service.label(pair[1].file)}`,
    detail: `${oneLine(pair[0].text, 90)} ↔ ${oneLine(pair[1].text, 90)}`, pair,
  })), { title: 'Compare Which Two Claims?' });
  return picked?.pair;
}
