// Word-level helpers shared by the claim readers and comparers: a light English stemmer, an
// Indonesian root finder, translation of Indonesian words into English stems, spelling-based
// matching of loanwords, and phrase lookup over token words.
import { ID_EN_GLOSSARY, ID_EN_PHRASES } from '../lexicon';
import type { Language } from '../model';
import { hasLetterOrDigit } from '../tokenWords';

/** A light English stemmer: enough to compare "changed" with "change" and "localizing" with
 * "localize". Both sides of a comparison go through it, so consistency matters, not linguistics. */
export function stem(word: string): string {
  let w = word.toLowerCase();
  if (w.endsWith("'s") || w.endsWith('’s')) w = w.slice(0, -2);
  if (w.includes("'") || w.includes('’')) w = w.replace(/['’]/g, '');
  if (w.length <= 3) return w;
  // British and American spellings alike: "organisation" ~ "organization", "colour" ~ "color".
  if (w.endsWith('isation')) w = w.slice(0, -7) + 'ization';
  else if (w.endsWith('ise') || w.endsWith('ised') || w.endsWith('ises') || w.endsWith('ising')) w = w.replace(/is(e|ed|es|ing)$/, 'iz$1');
  if (w.endsWith('our')) w = w.slice(0, -3) + 'or';
  if (w.endsWith('ies') && w.length > 4) w = w.slice(0, -3) + 'y';
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) w = w.slice(0, -1);
  for (const suffix of SUFFIXES) {
    if (w.endsWith(suffix) && w.length - suffix.length >= 3) {
      w = w.slice(0, -suffix.length);
      break;
    }
  }
  const last = w[w.length - 1];
  if (last === w[w.length - 2] && 'bdfgklmnprt'.includes(last)) w = w.slice(0, -1);
  if (w.endsWith('e') && w.length > 3) w = w.slice(0, -1);
  if (w.endsWith('y') && w.length > 3) w = w.slice(0, -1) + 'i';
  return w;
}

const SUFFIXES = ['ingly', 'edly', 'ing', 'ed', 'ly'];

/** Candidate roots of an Indonesian word: the word, without its particles and suffixes, and
 * without its prefixes with the nasal sound restored ("memangkas" → "pangkas"). */
export function indonesianRoots(word: string): string[] {
  const roots = new Set<string>([word]);
  const add = (w: string): void => {
    if (w.length >= 3) roots.add(w);
  };
  let base = word.replace(/(nya|lah|kah|pun)$/, '');
  add(base);
  for (const suffix of ['kan', 'an', 'i']) if (base.endsWith(suffix) && base.length - suffix.length >= 4) add(base.slice(0, -suffix.length));
  for (const w of [...roots]) {
    const m = /^(meng|meny|mem|men|me|peng|peny|pem|pen|pe|ber|be|ter|di|ke|se|per)(.+)$/.exec(w);
    if (!m) continue;
    const [, prefix, rest] = m;
    add(rest);
    if (/^[aiueo]/.test(rest)) {
      if (prefix === 'meng' || prefix === 'peng') add('k' + rest);
      if (prefix === 'meny' || prefix === 'peny') add('s' + rest);
      if (prefix === 'mem' || prefix === 'pem') add('p' + rest);
      if (prefix === 'men' || prefix === 'pen') add('t' + rest);
    }
    // A second layer: "berkelanjutan" → "kelanjutan" → "lanjut".
    const inner = /^(ke|per|pe)(.+)$/.exec(rest);
    if (inner) add(inner[2]);
    base = rest;
  }
  for (const w of [...roots]) for (const suffix of ['kan', 'an', 'i']) if (w.endsWith(suffix) && w.length - suffix.length >= 4) add(w.slice(0, -suffix.length));
  return [...roots];
}

/** The English words an Indonesian word may be rendered as, or undefined when it is unknown. */
function glossIndonesian(word: string): readonly string[] | undefined {
  const direct = ID_EN_GLOSSARY.get(word);
  if (direct) return direct;
  for (const root of indonesianRoots(word)) {
    const found = ID_EN_GLOSSARY.get(root);
    if (found) return found;
  }
  return undefined;
}

/** A spelling skeleton for matching loanwords across English and Indonesian ("industri" ~
 * "industry", "teknologi" ~ "technology", "kolaborasi" ~ "collaboration"): the first six letters
 * with k and q read as c, y as i, an h after c or p dropped and doubled letters single. */
export function cognateKey(word: string): string | undefined {
  if (word.length < 5) return undefined;
  let key = '';
  let previous = '';
  const w = word.toLowerCase();
  for (let i = 0; i < w.length && key.length < 6; i++) {
    let c = w[i];
    if (c < 'a' || c > 'z') return undefined;
    if ((c === 'h' && (previous === 'c' || previous === 'p')) || c === previous) continue;
    if (c === 'k' || c === 'q') c = 'c';
    else if (c === 'y') c = 'i';
    else if (c === 'x') c = 'cs';
    key += c;
    previous = w[i];
  }
  return key;
}

/** What a word may mean, as English stems: its own stem for English, the stems of its
 * translations for Indonesian (or its own stem when unknown). */
/** Indonesian words recur across a corpus (Zipf): their senses (root search, glossary) are
 * worked out once. */
const MEMO_LIMIT = 100_000;
const sensesMemo = new Map<string, string[]>();

export function senses(word: string, language: Language): string[] {
  const w = word.toLowerCase();
  if (language !== 'id') return [stem(w)];
  let found = sensesMemo.get(w);
  if (found === undefined) {
    if (sensesMemo.size > MEMO_LIMIT) sensesMemo.clear();
    const english = glossIndonesian(w);
    // An unknown word is usually a name or a loanword: stemmed like English, so "Qinghe" matches.
    sensesMemo.set(w, (found = english ? english.map(stem) : [stem(w)]));
  }
  return found;
}

/** Joins known Indonesian multi-word expressions ("tepat waktu" → "timely") into one English word. */
export function joinIndonesianPhrases(words: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const pair = i + 1 < words.length ? `${words[i]} ${words[i + 1]}` : '';
    const phrase = pair && ID_EN_PHRASES.get(pair);
    if (phrase) {
      out.push(phrase.replace(/\s+/g, '-'));
      i++;
    } else {
      out.push(words[i]);
    }
  }
  return out;
}

/** The words of a text: runs of letters and digits, joined over a hyphen, an apostrophe, a dot or
 * a comma between two of them ("co-founder", "don't", "3.500"). Scanned by hand: the regex
 * saying the same ([\p{L}\p{N}]+ runs joined by [-'’.,], global and Unicode) costs several times more. */
export function wordsIn(text: string): string[] {
  const words: string[] = [];
  let i = 0;
  while (i < text.length) {
    let n = letterOrDigitAt(text, i);
    if (n === 0) {
      i++;
      continue;
    }
    const start = i;
    for (;;) {
      while (n > 0) {
        i += n;
        n = letterOrDigitAt(text, i);
      }
      if (!WORD_JOINERS.has(text[i]) || letterOrDigitAt(text, i + 1) === 0) break;
      n = letterOrDigitAt(text, i + 1);
      i++;
    }
    words.push(text.slice(start, i));
  }
  return words;
}

const WORD_JOINERS = new Set(['-', "'", '’', '.', ',']);

/** The length (1, or 2 for a surrogate pair) of the letter or digit at text[i], or 0 when there is none. */
function letterOrDigitAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) ? 1 : 0;
  if (Number.isNaN(code)) return 0;
  const pair = code >= 0xd800 && code <= 0xdbff && text.charCodeAt(i + 1) >= 0xdc00 && text.charCodeAt(i + 1) <= 0xdfff;
  const n = pair ? 2 : 1;
  return hasLetterOrDigit(text.slice(i, i + n)) ? n : 0;
}

/** Looks phrases of one, two or more words up in a map keyed by space-joined lower-case
 * words, longest first. */
export class PhraseIndex<V> {
  /** Every phrase's first words (one, two, …): a lookup grows its key a word at a time and
   * stops as soon as no phrase starts so, which for most words is at once. */
  private readonly prefixes = new Set<string>();
  constructor(private readonly map: ReadonlyMap<string, V>) {
    for (const key of map.keys()) {
      for (let space = key.indexOf(' '); space > 0; space = key.indexOf(' ', space + 1)) this.prefixes.add(key.slice(0, space));
      this.prefixes.add(key);
    }
  }

  /** The longest phrase starting at words[i] (not running past `end`), as [value, word count]. */
  at(words: readonly string[], i: number, end = words.length): [V, number] | undefined {
    let key = words[i];
    let found: [V, number] | undefined;
    for (let n = 1; i + n <= end && this.prefixes.has(key); n++) {
      const value = this.map.get(key);
      if (value !== undefined) found = [value, n];
      key += ' ' + words[i + n];
    }
    return found;
  }
}
