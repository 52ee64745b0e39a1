// A document: the file's text, its language, wink-nlp's tokens carried over to exact UTF-16
// offsets, and its sentences (sentences.ts). Everything later in the pipeline works on offsets
// into `text`.
import { nlp } from './nlp';
import { detectLanguage } from './language';
import type { Language, Span } from './model';
import { HONORIFICS } from './lexicon';
import { isWhiteSpace, lowerCase } from './tokenWords';
import { splitSentences } from './sentences';

export interface Token extends Span {
  /** The token exactly as written. */
  text: string;
  /** Universal POS tag from wink's English model (unreliable on other languages). */
  pos: string;
  /** wink's token type: word, punctuation, number, currency, symbol, tabCRLF, … */
  type: string;
}

/** Whether wink tagged the token a verb or an auxiliary. */
export const isVerbTag = (token: Token | undefined): boolean => token?.pos === 'VERB' || token?.pos === 'AUX';

export interface Sentence extends Span {
  /** Token index range [firstToken, endToken). */
  firstToken: number;
  endToken: number;
  paragraph: number;
}

export interface Document {
  file: string;
  text: string;
  language: Language;
  tokens: Token[];
  sentences: Sentence[];
  /** Paragraphs: runs of text separated by line breaks (news text puts one paragraph a line). */
  paragraphs: Span[];
}

/** A word with the possessive clitic attached ("Clinton's"). wink splits it off only the first
 * time it meets the word in some contexts, so its tokens depend on what it read before; splitting
 * it here always makes a document's tokens depend on its own text alone (workers and the index
 * cache rely on that). */
const POSSESSIVE_ATTACHED = /^(.*\p{L})(['’][sS])$/u;
/** Whether `value` may end in an attached possessive: a cheap test before the regex. */
const endsLikePossessive = (value: string): boolean => {
  const n = value.length;
  const last = value.charCodeAt(n - 1);
  const apostrophe = value.charCodeAt(n - 2);
  return n > 2 && (last === 115 || last === 83) && (apostrophe === 39 || apostrophe === 0x2019);
};

const isLineBreak = (code: number): boolean => code === 10 || code === 13;

/** Whether a token is all white space (wink keeps line breaks and tabs as tokens). */
function isBlankToken(value: string): boolean {
  for (let k = 0; k < value.length; k++) if (!isWhiteSpace(value.charCodeAt(k))) return false;
  return true;
}

function hasLineBreak(value: string): boolean {
  for (let k = 0; k < value.length; k++) if (isLineBreak(value.charCodeAt(k))) return true;
  return false;
}

export function readDocument(file: string, text: string): Document {
  const winkDoc = nlp().readDoc(text);
  const its = nlp().its;
  const winkTokens = winkDoc.tokens();
  const values = winkTokens.out(its.value) as string[];
  const tags = winkTokens.out(its.pos) as string[];
  const types = winkTokens.out(its.type) as string[];

  const tokens: Token[] = [];
  // For each of our tokens: whether a line break comes between it and the token before it.
  const breakBefore: boolean[] = [];
  let sawBreak = false;
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (types[i] === 'tabCRLF' || isBlankToken(value)) {
      // Dropped; the white space before the next token is skipped over in the text below.
      if (hasLineBreak(value)) sawBreak = true;
      continue;
    }
    // The token is where the white space after the cursor ends (wink's preceding spaces are not
    // read out: building them costs a string per token); if wink ever does not reproduce the
    // text exactly, find the token again.
    let start = cursor;
    while (start < text.length && isWhiteSpace(text.charCodeAt(start))) {
      if (isLineBreak(text.charCodeAt(start))) sawBreak = true;
      start++;
    }
    if (!text.startsWith(value, start)) {
      const found = text.indexOf(value, cursor);
      if (found < 0) {
        if (hasLineBreak(value)) sawBreak = true;
        continue;
      }
      start = found;
    }
    cursor = start + value.length;
    breakBefore.push(sawBreak);
    sawBreak = false;
    const possessive = types[i] === 'word' && endsLikePossessive(value) ? POSSESSIVE_ATTACHED.exec(value) : null;
    if (possessive) {
      const split = start + possessive[1].length;
      tokens.push({ text: possessive[1], start, end: split, pos: tags[i], type: 'word' });
      tokens.push({ text: possessive[2], start: split, end: cursor, pos: 'PART', type: 'word' });
      breakBefore.push(false);
    } else if (values[i + 1] === '.' && text.charCodeAt(cursor) === 46 && HONORIFICS.has(`${lowerCase(value)}.`)) {
      // An honorific wink splits from its full stop ("Rev" ".", "Msgr" "."), which would end the
      // sentence before the name: one token, as wink makes "Gov." or "Dr.".
      cursor++;
      i++;
      tokens.push({ text: text.slice(start, cursor), start, end: cursor, pos: 'PROPN', type: 'word' });
    } else {
      tokens.push({ text: value, start, end: cursor, pos: tags[i], type: types[i] });
    }
  }

  const paragraphs = splitParagraphs(text);
  const sentences = splitSentences(tokens, breakBefore, paragraphs);
  return { file, text, language: detectLanguage(tokens), tokens, sentences, paragraphs };
}

/** Non-empty lines, trimmed of surrounding white space (as String.prototype.trim would). */
export function splitParagraphs(text: string): Span[] {
  const paragraphs: Span[] = [];
  for (let at = 0; at < text.length;) {
    let lineEnd = at;
    while (lineEnd < text.length && !isLineBreak(text.charCodeAt(lineEnd))) lineEnd++;
    let start = at;
    let end = lineEnd;
    while (start < end && isWhiteSpace(text.charCodeAt(start))) start++;
    while (end > start && isWhiteSpace(text.charCodeAt(end - 1))) end--;
    if (end > start) paragraphs.push({ start, end });
    at = lineEnd + 1;
  }
  return paragraphs;
}
