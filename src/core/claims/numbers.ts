// Number claims: amounts of money, counts, durations, ages and vote tallies, each tied to what
// it measures ("a $40 million loan", "the two-day summit", "30 bus listrik", "Oyelaran, 68,",
// "voted 7–4"), so that two articles' numbers for the same thing can be compared.
import {
  APPROXIMATE_WORDS, CURRENCIES, DURATION_UNITS, MEASURED_NOUNS, NUMBER_WORDS, PERCENT_MEASURES, SCALE_WORDS,
} from '../lexicon';
import type { ClaimRecord, Language, MentionRecord, Span } from '../model';
import type { ClaimContext, ClaimSentence, Word } from './context';
import { CUE, addCueWords, clauseAround, makeClaim, mentionsIn, namesAround, posAt } from './context';
import { PhraseIndex, indonesianRoots, stem } from './words';

const MEASURED = new PhraseIndex(MEASURED_NOUNS);
const APPROXIMATE = new PhraseIndex(APPROXIMATE_WORDS);
const UNITS = new PhraseIndex(DURATION_UNITS);
const PERCENT_NOUNS = new PhraseIndex(PERCENT_MEASURES);
/** Classes whose numbers are amounts of money, never counts. */
const MONEY_CLASSES = new Set(['loan', 'fine', 'price', 'investment', 'fare', 'budget', 'cost', 'revenue', 'profit', 'loss', 'wage']);
/** Classes that are events or terms: they have durations, and are not counted. */
const EVENT_CLASSES = new Set(['gathering', 'visit', 'strike', 'trial', 'contract']);
/** Words for agreements that have a length ("a four-year deal"). */
const TERM_WORDS = new Set(['deal', 'agreement', 'perjanjian', 'kesepakatan']);
/** Classes of things that are counted ("600 jobs", "30 buses"). */
const COUNTABLE = new Set([...MEASURED_NOUNS.values()].filter((k) => !MONEY_CLASSES.has(k) && !EVENT_CLASSES.has(k) && k !== 'age' && k !== 'vote'));
/** Words beside a count that make it a different number from the total ("45 additional units",
 * "increased to 80 units"). */
const NOT_THE_TOTAL = new Set(['additional', 'another', 'extra', 'further', 'more', 'tambahan', 'lagi', 'menjadi', 'new', 'baru']);

type Bound = 'about' | 'min' | 'max';

const TALLY = /^\d+-\d+$/;

interface Amount {
  value: number;
  /** Word index after the amount. */
  next: number;
}

/** Reads a number written in digits (with the language's separators) or words, with a scale
 * word after it ("4.2 million", "40 juta", "dua puluh", "twenty-five"). */
export function readAmount(words: readonly Word[], i: number, language: Language): Amount | undefined {
  // The readers ask for the same amount in turn (money, duration, count): read it once.
  if (lastRead.words === words && lastRead.i === i) return lastRead.amount;
  const amount = readAmountUncached(words, i, language);
  lastRead = { words, i, amount };
  return amount;
}

let lastRead: { words: readonly Word[] | undefined; i: number; amount: Amount | undefined } = { words: undefined, i: -1, amount: undefined };

function readAmountUncached(words: readonly Word[], i: number, language: Language): Amount | undefined {
  const word = words[i]?.text;
  if (word === undefined) return undefined;
  let value: number | undefined;
  let next = i + 1;
  if (/^\d/.test(word)) {
    value = parseDigits(word, language);
  } else {
    const parsed = readNumberWords(words, i);
    if (parsed) ({ value, next } = parsed);
  }
  if (value === undefined || Number.isNaN(value)) return undefined;
  const scale = words[next] && SCALE_WORDS.get(words[next].text);
  if (scale && scale >= 1000) {
    value *= scale;
    next++;
  }
  return { value, next };
}

/** "12,000" and "3.2" in English, "12.000" and "3,5" in Indonesian. */
export function parseDigits(word: string, language: Language): number {
  if (!word.includes(',') && !word.includes('.')) return Number(word);
  const thousands = language === 'id' ? '.' : ',';
  const decimal = language === 'id' ? ',' : '.';
  const groups = word.split(thousands);
  const grouped = groups.length > 1 && groups.slice(1).every((g) => /^\d{3}/.test(g));
  const joinedDigits = grouped ? groups.join('') : word.split(thousands).join(decimal);
  return Number(joinedDigits.replace(decimal, '.'));
}

/** "twenty-five", "three hundred", "dua puluh lima", "delapan belas". */
function readNumberWords(words: readonly Word[], i: number): Amount | undefined {
  let total = 0;
  let current = 0;
  let next = i;
  let seen = false;
  while (next < words.length) {
    const parts = words[next].text.split('-');
    if (!parts.every((p) => NUMBER_WORDS.has(p) || SCALE_WORDS.has(p))) break;
    if (parts.every((p) => SCALE_WORDS.has(p)) && !seen) break;
    for (const p of parts) {
      const n = NUMBER_WORDS.get(p);
      const scale = SCALE_WORDS.get(p);
      if (n !== undefined && p !== 'se') current += n;
      else if (p === 'belas') current += 10;
      else if (scale !== undefined && scale < 1000) current = (current || 1) * scale;
      else if (scale !== undefined) {
        total += (current || 1) * scale;
        current = 0;
      }
    }
    seen = true;
    next++;
    // Stop after a scale of a million or more: "two million people" reads "two million".
    if ((SCALE_WORDS.get(words[next - 1].text) ?? 0) >= 1e6) break;
  }
  return seen ? { value: total + current, next } : undefined;
}

/** The approximation written before word i ("about", "more than", "sekitar"). */
function boundBefore(texts: readonly string[], i: number): [Bound, number] | undefined {
  for (let n = 3; n >= 1; n--) {
    if (i - n < 0) continue;
    const found = APPROXIMATE.at(texts, i - n, i);
    if (found && found[1] === n) return [found[0] as Bound, i - n];
  }
  return undefined;
}

const formatValue = (value: number, bound?: Bound): string =>
  `${bound === 'about' ? '~' : bound === 'min' ? '>' : bound === 'max' ? '<' : ''}${sixDigits(value)}`;

/** A number to six significant digits (an integer below a million has no more). */
const sixDigits = (value: number): number => (Number.isInteger(value) && Math.abs(value) < 1e6 ? value : Number(value.toPrecision(6)));

/** Reads a number claim's value: "~600", "40000000 USD", "2 day", "30|luncur" (a count with
 * the verb that governs it). */
export function parseValue(value: string): { value: number; bound?: Bound; unit: string; verb?: string } {
  const [number, verb] = value.split('|');
  const m = /^([~<>]?)(-?[\d.e+]+)\s*(.*)$/.exec(number);
  if (!m) return { value: NaN, unit: number, verb };
  const bound = m[1] === '~' ? 'about' : m[1] === '>' ? 'min' : m[1] === '<' ? 'max' : undefined;
  return { value: Number(m[2]), bound, unit: m[3], verb };
}

/** Whether two numbers (with their bounds) can both be true. */
export function numbersAgree(a: string, b: string): boolean {
  // Vote tallies ("7-4") agree only when equal.
  if (TALLY.test(a) || TALLY.test(b)) return a === b;
  if (a.split('|')[0] === b.split('|')[0]) return true;
  const x = parseValue(a);
  const y = parseValue(b);
  if (x.unit !== y.unit) return true; // different units or currencies: not comparable here
  const tolerance = (v: { bound?: Bound }): number => (v.bound === 'about' ? 0.04 : 0.001);
  const within = (p: number, q: number, t: number): boolean => Math.abs(p - q) <= t * Math.max(Math.abs(p), Math.abs(q));
  // Two floors ("at least 12 dead", "at least 15 dead") can both hold, but each is what its article
  // counted: a different count is news (a toll that rose, or a miscount).
  if (x.bound === y.bound && (x.bound === 'min' || x.bound === 'max')) return within(x.value, y.value, 0.001);
  if (x.bound === 'min' || y.bound === 'min') {
    const [bound, other] = x.bound === 'min' ? [x, y] : [y, x];
    return other.bound === 'max' ? other.value >= bound.value : other.value >= bound.value * 0.97;
  }
  if (x.bound === 'max' || y.bound === 'max') {
    const [bound, other] = x.bound === 'max' ? [x, y] : [y, x];
    return other.value <= bound.value * 1.03;
  }
  return within(x.value, y.value, Math.max(tolerance(x), tolerance(y)));
}

/** Whether two numbers are close enough to be two reports of one quantity: articles misreport
 * 600 as 650 or 310 as 340, while 14 and 400 of the same kind of thing are two quantities (and
 * percentages more than half as large again are two rates). */
export function sameMagnitude(a: string, b: string): boolean {
  if (TALLY.test(a) || TALLY.test(b)) return true;
  const x = parseValue(a);
  const y = parseValue(b);
  // Two reports of one rate differ by a little (4.8 and 5.1 percent); 51 and 150 percent are two rates.
  const factor = x.unit === '%' ? 1.5 : 3;
  return Math.max(Math.abs(x.value), Math.abs(y.value)) <= factor * Math.min(Math.abs(x.value), Math.abs(y.value));
}

// ---- reading numbers -------------------------------------------------------------------------

export function findNumberClaims(ctx: ClaimContext): ClaimRecord[] {
  const claims: ClaimRecord[] = [];
  for (const sentence of ctx.sentences) {
    if (!sentence.has(CUE.number)) continue;
    const { words } = sentence;
    for (let i = 0; i < words.length; i++) {
      if (!numberish(words[i].text)) continue;
      const claim = readTally(ctx, sentence, i) ?? readMoney(ctx, sentence, i) ?? readPercent(ctx, sentence, i) ?? readDuration(ctx, sentence, i)
        ?? readCount(ctx, sentence, i);
      if (claim) {
        claims.push(claim.record);
        i = Math.max(i, claim.lastWord);
      }
    }
  }
  claims.push(...findAges(ctx));
  return claims;
}

addCueWords(CUE.number, [...NUMBER_WORDS.keys(), ...CURRENCIES.keys()]);

/** Whether a number claim can start at this word: digits, a number word ("two", "two-day"), a
 * currency. */
function numberish(word: string): boolean {
  const c = word.charCodeAt(0);
  if ((c >= 48 && c <= 57) || NUMBER_WORDS.has(word) || CURRENCIES.has(word)) return true;
  if (word.length < 5) return false;
  const hyphen = word.indexOf('-');
  return hyphen > 0 && NUMBER_WORDS.has(word.slice(0, hyphen));
}

interface Read {
  record: ClaimRecord;
  lastWord: number;
}

const gapText = (ctx: ClaimContext, a: Word, b: Word): string => ctx.doc.text.slice(a.end, b.start);

/** "voted 7–4", "a 7-4 vote". */
function readTally(ctx: ClaimContext, sentence: ClaimSentence, i: number): Read | undefined {
  const { words } = sentence;
  const a = words[i];
  const b = words[i + 1];
  if (!b || !/^\d{1,3}$/.test(a.text) || !/^\d{1,3}$/.test(b.text) || !/^\s?[-–—]\s?$/.test(gapText(ctx, a, b))) return undefined;
  const near = words.slice(Math.max(0, i - 3), i + 4).map((w) => w.text);
  if (!near.some((w) => MEASURED_NOUNS.get(w) === 'vote')) return undefined;
  const span = spanWithVerb(words, i, i + 1);
  const { subject, related } = namesAround(ctx, sentence, span);
  return { record: makeClaim(ctx, 'number', span, subject, `${a.text}-${b.text}`, { topic: 'vote', related }), lastWord: i + 1 };
}

/** The tally with the voting word before it when there is one ("voted 7–4"). */
function spanWithVerb(words: readonly Word[], first: number, last: number): Span {
  const before = words[first - 1];
  const start = before && MEASURED_NOUNS.get(before.text) === 'vote' ? before.start : words[first].start;
  return { start, end: words[last].end };
}

/** "$40 million loan", "US$40 juta", "Rp3.500", "310 million euros", "pinjaman senilai US$40 juta". */
function readMoney(ctx: ClaimContext, sentence: ClaimSentence, i: number): Read | undefined {
  const { words } = sentence;
  let k = i;
  let currency = CURRENCIES.get(words[k].text);
  if (currency && words[k + 1]?.text === '$' && gapText(ctx, words[k], words[k + 1]) === '') {
    currency = CURRENCIES.get(words[k].text + '$') ?? currency;
    k++;
  }
  if (currency) {
    k++;
    if (words[k] && gapText(ctx, words[k - 1], words[k]).trim() !== '') return undefined;
  }
  if (!words[k] || !/^\d/.test(words[k].text)) return undefined;
  const amount = readAmount(words, k, ctx.doc.language);
  if (!amount) return undefined;
  let last = amount.next - 1;
  if (!currency) {
    currency = words[amount.next] && CURRENCIES.get(words[amount.next].text);
    if (!currency) return undefined;
    last = amount.next;
  }
  const measured = measuredNear(ctx, sentence, i, last, MONEY_CLASSES);
  const kind = measured?.kind ?? moneyWordIn(sentence, i);
  if (!kind) return undefined;
  const bound = boundBefore(sentence.texts, i);
  const first = Math.min(bound?.[1] ?? i, measured?.index ?? i);
  const end = Math.max(last, measured?.index ?? last);
  const span = { start: words[first].start, end: words[end].end };
  const { subject, related } = namesAround(ctx, sentence, span);
  const value = `${formatValue(amount.value, bound?.[0])} ${currency}`;
  return { record: makeClaim(ctx, 'number', span, subject, value, { topic: `money:${kind}`, related }), lastWord: last };
}

/** What a money amount or count measures: a noun of the wanted classes just after it (within a
 * few words: "500 PickPal X2 picking robots"), or, for money, just before it ("pinjaman
 * senilai US$40 juta", "tarif Rp3.500"). */
function measuredNear(ctx: ClaimContext, sentence: ClaimSentence, first: number, last: number, classes: ReadonlySet<string>, backwards = true): { kind: string; index: number } | undefined {
  const { words, texts } = sentence;
  const breaks = (a: Word, b: Word): boolean => /[,;:()]/.test(gapText(ctx, a, b));
  for (let k = last + 1; k < words.length && k <= last + 6; k++) {
    if (/^\d/.test(words[k].text) || breaks(words[k - 1], words[k])) break;
    const found = MEASURED.at(texts, k);
    if (!found || !classes.has(found[0])) {
      // The first English noun that is not a modifier of the next is what is counted.
      const isNoun = ctx.doc.language === 'en' && posAt(ctx.doc, words[k].start) === 'NOUN';
      if (isNoun && !(words[k + 1] && posAt(ctx.doc, words[k + 1].start) === 'NOUN')) break;
      continue;
    }
    const end = k + found[1] - 1;
    // An English noun that modifies the next one is not what is counted ("two hospital groups").
    const next = words[end + 1];
    if (next && ctx.doc.language === 'en' && ctx.doc.text.slice(words[end].end, next.start) === ' ' && posAt(ctx.doc, next.start) === 'NOUN' && !MEASURED_NOUNS.has(next.text)) return undefined;
    return { kind: found[0], index: end };
  }
  if (!backwards) return undefined;
  for (let k = first - 1; k >= 0 && k >= first - 5; k--) {
    if (/^\d/.test(words[k].text) || breaks(words[k], words[k + 1])) break;
    const kind = MEASURED_NOUNS.get(words[k].text);
    if (kind && classes.has(kind)) return { kind, index: k };
  }
  return undefined;
}

/** For an amount of money with no noun beside it ("agreed to buy Jinhe …, for 310 million
 * euros"), what the sentence says it pays for, wherever in the sentence that is. */
function moneyWordIn(sentence: ClaimSentence, near: number): string | undefined {
  let best: string | undefined;
  let distance = Infinity;
  sentence.texts.forEach((w, k) => {
    const kind = MEASURED_NOUNS.get(w);
    if (kind && MONEY_CLASSES.has(kind) && Math.abs(k - near) < distance) {
      distance = Math.abs(k - near);
      best = kind;
    }
  });
  return best;
}

/** "cut its growth target to 4.8 percent", "inflasi 3,2 persen", "kept its benchmark rate at 6%":
 * a percentage and what it measures, named a few words before it (PERCENT_MEASURES). */
function readPercent(ctx: ClaimContext, sentence: ClaimSentence, i: number): Read | undefined {
  const { words, texts } = sentence;
  if (!/^\d/.test(words[i].text)) return undefined;
  const amount = readAmount(words, i, ctx.doc.language);
  if (!amount) return undefined;
  const after = texts[amount.next];
  const sign = ctx.doc.text[words[amount.next - 1].end] === '%';
  const unitWords = sign ? 0 : after === 'percent' || after === 'persen' ? 1 : after === 'per' && texts[amount.next + 1] === 'cent' ? 2 : -1;
  if (unitWords < 0) return undefined;
  const last = amount.next - 1 + unitWords;
  let measured: { kind: string; index: number } | undefined;
  for (let k = i - 1; k >= 0 && k >= i - PERCENT_REACH && !measured; k--) {
    const found = PERCENT_NOUNS.at(texts, k);
    if (found && k + found[1] <= i) measured = { kind: found[0], index: k };
  }
  if (!measured) return undefined;
  const bound = boundBefore(texts, i);
  const span = { start: words[measured.index].start, end: sign ? words[last].end + 1 : words[last].end };
  const { subject, related } = namesAround(ctx, sentence, span);
  return { record: makeClaim(ctx, 'number', span, subject, `${formatValue(amount.value, bound?.[0])} %`, { topic: `percent:${measured.kind}`, related }), lastWord: last };
}

/** How many words before a percentage what it measures may stand ("cut its economic growth target for this year to 4.8 percent"). */
const PERCENT_REACH = 10;

/** "the two-day summit", "6-month pilot", "berlangsung selama dua hari", "for three days". */
function readDuration(ctx: ClaimContext, sentence: ClaimSentence, i: number): Read | undefined {
  const { words } = sentence;
  let number: number | undefined;
  let unit: string | undefined;
  let last = i;
  const hyphenated = words[i].text.includes('-') ? words[i].text.split('-') : [words[i].text];
  if (hyphenated.length === 2 && NUMBER_WORDS.has(hyphenated[0]) && DURATION_UNITS.has(hyphenated[1])) {
    number = NUMBER_WORDS.get(hyphenated[0]);
    unit = DURATION_UNITS.get(hyphenated[1]);
  } else {
    const amount = readAmount(words, i, ctx.doc.language);
    const unitWord = amount && words[amount.next];
    const found = unitWord && UNITS.at(sentence.texts, amount.next);
    if (!amount || !found || amount.value > 1000) return undefined;
    number = amount.value;
    unit = found[0];
    last = amount.next + found[1] - 1;
  }
  if (number === undefined || !unit) return undefined;
  // The event it is the length of: named just after ("two-day Blue Delta Water Summit") or
  // elsewhere in the clause ("KTT … yang berlangsung selama dua hari").
  const attributive = /-/.test(gapText(ctx, words[last - 1] ?? words[last], words[last])) || hyphenated.length === 2;
  const lengthWords = new Set(['for', 'lasting', 'lasted', 'lasts', 'selama', 'berlangsung', 'over']);
  if (!attributive && !lengthWords.has(words[i - 1]?.text ?? '')) return undefined;
  const clause = clauseAround(ctx.doc.text, sentence, words[i].start, words[last].end);
  const clauseWords = words.filter((w) => w.start >= clause.start && w.end <= clause.end);
  const clauseTexts = clauseWords.map((w) => w.text);
  const event = clauseWords.map((_, k) => MEASURED.at(clauseTexts, k)).find((f) => f && EVENT_CLASSES.has(f[0]));
  const eventMention = mentionsIn(ctx, clause.start, clause.end).map((m) => ctx.mentions[m]).find((m) => m.type === 'organization' && eventName(m));
  // "a four-year deal": a deal or an agreement with a length is a term like a contract.
  const term = TERM_WORDS.has(words[last + 1]?.text ?? '') ? 'contract' : undefined;
  const kind = event?.[0] ?? term ?? (eventMention ? 'gathering' : undefined);
  if (!kind) return undefined;
  let span: Span = { start: words[i].start, end: words[last].end };
  if (words[i - 1] && (lengthWords.has(words[i - 1].text) || words[i - 1].text === 'the')) span = { ...span, start: words[i - 1].start };
  if (eventMention && eventMention.start >= span.end && eventMention.start - span.end <= 2) span = { ...span, end: eventMention.end };
  const names = namesAround(ctx, sentence, span);
  const subject = eventMention ? eventMention.local : names.subject;
  const related = [...names.related, names.subject].filter((l) => l >= 0 && l !== subject);
  return { record: makeClaim(ctx, 'number', span, subject, `${formatValue(number)} ${unit}`, { topic: `duration:${kind}`, related }), lastWord: last };
}

/** Whether an organisation's name is an event's ("Blue Delta Water Summit", "KTT Air Blue Delta"). */
function eventName(mention: MentionRecord): boolean {
  return mention.text.toLowerCase().split(/\s+/).some((w) => EVENT_CLASSES.has(MEASURED_NOUNS.get(w) ?? ''));
}

/** "cutting about 600 jobs", "30 bus listrik", "deploy 350 of its PickPal X2 picking robots". */
function readCount(ctx: ClaimContext, sentence: ClaimSentence, i: number): Read | undefined {
  const { words } = sentence;
  if (!/^\d/.test(words[i].text) && !NUMBER_WORDS.has(words[i].text)) return undefined;
  // An amount of money is no count ("a £9 million site").
  if (i > 0 && CURRENCIES.has(words[i - 1].text)) return undefined;
  const amount = readAmount(words, i, ctx.doc.language);
  if (!amount || amount.value < 2 || !Number.isInteger(amount.value)) return undefined;
  const after = words[amount.next]?.text ?? '';
  if (/^(percent|persen|per|%|cent)$/.test(after) || NOT_THE_TOTAL.has(after) || NOT_THE_TOTAL.has(words[i - 1]?.text ?? '')) return undefined;
  // A year is not a count ("in 2015"), unless the noun follows at once ("2,000 workers").
  if (amount.value >= 1900 && amount.value <= 2100 && !/[.,]/.test(words[i].text) && !MEASURED_NOUNS.has(after)) return undefined;
  const measured = measuredNear(ctx, sentence, i, amount.next - 1, COUNTABLE, false);
  if (!measured) return undefined;
  if (words.slice(amount.next, measured.index + 2).some((w) => NOT_THE_TOTAL.has(w.text))) return undefined;
  const bound = boundBefore(sentence.texts, i);
  // Keep the verb before the number in the claim when it is there ("cutting about 600 jobs").
  let first = bound?.[1] ?? i;
  if (first > 0 && /^(?:[a-z]+(?:ing|ed|s)|me\p{L}+|di\p{L}+|sebanyak)$/u.test(words[first - 1].text) && !MEASURED_NOUNS.has(words[first - 1].text)) first--;
  const span = { start: words[first].start, end: words[measured.index].end };
  const { subject, related } = namesAround(ctx, sentence, span);
  // People killed, or who died, are the dead: "killed at least 12 people", "15 people died".
  const dead = measured.kind === 'people' && [words[first - 1], ...words.slice(measured.index + 1, measured.index + 4)].some((w) => w && MEASURED_NOUNS.get(w.text) === 'dead');
  const verb = dead ? undefined : verbBefore(ctx, sentence, bound?.[1] ?? i);
  const value = formatValue(amount.value, bound?.[0]) + (verb ? `|${verb}` : '');
  return { record: makeClaim(ctx, 'number', span, subject, value, { topic: `count:${dead ? 'dead' : measured.kind}`, related }), lastWord: measured.index };
}

/** The verb a count is the object of ("cutting about 600 jobs", "meluncurkan 30 bus"), as a stem
 * or Indonesian root, when it is written just before it. */
function verbBefore(ctx: ClaimContext, sentence: ClaimSentence, first: number): string | undefined {
  for (let k = first - 1; k >= 0 && k >= first - 3; k--) {
    const w = sentence.words[k];
    if (ctx.doc.language === 'id') {
      if (/^(me|di|ber|ter)\p{L}{3,}/u.test(w.text) || /kan$/.test(w.text)) return indonesianRoots(w.text).reduce((a, b) => (b.length < a.length ? b : a));
    } else if (posAt(ctx.doc, w.start) === 'VERB') {
      return stem(w.text);
    }
  }
  return undefined;
}

/** "Oyelaran, 68,", "the 45-year-old Lindqvist", "X, aged 45". */
function findAges(ctx: ClaimContext): ClaimRecord[] {
  const claims: ClaimRecord[] = [];
  const { text } = ctx.doc;
  for (const mention of ctx.mentions) {
    if (mention.type !== 'person') continue;
    // The regexes only where they may match: a comma after the name, "-year-old" before it.
    const after = text[mention.end] === ',' ? /^,\s(?:aged\s)?(\d{1,3}),/.exec(text.slice(mention.end, mention.end + 12)) : null;
    const lead = text.slice(Math.max(0, mention.start - 40), mention.start);
    const before = lead.includes('-year-old') ? /(\d{1,3})-year-old\s+(?:\p{L}+\s+){0,2}$/u.exec(lead) : null;
    const age = after?.[1] ?? before?.[1];
    if (!age || Number(age) < 16 || Number(age) > 110) continue;
    const span = after ? { start: mention.start, end: mention.end + after[0].length - 1 } : { start: mention.start - before![0].length, end: mention.end };
    claims.push(makeClaim(ctx, 'number', span, mention.local, age, { topic: 'age', related: [] }));
  }
  return claims;
}
