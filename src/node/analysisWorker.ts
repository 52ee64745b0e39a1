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

/** Each analysis comes back packed (indexCache.packAnalysis): one string crosses the thread
 * boundary faster than a graph of objects, and the receiver parses only what it reads. */
export type AnalysisResult = { packed: string } | { error: string };

export interface AnalysisReply {
  id: number;
  /** One per file of the request, in its order. */
  results: AnalysisResult[];
}

const failure = (error: unknown): AnalysisResult => ({ error: error instanceof Error ? error.stack ?? error.message : String(error) });

function analyze(files: FileToAnalyze[]): AnalysisResult[] {
  try {
    return analyzeFiles(files).map((analysis) => ({ packed: packAnalysis(analysis) }));
  } catch (error) {
    if (files.length === 1) return [failure(error)];
    // One file's failure must not take the others with it: analyse them one by one.
    return files.map(({ file, text, issues }) => {
      try {
        return { packed: packAnalysis(analyzeFile(file, text, issues)) };
      } catch (error) {
        return failure(error);
      }
    });
  }
}

parentPort?.on('message', (request: AnalysisRequest) => {
  const reply: AnalysisReply = { id: request.id, results: analyze(request.files) };
  parentPort!.postMessage(reply);
});
