// Word-level helpers shared by the claim readers and comparers: a light English stemmer, an
// Indonesian root finder, translation of Indonesian words into English stems, spelling-based
// matching of loanwords, and phrase lookup over token words.
import { ID_EN_GLOSSARY, ID_EN_PHRASES } from '../lexicon';
import type { Language } from '../model';

/** A light English stemmer: enough to compare "changed" with "change" and "localizing" with
 * "localize". Both sides of a comparison go through it, so consistency matters, not linguistics. */
export function stem(word: string): string {
  let w = word.toLowerCase().replace(/['’]s$/, '').replace(/['’]/g, '');
  if (w.length <= 3) return w;
  w = w.replace(/isation$/, 'ization').replace(/ise(d|s)?$/, 'ize$1').replace(/ising$/, 'izing').replace(/our$/, 'or');
  if (w.endsWith('ies') && w.length > 4) w = w.slice(0, -3) + 'y';
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) w = w.slice(0, -1);
  for (const suffix of ['ingly', 'edly', 'ing', 'ed', 'ly']) {
    if (w.endsWith(suffix) && w.length - suffix.length >= 3) {
      w = w.slice(0, -suffix.length);
      break;
    }
  }
  if (/([bdfgklmnprt])\1$/.test(w)) w = w.slice(0, -1);
  if (w.endsWith('e') && w.length > 3) w = w.slice(0, -1);
  if (w.endsWith('y') && w.length > 3) w = w.slice(0, -1) + 'i';
  return w;
}

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
export function glossIndonesian(word: string): readonly string[] | undefined {
  const direct = ID_EN_GLOSSARY.get(word);
  if (direct) return direct;
  for (const root of indonesianRoots(word)) {
    const found = ID_EN_GLOSSARY.get(root);
    if (found) return found;
  }
  return undefined;
}

/** A spelling skeleton for matching loanwords across English and Indonesian ("industri" ~
 * "industry", "teknologi" ~ "technology", "kolaborasi" ~ "collaboration"). */
export function cognateKey(word: string): string | undefined {
  if (word.length < 5 || !/^\p{L}+$/u.test(word)) return undefined;
  const skeleton = word.toLowerCase().replace(/ch/g, 'c').replace(/ph/g, 'f').replace(/k/g, 'c').replace(/q/g, 'c')
    .replace(/y/g, 'i').replace(/x/g, 'cs').replace(/(.)\1/g, '$1');
  return skeleton.slice(0, Math.min(6, skeleton.length));
}

/** What a word may mean, as English stems: its own stem for English, the stems of its
 * translations for Indonesian (or its own stem when unknown). */
export function senses(word: string, language: Language): string[] {
  const w = word.toLowerCase();
  if (language !== 'id') return [stem(w)];
  const english = glossIndonesian(w);
  // An unknown word is usually a name or a loanword: stemmed like English, so "Qinghe" matches.
  return english ? english.map(stem) : [stem(w)];
}

/** Whether an Indonesian word has a known English rendering. */
export const isKnownIndonesian = (word: string): boolean => glossIndonesian(word.toLowerCase()) !== undefined;

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

/** Looks phrases of one, two or more words up in a map keyed by space-joined lower-case
 * words, longest first. */
export class PhraseIndex<V> {
  /** The most words of a phrase starting with each word: most words start none, and are passed
   * over without building any candidate phrase (this runs at every word of every document). */
  private readonly longestFrom = new Map<string, number>();
  constructor(private readonly map: ReadonlyMap<string, V>) {
    for (const key of map.keys()) {
      const words = key.split(' ');
      this.longestFrom.set(words[0], Math.max(this.longestFrom.get(words[0]) ?? 1, words.length));
    }
  }

  /** The longest phrase starting at words[i] (not running past `end`), as [value, word count]. */
  at(words: readonly string[], i: number, end = words.length): [V, number] | undefined {
    const longest = this.longestFrom.get(words[i]);
    if (longest === undefined) return undefined;
    for (let n = Math.min(longest, end - i); n >= 1; n--) {
      const value = this.map.get(n === 1 ? words[i] : words.slice(i, i + n).join(' '));
      if (value !== undefined) return [value, n];
    }
    return undefined;
  }
}

/** A PhraseIndex over a plain list of phrases. */
export const phraseSet = (list: Iterable<string>): PhraseIndex<true> => new PhraseIndex(new Map([...list].map((p) => [p, true as const])));
