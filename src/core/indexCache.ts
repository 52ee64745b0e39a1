// The persisted index: every file's analysis, keyed by the SHA-1 of the text it was made from,
// stamped with the analyser's version and build (a fingerprint of its source, so any change to
// the rules counts) and a checksum of the whole. Reopening a corpus reuses an
// analysis only when the file's text still hashes to its key; a cache from another analyser
// version, or one that is damaged in any way, is reported and rebuilt, never trusted. Loading
// parses only what linking needs (each file's local entities); the rest of an analysis is
// parsed when first read. Pure: strings in and out; the caller decides where the bytes live
// (the editor: workspace storage).
import { createHash } from 'node:crypto';
import { ANALYZER_VERSION } from './analyzeFile';
import type { FileAnalysis } from './model';
import { runInSlices, runToEnd } from './slices';

/** Set by the bundler to a fingerprint of the analyser's source (esbuild.mjs); 'source' when
 * run unbundled (tests). */
declare const __ANALYZER_BUILD__: string | undefined;
const ANALYZER_BUILD = typeof __ANALYZER_BUILD__ === 'string' ? __ANALYZER_BUILD__ : 'source';

/** Bump when the layout below changes. */
export const INDEX_CACHE_SCHEMA = 4;
const FORMAT = 'corpus-lens-index';

interface Header {
  format: string;
  schema: number;
  analyzer: number;
  /** ANALYZER_BUILD of the build that wrote it. */
  build: string;
}

/** The last line: written after the files, so the index can be written as it is made. */
interface Trailer {
  files: number;
  /** SHA-1 of every line between the header and the trailer, line breaks included. */
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
  return [...indexCacheChunks(entries)].join('');
}

/** writeIndexCache as UTF-8 bytes, made in slices (the editor's thread): a 10,000-file index is
 * over 100 MB, which encoded in one piece would hold the thread for a tenth of a second. */
export function writeIndexCacheInSlices(entries: Iterable<{ hash: string; analysis: FileAnalysis }>): Promise<Uint8Array> {
  return runInSlices(encodeSteps(indexCacheChunks(entries)));
}

function* encodeSteps(chunks: Iterable<string>): Generator<void, Uint8Array> {
  const encoder = new TextEncoder();
  const encoded: Uint8Array[] = [];
  for (const chunk of chunks) {
    encoded.push(encoder.encode(chunk));
    yield;
  }
  const whole = new Uint8Array(encoded.reduce((length, part) => length + part.length, 0));
  let at = 0;
  for (const part of encoded) {
    whole.set(part, at);
    at += part.length;
    yield;
  }
  return whole;
}

/** The persisted index as text, a hundred files at a time: append the chunks to a file as
 * they come, or join them. */
export function* indexCacheChunks(entries: Iterable<{ hash: string; analysis: FileAnalysis }>): Generator<string> {
  const header: Header = { format: FORMAT, schema: INDEX_CACHE_SCHEMA, analyzer: ANALYZER_VERSION, build: ANALYZER_BUILD };
  yield `${JSON.stringify(header)}\n`;
  const checksum = createHash('sha1');
  let files = 0;
  let chunk: string[] = [];
  for (const { hash, analysis } of entries) {
    const line = `${hash}\t${packAnalysis(analysis)}\n`;
    checksum.update(line);
    chunk.push(line);
    if (++files % FILES_PER_CHUNK === 0) {
      yield chunk.join('');
      chunk = [];
    }
  }
  const trailer: Trailer = { files, checksum: checksum.digest('hex') };
  yield `${chunk.join('')}${JSON.stringify(trailer)}`;
}

/** Reads a persisted index (its UTF-8 bytes), or says why it cannot be used. */
export function readIndexCache(data: Uint8Array): IndexCacheRead {
  return runToEnd(readSteps(data));
}

/** readIndexCache in slices, letting other work run in between (the editor's thread). The bytes
 * are decoded a megabyte at a time: decoding a 100 MB index at once would block for a tenth of a
 * second. */
export function readIndexCacheInSlices(data: Uint8Array): Promise<IndexCacheRead> {
  return runInSlices(readSteps(data));
}

/** Files per chunk of indexCacheChunks, and bytes hashed, or decoded, at a time by readSteps. */
const FILES_PER_CHUNK = 100;
const BYTES_PER_STEP = 1 << 20;
const NEWLINE = 10;

function* readSteps(data: Uint8Array): Generator<void, IndexCacheRead> {
  const decoder = new TextDecoder();
  const newline = data.indexOf(NEWLINE);
  if (newline < 0) return { ok: false, reason: 'corrupt: no header' };
  let header: Header;
  try {
    header = JSON.parse(decoder.decode(data.subarray(0, newline))) as Header;
  } catch {
    return { ok: false, reason: 'corrupt: unreadable header' };
  }
  if (header?.format !== FORMAT) return { ok: false, reason: 'corrupt: not a Corpus Lens index' };
  if (header.schema !== INDEX_CACHE_SCHEMA) return { ok: false, reason: `stale: index layout ${header.schema}, this version reads ${INDEX_CACHE_SCHEMA}` };
  if (header.analyzer !== ANALYZER_VERSION) return { ok: false, reason: `stale: made by analyser version ${header.analyzer}, this is version ${ANALYZER_VERSION}` };
  if (header.build !== ANALYZER_BUILD) return { ok: false, reason: `stale: made by analyser build ${header.build}, this is build ${ANALYZER_BUILD}` };
  const last = data.lastIndexOf(NEWLINE);
  let trailer: Trailer;
  try {
    trailer = JSON.parse(decoder.decode(data.subarray(last + 1))) as Trailer;
  } catch {
    return { ok: false, reason: 'corrupt: unreadable end' };
  }
  const body = data.subarray(newline + 1, last + 1);
  if ((yield* hashSteps(body)) !== trailer?.checksum) return { ok: false, reason: 'corrupt: checksum mismatch' };
  const entries: CachedEntry[] = [];
  for (const line of lines(body)) {
    const first = line.indexOf('\t');
    const second = line.indexOf('\t', first + 1);
    const hash = line.slice(0, first);
    if (first < 0 || second < 0 || !/^[0-9a-f]{40}$/.test(hash)) return { ok: false, reason: 'corrupt: unexpected content' };
    const analysis = unpackAnalysis(line.slice(first + 1));
    if (!analysis) return { ok: false, reason: 'corrupt: unexpected content' };
    entries.push({ hash, analysis });
    yield;
  }
  if (entries.length !== trailer.files) return { ok: false, reason: 'corrupt: unexpected content' };
  return { ok: true, cache: new IndexCache(entries) };
}

/** The lines of `body` (each ending in a line break), decoded a megabyte at a time: each line is
 * a slice of a string that large, which the garbage collector keeps in its large-object space
 * and never copies; decoded one by one, the index's hundred megabytes of lines would each be
 * copied between young and old space, in pauses of tens of milliseconds. */
function* lines(body: Uint8Array): Generator<string> {
  const decoder = new TextDecoder();
  for (let at = 0; at < body.length;) {
    // Up to the first line break a megabyte on (the body's last byte is one).
    const end = body.indexOf(NEWLINE, Math.min(at + BYTES_PER_STEP, body.length - 1)) + 1;
    const text = decoder.decode(body.subarray(at, end));
    at = end;
    for (let start = 0; start < text.length;) {
      const lineEnd = text.indexOf('\n', start);
      yield text.slice(start, lineEnd);
      start = lineEnd + 1;
    }
  }
}

/** What linking reads of a file's analysis, parsed when the index is loaded; every other field
 * (mentions, passages, claims and whatever else an analysis holds) is stored apart and parsed
 * on first use, each on its own. */
const EAGER = ['file', 'language', 'length', 'date', 'localEntities', 'issues'] as const;
type Head = Pick<FileAnalysis, (typeof EAGER)[number]> & { lazy: string[] };

/** An analysis as one line of text, `head JSON \t rest JSON` (what the index stores after the
 * hash): cheap to send from a worker, to keep in memory and to write. */
export function packAnalysis(analysis: FileAnalysis): string {
  return storedForm.get(analysis) ?? storedParts(analysis);
}

/** The analysis packed in `packed`, with only the head parsed until another field is read;
 * undefined if it is not a packed analysis. */
export function unpackAnalysis(packed: string): FileAnalysis | undefined {
  const parts = packed.split('\t');
  let head: unknown;
  try {
    head = JSON.parse(parts[0]);
  } catch {
    return undefined;
  }
  if (!isHead(head) || head.lazy.length !== parts.length - 1) return undefined;
  const analysis = lazyAnalysis(head, parts.slice(1));
  storedForm.set(analysis, packed);
  return analysis;
}

/** The head, then each other field as JSON of its own (JSON never holds a raw tab). */
function storedParts(analysis: FileAnalysis): string {
  const head: Record<string, unknown> = {};
  const lazy: string[] = [];
  const parts: string[] = [];
  for (const [key, value] of Object.entries(analysis)) {
    if ((EAGER as readonly string[]).includes(key)) head[key] = value;
    else if (value !== undefined) {
      lazy.push(key);
      parts.push(JSON.stringify(value));
    }
  }
  head.lazy = lazy;
  return oneBytePerCharacter(asciiJson([JSON.stringify(head), ...parts].join('\t')));
}

/** JSON with every character beyond ASCII escaped (once for the whole line: a call per field cost
 * a tenth more): an all-ASCII index reads into a string of one byte per character, half the
 * memory and faster to hash and parse than one with a single “. */
function asciiJson(json: string): string {
  return json.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The same all-ASCII text, held at one byte a character. Built from slices of an article with a
 * character beyond Latin-1 (a curly quote), V8 keeps even an all-ASCII string at two bytes a
 * character, and the editor holds packed analyses for the corpus's life: 10,000 articles peaked
 * at 710-793 MB that way, 606-658 MB this way. */
function oneBytePerCharacter(ascii: string): string {
  return Buffer.from(ascii, 'latin1').toString('latin1');
}

/** The packed form of analyses that were unpacked, written back without stringifying them again. */
const storedForm = new WeakMap<FileAnalysis, string>();

/** An analysis whose lazy fields are each parsed the first time they are read: the entity
 * views read mentions, the Speakers view passages, Find Conflicting Claims the claims. */
function lazyAnalysis(head: Head, parts: string[]): FileAnalysis {
  const { lazy, ...eager } = head;
  const analysis = eager as FileAnalysis;
  lazy.forEach((key, i) => {
    Object.defineProperty(analysis, key, {
      enumerable: true, configurable: true,
      get() {
        const value: unknown = JSON.parse(parts[i]);
        Object.defineProperty(analysis, key, { value, enumerable: true, writable: true, configurable: true });
        return value;
      },
    });
  });
  return analysis;
}

function* hashSteps(bytes: Uint8Array): Generator<void, string> {
  const hash = createHash('sha1');
  for (let i = 0; i < bytes.length; i += BYTES_PER_STEP) {
    hash.update(bytes.subarray(i, i + BYTES_PER_STEP));
    yield;
  }
  return hash.digest('hex');
}

interface CachedEntry {
  hash: string;
  analysis: FileAnalysis;
}

/** Cached analyses by content hash and by file. */
export class IndexCache {
  private readonly byHash = new Map<string, FileAnalysis>();
  private readonly byFile = new Map<string, CachedEntry>();

  constructor(entries: CachedEntry[]) {
    for (const entry of entries) {
      this.byHash.set(entry.hash, entry.analysis);
      this.byFile.set(entry.analysis.file, entry);
    }
  }

  get size(): number {
    return this.byFile.size;
  }

  /** The cached analysis of a file whose text hashes to `hash`, under the file's current name
   * (a renamed or copied file reuses the analysis of the same text). */
  reuse(file: string, hash: string): FileAnalysis | undefined {
    const cached = this.byHash.get(hash);
    if (!cached || cached.file === file) return cached;
    return { ...cached, file, issues: cached.issues.map((issue) => ({ ...issue, file })) };
  }

  /** What was cached for a file and the hash of the text it was made from: an editor may show
   * it while it checks the file's current text against `hash`. */
  entry(file: string): CachedEntry | undefined {
    return this.byFile.get(file);
  }
}

function isHead(value: unknown): value is Head {
  const head = value as Partial<Record<keyof Head, unknown>> | null;
  return typeof head === 'object' && head !== null && typeof head.file === 'string' && typeof head.length === 'number' &&
    Array.isArray(head.localEntities) && Array.isArray(head.issues) && Array.isArray(head.lazy) &&
    ['mentions', 'passages', 'claims'].every((key) => (head.lazy as unknown[]).includes(key));
}
