// Token helpers for finding passages: tokens in lower case, computed when first asked for (passage
// finding looks at few tokens closely, so lower-casing all of them up front would cost more than it
// saves), and cheap character-class tests.
import type { Token } from './document';

export class TokenWords {
  private readonly cache: Array<string | undefined>;

  constructor(private readonly tokens: Token[]) {
    this.cache = new Array(tokens.length);
  }

  /** Token k in lower case ('' past either end). */
  at(k: number): string {
    if (k < 0 || k >= this.tokens.length) return '';
    return this.cache[k] ??= lowerCase(this.tokens[k].text);
  }
}

/** Lower case, without a new string for the many words already in lower-case ASCII. */
export function lowerCase(word: string): string {
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code >= 65 && code <= 90 || code > 127) return word.toLowerCase();
  }
  return word;
}

/** The index of the first item (token, word, mention: sorted by start) starting at or after
 * `offset`, or items.length (binary search). */
export function firstStartingFrom(items: readonly { start: number }[], offset: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether a word starts with a capital letter (ASCII checked by code, the rest by Unicode class). */
export function startsUpperCase(word: string): boolean {
  const code = word.charCodeAt(0);
  return code < 128 ? code >= 65 && code <= 90 : CAPITALISED.test(word);
}

/** Whether a UTF-16 code unit is an ASCII digit. */
export const isDigit = (code: number): boolean => code >= 48 && code <= 57;

/** Whether a word has a letter or a digit. */
export function hasLetterOrDigit(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code >= 48 && code <= 57 || code >= 65 && code <= 90 || code >= 97 && code <= 122) return true;
    if (code > 127) return LETTER_OR_DIGIT.test(word);
  }
  return false;
}

/** The characters /\s/ matches, and String.prototype.trim removes: white space and line terminators. */
export function isWhiteSpace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

const CAPITALISED = /^\p{Lu}/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
