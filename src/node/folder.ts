// Reading a corpus folder from disk (CLI and benchmark; the extension reads through
// vscode.workspace.fs instead). Never writes.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { decodeArticle, DEFAULT_MAX_FILE_BYTES, oversizeIssue } from '../core/decode';
import { analyzeFile, unreadableFile } from '../core/analyzeFile';
import type { FileAnalysis, FileIssue } from '../core/model';

const SKIPPED_FOLDERS = new Set(['node_modules', '.git', '.hg', '.svn', 'dist', 'out']);

/** Every .txt file below `root`, as "/"-separated paths relative to it, sorted. */
export async function listArticles(root: string): Promise<string[]> {
  const found: string[] = [];
  /** `relative`: the folder's path from the root, '/'-separated, ending in '/' ('' for the root). */
  const walk = async (dir: string, relative: string): Promise<void> => {
    let entries;
    try {
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch {
      return; // a folder that vanished or cannot be listed holds nothing to analyse
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      if (entry.isDirectory() && !SKIPPED_FOLDERS.has(entry.name)) await walk(path.join(dir, entry.name), `${relative}${entry.name}/`);
      else if (entry.isFile() && entry.name.toLowerCase().endsWith('.txt')) found.push(relative + entry.name);
    }
  };
  await walk(root, '');
  return found.sort();
}

/** Analyses one file's text: in process by default, or on the analysis pool's workers. */
export type Analyze = (file: string, text: string, issues: FileIssue[]) => FileAnalysis | Promise<FileAnalysis>;

/** Reads and analyses one article; unreadable files give an analysis that carries the reason. */
export async function analyzeArticle(root: string, file: string, maxBytes = DEFAULT_MAX_FILE_BYTES, analyze: Analyze = analyzeFile): Promise<FileAnalysis> {
  let bytes: Uint8Array;
  try {
    const full = path.join(root, file);
    const stat = await fs.stat(full);
    if (stat.size > maxBytes) return unreadableFile(file, oversizeIssue(file, stat.size, maxBytes));
    bytes = await fs.readFile(full);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'it vanished before it could be read' : `it cannot be read (${code ?? String(error)})`;
    return unreadableFile(file, { file, severity: 'error', message: `skipped: ${reason}` });
  }
  const decoded = decodeArticle(file, bytes, maxBytes);
  if (!decoded.ok) return unreadableFile(file, decoded.issue);
  return analyze(file, decoded.text, decoded.issues);
}
