// Date claims: a date tied to the event it dates ("opened on Wednesday", "co-founded in 2015",
// "berkumpul pada hari Selasa dalam pembukaan", "has been chief conductor … since 2009",
// "by Christmas 2026"), with relative dates ("last year", "tahun lalu") resolved against the
// article's own date when the article gives one.
import {
  DATED_EVENTS, EVENT_NOUNS, MONTHS, QUARTERS, RELATIVE_DATES, ROLE_HEADS, SEASON_MONTHS, SPEECH_VERBS_EN, SPEECH_VERBS_ID, TENURE_WORDS,
  WEEKDAYS,
} from '../lexicon';
import type { ClaimRecord, Span } from '../model';
import type { ClaimContext, ClaimSentence, Word } from './context';
import { CUE, addCueWords, clauseAround, makeClaim, namesAround } from './context';
import { PhraseIndex, wordsIn } from './words';
import { firstStartingFrom, lowerCase } from '../tokenWords';

const EVENTS = new PhraseIndex(DATED_EVENTS);
const EVENT_NOUN_INDEX = new PhraseIndex(EVENT_NOUNS);
const RELATIVE = new PhraseIndex(RELATIVE_DATES);
const SEASONS = new PhraseIndex(SEASON_MONTHS);
const QUARTER_INDEX = new PhraseIndex(QUARTERS);
/** Words that introduce a year standing alone ("in 2015", "sejak 2009"). */
const YEAR_PREPOSITIONS = new Set(['in', 'since', 'on', 'of', 'by', 'from', 'until', 'till', 'before', 'after', 'early', 'late',
  'mid', 'pada', 'tahun', 'sejak', 'hingga', 'sampai', 'dalam', 'awal', 'akhir', 'jelang']);
/** Words of relative dates that say nothing alone ("a year ago", "this year", "hari ini"). */
const RELATIVE_FILLERS = new Set(['a', 'this', 'last', 'next', 'hari', 'ini', 'set']);
/** Words that join the two ends of a stretch of time. */
const RANGE_WORDS = new Set(['until', 'till', 'to', 'through', 'hingga', 'sampai']);
/** Words between a speech verb and its date ("said on Monday", "mengatakan pada hari Senin"). */
const DATE_LEAD_INS = new Set(['on', 'in', 'pada', 'hari', 'last', 'this']);

/** Words a date can start with (besides a year): most words start none and are passed over. */
const DATE_STARTS = new Set([...WEEKDAYS.keys(), ...MONTHS.keys(),
  ...[...SEASON_MONTHS.keys(), ...RELATIVE_DATES.keys(), ...QUARTERS.keys()].map((p) => p.split(' ')[0])]);

// A sentence may date something when it names a day, a month or a season, or says "last year",
// "tahun lalu", "yesterday" (the words that make a relative date, not "a" or "this").
addCueWords(CUE.date, [...WEEKDAYS.keys(), ...MONTHS.keys(), ...[...SEASON_MONTHS.keys()].map((p) => p.split(' ').pop()!), 'quarter', 'kuartal', 'triwulan',
  ...[...RELATIVE_DATES.keys()].flatMap((p) => p.split(' ').filter((w) => !RELATIVE_FILLERS.has(w)))]);

interface CalendarDate {
  year?: number;
  month?: number;
  day?: number;
  weekday?: number;
  quarter?: number;
}

function formatDate(d: CalendarDate): string {
  return [d.year !== undefined ? `y${d.year}` : '', d.month !== undefined ? `m${d.month}` : '', d.day !== undefined ? `d${d.day}` : '',
    d.weekday !== undefined ? `w${d.weekday}` : '', d.quarter !== undefined ? `q${d.quarter}` : ''].filter(Boolean).join(' ');
}

export function parseDate(value: string): CalendarDate {
  const d: CalendarDate = {};
  for (const part of value.split(' ')) {
    const n = Number(part.slice(1));
    if (part[0] === 'y') d.year = n;
    else if (part[0] === 'm') d.month = n;
    else if (part[0] === 'd') d.day = n;
    else if (part[0] === 'w') d.weekday = n;
    else if (part[0] === 'q') d.quarter = n;
  }
  return d;
}

const weekdayOf = (d: CalendarDate): number | undefined =>
  d.year !== undefined && d.month !== undefined && d.day !== undefined ? new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay() : undefined;

/** Why two dates for one event cannot both be right, or undefined when they can. */
export function dateDifference(a: CalendarDate, b: CalendarDate): string | undefined {
  if (a.year !== undefined && b.year !== undefined && a.year !== b.year) return 'different years';
  const sameYear = a.year === undefined || b.year === undefined || a.year === b.year;
  // A quarter holds its three months ("March" is in "the first quarter").
  const quarterOf = (d: CalendarDate): number | undefined => d.quarter ?? (d.month !== undefined ? Math.ceil(d.month / 3) : undefined);
  const qa = quarterOf(a);
  const qb = quarterOf(b);
  if (sameYear && (a.quarter !== undefined || b.quarter !== undefined) && qa !== undefined && qb !== undefined && qa !== qb) return 'different quarters';
  if (sameYear && a.month !== undefined && b.month !== undefined && a.month !== b.month) return 'different months';
  if (sameYear && a.month === b.month && a.day !== undefined && b.day !== undefined && a.day !== b.day) return 'different days';
  const wa = a.weekday ?? weekdayOf(a);
  const wb = b.weekday ?? weekdayOf(b);
  if (wa !== undefined && wb !== undefined && wa !== wb) return 'different days of the week';
  return undefined;
}

const isYear = (w: string): boolean => w.length === 4 && (w.startsWith('19') || w.startsWith('20')) && /^\d{4}$/.test(w);
/** Whether readDate can read a date at this word. */
const mayStartDate = (w: string): boolean => DATE_STARTS.has(w) || isYear(w);
const dayNumber = (w: Word | undefined): number | undefined => (w && /^\d{1,2}$/.test(w.text) && Number(w.text) >= 1 && Number(w.text) <= 31 ? Number(w.text) : undefined);

interface DateRead {
  date: CalendarDate;
  first: number;
  last: number;
}

/** The article's own date: the first full date in its opening lines ("SINGAPORE, March 3, 2025"),
 * or a wire dateline's day and month ("MARREN, Nov 3 (Reuters) -"), and where it is written. */
function findArticleDate(ctx: ClaimContext): { date: CalendarDate; at: Span } | undefined {
  for (const sentence of ctx.sentences) {
    if (sentence.start > 600) break;
    for (let i = 0; i < sentence.words.length; i++) {
      if (!mayStartDate(sentence.words[i].text)) continue;
      const read = readDate(ctx, sentence, i, undefined);
      if (read && read.date.month !== undefined && read.date.day !== undefined && (read.date.year !== undefined || isWireDateline(ctx, sentence, read))) {
        const at = { start: sentence.words[read.first].start, end: sentence.words[read.last].end };
        if (isDateline(ctx, sentence, read.first, at)) return { date: read.date, at };
      }
    }
  }
  return undefined;
}

/** What follows a wire dateline's date: the agency's name in brackets, then a dash. */
const WIRE_DATELINE_END = /^,?\s*(?:\([^)]{1,40}\)\s*)?[-–—]/;

/** Whether a day and month open a paragraph near the top after a place, before the
 * agency's name or a dash: "MARREN, Nov 3 (Reuters) - …". */
function isWireDateline(ctx: ClaimContext, sentence: ClaimSentence, read: DateRead): boolean {
  const { text, paragraphs } = ctx.doc;
  const { words } = sentence;
  const after = text.slice(words[read.last].end, words[read.last].end + 48);
  return WIRE_DATELINE_END.test(after) && wordsIn(text.slice(paragraphs[sentence.paragraph].start, words[read.first].start)).length <= 3;
}

/** Whether a full date near the top dates the article rather than an event in it: it has a short
 * line of its own ("March 3, 2026", "By Ana Ruiz | March 3, 2026"), opens its paragraph ("WASHINGTON,
 * March 3, 2026 — …"), or follows "published" or "updated". "… would open on May 3, 2027" is an
 * event's date. */
function isDateline(ctx: ClaimContext, sentence: ClaimSentence, first: number, at: Span): boolean {
  const { text, paragraphs } = ctx.doc;
  const paragraph = paragraphs[sentence.paragraph];
  if (wordsIn(text.slice(paragraph.start, at.start)).length <= 3 || PUBLISHING_WORDS.has(sentence.words[first - 1]?.text ?? '')) return true;
  // A short line without a verb: a byline or a date line, not a sentence about an event.
  if (wordsIn(text.slice(paragraph.start, paragraph.end)).length > DATELINE_MAX_WORDS) return false;
  const { tokens } = ctx.doc;
  for (let k = firstStartingFrom(tokens, paragraph.start); k < tokens.length && tokens[k].start < paragraph.end; k++) {
    if (tokens[k].pos === 'VERB' && !PUBLISHING_WORDS.has(lowerCase(tokens[k].text))) return false;
  }
  return true;
}
const DATELINE_MAX_WORDS = 12;
const PUBLISHING_WORDS = new Set(['published', 'updated', 'posted', 'diterbitkan', 'diperbarui', 'dipublikasikan']);

/** A date written at word i: weekday, day and month, month and year, season and year, a year
 * after a preposition, a relative date, or the Indonesian "(14/7)". */
function readDate(ctx: ClaimContext, sentence: ClaimSentence, i: number, today: CalendarDate | undefined): DateRead | undefined {
  const { words } = sentence;
  const word = words[i];
  const text = ctx.doc.text;
  const weekday = WEEKDAYS.get(word.text);
  // Indonesian "minggu" is also "week": only a capitalised Minggu is Sunday.
  if (weekday !== undefined && !(word.text === 'minggu' && !/^M/.test(word.raw))) {
    const numeric = /^\s*\((\d{1,2})\/(\d{1,2})(?:\/(\d{2,4}))?\)/.exec(text.slice(word.end, word.end + 14));
    if (numeric) {
      const year = numeric[3] ? Number(numeric[3].length === 2 ? `20${numeric[3]}` : numeric[3]) : today?.year;
      const last = words.findIndex((w) => w.start >= word.end + numeric[0].length) - 1;
      return { date: { weekday, day: Number(numeric[1]), month: Number(numeric[2]), year }, first: i, last: last >= i ? last : i };
    }
    const following = words[i + 1] && MONTHS.has(words[i + 1].text) ? readMonth(words, i + 1, today) : undefined;
    if (following) return { date: { ...following.date, weekday }, first: i, last: following.last };
    return { date: { weekday }, first: i, last: i };
  }
  if (MONTHS.has(word.text) && /^\p{Lu}/u.test(word.raw)) {
    const read = readMonth(words, i, today);
    if (read) return read;
  }
  // "the first quarter of 2025", "Q2 2025", "kuartal III 2024".
  const quarter = QUARTER_INDEX.at(sentence.texts, i);
  if (quarter) {
    let last = i + quarter[1] - 1;
    if (words[last + 1]?.text === 'of' || words[last + 1]?.text === 'tahun') last++;
    const year = words[last + 1] && isYear(words[last + 1].text) ? Number(words[++last].text) : today?.year;
    if (year !== undefined) return { date: { year, quarter: quarter[0] }, first: i, last };
  }
  const season = SEASONS.at(sentence.texts, i);
  if (season && words[i + season[1]] && isYear(words[i + season[1]].text)) {
    return { date: { month: season[0], year: Number(words[i + season[1]].text) }, first: i, last: i + season[1] };
  }
  // A year right before a capitalised word names an edition ("the 2024 Harbour Water Forum").
  const edition = (): boolean => words[i + 1] && /^\s+$/.test(text.slice(word.end, words[i + 1].start)) && /^\p{Lu}/u.test(words[i + 1].raw);
  if (isYear(word.text) && YEAR_PREPOSITIONS.has(words[i - 1]?.text ?? '') && !edition()) {
    return { date: { year: Number(word.text) }, first: i, last: i };
  }
  const relative = RELATIVE.at(sentence.texts, i);
  if (relative && today) {
    const [unit, offset] = relative[0];
    const date = unit === 'year' ? { year: (today.year ?? 0) + offset } : unit === 'month' ? shiftMonth(today, offset) : undefined;
    if (date && today.year !== undefined) return { date, first: i, last: i + relative[1] - 1 };
  }
  return undefined;
}

function shiftMonth(today: CalendarDate, offset: number): CalendarDate | undefined {
  if (today.year === undefined || today.month === undefined) return undefined;
  const index = today.year * 12 + today.month - 1 + offset;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** "September 26", "26-28 September", "February 2021", "March 3, 2025", "last October". */
function readMonth(words: readonly Word[], i: number, today: CalendarDate | undefined): DateRead | undefined {
  const month = MONTHS.get(words[i].text)!;
  let first = i;
  let last = i;
  let day = dayNumber(words[i + 1]);
  if (day !== undefined) last = i + 1;
  else {
    // A day or a range of days before the month: "26 September", "26-28 September".
    let k = i - 1;
    if (dayNumber(words[k]) !== undefined && dayNumber(words[k - 1]) !== undefined) k--;
    day = dayNumber(words[k]);
    if (day !== undefined) first = k;
  }
  let year: number | undefined;
  if (words[last + 1] && isYear(words[last + 1].text)) year = Number(words[++last].text);
  const relative = words[i - 1]?.text === 'last' || words[i + 1]?.text === 'lalu';
  if (relative && today?.year !== undefined && today.month !== undefined) {
    year = month >= today.month ? today.year - 1 : today.year;
    if (words[i - 1]?.text === 'last') first = i - 1;
    else last = i + 1;
  } else if (year === undefined && day !== undefined) {
    year = today?.year;
  }
  // A bare month name with neither day nor year is too vague to date an event.
  if (day === undefined && year === undefined) return undefined;
  return { date: { year, month, day }, first, last };
}

// ---- dates tied to events ------------------------------------------------------------------------

const isSpeechVerb = (w: string): boolean => SPEECH_VERBS_EN.has(w) || SPEECH_VERBS_ID.has(w);

export function findDateClaims(ctx: ClaimContext): ClaimRecord[] {
  const claims: ClaimRecord[] = [];
  const dateline = findArticleDate(ctx);
  const today = dateline?.date;
  const { text } = ctx.doc;
  ctx.sentences.forEach((sentence, index) => {
    if (!sentence.has(CUE.date)) return;
    const { words } = sentence;
    for (let i = 0; i < words.length; i++) {
      if (!mayStartDate(words[i].text)) continue;
      const read = readDate(ctx, sentence, i, today);
      if (!read) continue;
      i = read.last;
      // The article's own date dates the article, not an event in it.
      if (spokenOn(words, read.first) || words[read.first].start === dateline?.at.start) continue;
      const clause = clauseAround(text, sentence, words[read.first].start, words[read.last].end);
      const dateSpan = { start: words[read.first].start, end: words[read.last].end };
      // A date said in answer to a question names its event in the sentence before
      // ("Asked when the hall might reopen, she paused. “Spring 2027 …”").
      const previous = ctx.sentences[index - 1];
      const event = eventNear(sentence, clause, read) ??
        (previous?.paragraph === sentence.paragraph && quoted(ctx, dateSpan) ? lastEvent(previous) : undefined);
      if (!event) continue;
      const span = event.sentence === sentence
        ? { start: Math.min(event.span.start, dateSpan.start), end: Math.max(event.span.end, dateSpan.end) }
        : dateSpan;
      const { subject, related } = namesAround(ctx, event.sentence, event.span);
      // "since 2014" dates a start, not the event itself.
      const kind = TENURE_WORDS.has(words[read.first - 1]?.text ?? '') && event.kind !== 'tenure' ? `${event.kind}-since` : event.kind;
      const named = eventNoun(event.sentence);
      const value = formatDate(read.date) + (named ? ` ~${named}` : '');
      claims.push(makeClaim(ctx, 'date', span, subject, value, { topic: `date:${kind}`, related }));
    }
  });
  return claims;
}

/** "said on Monday", "mengatakan pada hari Senin": the date of a statement, not of an event. */
function spokenOn(words: readonly Word[], first: number): boolean {
  let k = first - 1;
  while (k >= 0 && DATE_LEAD_INS.has(words[k].text)) k--;
  return k >= 0 && isSpeechVerb(words[k].text);
}

interface EventRead {
  kind: string;
  span: Span;
  sentence: ClaimSentence;
}

/** The event nearest the date in its clause, within ten words; "has been <title> since" is a tenure. */
/** How many words before and after a date its event's word may stand. */
const EVENT_BEFORE_DATE = 14;
const EVENT_AFTER_DATE = 10;

function eventNear(sentence: ClaimSentence, clause: Span, read: DateRead): EventRead | undefined {
  const { words, texts } = sentence;
  if (TENURE_WORDS.has(texts[read.first - 1] ?? '')) {
    const from = words.findIndex((w) => w.start >= clause.start);
    const before = texts.slice(Math.max(from, read.first - 12), read.first);
    const been = before.lastIndexOf('been');
    if (been >= 0 && before.slice(been).some((w) => ROLE_HEADS.has(w))) {
      const k = read.first - before.length + been;
      return { kind: 'tenure', span: { start: words[k].start, end: words[read.first].end }, sentence };
    }
  }
  let best: EventRead | undefined;
  let bestDistance = Infinity;
  // The event verb may come well before its date, past an amount and a place ("will open its $1.2
  // billion nickel smelter in Southeast Sulawesi on August 17").
  for (let k = Math.max(0, read.first - EVENT_BEFORE_DATE); k < words.length && k <= read.last + EVENT_AFTER_DATE; k++) {
    if (words[k].start < clause.start || words[k].end > clause.end) continue;
    const found = EVENTS.at(texts, k);
    if (!found) continue;
    const end = k + found[1] - 1;
    // "from 1976 until the fire": the date is the start of a stretch that the event ends (the
    // range word is next to the date: "swept through the valley on Wednesday" is no range).
    const beside = end < read.first ? texts[read.first - 1] : texts[read.last + 1];
    if (RANGE_WORDS.has(beside ?? '')) continue;
    const distance = end < read.first ? read.first - end : k > read.last ? k - read.last : 0;
    if (distance < bestDistance) {
      bestDistance = distance;
      best = { kind: found[0], span: { start: words[k].start, end: words[end].end }, sentence };
    }
  }
  return best;
}

/** The kind of event the sentence names first ("Debat perdana …" → debate), if any. */
function eventNoun(sentence: ClaimSentence): string | undefined {
  for (let k = 0; k < sentence.texts.length; k++) {
    const found = EVENT_NOUN_INDEX.at(sentence.texts, k);
    if (found) return found[0];
  }
  return undefined;
}

/** The kind of event a date claim's value names (eventNoun), if any. */
export const eventOfDate = (value: string): string | undefined => /~(\S+)/.exec(value)?.[1];

/** Whether a span lies inside one of the document's direct quotes. */
const quoted = (ctx: ClaimContext, span: Span): boolean =>
  ctx.passages.some((p) => p.kind === 'direct' && p.start <= span.start && span.end <= p.end);

/** The last event named in a sentence ("Asked when the hall might reopen, …" before the answer). */
function lastEvent(sentence: ClaimSentence): EventRead | undefined {
  let found: EventRead | undefined;
  for (let k = 0; k < sentence.words.length; k++) {
    const event = EVENTS.at(sentence.texts, k);
    if (event) found = { kind: event[0], span: { start: sentence.words[k].start, end: sentence.words[k + event[1] - 1].end }, sentence };
  }
  return found;
}
