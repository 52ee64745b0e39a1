// What every claim reader works on: the document's sentences as lower-case words with exact
// offsets, the names found in them, and helpers to turn a stretch of words into a claim.
import type { Document, Sentence } from '../document';
import type { ClaimRecord, ConflictAspect, LocalEntity, MentionRecord, PassageRecord, Span } from '../model';
import { firstStartingFrom, isDigit, lowerCase } from '../tokenWords';

export interface Word extends Span {
  /** Lower-case text; a number keeps its separators ("12,000"), a sign is its own word ("$"). */
  text: string;
  /** As written. */
  raw: string;
}

/** What a sentence may hold, found from the document's tokens before it is read into words:
 * a reader skips a sentence without its cue. */
export const CUE = { number: 1, date: 2, stance: 4, founding: 8, title: 16 } as const;
const cueWords = new Map<string, number>();

/** Registers words that cue a reader (lower case; for a phrase, give its words). They are kept
 * as written in lower case, capitalised and in capitals, so tokens are looked up as they are. */
export function addCueWords(cue: number, words: Iterable<string>): void {
  for (const w of words) {
    for (const form of [w, w.charAt(0).toUpperCase() + w.slice(1), w.toUpperCase()]) cueWords.set(form, (cueWords.get(form) ?? 0) | cue);
  }
}

/** A sentence, read into words on first use (a sentence no reader looks at is never split). */
export class ClaimSentence implements Span {
  private cached: Word[] | undefined;
  private cachedTexts: string[] | undefined;
  private cachedCues = -1;

  constructor(
    private readonly doc: Document,
    readonly start: number,
    readonly end: number,
    /** Index of the paragraph (line) the sentence is in. */
    readonly paragraph: number,
    /** Index of the sentence in ClaimContext.sentences. */
    readonly index: number,
    /** The document's tokens of the sentence, [firstToken, endToken). */
    private readonly firstToken: number,
    private readonly endToken: number,
  ) {}

  /** Whether the sentence has a cue for a reader (CUE): one of its words, or for numbers and
   * dates a token with digits. */
  has(cue: number): boolean {
    if (this.cachedCues < 0) {
      let cues = 0;
      const { tokens } = this.doc;
      for (let k = this.firstToken; k < this.endToken; k++) {
        const t = tokens[k].text;
        const c = t.charCodeAt(t.length - 1);
        if (c >= 48 && c <= 57) {
          cues |= CUE.number;
          // A year or a day and month ("14/7") may date something; other numbers need a month name.
          if (t.includes('/') || (t.length === 4 && (t.startsWith('19') || t.startsWith('20')))) cues |= CUE.date;
        } else {
          cues |= cueWords.get(t) ?? 0;
        }
      }
      this.cachedCues = cues;
    }
    return (this.cachedCues & cue) !== 0;
  }

  get words(): Word[] {
    return (this.cached ??= wordsOf(this.doc, this.firstToken, this.endToken));
  }

  /** The words' lower-case texts, for phrase lookups. */
  get texts(): string[] {
    return (this.cachedTexts ??= this.words.map((w) => w.text));
  }
}

export interface ClaimContext {
  doc: Document;
  entities: LocalEntity[];
  mentions: MentionRecord[];
  passages: PassageRecord[];
  sentences: ClaimSentence[];
}

// Words are the document's tokens, regrouped where the claim readers need it: a hyphenated word
// is one word ("director-general", "two-day"), a number keeps its separators ("3.500"), a
// currency code written against its amount stands apart ("Rp3.500" gives "rp", "3.500"), a range
// or tally is two numbers ("26-28", "8-3"), and possessive endings are left out.
const CURRENCY_CODE = /^(Rp|RM|CNY|USD|EUR|GBP|IDR|SGD|HKD|AUD|JPY|INR)(\d.*)$/;
const RANGE = /^(\d+)[-–](\d+)$/;
const KEPT_TYPES = new Set(['word', 'number', 'currency', 'decade', 'ordinal', 'unk']);

/** Whether a token of this type is read into words ('word', most tokens, tested first). */
const isKept = (type: string): boolean => type === 'word' || KEPT_TYPES.has(type);
const isPossessive = (text: string): boolean => text.length <= 2 && (text === "'s" || text === '’s' || text === "'" || text === '’');

export function wordsOf(doc: Document, firstToken: number, endToken: number): Word[] {
  const { tokens, text } = doc;
  const words: Word[] = [];
  const push = (start: number, end: number): void => {
    const raw = text.slice(start, end);
    words.push({ text: lowerCase(raw), raw, start, end });
  };
  for (let k = firstToken; k < endToken; k++) {
    const t = tokens[k];
    if (!isKept(t.type) || isPossessive(t.text)) continue;
    let start = t.start;
    // The regular expressions only for tokens that can match them: a capital letter with a digit
    // after two or three letters, a leading digit.
    const code = startsWithCurrencyCode(t.text) ? CURRENCY_CODE.exec(t.text) : null;
    if (code) {
      push(start, start + code[1].length);
      start += code[1].length;
    }
    const range = isDigit(t.text.charCodeAt(0)) ? RANGE.exec(t.text) : null;
    if (range) {
      push(start, start + range[1].length);
      push(t.end - range[2].length, t.end);
      continue;
    }
    let end = t.end;
    // Join "3" "." "500" and "two" "-" "day" written without spaces.
    while (k + 2 < endToken) {
      const joiner = tokens[k + 1];
      const next = tokens[k + 2];
      if (joiner.start !== end || next.start !== joiner.end || !isKept(next.type)) break;
      const digits = isDigit(text.charCodeAt(end - 1)) && isDigit(text.charCodeAt(next.start));
      if (!(joiner.text === '-' || (digits && (joiner.text === '.' || joiner.text === ',')))) break;
      end = next.end;
      k += 2;
    }
    // A whole token (most words) is the token as written: no new string for it, nor for its lower
    // case when it is written so.
    if (start === t.start && end === t.end) words.push({ text: lowerCase(t.text), raw: t.text, start, end });
    else push(start, end);
  }
  return words;
}

/** Whether a token may start with a currency code (CURRENCY_CODE): a capital, and a digit after it. */
function startsWithCurrencyCode(token: string): boolean {
  const first = token.charCodeAt(0);
  return first >= 65 && first <= 90 && (isDigit(token.charCodeAt(2)) || isDigit(token.charCodeAt(3)));
}

export function claimContext(doc: Document, entities: LocalEntity[], mentions: MentionRecord[], passages: PassageRecord[]): ClaimContext {
  const sentences = joinBrokenNumbers(doc).map((s, index) => new ClaimSentence(doc, s.start, s.end, s.paragraph, index, s.firstToken, s.endToken));
  return { doc, entities, mentions, passages, sentences };
}

/** The document's sentences, joined again where a sentence break fell inside a number written
 * with a dot ("Rp3." | "500 berlaku"), which would otherwise cut the amount in two. */
function joinBrokenNumbers(doc: Document): Sentence[] {
  const joined: Sentence[] = [];
  for (const s of doc.sentences) {
    const last = joined[joined.length - 1];
    if (last && last.end === s.start && doc.text[s.start - 1] === '.' && isDigit(doc.text.charCodeAt(s.start - 2)) && isDigit(doc.text.charCodeAt(s.start))) {
      joined[joined.length - 1] = { ...last, end: s.end, endToken: s.endToken };
    } else {
      joined.push(s);
    }
  }
  return joined;
}

/** wink's part-of-speech tag of the token at `offset`, or '' when none starts there. */
export function posAt(doc: Document, offset: number): string {
  const { tokens } = doc;
  const at = firstStartingFrom(tokens, offset);
  return tokens[at]?.start === offset ? tokens[at].pos : '';
}

/** Index of the first word whose start is at or after `offset` (words.length if none). */
export function wordAt(words: readonly Word[], offset: number): number {
  return firstStartingFrom(words, offset);
}

/** The mentions (indices into ctx.mentions) that lie inside [start, end), in order. Mentions
 * are sorted by offset, so this is a binary search and a short walk. */
export function mentionsIn(ctx: ClaimContext, start: number, end: number): number[] {
  const { mentions } = ctx;
  const lo = firstStartingFrom(mentions, start);
  const found: number[] = [];
  for (let i = lo; i < mentions.length && mentions[i].start < end; i++) if (mentions[i].end <= end) found.push(i);
  return found;
}

const CLAUSE_BREAK = /[;:—–]|,\s/g;
/** Sentences longer than this are cut to the clause around what the claim is about, so that a
 * claim points at the words that make it rather than a whole paragraph. */
const LONG_SENTENCE = 260;

/** The clause of `sentence` around [from, to): the whole sentence when it is short, otherwise
 * the stretch between the nearest clause breaks, widened until it reads as a statement. */
export function clauseAround(text: string, sentence: Span, from: number, to: number): Span {
  if (sentence.end - sentence.start <= LONG_SENTENCE) return { start: sentence.start, end: sentence.end };
  const breaks: number[] = [];
  CLAUSE_BREAK.lastIndex = sentence.start;
  for (let m = CLAUSE_BREAK.exec(text); m && m.index < sentence.end; m = CLAUSE_BREAK.exec(text)) breaks.push(m.index);
  let start = sentence.start;
  let end = sentence.end;
  for (const b of breaks) {
    if (b < from) start = b + 1;
    else if (b >= to) {
      end = b;
      break;
    }
  }
  // Widen over further breaks while the clause is too short to stand alone.
  while (end - start < 60) {
    const before = breaks.filter((b) => b < start - 1).pop();
    const after = breaks.find((b) => b > end);
    if (before === undefined && after === undefined) break;
    if (after !== undefined) end = after;
    else end = sentence.end;
    if (end - start >= 60) break;
    if (before !== undefined) start = before + 1;
    else start = sentence.start;
  }
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /[\s,;:]/.test(text[end - 1])) end--;
  return { start, end };
}

/** The stretch of the sentence between the commas (or semicolons) around `span`. */
function segmentAround(text: string, sentence: Span, span: Span): Span {
  let start = sentence.start;
  for (let i = span.start - 2; i >= sentence.start; i--) {
    if ((text[i] === ',' || text[i] === ';') && /\s/.test(text[i + 1])) {
      start = i + 1;
      break;
    }
  }
  let end = sentence.end;
  for (let i = span.end; i < sentence.end - 1; i++) {
    if ((text[i] === ',' || text[i] === ';') && /\s/.test(text[i + 1])) {
      end = i;
      break;
    }
  }
  return { start, end };
}

/** The names a number or date is about: the subject (the organisation or person nearest `span`
 * between the commas around it, one written before it preferred) and the other names there;
 * failing those, the names written before it in its sentence. A sentence naming nobody before
 * it ("Set up in 2021, the office …") takes the names of the sentence before it in the same
 * paragraph, which is what it goes on about; failing that it names nobody, and is compared with
 * any claim on the same topic. */
export function namesAround(ctx: ClaimContext, sentence: ClaimSentence, span: Span): { subject: number; related: number[] } {
  const segment = segmentAround(ctx.doc.text, sentence, span);
  let found = mentionsIn(ctx, segment.start, segment.end);
  // Between commas there may be only an apposition ("Nordlake Sentinel, the company's software,
  // is used in …"): the names written before it in the sentence are what it is about.
  if (found.length === 0) found = mentionsIn(ctx, sentence.start, span.start);
  const previous = ctx.sentences[sentence.index - 1];
  if (found.length === 0 && previous?.paragraph === sentence.paragraph) found = mentionsIn(ctx, previous.start, previous.end);
  let subject = -1;
  let bestDistance = Infinity;
  for (const index of found) {
    const m = ctx.mentions[index];
    const distance = m.end <= span.start ? span.start - m.end : m.start >= span.end ? (m.start - span.end) * 1.5 : 0;
    if (distance < bestDistance) {
      bestDistance = distance;
      subject = m.local;
    }
  }
  const related = [...new Set(found.map((i) => ctx.mentions[i].local))].filter((l) => l !== subject);
  return { subject, related };
}

/** A claim record over [start, end) of the document text. */
export function makeClaim(
  ctx: ClaimContext, aspect: ConflictAspect, span: Span, subject: number, value: string,
  extra: { topic?: string; polarity?: 1 | -1; related?: number[] } = {},
): ClaimRecord {
  return { start: span.start, end: span.end, text: ctx.doc.text.slice(span.start, span.end), aspect, subject, value, ...extra };
}
