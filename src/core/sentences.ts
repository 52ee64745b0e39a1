// Sentence boundaries over a document's tokens, by the rules of wink-nlp's own detector (its `sbd`
// annotation), which took a fifth of wink's reading time: 1,000 bench articles read with tags
// alone in 410 ms of CPU, with sentences too in 509. These rules give the same sentences as it
// on every one of 10,116 articles compared (seeds, polnear-dev, samples, fixtures and 10,000 bench
// articles: 332,122 sentences), except after "Rev." and "Msgr.", which wink splits from their
// full stop and ends a sentence at, and readDocument keeps whole. Every line break ends a
// sentence too: headlines and one-line paragraphs are sentences of their own.
import type { Sentence, Token } from './document';
import type { Span } from './model';
import { HONORIFICS, SENTENCE_OPENERS } from './lexicon';
import { lowerCase } from './tokenWords';

const isFullStop = (text: string): boolean => text === '.' || text === '?' || text === '!';
/** Closing marks that stay with the sentence they close. */
const CLOSERS = new Set(['”', '’', ')', ']', '»']);
/** Quotes that may open or close: closing when written against the token before. */
const AMBIGUOUS_QUOTES = new Set(['"', "'"]);
/** After a full stop these continue the sentence ("Sen. Rand Paul, R-Ky., said"). */
const CONTINUE_AFTER_DOT = new Set([',', '-', '–', '—']);

/** An abbreviation wink kept whole ("Ltd.", "U.S.", "p.m."), not an initial ("J."), an
 * ellipsis, nor an honorific, which always runs on into a name. */
function isAbbreviation(text: string): boolean {
  const code = text.charCodeAt(0) | 32;
  return text.length > 2 && code >= 97 && code <= 122 && text.charCodeAt(text.length - 1) === 46 && !HONORIFICS.has(lowerCase(text));
}

/** Sentences of `tokens`; `breakBefore[k]` says a line break comes before token k. */
export function splitSentences(tokens: readonly Token[], breakBefore: readonly boolean[], paragraphs: readonly Span[]): Sentence[] {
  const sentences: Sentence[] = [];
  let first = 0;
  let paragraph = 0;
  const endBefore = (end: number): void => {
    if (end <= first) return;
    const start = tokens[first].start;
    while (paragraph < paragraphs.length - 1 && paragraphs[paragraph].end <= start) paragraph++;
    sentences.push({ start, end: tokens[end - 1].end, firstToken: first, endToken: end, paragraph });
    first = end;
  };
  // Whether token k comes on the same line as the one before it.
  const sameLine = (k: number): boolean => k < tokens.length && !breakBefore[k];
  for (let k = 0; k < tokens.length; k++) {
    if (breakBefore[k]) endBefore(k);
    const text = tokens[k].text;
    if (isFullStop(text)) {
      let last = k;
      while (sameLine(last + 1) && isFullStop(tokens[last + 1].text)) last++;
      if (last === k && text === '.' && sameLine(k + 1) && CONTINUE_AFTER_DOT.has(tokens[k + 1].text)) continue;
      const next = tokens[last + 1];
      if (sameLine(last + 1) && (CLOSERS.has(next.text) || AMBIGUOUS_QUOTES.has(next.text) && next.start === tokens[last].end)) last++;
      endBefore(last + 1);
      k = last;
    } else if (sameLine(k + 1) && isAbbreviation(text) && tokens[k + 1].type === 'word' && isOpener(tokens[k + 1].text)) {
      endBefore(k + 1);
    }
  }
  endBefore(tokens.length);
  return sentences;
}

/** A capitalised sentence opener ("The", "But"). */
function isOpener(text: string): boolean {
  const code = text.charCodeAt(0);
  return code >= 65 && code <= 90 && SENTENCE_OPENERS.has(lowerCase(text));
}
