// The one wink-nlp instance. Loading the model takes ~100 ms, so it is created on first use
// and shared by every document in the process (or worker).
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

type WinkNlp = ReturnType<typeof winkNLP>;
let instance: WinkNlp | undefined;

/** Only the annotations the analysis reads: sentence boundaries and part-of-speech tags. wink's
 * named entities, negation and sentiment would cost a third of its time and are not used; the
 * tokens, tags and sentences come out exactly as with the full pipeline. */
const PIPELINE = ['sbd', 'pos'];

export function nlp(): WinkNlp {
  instance ??= winkNLP(model, PIPELINE);
  return instance;
}
