// Where per-file analysis runs. The editor asks for one file at a time and may cancel; the
// implementation decides where the work happens. One implementation per place: in-process
// (below) until the worker pool (src/node/workerPool.ts) is available, then worker threads.
import type * as vscode from 'vscode';
import { analyzeFile } from '../core/analyzeFile';
import type { FileAnalysis, FileIssue } from '../core/model';

export interface FileAnalyzer {
  /** How many files it usefully analyses at once. */
  readonly concurrency: number;
  /** Resolves with the analysis, or rejects with a CancelledError once `token` is cancelled. */
  analyze(file: string, text: string, issues: FileIssue[], token: vscode.CancellationToken): Promise<FileAnalysis>;
  dispose(): void;
}

export class CancelledError extends Error {
  constructor() {
    super('cancelled');
    this.name = 'CancelledError';
  }
}

/** Runs the analysis on the extension host's own thread, one file per macrotask so that the host
 * answers other requests between files. */
export class InProcessAnalyzer implements FileAnalyzer {
  readonly concurrency = 1;

  analyze(file: string, text: string, issues: FileIssue[], token: vscode.CancellationToken): Promise<FileAnalysis> {
    return new Promise((resolve, reject) => {
      setImmediate(() => {
        if (token.isCancellationRequested) reject(new CancelledError());
        else {
          try {
            resolve(analyzeFile(file, text, issues));
          } catch (error) {
            reject(error);
          }
        }
      });
    });
  }

  dispose(): void {
    // Nothing is held between files.
  }
}
