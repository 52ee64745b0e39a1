// Quote claims: what a speaker is quoted as saying, word for word. Two articles that quote the
// same line of one speaker (most of its words agree) but word it differently disagree on the
// quote: "cut … by a third" vs "halve". Within one language every substituted word counts; across
// languages (a translated quote) only what translation cannot explain does: different numbers,
// a negation on one side only.
import { FRACTION_WORDS, FUNCTION_WORDS, NEGATION_WORDS, NUMBER_WORDS } from '../lexicon';
import type { ClaimRecord, Language, Span } from '../model';
import type { ClaimContext } from './context';
import { makeClaim } from './context';
import { cognateKey, joinIndonesianPhrases, senses, wordsIn } from './words';
import { parseDigits } from './numbers';

/** Every direct quote, with its speaker when known, and every other stretch of four words or
 * more inside quotation marks (a partial quote inside reported speech, a quote whose speaker was
 * missed): any of them can be matched with its other renderings. */
export function findQuoteClaims(ctx: ClaimContext): ClaimRecord[] {
  const direct = ctx.passages.filter((p) => p.kind === 'direct');
  // The value is the quote's keys (prepareQuote), so that finding which quotes to compare
  // costs no reading at link time.
  const claim = (span: Span, speaker: number): ClaimRecord =>
    makeClaim(ctx, 'quote', span, speaker, quoteKeys(ctx.doc.text.slice(span.start, span.end), ctx.doc.language).join(' '), { topic: 'quote' });
  const claims = direct.map((p) => claim(p, p.speakers[0] ?? -1));
  for (const span of quotedStretches(ctx.doc.text, ctx.doc.paragraphs)) {
    if (direct.some((p) => p.start < span.end && span.start < p.end)) continue;
    if (ctx.doc.text.slice(span.start, span.end).split(/\s+/).length < 4) continue;
    const around = ctx.passages.find((p) => p.start <= span.start && span.end <= p.end);
    claims.push(claim(span, around?.speakers[0] ?? -1));
  }
  return claims;
}

const CLOSING: Record<string, string> = { '“': '”', '"': '"', '«': '»', '„': '“' };
const OPENING = /[“"«„]/g;

/** The stretches between quotation marks in each paragraph, without the marks and outer spaces. */
function quotedStretches(text: string, paragraphs: readonly Span[]): Span[] {
  const found: Span[] = [];
  // Every opening mark of the text, found in one pass: most paragraphs have none.
  const openings: number[] = [];
  OPENING.lastIndex = 0;
  for (let m = OPENING.exec(text); m; m = OPENING.exec(text)) openings.push(m.index);
  let next = 0;
  for (const paragraph of paragraphs) {
    let from = paragraph.start;
    for (;;) {
      while (next < openings.length && openings[next] < from) next++;
      const opening = openings[next];
      if (opening === undefined || opening >= paragraph.end) break;
      const end = text.indexOf(CLOSING[text[opening]], opening + 1);
      if (end < 0 || end > paragraph.end) break;
      let start = opening + 1;
      let stop = end;
      while (start < stop && /\s/.test(text[start])) start++;
      while (stop > start && /\s/.test(text[stop - 1])) stop--;
      if (stop > start) found.push({ start, end: stop });
      from = end + 1;
    }
  }
  return found;
}

/** A quote read for comparing: its words, and every sense, spelling and number among them.
 * Only quotes that share several keys (quoteKeys) are read so. */
export interface PreparedQuote extends WordBag {
  language: Language;
  words: QuoteWord[];
}

/** Every sense, loanword spelling and number of a quote's words, for matching words against it. */
interface WordBag {
  senses: Set<string>;
  cognates: Set<string>;
  numbers: Set<number>;
}

export function prepareQuote(text: string, language: Language): PreparedQuote {
  const words = quoteWords(text, language);
  const bag: WordBag = { senses: new Set(), cognates: new Set(), numbers: new Set() };
  for (const w of words) {
    for (const sense of w.senses) bag.senses.add(sense);
    if (w.cognate) bag.cognates.add(w.cognate);
    if (w.number !== undefined) bag.numbers.add(w.number);
  }
  return { language, words, ...bag };
}

/** The keys of a quote's content words (English stems, loanword spellings, numbers), read
 * without the rest of prepareQuote: every quote of every article gets them. */
function quoteKeys(text: string, language: Language): string[] {
  const keys = new Set<string>();
  for (const word of wordsIn(text.toLowerCase())) for (const key of wordKeys(word, language)) keys.add(key);
  return keys.size <= MAX_KEYS ? [...keys] : longestKeys(keys);
}

/** The longest MAX_KEYS keys, longest first and in the order found among keys of one length (a
 * stable sort by length, without sorting): the longest keys are the rarest, and a few of them
 * are enough to find a quote's other renderings. */
function longestKeys(keys: Iterable<string>): string[] {
  const byLength: string[][] = [];
  for (const key of keys) (byLength[key.length] ??= []).push(key);
  const longest: string[] = [];
  for (let length = byLength.length - 1; length >= 0 && longest.length < MAX_KEYS; length--) {
    for (const key of byLength[length] ?? []) {
      if (longest.length === MAX_KEYS) break;
      longest.push(key);
    }
  }
  return longest;
}

/** Words recur across quotes and articles (Zipf): each one's keys are worked out once a language. */
const wordKeysMemo: Record<Language, Map<string, readonly string[]>> = { en: new Map(), id: new Map(), other: new Map() };
const MEMO_LIMIT = 100_000;

/** The keys one quote word gives: its number, or its senses and loanword spelling when it is a
 * content word. */
function wordKeys(word: string, language: Language): readonly string[] {
  const memo = wordKeysMemo[language];
  let keys = memo.get(word);
  if (keys === undefined) {
    if (memo.size > MEMO_LIMIT) memo.clear();
    memo.set(word, (keys = readWordKeys(word, language)));
  }
  return keys;
}

function readWordKeys(word: string, language: Language): readonly string[] {
  const c = word.charCodeAt(0);
  const number = c >= 48 && c <= 57 ? parseDigits(word, language) : NUMBER_WORDS.get(word) ?? FRACTION_WORDS.get(word);
  if (number !== undefined) return [`#${number}`];
  const functionWords = language === 'id' ? FUNCTION_WORDS.id : FUNCTION_WORDS.en;
  const base = word.includes("'") || word.includes('’') ? word.replace(/['’](s|re|ll|ve|d|m|t)$/, '') : word;
  if (word.length < 3 || MINOR_WORDS.has(base) || functionWords.has(base)) return [];
  const cognate = cognateKey(word);
  return cognate ? [...senses(word, language), `~${cognate}`] : senses(word, language);
}

const MAX_KEYS = 24;

interface QuoteWord {
  text: string;
  senses: ReadonlySet<string>;
  cognate?: string;
  number?: number;
  content: boolean;
  negation: boolean;
}

/** Pronouns, auxiliaries and other words whose change does not change what was said. */
const MINOR_WORDS = new Set(`i me my we us our you your he him his she her it its they them their this that these those
  there here so just very really also then now can could will would shall should may might must do does did is are was
  were be been being am have has had get got let a an some any each every all both no if because while when where how what
  why who whom which than as into onto over under about between against without within through during before after since
  until upon across around out up down off on in at of to for with by from one ones own same such only even still again
  kami kita saya aku kamu anda dia ia mereka ini itu bisa dapat akan sudah telah harus sedang adalah ya pun lah
  hingga sampai sejak tentang seperti agar jika kalau namun tetapi tapi serta atau saja sangat lebih paling hanya
  masih juga bagi oleh dalam`.split(/\s+/));

function quoteWords(text: string, language: Language): QuoteWord[] {
  let raw = wordsIn(text.toLowerCase());
  if (language === 'id') raw = joinIndonesianPhrases(raw);
  const functionWords = language === 'id' ? FUNCTION_WORDS.id : FUNCTION_WORDS.en;
  return raw.map((word) => {
    const number = /^\d/.test(word) ? parseDigits(word, language) : NUMBER_WORDS.get(word) ?? FRACTION_WORDS.get(word);
    const negation = NEGATION_WORDS.has(word) || word.endsWith("n't");
    const base = word.replace(/['’](s|re|ll|ve|d|m|t)$/, '');
    const minor = number === undefined && (MINOR_WORDS.has(base) || functionWords.has(base) || word.length < 2);
    // Minor words are not compared, but may match a content word of the other rendering
    // ("tahun" for "years"); only content words are matched by spelling.
    return { text: word, senses: new Set(senses(word, language)), cognate: minor ? undefined : cognateKey(word), number, content: !minor, negation };
  });
}

/** A quote's unmatched content words before, inside and after the stretch that matches the
 * other quote, and the negations inside that stretch. */
function parts(words: QuoteWord[], matched: boolean[]): { lead: QuoteWord[]; inner: QuoteWord[]; trail: QuoteWord[]; negations: number } {
  const anchors = words.map((w, i) => (w.content && matched[i] ? i : -1)).filter((i) => i >= 0);
  const first = anchors[0];
  const last = anchors[anchors.length - 1];
  const unmatched = (from: number, to: number): QuoteWord[] => words.slice(from, to).filter((w, i) => w.content && !w.negation && !matched[from + i]);
  return {
    lead: unmatched(0, first),
    inner: unmatched(first, last + 1),
    trail: unmatched(last + 1, words.length),
    negations: words.slice(first, last + 1).filter((w) => w.negation).length,
  };
}

interface QuoteDifference {
  /** The words of each rendering that the other does not have. */
  onlyA: string[];
  onlyB: string[];
  confidence: number;
  reason: string;
}

interface QuoteComparison {
  /** Whether the two are renderings of one quote at all. */
  same: boolean;
  difference?: QuoteDifference;
}

/** The most words of a short line that are read as one quote with two content words in common. */
const SHORT_LINE_WORDS = 10;

/** How many words two quotes have in the same order (the longest common subsequence). */
function wordsInOrder(a: readonly QuoteWord[], b: readonly QuoteWord[]): number {
  let previous = new Array<number>(b.length + 1).fill(0);
  for (const wa of a) {
    const row = [0];
    for (let j = 0; j < b.length; j++) row.push(wa.text === b[j].text ? previous[j] + 1 : Math.max(previous[j + 1], row[j]));
    previous = row;
  }
  return previous[b.length];
}

/** Compares two quotes of one speaker. */
export function compareQuotes(a: PreparedQuote, b: PreparedQuote): QuoteComparison {
  const crossLanguage = a.language !== b.language;
  const wa = a.words;
  const wb = b.words;
  const matches = (w: QuoteWord, other: WordBag): boolean =>
    (w.number !== undefined ? other.numbers.has(w.number) : false) || [...w.senses].some((s) => other.senses.has(s)) ||
    (crossLanguage && w.cognate !== undefined && other.cognates.has(w.cognate));
  const matchedA = wa.map((w) => matches(w, b));
  const matchedB = wb.map((w) => matches(w, a));
  const contentA = wa.filter((w) => w.content).length;
  const contentB = wb.filter((w) => w.content).length;
  const agreeing = wa.filter((w, i) => w.content && matchedA[i]).length;
  // A short line with two content words in common is one quote when nearly all its words, minor
  // ones too, come in the same order ("They knew the valve was failing" / "… was broken").
  const longest = Math.max(wa.length, wb.length);
  const shortLine = agreeing === 2 && !crossLanguage && longest <= SHORT_LINE_WORDS && wordsInOrder(wa, wb) >= 0.75 * longest;
  if (agreeing < 3 && !shortLine || agreeing < 0.6 * Math.min(contentA, contentB)) return { same: false };

  // Compare only the stretch both quote, plus the ends where both go on differently: one article
  // may quote more of the line than the other, which is no disagreement.
  const a3 = parts(wa, matchedA);
  const b3 = parts(wb, matchedB);
  const inOrder = (words: QuoteWord[], list: QuoteWord[]): QuoteWord[] => list.sort((x, y) => words.indexOf(x) - words.indexOf(y));
  const onlyA = inOrder(wa, [...a3.inner, ...(b3.lead.length ? a3.lead : []), ...(b3.trail.length ? a3.trail : [])]);
  const onlyB = inOrder(wb, [...b3.inner, ...(a3.lead.length ? b3.lead : []), ...(a3.trail.length ? b3.trail : [])]);
  const negationsA = a3.negations;
  const negationsB = b3.negations;
  const numbersA = onlyA.filter((w) => w.number !== undefined);
  const numbersB = onlyB.filter((w) => w.number !== undefined);
  const texts = (words: QuoteWord[]): string[] => words.map((w) => w.text);

  // Renderings of one quote differ in a few words; two quotes that share some words differ in many.
  if ((onlyA.length + onlyB.length) / (contentA + contentB) > 0.4) return { same: false };
  if (numbersA.length && numbersB.length) {
    return { same: true, difference: { onlyA: texts(onlyA), onlyB: texts(onlyB), confidence: 0.8, reason: 'the quote gives different numbers' } };
  }
  if ((negationsA > 0) !== (negationsB > 0)) {
    return { same: true, difference: { onlyA: texts(onlyA), onlyB: texts(onlyB), confidence: 0.7, reason: 'the quote is negated in one rendering only' } };
  }
  if (!crossLanguage && onlyA.length && onlyB.length) {
    const share = (onlyA.length + onlyB.length) / (contentA + contentB);
    return {
      same: true,
      difference: { onlyA: texts(onlyA), onlyB: texts(onlyB), confidence: share > 0.25 ? 0.5 : 0.65, reason: 'the same quote is worded differently' },
    };
  }
  return { same: true };
}
