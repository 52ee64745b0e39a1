// The worker thread's side of the analysis pool (bundled as dist/worker.js): analyses one file
// per message and posts the result back. It holds nothing between files but wink's model.
import { parentPort } from 'node:worker_threads';
import { analyzeFile } from '../core/analyzeFile';
import { packAnalysis } from '../core/indexCache';
import type { FileIssue } from '../core/model';

export interface AnalysisRequest {
  id: number;
  file: string;
  text: string;
  issues: FileIssue[];
}

/** The analysis comes back packed (indexCache.packAnalysis): one string crosses the thread
 * boundary faster than a graph of objects, and the receiver parses only what it reads. */
export type AnalysisReply = { id: number; packed: string } | { id: number; error: string };

parentPort?.on('message', (request: AnalysisRequest) => {
  let reply: AnalysisReply;
  try {
    reply = { id: request.id, packed: packAnalysis(analyzeFile(request.file, request.text, request.issues)) };
  } catch (error) {
    reply = { id: request.id, error: error instanceof Error ? error.stack ?? error.message : String(error) };
  }
  parentPort!.postMessage(reply);
});
