// The one wink-nlp instance. Loading the model takes ~100 ms, so it is created on first use
// and shared by every document in the process (or worker).
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

type WinkNlp = ReturnType<typeof winkNLP>;
let instance: WinkNlp | undefined;

export function nlp(): WinkNlp {
  instance ??= winkNLP(model);
  return instance;
}
