// `npm run bench [-- --sizes 1000,10000] [--warm-up 2000]`: speed and scale of the analysis on
// generated corpora, each figure printed beside its goal, as a table and as JSON. Not a test:
// the figures depend on the machine and on what else it is doing, which is why wink-nlp's own
// speed is measured in the same run, interleaved with ours, and the goals that matter most are
// ratios to it.
//
// `node dist/bench.js --startup <folder> --state <file>` is one editor start-up (run by the
// benchmark in a fresh process): read the corpus, reuse the persisted index or analyse, link,
// answer the first hover; it prints what it measured as JSON. `--throughput <size>` likewise
// measures the analysis speed on the corpus of that size.
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { execFile } from 'node:child_process';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { analyzeFile, analyzeFiles, type FileToAnalyze } from '../src/core/analyzeFile';
import { findClaims } from '../src/core/claims';
import { linkMentions } from '../src/core/coreference';
import { readDocument } from '../src/core/document';
import { findMentions } from '../src/core/mentions';
import { findPassages } from '../src/core/passages';
import { Corpus } from '../src/core/corpus';
import { CorpusIndex } from '../src/core/corpusIndex';
import { conflictSteps } from '../src/core/conflicts';
import { decodeArticle } from '../src/core/decode';
import { contentHash, indexCacheChunks, readIndexCacheInSlices } from '../src/core/indexCache';
import { runInSlices } from '../src/core/slices';
import type { FileAnalysis } from '../src/core/model';
import { listArticles } from '../src/node/folder';
import { CorpusLookup } from '../src/vscode/corpusLookup';
import { AnalysisPool, MAX_BATCH_FILES } from '../src/node/workerPool';
import { generateCorpus, seededRandom, writeCorpus, type GeneratedArticle } from './generate';

const CORPORA = path.join(__dirname, '..', 'bench', 'corpora');
/** The analysis pool's worker, bundled next to this benchmark. */
const WORKER_SCRIPT = path.join(__dirname, 'worker.js');
/** Fresh articles each analyser, and each of its threads, reads once before the throughput is
 * timed (`--warm-up`). V8 keeps compiling the analysis for a thread's first few thousand
 * articles: TurboFan spends 3-4 s of CPU on it in the first 3,000, almost half of it
 * recompiling after a rare branch or shape is met, and new articles keep meeting them. Articles
 * read again meet none, so a warm-up that repeats a few hundred left the workers compiling while
 * timed, on the two cores they analyse on, where a thread alone compiles on the idle one. One
 * thread's CPU per new article, two runs: 3.4-3.9 ms over the first thousand, 1.9 over the
 * second, 1.4-1.6 over the third. Each thread gets as many as the main thread, from another
 * seed's world (other people, other words), so that none is timed on articles it has read. */
const WARM_UP_ARTICLES = 2000;
const WARM_UP_SEED = 7;
/** Files linked into the index in one step of the start-up (see runInSlices). */
const LINK_STEP = 10;

interface Figure {
  name: string;
  value: number;
  unit: string;
  goal?: { op: '>=' | '<='; value: number };
  note?: string;
}

interface Article {
  file: string;
  text: string;
  bytes: number;
}

const now = (): number => performance.now();
const mb = (bytes: number): number => bytes / 1e6;
const round = (n: number, digits = 2): number => Number(n.toFixed(digits));
const percentile = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];
const maxRssMb = (): number => process.resourceUsage().maxRSS / 1024;

async function readCorpus(folder: string): Promise<Article[]> {
  const files = await listArticles(folder);
  return Promise.all(files.map(async (file) => {
    const bytes = await fs.readFile(path.join(folder, file));
    const decoded = decodeArticle(file, bytes);
    if (!decoded.ok) throw new Error(decoded.issue.message);
    return { file, text: decoded.text, bytes: bytes.length };
  }));
}

/** wink-nlp's bare readDoc (its default pipeline, nothing read out) on this thread and on as
 * many threads as the pool has workers, our analysis on this thread and on the worker pool, over
 * the same files, taking turns a hundred files at a time so that load from other processes falls
 * on all four alike. wink on several threads is the machine's own scaling for this kind of work:
 * what the pool could reach if handing out files and sending results back cost nothing. */
interface Throughput {
  /** Wall-clock time of each kind of run, and the CPU time the process spent in it (all threads). */
  winkMs: number;
  winkThreadsMs: number;
  analysisMs: number;
  poolMs: number;
  winkCpuMs: number;
  winkThreadsCpuMs: number;
  analysisCpuMs: number;
  poolCpuMs: number;
}
type Run = 'wink' | 'winkThreads' | 'analysis' | 'pool';

/** The articles analysed on this thread, MAX_BATCH_FILES at a time. */
function inBatches(articles: readonly FileToAnalyze[]): FileAnalysis[] {
  const analyses: FileAnalysis[] = [];
  for (let i = 0; i < articles.length; i += MAX_BATCH_FILES) analyses.push(...analyzeFiles(articles.slice(i, i + MAX_BATCH_FILES)));
  return analyses;
}

/** workerData of a benchmark thread that runs wink's bare readDoc on the texts sent to it. */
const WINK_THREAD = 'wink readDoc';

function startWinkThreads(count: number): Worker[] {
  return Array.from({ length: count }, () => new Worker(__filename, { workerData: WINK_THREAD }).on('error', (error) => {
    process.stderr.write(`bench: a wink thread failed: ${error.stack ?? String(error)}\n`);
    process.exit(1);
  }));
}

/** The texts read by one wink thread. */
function readOnThread(thread: Worker, texts: string[]): Promise<void> {
  return new Promise((resolve) => {
    thread.once('message', () => resolve());
    thread.postMessage(texts);
  });
}

/** The articles read by the wink threads, each an equal share. */
function readOnThreads(threads: Worker[], articles: Article[]): Promise<void[]> {
  const share = Math.ceil(articles.length / threads.length);
  return Promise.all(threads.map((thread, i) => readOnThread(thread, articles.slice(i * share, (i + 1) * share).map((a) => a.text))));
}

async function throughput(articles: Article[], workers: number, warmUpArticles: number): Promise<Throughput> {
  const wink = winkNLP(model);
  const winkThreads = startWinkThreads(workers);
  const pool = new AnalysisPool({ workers, workerScript: WORKER_SCRIPT });
  // Steady state, as in an editor that has been running: each of the four, and every thread of
  // one, first reads warmUpArticles fresh articles (see WARM_UP_ARTICLES).
  const warmUp = generateCorpus(warmUpArticles * Math.max(1, workers), WARM_UP_SEED);
  const share = (thread: number): GeneratedArticle[] => warmUp.slice(thread * warmUpArticles, (thread + 1) * warmUpArticles);
  for (const a of share(0)) wink.readDoc(a.text);
  await Promise.all(winkThreads.map((thread, i) => readOnThread(thread, share(i).map((a) => a.text))));
  inBatches(share(0));
  // The pool spreads them over its workers: each gets about warmUpArticles.
  await Promise.all(warmUp.map((a) => pool.analyze(a.file, a.text)));
  const result: Throughput = { winkMs: 0, winkThreadsMs: 0, analysisMs: 0, poolMs: 0, winkCpuMs: 0, winkThreadsCpuMs: 0, analysisCpuMs: 0, poolCpuMs: 0 };
  const timed = async (run: Run, work: () => unknown): Promise<void> => {
    const started = now();
    const cpuStarted = process.cpuUsage();
    await work();
    result[`${run}Ms`] += now() - started;
    const used = process.cpuUsage(cpuStarted);
    result[`${run}CpuMs`] += (used.user + used.system) / 1000;
  };
  try {
    for (let i = 0; i < articles.length; i += 100) {
      const part = articles.slice(i, i + 100);
      await timed('wink', () => part.forEach((a) => wink.readDoc(a.text)));
      if (workers > 0) await timed('winkThreads', () => readOnThreads(winkThreads, part));
      // In batches, as a worker analyses the files queued for it.
      await timed('analysis', () => inBatches(part));
      await timed('pool', () => Promise.all(part.map((a) => pool.analyze(a.file, a.text))));
    }
  } finally {
    await pool.close();
    await Promise.all(winkThreads.map((thread) => thread.terminate()));
  }
  return result;
}

/** Where the analysis spends its time: CPU time of each stage over the same files, against
 * wink's bare readDoc (best of three rounds, so that other load counts least). */
function stageBreakdown(articles: Article[]): Figure[] {
  const wink = winkNLP(model);
  const docs = articles.map((a) => readDocument(a.file, a.text));
  const found = docs.map((doc) => findMentions(doc));
  const linked = found.map((candidates) => linkMentions(candidates));
  const passages = docs.map((doc, i) => findPassages(doc, linked[i].entities, linked[i].mentions));
  const stages: Array<[string, () => void]> = [
    ['wink readDoc (bare)', () => articles.forEach((a) => wink.readDoc(a.text))],
    ['document (wink tokens + tags, offsets, sentences, language)', () => articles.forEach((a) => readDocument(a.file, a.text))],
    ['names (findMentions)', () => docs.forEach((doc) => findMentions(doc))],
    ['local coreference (linkMentions)', () => found.forEach((candidates) => linkMentions(candidates))],
    ['passages (findPassages)', () => docs.forEach((doc, i) => findPassages(doc, linked[i].entities, linked[i].mentions))],
    ['claims (findClaims)', () => docs.forEach((doc, i) => findClaims(doc, linked[i].entities, linked[i].mentions, passages[i]))],
  ];
  const best = stages.map(() => Infinity);
  for (let round = 0; round < 3; round++) {
    stages.forEach(([, run], i) => {
      const started = process.cpuUsage();
      run();
      const used = process.cpuUsage(started);
      best[i] = Math.min(best[i], (used.user + used.system) / 1000);
    });
  }
  const total = best.slice(1).reduce((sum, ms) => sum + ms, 0);
  return [
    ...stages.map(([name], i): Figure => ({ name: `stage: ${name}`, value: round(best[i] / best[0]), unit: '× wink', note: `${round(best[i], 0)} ms CPU for ${articles.length} files` })),
    { name: 'stage: whole analysis', value: round(best[0] / total), unit: '× wink speed', note: 'CPU time, best of 3, on files read once already (warm caches)' },
  ];
}

/** Hover lookups at mentions and at random offsets: the entity, its card data, its passages. */
function hoverLatencies(index: CorpusIndex, analyses: FileAnalysis[], count: number): number[] {
  const random = seededRandom(11);
  const times: number[] = [];
  for (let k = 0; k < count; k++) {
    const a = analyses[Math.floor(random() * analyses.length)];
    const m = a.mentions[Math.floor(random() * a.mentions.length)];
    const offset = m && random() < 0.8 ? m.start + Math.floor(random() * (m.end - m.start + 1)) : Math.floor(random() * a.length);
    const started = now();
    const hit = index.entityAt(a.file, offset);
    if (hit) {
      const entity = index.entity(hit.entity);
      if (entity) void (entity.aliases.length + entity.roles.length + index.passagesOf(hit.entity).length);
    }
    times.push(now() - started);
  }
  return times.sort((x, y) => x - y);
}

/** Edits one file (a sentence added, one changed), re-analyses it and updates the index; the
 * whole, and the index update alone. */
function editLatencies(index: CorpusIndex, articles: Article[], count: number): { total: number[]; update: number[] } {
  const random = seededRandom(5);
  const total: number[] = [];
  const update: number[] = [];
  for (let k = 0; k < count; k++) {
    const a = articles[Math.floor(random() * articles.length)];
    const text = a.text.replace(' said ', ' told reporters ') + `\nThe council will meet again on day ${k}, officials said.\n`;
    const started = now();
    const analysis = analyzeFile(a.file, text);
    const analysed = now();
    index.update([analysis]);
    const first = analysis.mentions[0];
    if (first) index.entity(index.entityAt(a.file, first.start)!.entity);
    total.push(now() - started);
    update.push(now() - analysed);
  }
  const sort = (times: number[]): number[] => times.sort((x, y) => x - y);
  return { total: sort(total), update: sort(update) };
}

async function corpusFolder(size: number): Promise<string> {
  const folder = path.join(CORPORA, String(size));
  await writeCorpus(folder, size);
  return folder;
}

/** Seconds a conflict search may take before the benchmark stops growing it. */
const CONFLICTS_BUDGET_MS = 30_000;

interface ConflictScaling {
  /** Time for the claims of `files` files (all of them when `complete`). */
  ms: number;
  files: number;
  complete: boolean;
  /** How the time grows with the files over the last (up to) four sizes, from `from` files to
   * `files`: time ∝ files^exponent, fitted by least squares (one pair of timings on a shared
   * machine can be off by a garbage collection or a busy neighbour). */
  exponent: number;
  from: number;
  claims: number;
  conflicts: number;
  /** The longest step of the search, run in steps as the editor does: how long it holds the thread. */
  longestStepMs: number;
}

/** Runs `steps` to the end, timing the longest step. */
function timeSteps<T>(steps: Generator<void, T>): { value: T; longestStepMs: number } {
  let longestStepMs = 0;
  for (;;) {
    const started = now();
    const step = steps.next();
    longestStepMs = Math.max(longestStepMs, now() - started);
    if (step.done) return { value: step.value, longestStepMs };
  }
}

/** Find Conflicting Claims over the claims of a growing number of files (doubling up to all of
 * them), stopping before a step is expected to take longer than the budget: a search that grows
 * with the square of the corpus is reported as such instead of holding the benchmark for hours. */
function conflictScaling(index: CorpusIndex, size: number): ConflictScaling {
  const files = index.files();
  const claims = index.linkedClaims();
  const entities = index.entityIds().map((id) => index.entity(id)!);
  let count = Math.min(100, Math.ceil(files.length / 2));
  let last: ConflictScaling | undefined;
  const timings: Array<{ files: number; ms: number }> = [];
  for (;;) {
    const included = new Set(files.slice(0, count));
    const subset = claims.filter((c) => included.has(c.file));
    const started = now();
    const { value: conflicts, longestStepMs } = timeSteps(conflictSteps(subset, entities));
    const ms = now() - started;
    timings.push({ files: count, ms });
    const fitted = timings.slice(-4).filter((t) => t.ms > 1);
    const exponent = fitted.length >= 2 ? growthExponent(fitted) : 1;
    last = { ms, files: count, from: fitted[0]?.files ?? count, complete: count === files.length, exponent, claims: subset.length, conflicts: conflicts.length, longestStepMs };
    if (last.complete) return last;
    const next = Math.min(files.length, count * 2);
    if (ms * (next / count) ** Math.max(1, exponent) > CONFLICTS_BUDGET_MS) {
      process.stderr.write(`bench: conflicts at ${size}: stopped at ${count} files (${round(ms / 1000, 1)} s, growing as files^${round(exponent, 1)})\n`);
      return last;
    }
    count = next;
  }
}

/** The slope of log(ms) over log(files), by least squares. */
function growthExponent(timings: Array<{ files: number; ms: number }>): number {
  const xs = timings.map((t) => Math.log(t.files));
  const ys = timings.map((t) => Math.log(t.ms));
  const mean = (values: number[]): number => values.reduce((sum, v) => sum + v, 0) / values.length;
  const [mx, my] = [mean(xs), mean(ys)];
  const covariance = xs.reduce((sum, x, i) => sum + (x - mx) * (ys[i] - my), 0);
  const variance = xs.reduce((sum, x) => sum + (x - mx) ** 2, 0);
  return covariance / variance;
}

async function measureSize(size: number, workers: number, warmUpArticles: number): Promise<{ figures: Figure[]; totalMs: number; winkMs: number; conflicts: ConflictScaling }> {
  const articles = await readCorpus(await corpusFolder(size));
  const bytes = articles.reduce((sum, a) => sum + a.bytes, 0);
  const { winkMs, winkThreadsMs, analysisMs, poolMs, winkCpuMs, winkThreadsCpuMs, analysisCpuMs, poolCpuMs } = await throughputRun(size, workers, warmUpArticles);
  const analyses = await analyseOnPool(articles, workers);

  let started = now();
  const index = new CorpusIndex(analyses);
  const indexMs = now() - started;
  const conflicts = conflictScaling(index, size);
  // The CLI links with linkCorpus, which also finds the conflicts: timed only when they finish.
  let linkMs: number | undefined;
  if (conflicts.complete) {
    started = now();
    const corpus = new Corpus();
    for (const a of analyses) corpus.set(a);
    corpus.analysis();
    linkMs = now() - started;
  }

  const hovers = hoverLatencies(index, analyses, 20000);
  // The editor re-analyses an edited file on a worker that has analysed thousands: this thread
  // first analyses as many fresh articles as each thread of the throughput run (last, so that
  // what it leaves on the heap touches no other figure).
  inBatches(generateCorpus(warmUpArticles, WARM_UP_SEED + size));
  const edits = editLatencies(index, articles, 40);

  const winkRate = mb(bytes) / (winkMs / 1000);
  const oneCore = mb(bytes) / (analysisMs / 1000);
  const parallel = mb(bytes) / (poolMs / 1000);
  const winkParallel = mb(bytes) / (winkThreadsMs / 1000);
  const label = (name: string): string => `${name} @${size}`;
  const figures: Figure[] = [
    { name: label('corpus'), value: round(mb(bytes), 1), unit: 'MB', note: `${articles.length} files, ${index.entityIds().length} entities, ${analyses.reduce((n, a) => n + a.passages.length, 0)} passages, ${analyses.reduce((n, a) => n + a.claims.length, 0)} claims` },
    { name: label('wink readDoc (bare)'), value: round(winkRate), unit: 'MB/s' },
    { name: label('analysis, 1 thread'), value: round(oneCore), unit: 'MB/s' },
    { name: label('analysis / wink, 1 thread'), value: round(oneCore / winkRate), unit: '×', goal: { op: '>=', value: 0.6 } },
    { name: label('analysis / wink, 1 thread, CPU time'), value: round(winkCpuMs / analysisCpuMs), unit: '×', note: 'the same ratio in CPU time, which load from other processes does not inflate' },
    { name: label(`analysis, ${workers} workers`), value: round(parallel), unit: 'MB/s' },
    { name: label(`analysis / wink, ${workers} workers`), value: round(parallel / winkRate), unit: '×', goal: workers >= 2 ? { op: '>=', value: 1.1 } : undefined },
    { name: label(`CPU time, ${workers} workers / 1 thread`), value: round(poolCpuMs / analysisCpuMs), unit: '×', note: `the pool's overhead; on ${workers} idle cores the workers would reach ≈ ${round((workers * winkCpuMs) / poolCpuMs)}× wink` },
    // With no workers (--workers 0) there are no wink threads either, and nothing to compare.
    ...(workers > 0 ? [{ name: label(`wink readDoc (bare), ${workers} threads / 1 thread`), value: round(winkParallel / winkRate), unit: '×', note: `the machine's own scaling for this kind of work (${round(winkParallel)} MB/s, CPU time ×${round(winkThreadsCpuMs / winkCpuMs)} of one thread's for the same files); the analysis on ${workers} workers reaches ${round(parallel / winkParallel)} of it, on 1 thread ${round(oneCore / winkRate)} of wink on 1` }] : []),
    { name: label('build index (editor)'), value: round(indexMs, 0), unit: 'ms' },
    conflicts.complete
      ? { name: label('find conflicting claims'), value: round(conflicts.ms, 1), unit: 'ms', note: `${conflicts.claims} claims, ${conflicts.conflicts} conflicts` }
      : { name: label('find conflicting claims'), value: round((conflicts.ms * (articles.length / conflicts.files) ** conflicts.exponent) / 1000, 0), unit: 's (projected)', goal: { op: '<=', value: CONFLICTS_BUDGET_MS / 1000 }, note: `stopped at ${conflicts.files} files: ${round(conflicts.ms / 1000, 1)} s for ${conflicts.claims} claims, growing as files^${round(conflicts.exponent, 1)}` },
    { name: label('longest main-thread step, find conflicting claims'), value: round(conflicts.longestStepMs, 0), unit: 'ms', goal: { op: '<=', value: 50 }, note: 'the search runs in steps, a few ms of the editor\'s thread at a time' },
    ...(linkMs === undefined ? [] : [{ name: label('link corpus (CLI, with conflicts)'), value: round(linkMs, 0), unit: 'ms' }]),
    { name: label('hover lookup p50'), value: round(percentile(hovers, 0.5), 3), unit: 'ms' },
    { name: label('hover lookup p99'), value: round(percentile(hovers, 0.99), 3), unit: 'ms', goal: { op: '<=', value: 2 } },
    { name: label('edit: re-analyse + update index, median'), value: round(percentile(edits.total, 0.5), 1), unit: 'ms', goal: { op: '<=', value: 50 }, note: `p90 ${round(percentile(edits.total, 0.9), 1)} ms, max ${round(edits.total[edits.total.length - 1], 1)} ms over ${edits.total.length} edits` },
    { name: label('edit: index update alone, median'), value: round(percentile(edits.update, 0.5), 1), unit: 'ms', note: `p90 ${round(percentile(edits.update, 0.9), 1)} ms, max ${round(edits.update[edits.update.length - 1], 1)} ms` },
  ];
  return { figures, totalMs: analysisMs + indexMs, winkMs, conflicts };
}

/** The throughput figures, measured in a fresh process: its warm-up and the thousands of analyses
 * it makes on the main thread would otherwise leave this process a heap several hundred
 * megabytes larger than the editor's, and the figures after it (the conflict search's longest
 * step above all) would measure the collector's pauses on it. */
function throughputRun(size: number, workers: number, warmUpArticles: number): Promise<Throughput> {
  return inFreshProcess('throughput', ['--throughput', String(size), '--workers', String(workers), '--warm-up', String(warmUpArticles)]);
}

/** This benchmark run again in a fresh process with `args`: what it prints as JSON. */
function inFreshProcess<T>(what: string, args: string[]): Promise<T> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [__filename, ...args], { maxBuffer: 1 << 20 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`${what} run failed: ${stderr || error.message}`));
      else resolve(JSON.parse(stdout) as T);
    });
  });
}

/** The corpus analysed on the worker pool, untimed, as the editor holds it: packed, each field
 * parsed when first read. */
async function analyseOnPool(articles: Article[], workers: number): Promise<FileAnalysis[]> {
  const pool = new AnalysisPool({ workers, workerScript: WORKER_SCRIPT });
  try {
    return await Promise.all(articles.map((a) => pool.analyze(a.file, a.text)));
  } finally {
    await pool.close();
  }
}

/** Runs one editor start-up in a fresh process. */
function startupRun(folder: string, state: string, workers: number): Promise<StartupResult> {
  return inFreshProcess('start-up', ['--startup', folder, '--state', state, '--workers', String(workers)]);
}

interface StartupResult {
  firstHoverMs: number;
  /** Every file read and checked against the index, changed ones re-analysed and linked. */
  checkedMs: number;
  reused: number;
  analysed: number;
  cache: string;
  longestBlockMs: number;
  maxRssMb: number;
}

/** What the editor does on opening a corpus. With a persisted index: link what it holds, check
 * the open article's text against it (re-analysing it if it changed) and answer a hover there;
 * then check every other file the same way. Without one: analyse everything on the workers,
 * then answer the hover. Either way the index is persisted at the end if anything changed. */
async function startup(folder: string, state: string, workers: number): Promise<StartupResult> {
  const started = now();
  // The histogram holds the intervals between a repeating timer's runs, so its maximum is the
  // longest block plus up to one resolution: a fine one keeps the figure close to the block.
  const blocks = monitorEventLoopDelay({ resolution: 1 });
  blocks.enable();
  const cacheData = await fs.readFile(state).catch(() => undefined);
  const cached = cacheData === undefined ? { ok: false as const, reason: 'none' } : await readIndexCacheInSlices(cacheData);
  const files = await listArticles(folder);
  if (files.length === 0) throw new Error(`no articles in ${folder}`);
  // Started when a file needs analysing, as in the editor: reopening an unchanged corpus starts none.
  let pool: AnalysisPool | undefined;
  const index = new CorpusIndex();
  /** Linked a few files at a time in slices of the thread's time, as the editor does. */
  const link = (analyses: FileAnalysis[]): Promise<void> => runInSlices((function* () {
    for (let i = 0; i < analyses.length; i += LINK_STEP) {
      index.update(analyses.slice(i, i + LINK_STEP));
      yield;
    }
  })());
  const current = new Map<string, { hash: string; analysis: FileAnalysis }>();
  let reused = 0;
  /** Reads a file; its cached analysis if the text is unchanged (returned when it differs from
   * what is linked), else a fresh one, linked as it arrives, as the editor links each result. */
  const check = async (file: string): Promise<FileAnalysis | undefined> => {
    const decoded = decodeArticle(file, await fs.readFile(path.join(folder, file)));
    if (!decoded.ok) throw new Error(decoded.issue.message);
    const hash = contentHash(decoded.text);
    const hit = cached.ok ? cached.cache.reuse(file, hash) : undefined;
    if (hit) {
      reused++;
      const changed = current.get(file)?.analysis !== hit;
      current.set(file, { hash, analysis: hit });
      return changed ? hit : undefined;
    }
    const analysis = await (pool ??= new AnalysisPool({ workers, workerScript: WORKER_SCRIPT })).analyze(file, decoded.text, decoded.issues);
    current.set(file, { hash, analysis });
    index.update([analysis]);
    return undefined;
  };
  const checkAll = async (list: string[]): Promise<FileAnalysis[]> => {
    const changed: FileAnalysis[] = [];
    // A bounded number of reads at a time keeps each turn of the event loop short.
    for (let i = 0; i < list.length; i += 64) {
      for (const analysis of await Promise.all(list.slice(i, i + 64).map(check))) if (analysis) changed.push(analysis);
    }
    return changed;
  };

  const [opened, ...others] = files;
  if (cached.ok) {
    for (const file of files) {
      const entry = cached.cache.entry(file);
      if (entry) current.set(file, entry);
    }
    await link([...current.values()].map((e) => e.analysis));
    await link(await checkAll([opened]));
  } else {
    await checkAll(files);
  }
  /** The editor's hover (CorpusLookup.resolveMentionAt: the entity's mentions and passages read
   * in slices, then its view), with the passages its card quotes. */
  const hover = async (): Promise<void> => {
    const lookup = new CorpusLookup(index);
    const found = await lookup.resolveMentionAt(opened, index.fileAnalysis(opened)!.mentions[0]?.start ?? 0);
    if (found) lookup.passagesOf(found.entity.id);
  };
  await hover();
  const firstHoverMs = now() - started;
  if (cached.ok) await link(await checkAll(others));
  const checkedMs = now() - started;
  await pool?.close();
  blocks.disable();
  // Written as it is made, a few hundred files at a time, never held whole in memory.
  if (!cached.ok || reused < files.length) {
    const out = await fs.open(`${state}.tmp`, 'w');
    try {
      for (const chunk of indexCacheChunks(current.values())) await out.write(chunk);
    } finally {
      await out.close();
    }
    await fs.rename(`${state}.tmp`, state);
  }
  return {
    firstHoverMs, checkedMs, reused, analysed: files.length - reused, cache: cached.ok ? 'used' : cached.reason,
    longestBlockMs: blocks.max / 1e6, maxRssMb: maxRssMb(),
  };
}

function formatTable(figures: Figure[]): string {
  const rows = figures.map((f) => {
    const goal = f.goal ? `${f.goal.op} ${f.goal.value}` : '';
    const verdict = f.goal ? (passes(f) ? 'pass' : 'FAIL') : '';
    return [f.name, `${f.value} ${f.unit}`, goal, verdict, f.note ?? ''];
  });
  const widths = [0, 1, 2, 3].map((c) => Math.max(...rows.map((r) => r[c].length)));
  return rows.map((r) => r.map((cell, c) => (c < 4 ? cell.padEnd(widths[c]) : cell)).join('  ').trimEnd()).join('\n');
}

const passes = (f: Figure): boolean => !f.goal || (f.goal.op === '>=' ? f.value >= f.goal.value : f.value <= f.goal.value);

async function main(argv: string[]): Promise<number> {
  const option = (name: string): string | undefined => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const cores = os.availableParallelism();
  const workers = Number(option('--workers') ?? cores);
  const warmUpArticles = Number(option('--warm-up') ?? WARM_UP_ARTICLES);
  if (argv.includes('--throughput')) {
    const articles = await readCorpus(await corpusFolder(Number(option('--throughput'))));
    process.stdout.write(JSON.stringify(await throughput(articles, workers, warmUpArticles)));
    return 0;
  }
  if (argv.includes('--startup')) {
    process.stdout.write(JSON.stringify(await startup(option('--startup')!, option('--state')!, workers)));
    return 0;
  }
  const sizes = (option('--sizes') ?? '1000,10000').split(',').map(Number).filter((n) => n > 0).sort((a, b) => a - b);
  const figures: Figure[] = [];
  const totals: Array<{ size: number; totalMs: number; winkMs: number; conflicts: ConflictScaling }> = [];
  for (const size of sizes) {
    process.stderr.write(`bench: ${size} articles…\n`);
    if (size === sizes[0]) {
      const stages = stageBreakdown((await readCorpus(await corpusFolder(size))).slice(0, 300));
      process.stderr.write(`${formatTable(stages)}\n`);
      figures.push(...stages);
    }
    const result = await measureSize(size, workers, warmUpArticles);
    process.stderr.write(`${formatTable(result.figures)}\n`);
    figures.push(...result.figures);
    totals.push({ size, ...result });
  }
  const [small, large] = [totals[0], totals[totals.length - 1]];
  if (large.size > small.size) {
    const articles = large.size / small.size;
    // The two sizes run minutes apart, under whatever else the machine does then: wink's own time
    // on the same files, measured alongside, says how much faster or slower the machine was.
    const machine = large.winkMs / small.winkMs / articles;
    figures.push({
      name: `time ${small.size} → ${large.size} (analysis + index, 1 thread)`, value: round(large.totalMs / small.totalMs / machine), unit: '×',
      goal: { op: '<=', value: round(articles * 1.1, 1) },
      note: `corrected by wink's time on the same files (×${round(large.winkMs / small.winkMs, 1)} for ${articles}× the articles); measured ${round(small.totalMs / 1000, 1)} s → ${round(large.totalMs / 1000, 1)} s (×${round(large.totalMs / small.totalMs, 1)})`,
    });
  }
  // Linear growth: ten times the files may cost eleven times the time, files^1.04.
  const growth = large.conflicts;
  figures.push({ name: `conflicts: time grows as files^k @${large.size}`, value: round(growth.exponent), unit: 'k', goal: { op: '<=', value: round(Math.log(11) / Math.log(10), 2) }, note: `fitted over ${growth.from} to ${growth.files} files (doubling); ${growth.claims} claims` });
  const folder = path.join(CORPORA, String(large.size));
  const state = path.join(CORPORA, `${large.size}.index`);
  await fs.rm(state, { force: true });
  const cold = await startupRun(folder, state, workers);
  // Reopening is short enough to repeat: the best of three is the least disturbed by other load.
  const warm: StartupResult[] = [];
  for (let run = 0; run < 3; run++) {
    const result = await startupRun(folder, state, workers);
    if (result.cache !== 'used' || result.analysed !== 0) throw new Error(`the persisted index was not used: ${JSON.stringify(result)}`);
    warm.push(result);
  }
  const best = (key: 'firstHoverMs' | 'checkedMs' | 'longestBlockMs'): { value: number; median: number } => {
    const sorted = warm.map((w) => w[key]).sort((a, b) => a - b);
    return { value: sorted[0], median: sorted[1] };
  };
  const hover = best('firstHoverMs');
  const checked = best('checkedMs');
  const block = best('longestBlockMs');
  const at = `@${large.size}`;
  figures.push(
    { name: `start-up to first hover, cold ${at}`, value: round(cold.firstHoverMs / 1000), unit: 's', note: `${cold.analysed} files analysed on ${workers} workers, each linked as it arrived` },
    { name: `start-up to first hover, persisted index ${at}`, value: round(hover.value / 1000), unit: 's', goal: { op: '<=', value: 1.5 }, note: `best of 3 (median ${round(hover.median / 1000)} s); the open article checked, the others after` },
    { name: `start-up, every file checked, persisted index ${at}`, value: round(checked.value / 1000), unit: 's', note: `best of 3 (median ${round(checked.median / 1000)} s); ${warm[0].reused} analyses reused` },
    { name: `peak memory, cold start-up ${at}`, value: round(cold.maxRssMb, 0), unit: 'MB', goal: { op: '<=', value: 800 }, note: `persisted: ${round(Math.max(...warm.map((w) => w.maxRssMb)), 0)} MB; whole process, workers included` },
    { name: `longest main-thread block, cold ${at}`, value: round(cold.longestBlockMs, 0), unit: 'ms', goal: { op: '<=', value: 50 }, note: 'event-loop delay: includes time the OS gave to other processes' },
    { name: `longest main-thread block, persisted ${at}`, value: round(block.value, 0), unit: 'ms', goal: { op: '<=', value: 50 }, note: `best of 3 (median ${round(block.median, 0)} ms)` },
  );

  const machine = `${cores} cores (${os.cpus()[0]?.model ?? 'unknown cpu'}), node ${process.version}, load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`;
  process.stdout.write(`Corpus Lens benchmark — ${machine}\n\n${formatTable(figures)}\n\n`);
  process.stdout.write(`${JSON.stringify({ machine: { cores, node: process.version, loadavg: os.loadavg() }, figures: figures.map((f) => ({ ...f, pass: f.goal ? passes(f) : undefined })) }, null, 2)}\n`);
  return 0;
}

if (isMainThread) {
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
      process.stderr.write(`bench: ${error instanceof Error ? error.stack : String(error)}\n`);
      process.exitCode = 1;
    },
  );
} else if (workerData === WINK_THREAD) {
  const wink = winkNLP(model);
  parentPort!.on('message', (texts: string[]) => {
    for (const text of texts) wink.readDoc(text);
    parentPort!.postMessage(texts.length);
  });
}
