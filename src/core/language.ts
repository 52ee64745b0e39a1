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
  let en = 0;
  let id = 0;
  let words = 0;
  for (const token of tokens) {
    if (!startsWithLetter(token.text)) continue;
    words++;
    const languages = FUNCTION_WORD_LANGUAGES.get(lowerCase(token.text));
    if (languages === undefined) continue;
    if (languages & EN) en++;
    if (languages & ID) id++;
  }
  if (words === 0) return 'other';
  const [best, count]: ['en' | 'id', number] = id > en ? ['id', id] : ['en', en];
  return count / words >= 0.08 ? best : 'other';
}

const EN = 1;
const ID = 2;
/** Each function word with the languages it belongs to: one lookup per word instead of one per language. */
const FUNCTION_WORD_LANGUAGES = new Map<string, number>();
for (const word of FUNCTION_WORDS.en) FUNCTION_WORD_LANGUAGES.set(word, EN);
for (const word of FUNCTION_WORDS.id) FUNCTION_WORD_LANGUAGES.set(word, (FUNCTION_WORD_LANGUAGES.get(word) ?? 0) | ID);

/** Whether a token starts with a letter; ASCII is answered without a regex (this runs for every
 * token of every document). */
function startsWithLetter(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return /^\p{L}/u.test(text);
}
