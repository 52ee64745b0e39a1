// The one wink-nlp instance. Loading the model takes ~100 ms and tens of MB, so it is loaded on
// first use and shared by every document in the process (or worker): the editor's own thread,
// which leaves analysis to worker threads, never loads it.
import winkNLP from 'wink-nlp';
import type WinkModel from 'wink-eng-lite-web-model';

type WinkNlp = ReturnType<typeof winkNLP>;
let instance: WinkNlp | undefined;

/** Only the annotation the analysis reads: part-of-speech tags. wink's named entities, negation
 * and sentiment would cost a third of its time and are not used, and its sentence boundaries
 * another fifth of what is left (sentences.ts finds them); the tokens and tags come out exactly
 * as with the full pipeline. */
const PIPELINE = ['pos'];

export function nlp(): WinkNlp {
  // Required here, not imported at the top: an import would load the model with the module.
  instance ??= winkNLP(require('wink-eng-lite-web-model') as typeof WinkModel, PIPELINE);
  return instance;
}
