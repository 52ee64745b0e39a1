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
   * the garbage collector never copies it (each analysis is a slice of it). One byte a
   * character (see oneBytePerCharacter). */
  packed: string;
  /** Per file: why its analysis failed, or null. */
  errors: Array<string | null>;
}

const failure = (error: unknown): string => error instanceof Error ? error.stack ?? error.message : String(error);

/** The batch's packed analyses, one a line, and per file why it failed (or null). */
function analyze(files: FileToAnalyze[]): { packed: string; errors: Array<string | null> } {
  try {
    return { packed: analyzeFiles(files).map(packAnalysis).join('\n'), errors: files.map(() => null) };
  } catch (error) {
    if (files.length === 1) return { packed: '', errors: [failure(error)] };
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
  return { packed: packed.join('\n'), errors };
}

/** The same all-ASCII text held at one byte a character. Packed analyses are all ASCII, but
 * built from slices of a text with a character beyond Latin-1 (a curly quote) V8 keeps them at
 * two bytes a character, and the editor would hold them so for the corpus's life: a third more
 * memory for 10,000 articles. */
const oneBytePerCharacter = (ascii: string): string => Buffer.from(ascii, 'latin1').toString('latin1');

parentPort?.on('message', ({ id, files }: AnalysisRequest) => {
  const { packed, errors } = analyze(files);
  const reply: AnalysisReply = { id, packed: oneBytePerCharacter(packed), errors };
  parentPort!.postMessage(reply);
});
