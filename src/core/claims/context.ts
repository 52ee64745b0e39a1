// What every claim reader works on: the document's sentences as lower-case words with exact
// offsets, the names found in them, and helpers to turn a stretch of words into a claim.
import type { Document } from '../document';
import type { ClaimRecord, ConflictAspect, LocalEntity, MentionRecord, PassageRecord, Span } from '../model';

export interface Word extends Span {
  /** Lower-case text; a number keeps its separators ("12,000"), a sign is its own word ("$"). */
  text: string;
  /** As written. */
  raw: string;
}

export interface ClaimSentence extends Span {
  words: Word[];
  /** The words' lower-case texts, for phrase lookups. */
  texts: string[];
  /** Index of the paragraph (line) the sentence is in. */
  paragraph: number;
  /** Index of the sentence in ClaimContext.sentences. */
  index: number;
}

export interface ClaimContext {
  doc: Document;
  entities: LocalEntity[];
  mentions: MentionRecord[];
  passages: PassageRecord[];
  sentences: ClaimSentence[];
}

// Currency codes written against their amount ("Rp3.500", "US$40"), numbers with their
// separators, words (letters, then letters or digits: "X2") with inner hyphens and apostrophes,
// and currency signs.
const WORD = /(?:Rp|RM|CNY|USD|EUR|GBP|IDR|SGD|HKD|AUD|JPY|INR)(?=\d)|\d+(?:[.,]\d+)*|[\p{L}\p{M}][\p{L}\p{M}\d]*(?:[-'’][\p{L}\p{M}\d]+)*|[$€£¥₹]/gu;

export function wordsOf(text: string, start: number, end: number): Word[] {
  const words: Word[] = [];
  WORD.lastIndex = start;
  for (let m = WORD.exec(text); m && m.index < end; m = WORD.exec(text)) {
    if (m.index + m[0].length > end) break;
    words.push({ text: m[0].toLowerCase(), raw: m[0], start: m.index, end: m.index + m[0].length });
  }
  return words;
}

export function claimContext(doc: Document, entities: LocalEntity[], mentions: MentionRecord[], passages: PassageRecord[]): ClaimContext {
  const sentences = joinBrokenNumbers(doc).map((s, index) => {
    const words = wordsOf(doc.text, s.start, s.end);
    return { start: s.start, end: s.end, words, texts: words.map((w) => w.text), paragraph: s.paragraph, index };
  });
  return { doc, entities, mentions, passages, sentences };
}

/** The document's sentences, joined again where a sentence break fell inside a number written
 * with a dot ("Rp3." | "500 berlaku"), which would otherwise cut the amount in two. */
function joinBrokenNumbers(doc: Document): Array<Span & { paragraph: number }> {
  const joined: Array<Span & { paragraph: number }> = [];
  for (const s of doc.sentences) {
    const last = joined[joined.length - 1];
    if (last && last.end === s.start && /\d\.$/.test(doc.text.slice(last.start, last.end)) && /^\d/.test(doc.text.slice(s.start, s.start + 1))) {
      last.end = s.end;
    } else {
      joined.push({ start: s.start, end: s.end, paragraph: s.paragraph });
    }
  }
  return joined;
}

/** wink's part-of-speech tag of the token at `offset`, or '' when none starts there. */
export function posAt(doc: Document, offset: number): string {
  const { tokens } = doc;
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return tokens[lo]?.start === offset ? tokens[lo].pos : '';
}

/** Index of the first word whose start is at or after `offset` (words.length if none). */
export function wordAt(words: readonly Word[], offset: number): number {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The mentions (indices into ctx.mentions) that lie inside [start, end), in order. Mentions
 * are sorted by offset, so this is a binary search and a short walk. */
export function mentionsIn(ctx: ClaimContext, start: number, end: number): number[] {
  const { mentions } = ctx;
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid].start < start) lo = mid + 1;
    else hi = mid;
  }
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
  const before = text.slice(sentence.start, span.start);
  const after = text.slice(span.end, sentence.end);
  const lastBreak = Math.max(before.lastIndexOf(', '), before.lastIndexOf('; '));
  const nextBreak = after.search(/[,;]\s/);
  return {
    start: lastBreak >= 0 ? sentence.start + lastBreak + 1 : sentence.start,
    end: nextBreak >= 0 ? span.end + nextBreak : sentence.end,
  };
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
