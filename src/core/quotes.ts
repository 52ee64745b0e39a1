// Quoted stretches of text. Marks are read by their surroundings as much as by their shape, so
// straight quotes, curly quotes typed the wrong way round and NYT-style '' all pair up; every
// paragraph starts afresh, so a stray mark never derails the rest of the article.
import type { Span } from './model';
import { hasLetterOrDigit } from './tokenWords';

export interface Quote extends Span {
  /** Offset of the opening mark (start/end are the words inside the marks). */
  open: number;
  /** Offset just after the closing mark, or the paragraph end when the quote is left open. */
  close: number;
  paragraph: number;
  /** Whether the quote runs to the paragraph's end without a closing mark. */
  unclosed: boolean;
  /** Whether it opens its paragraph while the previous paragraph's quote was left open: the same
   * speaker goes on talking. */
  continued: boolean;
}

type Style = 'straight' | 'curly' | 'double-apostrophe' | 'guillemet' | 'single';

interface Mark {
  at: number;
  length: number;
  style: Style;
  canOpen: boolean;
  canClose: boolean;
}

const OPENING_PUNCTUATION = /[([{\u2014\u2013\-/:]/;
const CLOSING_PUNCTUATION = /[.,;:!?)\]}\u2014\u2013\-…]/;
const isSpace = (ch: string | undefined): boolean => ch === undefined || /\s/.test(ch);
const QUOTE_CHARACTERS = /["“”„«»'‘’]/;
/** Every quotation mark, scanned for paragraph by paragraph (one expression for all: a new one per
 * paragraph costs more than the scan). */
const QUOTE_MARKS = new RegExp(QUOTE_CHARACTERS.source, 'g');
// (At module level: a bundle would rebuild a literal with \p{…} on every call.)
const LOWER_CASE_LETTER = /\p{Ll}/u;
const isQuoteChar = (ch: string | undefined): boolean => ch !== undefined && QUOTE_CHARACTERS.test(ch);
const isWordChar = (ch: string | undefined): boolean => ch !== undefined && hasLetterOrDigit(ch);

/** Reads the mark at `i`, if any, with whether its surroundings let it open or close a quote. */
function readMark(text: string, i: number, from: number, to: number): Mark | undefined {
  const ch = text[i];
  let style: Style;
  let length = 1;
  if (ch === '"') style = 'straight';
  else if (ch === '“' || ch === '”' || ch === '„') style = 'curly';
  else if (ch === '«' || ch === '»') style = 'guillemet';
  else if ((ch === "'" || ch === '’') && text[i + 1] === ch && i + 1 < to) {
    style = 'double-apostrophe';
    length = 2;
  } else if (ch === "'" || ch === '‘' || ch === '’') style = 'single';
  else return undefined;

  const before = i > from ? text[i - 1] : undefined;
  const after = i + length < to ? text[i + length] : undefined;
  // Flanking, as in Markdown: a mark with text after and space (or opening punctuation) before
  // opens; one with text before and space (or closing punctuation) after closes.
  const leftFlanking = !isSpace(after) && (isSpace(before) || OPENING_PUNCTUATION.test(before!) || isQuoteChar(before));
  const rightFlanking = !isSpace(before) && (isSpace(after) || CLOSING_PUNCTUATION.test(after!) || isQuoteChar(after));
  if (style === 'single') {
    // Apostrophes inside words ("don't", "China’s"), before a year ("’90s") and after a plural
    // possessor ("the workers' union") are never marks.
    if (isWordChar(before) && isWordChar(after)) return undefined;
    const elision = after !== undefined && after >= '0' && after <= '9';
    const possessive = (before === 's' || before === 'S') && isSpace(after) && LOWER_CASE_LETTER.test(text[i + 2] ?? '');
    if (elision || possessive) return undefined;
    return { at: i, length, style, canOpen: leftFlanking && ch !== '’' || leftFlanking && isSpace(before), canClose: rightFlanking && ch !== '‘' };
  }
  let canOpen = leftFlanking;
  let canClose = rightFlanking;
  if (leftFlanking === rightFlanking) {
    // Between two words or two spaces: trust the glyph's own direction.
    canOpen = ch === '“' || ch === '„' || ch === '«' || ch === '"' || style === 'double-apostrophe';
    canClose = ch === '”' || ch === '»' || ch === '"' || style === 'double-apostrophe';
  }
  return { at: i, length, style, canOpen, canClose };
}

/** The quotes of every paragraph, in text order. */
export function findQuotes(text: string, paragraphs: Span[]): Quote[] {
  const quotes: Quote[] = [];
  let previousUnclosed = false;
  paragraphs.forEach((paragraph, index) => {
    const found = quotesOfParagraph(text, paragraph, index);
    if (found.length > 0 && previousUnclosed && found[0].open === paragraph.start) found[0].continued = true;
    previousUnclosed = found.length > 0 && found[found.length - 1].unclosed;
    quotes.push(...found);
  });
  return quotes;
}

function quotesOfParagraph(text: string, paragraph: Span, index: number): Quote[] {
  const quotes: Quote[] = [];
  const { start: from, end: to } = paragraph;
  let opener: Mark | undefined;
  // Marks of another style opened inside the current quote (a quotation within a quotation).
  const nested: Style[] = [];
  const push = (open: Mark, closeAt: number, closeEnd: number, unclosed: boolean): void => {
    let start = open.at + open.length;
    let end = closeAt;
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    if (end > start && hasLetterOrDigit(text.slice(start, end))) {
      quotes.push({ start, end, open: open.at, close: closeEnd, paragraph: index, unclosed, continued: false });
    }
  };

  // The scan runs over the paragraph alone: over the whole text, a paragraph without marks would
  // be scanned on to the next mark, however far.
  const marks = QUOTE_MARKS;
  const paragraphText = text.slice(from, to);
  marks.lastIndex = 0;
  for (let found = marks.exec(paragraphText); found; found = marks.exec(paragraphText)) {
    const mark = readMark(text, from + found.index, from, to);
    if (!mark) continue;
    marks.lastIndex = found.index + mark.length;
    if (!opener) {
      if (mark.canOpen && !(mark.style === 'single' && !singleCloses(text, mark, to))) opener = mark;
      continue;
    }
    if (mark.style === 'single' && opener.style !== 'single') continue; // quotation within a quotation
    if (nested.length > 0 && mark.style === nested[nested.length - 1] && mark.canClose) {
      nested.pop();
      continue;
    }
    if (mark.style === opener.style || mark.style !== 'single' && opener.style !== 'single' && !mark.canOpen) {
      if (mark.canClose) {
        push(opener, mark.at, mark.at + mark.length, false);
        opener = undefined;
      } else if (mark.canOpen && mark.style === opener.style) {
        // The same mark opening again: the last quote lost its closing mark.
        push(opener, mark.at, mark.at, false);
        opener = mark;
      }
    } else if (mark.canOpen && !mark.canClose) {
      nested.push(mark.style);
    } else if (mark.canClose) {
      push(opener, mark.at, mark.at + mark.length, false);
      opener = undefined;
    }
  }
  if (opener && opener.style !== 'single') push(opener, to, to, true);
  return quotes;
}

/** How far a single-quoted phrase may run: they are short (titles, phrases), and the bound keeps
 * the search linear. */
const SINGLE_QUOTE_REACH = 400;

/** Whether a single opening mark has a closing one later in the paragraph (otherwise it is an
 * apostrophe: "’90s", "rock ’n’ roll"). */
function singleCloses(text: string, mark: Mark, to: number): boolean {
  const limit = Math.min(to, mark.at + SINGLE_QUOTE_REACH);
  for (let j = mark.at + 1; j < limit; j++) {
    const candidate = readMark(text, j, mark.at, to);
    if (candidate?.style === 'single' && candidate.canClose) return true;
  }
  return false;
}
