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

/** What the model's tagger loader returns (internal to wink, so not in its type declarations):
 * the tagging passes are `machines`, applied in order. */
export interface TaggerModel {
  machines: unknown[];
}

/** The model with the first of its two contextual tagging passes only. The second changes about
 * 1% of the tags (mostly ADJ → ADV and "that" as a pronoun), none that the rules read: every
 * analysis of the seeds and polnear-dev is byte-identical without it, and the analysis runs a
 * tenth faster (bench/README.md). */
function withFirstTaggingPass(model: typeof WinkModel): typeof WinkModel {
  const loadTagger = model.pos as () => TaggerModel;
  return { ...model, pos: (): TaggerModel => {
    const tagger = loadTagger();
    return { ...tagger, machines: tagger.machines.slice(0, 1) };
  } };
}

export function nlp(): WinkNlp {
  // Required here, not imported at the top: an import would load the model with the module.
  instance ??= winkNLP(withFirstTaggingPass(require('wink-eng-lite-web-model') as typeof WinkModel), PIPELINE);
  return instance;
}
