// The persisted index: every file's analysis, keyed by the SHA-1 of the text it was made from,
// stamped with the analyser's version and a checksum of the whole. Reopening a corpus reuses an
// analysis only when the file's text still hashes to its key; a cache from another analyser
// version, or one that is damaged in any way, is reported and rebuilt, never trusted. Pure:
// strings in and out; the caller decides where the bytes live (the editor: workspace storage).
import { createHash } from 'node:crypto';
import { ANALYZER_VERSION } from './analyzeFile';
import type { FileAnalysis } from './model';

/** Bump when the layout below changes. */
export const INDEX_CACHE_SCHEMA = 1;
const FORMAT = 'corpus-lens-index';

interface Header {
  format: string;
  schema: number;
  analyzer: number;
  files: number;
  /** SHA-1 of everything after the header line. */
  checksum: string;
}

export type IndexCacheRead =
  | { ok: true; cache: IndexCache }
  | { ok: false; reason: string };

/** The key of a file's analysis: the SHA-1 of its text (as decoded, BOM removed). */
export function contentHash(text: string): string {
  return createHash('sha1').update(text).digest('hex');
}

/** Serialises analyses with the hashes of the texts they were made from: a header line, then one
 * line per file (JSON never holds a raw line break). */
export function writeIndexCache(entries: Iterable<{ hash: string; analysis: FileAnalysis }>): string {
  return runToEnd(writeSteps(entries));
}

/** writeIndexCache in slices, letting other work run in between (the editor's thread). */
export function writeIndexCacheInSlices(entries: Iterable<{ hash: string; analysis: FileAnalysis }>): Promise<string> {
  return runInSlices(writeSteps(entries));
}

/** Reads a persisted index, or says why it cannot be used. */
export function readIndexCache(data: string): IndexCacheRead {
  return runToEnd(readSteps(data));
}

/** readIndexCache in slices, letting other work run in between (the editor's thread). */
export function readIndexCacheInSlices(data: string): Promise<IndexCacheRead> {
  return runInSlices(readSteps(data));
}

/** Files parsed or written between two pauses, and characters hashed. */
const FILES_PER_SLICE = 250;
const CHARS_PER_SLICE = 4_000_000;

function* writeSteps(entries: Iterable<{ hash: string; analysis: FileAnalysis }>): Generator<void, string> {
  const lines: string[] = [];
  for (const { hash, analysis } of entries) {
    lines.push(`${hash}\t${JSON.stringify(analysis)}`);
    if (lines.length % FILES_PER_SLICE === 0) yield;
  }
  const body = lines.join('\n');
  const checksum = yield* hashInSlices(body);
  const header: Header = { format: FORMAT, schema: INDEX_CACHE_SCHEMA, analyzer: ANALYZER_VERSION, files: lines.length, checksum };
  return `${JSON.stringify(header)}\n${body}`;
}

function* readSteps(data: string): Generator<void, IndexCacheRead> {
  const newline = data.indexOf('\n');
  if (newline < 0) return { ok: false, reason: 'corrupt: no header' };
  let header: Header;
  try {
    header = JSON.parse(data.slice(0, newline)) as Header;
  } catch {
    return { ok: false, reason: 'corrupt: unreadable header' };
  }
  if (header?.format !== FORMAT) return { ok: false, reason: 'corrupt: not a Corpus Lens index' };
  if (header.schema !== INDEX_CACHE_SCHEMA) return { ok: false, reason: `stale: index layout ${header.schema}, this version reads ${INDEX_CACHE_SCHEMA}` };
  if (header.analyzer !== ANALYZER_VERSION) return { ok: false, reason: `stale: made by analyser version ${header.analyzer}, this is version ${ANALYZER_VERSION}` };
  const body = data.slice(newline + 1);
  if ((yield* hashInSlices(body)) !== header.checksum) return { ok: false, reason: 'corrupt: checksum mismatch' };
  const lines = body ? body.split('\n') : [];
  if (lines.length !== header.files) return { ok: false, reason: 'corrupt: unexpected content' };
  const pairs: Array<[string, FileAnalysis]> = [];
  for (const line of lines) {
    const tab = line.indexOf('\t');
    let analysis: unknown;
    try {
      analysis = JSON.parse(line.slice(tab + 1));
    } catch {
      return { ok: false, reason: 'corrupt: unreadable entry' };
    }
    const hash = line.slice(0, tab);
    if (tab < 0 || !/^[0-9a-f]{40}$/.test(hash) || !isAnalysis(analysis)) return { ok: false, reason: 'corrupt: unexpected content' };
    pairs.push([hash, analysis]);
    if (pairs.length % FILES_PER_SLICE === 0) yield;
  }
  return { ok: true, cache: new IndexCache(pairs) };
}

function* hashInSlices(text: string): Generator<void, string> {
  const hash = createHash('sha1');
  for (let i = 0; i < text.length; i += CHARS_PER_SLICE) {
    hash.update(text.slice(i, i + CHARS_PER_SLICE));
    yield;
  }
  return hash.digest('hex');
}

function runToEnd<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

async function runInSlices<T>(steps: Generator<void, T>): Promise<T> {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
}

/** Cached analyses by content hash. */
export class IndexCache {
  private readonly byHash = new Map<string, FileAnalysis>();

  constructor(pairs: Array<[string, FileAnalysis]>) {
    for (const [hash, analysis] of pairs) this.byHash.set(hash, analysis);
  }

  get size(): number {
    return this.byHash.size;
  }

  /** The cached analysis of a file whose text hashes to `hash`, under the file's current name
   * (a renamed or copied file reuses the analysis of the same text). */
  reuse(file: string, hash: string): FileAnalysis | undefined {
    const cached = this.byHash.get(hash);
    if (!cached || cached.file === file) return cached;
    return { ...cached, file, issues: cached.issues.map((issue) => ({ ...issue, file })) };
  }
}

function isAnalysis(value: unknown): value is FileAnalysis {
  const a = value as Partial<Record<keyof FileAnalysis, unknown>> | null;
  return typeof a === 'object' && a !== null && typeof a.file === 'string' && typeof a.length === 'number' &&
    Array.isArray(a.localEntities) && Array.isArray(a.mentions) && Array.isArray(a.passages) &&
    Array.isArray(a.claims) && Array.isArray(a.issues);
}
