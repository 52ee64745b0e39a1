// Recognising people and organisations. wink's English model has no PERSON/ORG types, so this
// works from capitalisation, organisation suffixes, titles and the words around a name.
import type { Document, Token } from './document';
import type { EntityType, RoleRecord } from './model';
import {
  HONORIFICS, KNOWN_ORGANIZATIONS, NON_NAME_WORDS, ORG_HEAD_WORDS, ORG_SUFFIXES, TITLE_WORDS,
  SPEECH_VERBS_EN, SPEECH_VERBS_ID,
} from './lexicon';

export interface MentionCandidate {
  start: number;
  end: number;
  text: string;
  type: EntityType;
  /** Token range [firstToken, endToken) in the document. */
  firstToken: number;
  endToken: number;
  /** True when only one capitalised word: kept only if it links to a fuller name. */
  single: boolean;
  role?: RoleRecord;
}

/** Words allowed inside an organisation's name between capitalised words. */
const NAME_CONNECTORS = new Set(['of', 'for', 'and', '&', 'de', 'la', 'du', 'van', 'von', 'bin', 'al', 'on']);
const POSSESSIVE = /^['’]s$/;

export const isCapitalised = (word: string): boolean => /^\p{Lu}/u.test(word) && /\p{L}/u.test(word);
const bare = (word: string): string => word.toLowerCase().replace(/\.$/, '');
export const isAcronym = (word: string): boolean => /^\p{Lu}[\p{Lu}\d&]{1,6}$/u.test(word);

function isNameWord(token: Token): boolean {
  if (token.type !== 'word' && token.type !== 'number') return false;
  if (token.type === 'number') return false;
  return isCapitalised(token.text) || /^\p{Ll}+\p{Lu}/u.test(token.text); // "iPhone", "eBay"
}

/** Finds every person and organisation name in the document. */
export function findMentions(doc: Document): MentionCandidate[] {
  const mentions: MentionCandidate[] = [];
  const { tokens, text } = doc;
  for (const sentence of doc.sentences) {
    let i = sentence.firstToken;
    while (i < sentence.endToken) {
      if (!isNameWord(tokens[i])) {
        i++;
        continue;
      }
      // Extend over name words, connectors between name words, and the possessive in
      // "People's Bank of China" (only when an organisation head word follows).
      let end = i + 1;
      while (end < sentence.endToken) {
        const t = tokens[end];
        if (isNameWord(t) && t.start - tokens[end - 1].end <= 1) {
          end++;
        } else if (
          NAME_CONNECTORS.has(t.text.toLowerCase()) && end + 1 < sentence.endToken &&
          isNameWord(tokens[end + 1]) && hasOrgHead(tokens, i, end)
        ) {
          end += 2;
        } else {
          break;
        }
      }
      const candidate = classify(doc, i, end, sentence.firstToken);
      if (candidate) mentions.push(candidate);
      i = end;
    }
  }
  for (const mention of mentions) mention.text = text.slice(mention.start, mention.end);
  return mentions;
}

/** Whether tokens [from, to) look like the start of an organisation name that takes "of". */
function hasOrgHead(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (ORG_HEAD_WORDS.has(bare(tokens[k].text)) || ORG_SUFFIXES.has(bare(tokens[k].text))) return true;
  return false;
}

function classify(doc: Document, first: number, end: number, sentenceStart: number): MentionCandidate | undefined {
  const { tokens } = doc;
  // Drop leading words that are capitalised only by position or are titles ("The", "Mr", "CEO").
  let roleStart = -1;
  while (first < end) {
    const word = bare(tokens[first].text);
    if (NON_NAME_WORDS.has(word) || HONORIFICS.has(word)) {
      first++;
    } else if (TITLE_WORDS.has(word) && end - first > 1 && !ORG_SUFFIXES.has(bare(tokens[end - 1].text))) {
      if (roleStart < 0) roleStart = first;
      first++;
    } else {
      break;
    }
  }
  // Trailing connectors never end a name.
  while (end > first && NAME_CONNECTORS.has(tokens[end - 1].text.toLowerCase())) end--;
  if (first >= end) return undefined;

  const words = tokens.slice(first, end).map((t) => bare(t.text));
  const last = words[words.length - 1];
  let type: EntityType | undefined;
  if (ORG_SUFFIXES.has(last) || ORG_HEAD_WORDS.has(words[0]) && words.includes('of')) type = 'organization';
  else if (words.length === 1 && (KNOWN_ORGANIZATIONS.has(last) || isAcronym(tokens[first].text))) type = 'organization';
  else if (words.every((w) => KNOWN_ORGANIZATIONS.has(w))) type = 'organization';
  else if (words.length >= 2 && words.length <= 4 && !words.includes('of')) type = 'person';
  else if (words.length === 1) type = 'person';
  if (!type) return undefined;

  // A single capitalised word at the start of a sentence is usually an ordinary word.
  const single = end - first === 1;
  if (single && first === sentenceStart && type === 'person' && !followedBySpeech(tokens, end)) return undefined;

  const role = findRole(doc, first, end, roleStart);
  return { start: tokens[first].start, end: tokens[end - 1].end, text: '', type, firstToken: first, endToken: end, single, role };
}

function followedBySpeech(tokens: Token[], index: number): boolean {
  const next = tokens[index]?.text.toLowerCase();
  return next !== undefined && (SPEECH_VERBS_EN.has(next) || SPEECH_VERBS_ID.has(next));
}

/** A title written right before the name ("co-founder Lei Jun") or as an appositive after it
 * ("Lei Jun, CEO of Xiaomi"). */
function findRole(doc: Document, first: number, end: number, roleStart: number): RoleRecord | undefined {
  const { tokens, text } = doc;
  // Before: walk back over title words, capitalised words and "of" while a title word is seen.
  let from = roleStart >= 0 ? roleStart : first;
  let sawTitle = roleStart >= 0;
  for (let k = from - 1; k >= 0 && k >= first - 8; k--) {
    const word = bare(tokens[k].text);
    if (tokens[k].end + 1 < tokens[k + 1].start) break;
    if (TITLE_WORDS.has(word)) {
      sawTitle = true;
      from = k;
    } else if ((isNameWord(tokens[k]) || word === 'of' || word === 'and' || POSSESSIVE.test(word)) && !NON_NAME_WORDS.has(word)) {
      if (!sawTitle) break;
      from = k;
    } else {
      break;
    }
  }
  if (sawTitle && from < first) {
    while (from < first && !TITLE_WORDS.has(bare(tokens[from].text)) && !isNameWord(tokens[from])) from++;
    return { start: tokens[from].start, end: tokens[first - 1].end, text: text.slice(tokens[from].start, tokens[first - 1].end) };
  }
  // After: ", <title words> [of Org]" up to the next comma or sentence end.
  if (tokens[end]?.text === ',' && tokens[end + 1] && TITLE_WORDS.has(bare(tokens[end + 1].text).split('-').pop() ?? '')) {
    let k = end + 1;
    while (k < tokens.length && k < end + 14 && !/^[,.;:“”"()]$/.test(tokens[k].text) && !SPEECH_VERBS_EN.has(tokens[k].text)) k++;
    if (k > end + 1) return { start: tokens[end + 1].start, end: tokens[k - 1].end, text: text.slice(tokens[end + 1].start, tokens[k - 1].end) };
  }
  return undefined;
}
