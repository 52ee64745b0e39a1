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

/** Serialises analyses with the hashes of the texts they were made from. */
export function writeIndexCache(entries: Iterable<{ hash: string; analysis: FileAnalysis }>): string {
  const pairs: Array<[string, FileAnalysis]> = [];
  for (const { hash, analysis } of entries) pairs.push([hash, analysis]);
  const body = JSON.stringify(pairs);
  const header: Header = { format: FORMAT, schema: INDEX_CACHE_SCHEMA, analyzer: ANALYZER_VERSION, files: pairs.length, checksum: contentHash(body) };
  return `${JSON.stringify(header)}\n${body}`;
}

/** Reads a persisted index, or says why it cannot be used. */
export function readIndexCache(data: string): IndexCacheRead {
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
  if (contentHash(body) !== header.checksum) return { ok: false, reason: 'corrupt: checksum mismatch' };
  let pairs: unknown;
  try {
    pairs = JSON.parse(body);
  } catch {
    return { ok: false, reason: 'corrupt: unreadable body' };
  }
  if (!Array.isArray(pairs) || pairs.length !== header.files || !pairs.every(isEntry)) return { ok: false, reason: 'corrupt: unexpected content' };
  return { ok: true, cache: new IndexCache(pairs as Array<[string, FileAnalysis]>) };
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

function isEntry(entry: unknown): boolean {
  if (!Array.isArray(entry) || entry.length !== 2 || typeof entry[0] !== 'string' || !/^[0-9a-f]{40}$/.test(entry[0])) return false;
  const a = entry[1] as Partial<Record<keyof FileAnalysis, unknown>> | null;
  return typeof a === 'object' && a !== null && typeof a.file === 'string' && typeof a.length === 'number' &&
    Array.isArray(a.localEntities) && Array.isArray(a.mentions) && Array.isArray(a.passages) &&
    Array.isArray(a.claims) && Array.isArray(a.issues);
}
