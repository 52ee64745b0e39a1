// Headless entry point: `corpus-lens analyze <folder> [--json]` (contract: ../shared/CONTRACT.md).
//
// Exit codes: 0 analysed (files that could not be read are reported on stderr and skipped);
// 2 wrong usage; 3 the folder does not exist or is not a folder; 4 the folder has no .txt files.
import { promises as fs } from 'node:fs';
import { Corpus } from './core/corpus';
import { analyzeArticle, listArticles } from './node/folder';
import { formatSummary } from './core/summary';
import type { FileAnalysis, FileIssue } from './core/model';
import { AnalysisPool, defaultWorkerCount } from './node/workerPool';

/** Below this many files, starting worker threads (wink's model loads in each) costs more than it saves. */
const WORKERS_FROM_FILES = 50;

const USAGE = `usage: corpus-lens analyze <folder> [--json] [--max-file-mb N] [--workers N]

  analyze <folder>   analyse every .txt article below <folder> (the folder is only read)
  --json             print the analysis as JSON (the analysis contract) instead of a summary
  --max-file-mb N    skip articles larger than N MB (default 5)
  --workers N        analyse on N worker threads; 0 analyses on the main thread
                     (default: one per core from ${WORKERS_FROM_FILES} files on, else 0)

exit codes: 0 analysed, 2 usage, 3 no such folder, 4 no .txt files in the folder`;

async function main(argv: string[]): Promise<number> {
  const [command, folder, ...rest] = argv;
  if (command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  if (command !== 'analyze' || !folder || folder.startsWith('--')) return usage('expected: analyze <folder>');
  let json = false;
  let maxFileMb = 5;
  let workers: number | undefined;
  for (let i = 0; i < rest.length; i++) {
    if (rest[i] === '--json') json = true;
    else if (rest[i] === '--max-file-mb' && Number(rest[i + 1]) > 0) maxFileMb = Number(rest[++i]);
    else if (rest[i] === '--workers' && Number.isInteger(Number(rest[i + 1])) && Number(rest[i + 1]) >= 0) workers = Number(rest[++i]);
    else return usage(`unknown option: ${rest[i]}`);
  }

  const stat = await fs.stat(folder).catch(() => undefined);
  if (!stat?.isDirectory()) {
    process.stderr.write(`corpus-lens: ${folder}: no such folder\n`);
    return 3;
  }
  const files = await listArticles(folder);
  if (files.length === 0) {
    process.stderr.write(`corpus-lens: ${folder}: no .txt articles found (the folder and its sub-folders hold none)\n`);
    return 4;
  }

  const corpus = new Corpus();
  const showProgress = files.length >= 200;
  const started = Date.now();
  const pool = new AnalysisPool({ workers: workers ?? (files.length >= WORKERS_FROM_FILES ? defaultWorkerCount() : 0) });
  const analyze = (file: string, text: string, issues: FileIssue[]): Promise<FileAnalysis> => pool.analyze(file, text, issues);
  let done = 0;
  try {
    // Every file is queued at once; the pool keeps its workers busy and the order does not
    // matter (the corpus sorts its files).
    await Promise.all(files.map(async (file) => {
      corpus.set(await analyzeArticle(folder, file, maxFileMb * 1048576, analyze));
      if (showProgress && ++done % 100 === 0) process.stderr.write(`corpus-lens: analysed ${done}/${files.length} files (${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
    }));
  } finally {
    await pool.close();
  }
  const analysis = corpus.analysis();
  for (const issue of analysis.issues) process.stderr.write(`corpus-lens: ${issue.file}: ${issue.message}\n`);
  process.stdout.write(json ? JSON.stringify(analysis, null, 2) + '\n' : formatSummary(analysis));
  return 0;
}

function usage(message: string): number {
  process.stderr.write(`corpus-lens: ${message}\n${USAGE}\n`);
  return 2;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`corpus-lens: unexpected failure: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exitCode = 1;
  },
);
