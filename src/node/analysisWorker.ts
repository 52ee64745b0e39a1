// The worker thread's side of the analysis pool (bundled as dist/worker.js): analyses the files
// of each message together and posts their results back. It holds nothing between messages but
// wink's model.
import { parentPort } from 'node:worker_threads';
import { analyzeFile, analyzeFiles, type FileToAnalyze } from '../core/analyzeFile';
import { packAnalysis } from '../core/indexCache';

export interface AnalysisRequest {
  id: number;
  files: FileToAnalyze[];
}

export interface AnalysisReply {
  id: number;
  /** The files' analyses, packed (indexCache.packAnalysis), in the request's order, one a line
   * (a packed analysis never holds a line break); an empty line for a file that failed. One
   * string crosses the thread boundary faster than a graph of objects, the receiver parses only
   * what it reads, and a string this large lives in the receiver's large-object space, where
   * the garbage collector never copies it (each analysis is a slice of it). */
  packed: string;
  /** Per file: why its analysis failed, or null. */
  errors: Array<string | null>;
}

const failure = (error: unknown): string => error instanceof Error ? error.stack ?? error.message : String(error);

function analyze(request: AnalysisRequest): AnalysisReply {
  const { id, files } = request;
  try {
    return { id, packed: analyzeFiles(files).map(packAnalysis).join('\n'), errors: files.map(() => null) };
  } catch (error) {
    if (files.length === 1) return { id, packed: '', errors: [failure(error)] };
  }
  // One file's failure must not take the others with it: analyse them one by one.
  const packed: string[] = [];
  const errors = files.map(({ file, text, issues }) => {
    try {
      packed.push(packAnalysis(analyzeFile(file, text, issues)));
      return null;
    } catch (error) {
      packed.push('');
      return failure(error);
    }
  });
  return { id, packed: packed.join('\n'), errors };
}

parentPort?.on('message', (request: AnalysisRequest) => parentPort!.postMessage(analyze(request)));
