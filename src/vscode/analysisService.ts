// The one analysis behind every view. Owns the corpus index (src/core), keeps it in step with the
// workspace file by file — files created, changed, deleted or renamed on disk, and unsaved edits
// in open editors — and tells the views when it changed. Files are read through
// vscode.workspace.fs (remote and virtual workspaces work); analysis runs on worker threads
// (src/node/workerPool.ts) and is cancelled when a newer text supersedes it; analyses are
// persisted in the extension's workspace storage (src/core/indexCache.ts), keyed by content hash,
// so reopening a corpus re-analyses only what changed; linking is incremental (only the entities a
// changed file touches are relinked).
import * as vscode from 'vscode';
import { unreadableFile } from '../core/analyzeFile';
import { CorpusIndex } from '../core/corpusIndex';
import { decodeArticle, oversizeIssue } from '../core/decode';
import { contentHash, IndexCache, readIndexCacheInSlices, writeIndexCacheInSlices } from '../core/indexCache';
import type { FileAnalysis, FileIssue } from '../core/model';
import { CancelledError, type AnalysisPool } from '../node/workerPool';
import { CorpusLookup } from './corpusLookup';
import type { CorpusScope, Recognition } from './corpusScope';
import { plural } from './format';

/** dormant: no corpus here; indexing: files queued or being analysed; ready: the index is current. */
export type IndexState = 'dormant' | 'indexing' | 'ready';

export interface IndexProgress {
  done: number;
  total: number;
}

interface TrackedFile {
  uri: vscode.Uri;
  /** Content hash (indexCache.contentHash) and length of the text last analysed (undefined: not
   * analysed, or unreadable). */
  hash?: string;
  length?: number;
  /** Offsets where the analysed text's lines start, to turn offsets into positions. */
  lineStarts?: number[];
  /** The analysed text came from an editor with unsaved changes. */
  fromUnsavedEditor?: boolean;
}

type Source = { text: string; issues: FileIssue[]; unsaved: boolean } | { issue: FileIssue } | 'gone';

/** Delay before a created or changed file is read, so bursts (git checkout, unzip) are batched. */
const WATCH_DEBOUNCE_MS = 100;
/** Files read ahead of what the analyser holds, so reading overlaps analysis. */
const READ_AHEAD = 2;
/** Quiet time after the last change before the index is persisted. */
const SAVE_DELAY_MS = 2000;
const CACHE_FILE = 'index.corpus-lens';

export class AnalysisService implements vscode.Disposable {
  private readonly index = new CorpusIndex();
  private readonly tracked = new Map<string, TrackedFile>();
  private readonly queue = new Set<string>();
  private readonly running = new Map<string, vscode.CancellationTokenSource>();
  /** Bumped whenever a file must be read again: results of older reads are dropped. */
  private readonly generations = new Map<string, number>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly watchers: vscode.Disposable[] = [];
  private readonly disposables: vscode.Disposable[] = [];
  private readonly notified = new Set<string>();
  private newIssues: FileIssue[] = [];
  /** The snapshot of the index as it is now (made on first use after a change)… */
  private latestLookup: CorpusLookup | undefined;
  /** …and the one the views were last told of, its corpus-wide views built. */
  private shownLookup: CorpusLookup | undefined;
  /** The notification under way (building a snapshot's views in slices), and whether another
   * change came meanwhile and must be told next. */
  private notifying: Promise<void> | undefined;
  private notifyAgain = false;
  private changeTimer: NodeJS.Timeout | undefined;
  /** How long the listeners of the last change took (they rebuild views from the snapshot). */
  private listenersMs = 0;
  private stateValue: IndexState = 'dormant';
  private recognising: Promise<void> | undefined;
  private recognition: Recognition | undefined;
  private idleWaiters: Array<() => void> = [];
  private progressValue: IndexProgress = { done: 0, total: 0 };
  private pool: AnalysisPool | undefined;
  /** Analyses persisted by an earlier session, reused for files whose text has not changed. */
  private cache: IndexCache | undefined;
  private cacheLoaded = false;
  private unsaved = false;
  private saveTimer: NodeJS.Timeout | undefined;

  private readonly changeEmitter = new vscode.EventEmitter<void>();
  private readonly stateEmitter = new vscode.EventEmitter<IndexState>();
  private readonly progressEmitter = new vscode.EventEmitter<IndexProgress>();
  /** The corpus analysis changed (fired at most every few hundred ms while indexing). */
  readonly onDidChangeAnalysis = this.changeEmitter.event;
  readonly onDidChangeState = this.stateEmitter.event;
  readonly onDidChangeProgress = this.progressEmitter.event;

  /** `createPool` is called when the first file needs analysing (a dormant workspace starts no
   * threads); `storage` is where the index is persisted (none: not persisted). */
  constructor(
    private readonly scope: CorpusScope,
    private readonly createPool: () => AnalysisPool,
    private readonly log: vscode.LogOutputChannel,
    private readonly storage: vscode.Uri | undefined,
  ) {
    this.disposables.push(
      this.changeEmitter, this.stateEmitter, this.progressEmitter,
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length) this.scheduleDocument(e.document);
      }),
      vscode.workspace.onDidCloseTextDocument((doc) => {
        // Closing an editor without saving leaves the file on disk as the truth again.
        const file = this.tracked.get(doc.uri.toString());
        if (file?.fromUnsavedEditor) this.enqueue(doc.uri.toString());
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => void this.refresh()),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('corpusLens.files') || e.affectsConfiguration('files.exclude')) void this.refresh();
      }),
    );
  }

  get state(): IndexState {
    return this.stateValue;
  }

  get progress(): IndexProgress {
    return this.progressValue;
  }

  /** The last recognition: which folders are corpora, which were left out as code projects. */
  get lastRecognition(): Recognition | undefined {
    return this.recognition;
  }

  get fileCount(): number {
    return this.tracked.size;
  }

  /** The snapshot of the linked corpus the views show: the last one listeners were told of
   * (onDidChangeAnalysis), its corpus-wide views already built; before any, the current one. */
  lookup(): CorpusLookup {
    return this.shownLookup ?? this.latest();
  }

  /** The snapshot of the index as it is now, its corpus-wide views built in slices of the
   * thread's time (CorpusLookup.prepare): for commands that must see every change. */
  async preparedLookup(): Promise<CorpusLookup> {
    const lookup = this.latest();
    await lookup.prepare();
    return lookup;
  }

  private latest(): CorpusLookup {
    this.latestLookup ??= new CorpusLookup(this.index);
    return this.latestLookup;
  }

  isCorpusFile(uri: vscode.Uri): boolean {
    return this.tracked.has(uri.toString());
  }

  /** Whether the index describes this document's current text (not an older version of it). */
  isCurrent(document: vscode.TextDocument): boolean {
    const key = document.uri.toString();
    const file = this.tracked.get(key);
    if (!file || this.timers.has(key) || this.queue.has(key) || this.running.has(key)) return false;
    return file.length === document.offsetAt(document.lineAt(document.lineCount - 1).range.end);
  }

  /** The file key used in the analysis (its URI as a string). */
  keyOf(uri: vscode.Uri): string {
    return uri.toString();
  }

  uriOf(file: string): vscode.Uri {
    return this.tracked.get(file)?.uri ?? vscode.Uri.parse(file);
  }

  /** Path relative to the workspace, for display. */
  label(file: string): string {
    return vscode.workspace.asRelativePath(this.uriOf(file), (vscode.workspace.workspaceFolders?.length ?? 0) > 1);
  }

  /** A range in the analysed text of `file`, from UTF-16 offsets. */
  range(file: string, start: number, end: number): vscode.Range {
    return new vscode.Range(this.position(file, start), this.position(file, end));
  }

  location(file: string, start: number, end: number): vscode.Location {
    return new vscode.Location(this.uriOf(file), this.range(file, start, end));
  }

  /** The current text of a corpus file: the open editor's, else the file's on disk. */
  async readText(file: string): Promise<string | undefined> {
    const source = await this.readSource(this.uriOf(file));
    return typeof source === 'object' && 'text' in source ? source.text : undefined;
  }

  /** Resolves once the corpus is recognised, every queued file (edits included) is analysed,
   * and the views have been told. */
  async whenIdle(): Promise<void> {
    while (this.recognising || !this.isIdle() || this.notifying) {
      if (this.recognising) await this.recognising;
      else if (this.notifying) await this.notifying;
      else await new Promise<void>((resolve) => this.idleWaiters.push(resolve));
    }
  }

  /** Recognises the corpus again and brings the index in line: new files analysed, files no
   * longer in the corpus dropped, unchanged files kept. */
  refresh(options: { reanalyse?: boolean } = {}): Promise<void> {
    const run = async (): Promise<void> => {
      if (options.reanalyse) this.cache = undefined; // re-index means analysing again, not reusing
      await this.loadCache();
      const folders = await this.scope.recogniseFolders();
      const before = [...this.tracked.keys()];
      this.watch(); // before listing: a file created meanwhile is reported by the watcher
      const recognition = { ...folders, ...(await this.scope.listFiles()) };
      this.recognition = recognition;
      const keep = new Set(recognition.files.map((uri) => uri.toString()));
      for (const key of before) if (!keep.has(key)) this.remove(key);
      for (const uri of recognition.files) {
        const key = uri.toString();
        const known = this.tracked.get(key);
        if (known && !options.reanalyse) continue;
        if (known) known.hash = undefined;
        else this.tracked.set(key, { uri });
        this.enqueue(key, 0);
      }
      if (recognition.truncated) {
        this.notifyOnce('truncated', `Corpus Lens indexes the first ${plural(recognition.files.length, 'file')} of this workspace. ` +
          'Narrow corpusLens.files.include, or raise corpusLens.files.maxFiles.');
      }
      this.updateState();
    };
    const previous = this.recognising ?? Promise.resolve();
    const current = previous.then(run, run).catch((error) => this.log.error('recognising the corpus failed', error));
    this.recognising = current;
    void current.then(() => {
      if (this.recognising === current) this.recognising = undefined;
      this.settle();
    });
    return current;
  }

  /** Stops queued and running work; what was analysed so far stays. */
  cancel(): void {
    this.queue.clear();
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    for (const cts of this.running.values()) cts.cancel();
    this.settle();
  }

  dispose(): void {
    this.cancel();
    if (this.changeTimer) clearTimeout(this.changeTimer);
    if (this.saveTimer) clearTimeout(this.saveTimer);
    for (const d of [...this.watchers, ...this.disposables]) d.dispose();
    void this.pool?.close();
  }

  // ---- keeping the index in step -------------------------------------------------------------

  private scheduleDocument(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    if (!this.tracked.has(key)) return;
    const delay = vscode.workspace.getConfiguration('corpusLens.index', document.uri).get<number>('debounceMs') ?? 300;
    this.enqueue(key, delay);
  }

  private watch(): void {
    for (const d of this.watchers.splice(0)) d.dispose();
    for (const pattern of this.scope.watchPatterns()) {
      const files = vscode.workspace.createFileSystemWatcher(pattern, false, false, true);
      const onFile = (uri: vscode.Uri): void => {
        const key = uri.toString();
        if (!this.tracked.has(key)) {
          if (!this.scope.contains(uri) || this.tracked.size >= this.maxFiles(uri)) return;
          this.tracked.set(key, { uri });
        }
        this.enqueue(key, WATCH_DEBOUNCE_MS);
      };
      // Creating, moving in or deleting a folder may report only the folder, which the include
      // glob does not match: watch every path, and index or drop whatever lives below it.
      const folders = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(pattern.baseUri, '**'), false, true, false);
      const onFolderCreated = async (uri: vscode.Uri): Promise<void> => {
        if (this.scope.contains(uri)) return; // a corpus file: the include watcher reports it
        const stat = await Promise.resolve(vscode.workspace.fs.stat(uri)).catch(() => undefined);
        if (!stat || !(stat.type & vscode.FileType.Directory)) return;
        for (const file of await this.scope.filesUnder(uri, this.maxFiles(uri))) onFile(file);
      };
      this.watchers.push(files, folders, files.onDidCreate(onFile), files.onDidChange(onFile),
        folders.onDidCreate((uri) => void onFolderCreated(uri).catch((error) => this.log.error('indexing a new folder failed', error))),
        folders.onDidDelete((uri) => this.removeTree(uri)));
    }
  }

  private maxFiles(uri: vscode.Uri): number {
    return vscode.workspace.getConfiguration('corpusLens.files', uri).get<number>('maxFiles') ?? 10000;
  }

  private removeTree(uri: vscode.Uri): void {
    const key = uri.toString();
    const prefix = key.endsWith('/') ? key : `${key}/`;
    for (const known of [...this.tracked.keys()]) if (known === key || known.startsWith(prefix)) this.remove(known);
    this.updateState();
  }

  private remove(key: string): void {
    this.tracked.delete(key);
    this.queue.delete(key);
    this.bump(key);
    this.running.get(key)?.cancel();
    const timer = this.timers.get(key);
    if (timer) clearTimeout(timer);
    this.timers.delete(key);
    if (this.index.delete(key)) {
      this.unsaved = true;
      this.changed();
    }
    this.settle();
  }

  /** Queues `key` to be read and analysed after `delayMs` (restarting any earlier delay). */
  private enqueue(key: string, delayMs = 0): void {
    this.bump(key);
    this.running.get(key)?.cancel();
    const pending = this.timers.get(key);
    if (pending) clearTimeout(pending);
    const add = (): void => {
      this.timers.delete(key);
      if (!this.tracked.has(key)) return this.settle();
      if (!this.queue.has(key)) {
        this.queue.add(key);
        this.progressValue = { done: this.progressValue.done, total: this.progressValue.total + 1 };
      }
      this.updateState();
      this.pump();
    };
    if (delayMs > 0) this.timers.set(key, setTimeout(add, delayMs));
    else {
      this.timers.delete(key);
      add();
    }
  }

  private bump(key: string): number {
    const generation = (this.generations.get(key) ?? 0) + 1;
    this.generations.set(key, generation);
    return generation;
  }

  private pump(): void {
    while (this.running.size < (this.pool?.capacity ?? 1) + READ_AHEAD && this.queue.size > 0) {
      const key = this.queue.values().next().value as string;
      this.queue.delete(key);
      const cts = new vscode.CancellationTokenSource();
      this.running.set(key, cts);
      void this.process(key, this.generations.get(key) ?? 0, cts.token)
        .catch((error) => this.log.error(`indexing ${this.label(key)} failed`, error))
        .finally(() => {
          if (this.running.get(key) === cts) this.running.delete(key);
          cts.dispose();
          this.progressValue = { done: this.progressValue.done + 1, total: this.progressValue.total };
          this.progressEmitter.fire(this.progressValue);
          this.pump();
          this.settle();
        });
    }
  }

  private async process(key: string, generation: number, token: vscode.CancellationToken): Promise<void> {
    const stale = (): boolean => token.isCancellationRequested || this.generations.get(key) !== generation || !this.tracked.has(key);
    const file = this.tracked.get(key);
    if (!file) return;
    const source = await this.readSource(file.uri);
    if (stale()) return;
    if (source === 'gone') {
      // Deleted while queued: the watcher may not have told us yet.
      this.log.info(`${this.label(key)} vanished before it was read`);
      this.remove(key);
      return;
    }
    if ('issue' in source) {
      Object.assign(file, { hash: undefined, length: undefined, lineStarts: undefined, fromUnsavedEditor: false });
      this.apply(unreadableFile(key, source.issue));
      return;
    }
    const hash = contentHash(source.text);
    file.fromUnsavedEditor = source.unsaved;
    if (file.hash === hash && this.index.fileAnalysis(key)) return;
    let analysis = this.cache?.reuse(key, hash);
    if (!analysis) {
      const abort = new AbortController();
      const cancelled = token.onCancellationRequested(() => abort.abort());
      try {
        this.pool ??= this.createPool();
        analysis = await this.pool.analyze(key, source.text, source.issues, abort.signal);
      } catch (error) {
        if (error instanceof CancelledError || token.isCancellationRequested) return;
        this.log.error(`analysing ${this.label(key)} failed`, error);
        analysis = unreadableFile(key, { file: key, severity: 'error', message: `skipped: the analysis failed (${String(error)})` });
      } finally {
        cancelled.dispose();
      }
    }
    if (stale()) return;
    Object.assign(file, { hash, length: source.text.length, lineStarts: lineStarts(source.text) });
    this.apply(analysis);
  }

  private apply(analysis: FileAnalysis): void {
    this.index.update([analysis]);
    this.unsaved = true;
    for (const issue of analysis.issues) {
      this.log.warn(`${this.label(issue.file)}: ${issue.message}`);
      this.newIssues.push(issue);
    }
    this.changed();
  }

  private async readSource(uri: vscode.Uri): Promise<Source> {
    const key = uri.toString();
    const maxBytes = this.scope.maxFileBytes(uri);
    const open = vscode.workspace.textDocuments.find((doc) => doc.uri.toString() === key);
    if (open) {
      const text = open.getText();
      // UTF-16 length ≤ UTF-8 bytes for the Latin text of news; close enough for a size limit.
      if (text.length > maxBytes) return { issue: oversizeIssue(key, text.length, maxBytes) };
      return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, issues: [], unsaved: open.isDirty };
    }
    try {
      const stat = await vscode.workspace.fs.stat(uri);
      if (stat.size > maxBytes) return { issue: oversizeIssue(key, stat.size, maxBytes) };
      const decoded = decodeArticle(key, await vscode.workspace.fs.readFile(uri), maxBytes);
      return decoded.ok ? { text: decoded.text, issues: decoded.issues, unsaved: false } : { issue: decoded.issue };
    } catch (error) {
      if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') return 'gone';
      return { issue: { file: key, severity: 'error', message: `skipped: it cannot be read (${(error as Error).message})` } };
    }
  }

  // ---- telling the views ---------------------------------------------------------------------

  /** The corpus changed: drop the snapshot and tell listeners. While indexing, the views are told
   * at most every 250 ms, and never more often than four times the time they took last: however
   * costly they grow, they keep at most a fifth of the thread. */
  private changed(): void {
    this.latestLookup = undefined;
    if (this.changeTimer) return;
    const delay = this.state === 'indexing' ? Math.max(250, 4 * this.listenersMs) : 30;
    this.changeTimer = setTimeout(() => {
      this.changeTimer = undefined;
      void this.notifyListeners();
    }, delay);
  }

  /** Builds the current snapshot's views in slices, then makes it the one shown and tells the
   * listeners, who read it at once. One notification at a time: a change that comes meanwhile
   * is told right after. */
  private notifyListeners(): Promise<void> {
    if (this.notifying) {
      this.notifyAgain = true;
      return this.notifying;
    }
    const lookup = this.latest();
    this.notifying = lookup.prepare().then(() => {
      this.shownLookup = lookup;
      const started = performance.now();
      this.changeEmitter.fire();
      this.listenersMs = performance.now() - started;
    }).catch((error) => this.log.error('updating the views failed', error)).finally(() => {
      this.notifying = undefined;
      if (this.notifyAgain) {
        this.notifyAgain = false;
        void this.notifyListeners();
      }
    });
    return this.notifying;
  }

  private isIdle(): boolean {
    return this.queue.size === 0 && this.running.size === 0 && this.timers.size === 0;
  }

  /** After any step: update the state, and when the work is done, report problems and wake waiters. */
  private settle(): void {
    this.updateState();
    if (!this.isIdle() || this.recognising) return;
    this.progressValue = { done: 0, total: 0 };
    this.cache = undefined; // what the saved index could give has been taken: free it
    this.reportIssues();
    this.scheduleSave();
    if (this.changeTimer) {
      // Deliver the last change now rather than after the indexing-time throttle.
      clearTimeout(this.changeTimer);
      this.changeTimer = undefined;
      void this.notifyListeners();
    }
    for (const wake of this.idleWaiters.splice(0)) wake();
  }

  private updateState(): void {
    const state: IndexState = !this.isIdle() || this.recognising ? 'indexing' : this.tracked.size ? 'ready' : 'dormant';
    if (state === this.stateValue) return;
    this.stateValue = state;
    void vscode.commands.executeCommand('setContext', 'corpusLens.state', state);
    this.stateEmitter.fire(state);
  }

  /** One message for the files that could not be analysed since the last one, each file once. */
  private reportIssues(): void {
    const fresh = this.newIssues.filter((issue) => issue.message.startsWith('skipped') && !this.notified.has(`${issue.file}\u0000${issue.message}`));
    this.newIssues = [];
    if (fresh.length === 0) return;
    for (const issue of fresh) this.notified.add(`${issue.file}\u0000${issue.message}`);
    const first = `${this.label(fresh[0].file)} (${fresh[0].message.replace(/^skipped:\s*/, '')})`;
    const message = fresh.length === 1 ? `Corpus Lens skipped ${first}`
      : `Corpus Lens skipped ${plural(fresh.length, 'file')} (binary, too large or unreadable), e.g. ${first}`;
    void vscode.window.showWarningMessage(message, 'Show Details').then((choice) => {
      if (choice) this.log.show(true);
    });
  }

  private notifyOnce(id: string, message: string): void {
    if (this.notified.has(id)) return;
    this.notified.add(id);
    this.log.warn(message);
    void vscode.window.showWarningMessage(message);
  }

  // ---- the persisted index --------------------------------------------------------------------

  private cacheUri(): vscode.Uri | undefined {
    const enabled = vscode.workspace.getConfiguration('corpusLens.index').get<boolean>('persist', true);
    return enabled && this.storage ? vscode.Uri.joinPath(this.storage, CACHE_FILE) : undefined;
  }

  /** Reads the index an earlier session saved, once; a missing, old or damaged one is ignored. */
  private async loadCache(): Promise<void> {
    if (this.cacheLoaded) return;
    this.cacheLoaded = true;
    const uri = this.cacheUri();
    if (!uri) return;
    let data: Uint8Array;
    try {
      data = await vscode.workspace.fs.readFile(uri);
    } catch {
      return; // first session in this workspace
    }
    const read = await readIndexCacheInSlices(data);
    if (read.ok) {
      this.cache = read.cache;
      this.log.info(`reusing ${plural(read.cache.size, 'analysed file')} from the saved index`);
    } else this.log.info(`the saved index was not used: ${read.reason}`);
  }

  private scheduleSave(): void {
    if (!this.unsaved || !this.cacheUri()) return;
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => {
      this.saveTimer = undefined;
      if (this.isIdle()) void this.save().catch((error) => this.log.warn('saving the index failed', error));
    }, SAVE_DELAY_MS);
  }

  /** Persists the analyses of files analysed from their saved text (not from unsaved edits). */
  private async save(): Promise<void> {
    const uri = this.cacheUri();
    if (!uri || !this.storage) return;
    this.unsaved = false;
    const entries: Array<{ hash: string; analysis: FileAnalysis }> = [];
    for (const [key, file] of this.tracked) {
      const analysis = this.index.fileAnalysis(key);
      if (analysis && file.hash && !file.fromUnsavedEditor) entries.push({ hash: file.hash, analysis });
    }
    const data = await writeIndexCacheInSlices(entries);
    await vscode.workspace.fs.createDirectory(this.storage);
    await vscode.workspace.fs.writeFile(uri, data);
    this.log.info(`saved the index of ${plural(entries.length, 'file')}`);
  }

  private position(file: string, offset: number): vscode.Position {
    const starts = this.tracked.get(file)?.lineStarts;
    if (!starts) return new vscode.Position(0, offset);
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return new vscode.Position(lo, offset - starts[lo]);
  }
}

/** Where each line starts (after \n, \r\n or a lone \r, as VS Code counts lines). */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 && text.charCodeAt(i + 1) === 10) continue;
    if (c === 10 || c === 13) starts.push(i + 1);
  }
  return starts;
}
