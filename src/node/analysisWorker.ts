// The worker thread's side of the analysis pool (bundled as dist/worker.js): analyses one file
// per message and posts the result back. It holds nothing between files but wink's model.
import { parentPort } from 'node:worker_threads';
import { analyzeFile } from '../core/analyzeFile';
import type { FileAnalysis, FileIssue } from '../core/model';

export interface AnalysisRequest {
  id: number;
  file: string;
  text: string;
  issues: FileIssue[];
}

export type AnalysisReply = { id: number; analysis: FileAnalysis } | { id: number; error: string };

parentPort?.on('message', (request: AnalysisRequest) => {
  let reply: AnalysisReply;
  try {
    reply = { id: request.id, analysis: analyzeFile(request.file, request.text, request.issues) };
  } catch (error) {
    reply = { id: request.id, error: error instanceof Error ? error.stack ?? error.message : String(error) };
  }
  parentPort!.postMessage(reply);
});
