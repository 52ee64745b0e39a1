// Language identification by function words: news text is long enough that the share of a
// language's most frequent words tells English from Indonesian reliably, and it costs one pass.
import type { Language } from './model';
import { FUNCTION_WORDS } from './lexicon';
import { lowerCase } from './tokenWords';

interface HasText {
  text: string;
}

/** The language whose function words make up the largest share of the words, if that share
 * is large enough to be a language at all; otherwise 'other'. */
export function detectLanguage(tokens: readonly HasText[]): Language {
  const counts: Record<'en' | 'id', number> = { en: 0, id: 0 };
  let words = 0;
  for (const token of tokens) {
    if (!startsWithLetter(token.text)) continue;
    words++;
    const word = lowerCase(token.text);
    if (FUNCTION_WORDS.en.has(word)) counts.en++;
    if (FUNCTION_WORDS.id.has(word)) counts.id++;
  }
  if (words === 0) return 'other';
  const best: 'en' | 'id' = counts.id > counts.en ? 'id' : 'en';
  return counts[best] / words >= 0.08 ? best : 'other';
}

/** Whether a token starts with a letter; ASCII is answered without a regex (this runs for every
 * token of every document). */
function startsWithLetter(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return /^\p{L}/u.test(text);
}
