// Per-file analysis on worker threads: a queue in front of a few workers, each sent two batches
// of files at a time so that it never waits for the calling thread between them. A worker
// analyses a batch together (analyzeFiles), which is faster than file by file; batches shrink as
// the queue empties, so the workers finish together. Results arrive packed
// and are parsed lazily (indexCache.unpackAnalysis): a corpus's analyses take a fraction of the
// memory until their mentions or passages are read. Queued files can be cancelled (an
// AbortSignal per file); a file already sent to a worker is analysed, and its result dropped.
// With no workers it analyses on the calling thread, one file per macrotask, so small corpora
// pay no start-up cost.
import * as os from 'node:os';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { analyzeFile, type FileToAnalyze } from '../core/analyzeFile';
import { unpackAnalysis } from '../core/indexCache';
import type { FileAnalysis, FileIssue } from '../core/model';
import type { AnalysisReply, AnalysisRequest } from './analysisWorker';

export interface PoolOptions {
  /** Worker threads to start; 0 analyses on the calling thread. Default: defaultWorkerCount(). */
  workers?: number;
  /** The bundled worker script (dist/worker.js, next to the bundle that uses the pool). */
  workerScript?: string;
}

/** Rejection of a file cancelled before its analysis finished. */
export class CancelledError extends Error {
  constructor(file: string) {
    super(`analysis of ${file} cancelled`);
    this.name = 'CancelledError';
  }
}

interface Task {
  request: FileToAnalyze;
  /** Sent to a worker in a batch of its own: it was in a batch whose worker died. */
  alone?: boolean;
  /** Settles the caller's promise once; later calls are ignored (a cancelled file's result). */
  settle(outcome: { analysis: FileAnalysis } | { error: Error }): void;
}

interface Batch {
  id: number;
  tasks: Task[];
}

interface Slot {
  worker: Worker;
  /** Batches sent to the worker, in the order it answers them: the first is being analysed, the
   * next waits in the worker's own message queue so that it never idles while the calling
   * thread receives a result. */
  inFlight: Batch[];
}

/** Batches sent to a worker ahead of its answer (see Slot.inFlight). */
const IN_FLIGHT_PER_WORKER = 2;
/** The most files in one batch, and the most text: two dozen news articles gain nearly all that
 * analysing them together can (bench/README.md) and take a worker a few tens of milliseconds;
 * long files go in smaller batches, a very long one alone. */
export const MAX_BATCH_FILES = 24;
const MAX_BATCH_CHARS = 150_000;

/** A worker's young generation, twice V8's default: an article allocates about 0.9 MB, nearly
 * all of it dead once its batch is done, and with the default the workers scavenged twice as
 * often, for 30-40% more time in scavenges (585-625 against 326 over 10,400 articles, `node
 * --trace-gc`), with no measurable change in the peak memory of a cold start-up. */
const WORKER_YOUNG_GENERATION_MB = 96;

/** One worker per core: the calling thread only reads files, receives results and links, which
 * takes a small share of one core. */
export function defaultWorkerCount(): number {
  return Math.max(1, os.availableParallelism());
}

export class AnalysisPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Task[] = [];
  private nextId = 1;
  private closed = false;
  private runningInline = false;
  private dispatchScheduled = false;
  /** The texts' mean length, recent ones counting most (for capacity). */
  private meanChars = 0;

  constructor(options: PoolOptions = {}) {
    const count = options.workers ?? defaultWorkerCount();
    const script = options.workerScript ?? path.join(__dirname, 'worker.js');
    for (let i = 0; i < count; i++) this.slots.push(this.startWorker(script));
  }

  /** Files worth having read and queued at once to keep every worker busy with full batches
   * (1 when analysing on the calling thread): as many as fill the batches in flight, so a corpus
   * of long files holds a few at a time; one a batch until the first file says how long they are. */
  get capacity(): number {
    if (!this.slots.length) return 1;
    const batches = this.slots.length * IN_FLIGHT_PER_WORKER;
    if (this.meanChars === 0) return batches;
    return batches * Math.max(1, Math.min(MAX_BATCH_FILES, Math.floor(MAX_BATCH_CHARS / this.meanChars)));
  }

  /** Files waiting for a worker. */
  get pending(): number {
    return this.queue.length;
  }

  analyze(file: string, text: string, issues: FileIssue[] = [], signal?: AbortSignal): Promise<FileAnalysis> {
    if (this.closed) return Promise.reject(new Error('the analysis pool is closed'));
    if (signal?.aborted) return Promise.reject(new CancelledError(file));
    this.meanChars = this.meanChars ? 0.9 * this.meanChars + 0.1 * text.length : text.length;
    return new Promise<FileAnalysis>((resolve, reject) => {
      let settled = false;
      const onAbort = (): void => this.cancel(task);
      const task: Task = {
        request: { file, text, issues },
        settle: (outcome) => {
          if (settled) return;
          settled = true;
          signal?.removeEventListener('abort', onAbort);
          if ('analysis' in outcome) resolve(outcome.analysis);
          else reject(outcome.error);
        },
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.queue.push(task);
      this.scheduleDispatch();
    });
  }

  /** Stops the workers; files still queued or running are rejected. */
  async close(): Promise<void> {
    this.closed = true;
    for (const task of this.queue.splice(0)) task.settle({ error: new CancelledError(task.request.file) });
    await Promise.all(this.slots.map(async (slot) => {
      for (const task of slot.inFlight.splice(0).flatMap((batch) => batch.tasks)) task.settle({ error: new CancelledError(task.request.file) });
      await slot.worker.terminate();
    }));
    this.slots.length = 0;
  }

  private startWorker(script: string): Slot {
    const slot: Slot = { worker: new Worker(script, { resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB } }), inFlight: [] };
    slot.worker.on('message', (reply: AnalysisReply) => {
      const batch = slot.inFlight.shift();
      if (batch && batch.id === reply.id) {
        const packed = reply.packed.split('\n');
        batch.tasks.forEach((task, i) => {
          const analysis = reply.errors[i] === null ? unpackAnalysis(packed[i] ?? '') : undefined;
          task.settle(analysis ? { analysis } : { error: new Error(`analysis of ${task.request.file} failed: ${reply.errors[i] ?? 'unreadable result'}`) });
        });
      }
      this.dispatch();
    });
    // An uncaught exception reaches 'error' on a channel of its own, possibly before the results
    // the worker sent just before dying: the batches are settled on 'exit', which Node emits
    // only after delivering every message the worker sent.
    let failure: Error | undefined;
    slot.worker.on('error', (error) => {
      failure = error;
    });
    slot.worker.on('exit', () => {
      if (this.closed) return;
      // A worker that dies takes the batch it was analysing with it: a file alone in its batch
      // fails; files of a larger batch go back to the queue to be sent alone, so that only the
      // file that kills a worker fails. Batches waiting behind it go back as they were, and a
      // fresh worker takes its place.
      const error = failure ?? new Error('the analysis worker stopped');
      const [running, ...waiting] = slot.inFlight.splice(0);
      const retried = running && running.tasks.length > 1 ? running.tasks : [];
      if (running?.tasks.length === 1) running.tasks[0].settle({ error });
      for (const task of retried) task.alone = true;
      this.queue.unshift(...retried, ...waiting.flatMap((batch) => batch.tasks));
      const index = this.slots.indexOf(slot);
      if (index >= 0) this.slots[index] = this.startWorker(script);
      this.dispatch();
    });
    // Idle workers must not keep a CLI process alive.
    slot.worker.unref();
    return slot;
  }

  /** A queued file leaves the queue; one already sent to a worker is analysed there, unheard. */
  private cancel(task: Task): void {
    const queued = this.queue.indexOf(task);
    if (queued >= 0) this.queue.splice(queued, 1);
    task.settle({ error: new CancelledError(task.request.file) });
  }

  /** Dispatches once the calling code has queued what it queues in one go: files queued together
   * go out in full batches, where dispatching at each call sent the first files one a batch
   * (analysed alone, a quarter slower each; two workers reached 1-7% more of wink's speed in an
   * A/B run of seven rounds). */
  private scheduleDispatch(): void {
    if (this.dispatchScheduled) return;
    this.dispatchScheduled = true;
    queueMicrotask(() => {
      this.dispatchScheduled = false;
      this.dispatch();
    });
  }

  private dispatch(): void {
    if (this.slots.length === 0) {
      if (this.queue.length && !this.runningInline) this.runInline();
      return;
    }
    // Fill every worker to one batch before giving any a second, so few files still spread out.
    for (let depth = 1; depth <= IN_FLIGHT_PER_WORKER; depth++) {
      for (const slot of this.slots) {
        if (slot.inFlight.length >= depth || this.queue.length === 0) continue;
        const batch: Batch = { id: this.nextId++, tasks: this.nextBatch() };
        slot.inFlight.push(batch);
        slot.worker.ref();
        const request: AnalysisRequest = { id: batch.id, files: batch.tasks.map((task) => task.request) };
        slot.worker.postMessage(request);
      }
    }
    for (const slot of this.slots) if (slot.inFlight.length === 0) slot.worker.unref();
  }

  /** The next files for a worker: a share of the queue that shrinks as the queue does (every
   * batch in flight gets a like share), so that no worker is left with a long batch at the end. */
  private nextBatch(): Task[] {
    if (this.queue[0].alone) return this.queue.splice(0, 1);
    const share = Math.ceil(this.queue.length / (this.slots.length * IN_FLIGHT_PER_WORKER));
    let size = 1;
    let chars = this.queue[0].request.text.length;
    while (size < Math.min(share, MAX_BATCH_FILES) && size < this.queue.length && !this.queue[size].alone) {
      chars += this.queue[size].request.text.length;
      if (chars > MAX_BATCH_CHARS) break;
      size++;
    }
    return this.queue.splice(0, size);
  }

  /** Without workers: one file per macrotask, so the thread answers other events in between. */
  private runInline(): void {
    this.runningInline = true;
    setImmediate(() => {
      this.runningInline = false;
      const task = this.queue.shift();
      if (!task) return;
      try {
        const { file, text, issues } = task.request;
        task.settle({ analysis: analyzeFile(file, text, issues) });
      } catch (error) {
        task.settle({ error: error instanceof Error ? error : new Error(String(error)) });
      }
      this.dispatch();
    });
  }
}
