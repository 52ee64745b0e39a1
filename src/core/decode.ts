// Turning a file's bytes into analysable text, or a clear reason why not. Offsets everywhere
// else are into the text this returns (UTF-8, byte-order mark removed, line endings kept).
import type { FileIssue } from './model';

/** Files larger than this are skipped with a message rather than analysed. */
export const DEFAULT_MAX_FILE_BYTES = 5 * 1024 * 1024;

export type DecodeResult = { ok: true; text: string; issues: FileIssue[] } | { ok: false; issue: FileIssue };

const decoder = new TextDecoder('utf-8', { fatal: false });

export function decodeArticle(file: string, bytes: Uint8Array, maxBytes = DEFAULT_MAX_FILE_BYTES): DecodeResult {
  if (bytes.length > maxBytes) return { ok: false, issue: oversizeIssue(file, bytes.length, maxBytes) };
  if (looksBinary(bytes)) return { ok: false, issue: { file, severity: 'warning', message: 'skipped: binary content, not a text article' } };
  let text = decoder.decode(bytes);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const issues: FileIssue[] = [];
  const replaced = countReplacements(text, bytes);
  if (replaced > 0) {
    issues.push({ file, severity: 'warning', message: `${replaced} byte sequence(s) are not valid UTF-8 and were read as U+FFFD` });
  }
  return { ok: true, text, issues };
}

export function oversizeIssue(file: string, bytes: number, maxBytes: number): FileIssue {
  const mb = (n: number): string => (n / 1048576).toFixed(1);
  return { file, severity: 'warning', message: `skipped: ${mb(bytes)} MB is over the ${mb(maxBytes)} MB limit for one article (corpusLens.files.maxFileSizeMB)` };
}

/** NUL bytes, or a high share of control characters, in the first 8 KB. */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 9 || (byte > 13 && byte < 32)) control++;
  }
  return sample.length > 0 && control / sample.length > 0.1;
}

/** U+FFFD characters the decoder introduced (those not already in the file as EF BF BD). */
function countReplacements(text: string, bytes: Uint8Array): number {
  let inText = 0;
  for (let i = text.indexOf('\uFFFD'); i >= 0; i = text.indexOf('\uFFFD', i + 1)) inText++;
  if (inText === 0) return 0;
  let inBytes = 0;
  for (let i = 0; i + 2 < bytes.length; i++) if (bytes[i] === 0xef && bytes[i + 1] === 0xbf && bytes[i + 2] === 0xbd) inBytes++;
  return inText - inBytes;
}
