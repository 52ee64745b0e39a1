// Who said what: direct quotes and reported speech, each with its speaker.
import type { Document, Token } from './document';
import type { LocalEntity, MentionRecord, PassageRecord } from './model';
import { SPEAKER_PRONOUNS, SPEECH_VERBS_EN, SPEECH_VERBS_ID, ID_PRONOUN_TAGS } from './lexicon';

const OPENING = new Set(['“', '"', '«', '„']);
const CLOSING_FOR: Record<string, string> = { '“': '”', '"': '"', '«': '»', '„': '“' };

interface Quote {
  start: number; // offset of the first character inside the marks
  end: number;
}

/** Quoted stretches of one paragraph; a quote left open runs to the paragraph's end. */
function findQuotes(text: string, from: number, to: number): Quote[] {
  const quotes: Quote[] = [];
  let i = from;
  while (i < to) {
    const ch = text[i];
    if (OPENING.has(ch)) {
      const close = text.indexOf(CLOSING_FOR[ch], i + 1);
      const end = close >= 0 && close < to ? close : to;
      if (end > i + 1) quotes.push({ start: i + 1, end });
      i = end + 1;
    } else {
      i++;
    }
  }
  return quotes;
}

const isSpeechVerb = (word: string): boolean => SPEECH_VERBS_EN.has(word) || SPEECH_VERBS_ID.has(word);

export function findPassages(doc: Document, entities: LocalEntity[], mentions: MentionRecord[]): PassageRecord[] {
  const passages: PassageRecord[] = [];
  const { text, tokens } = doc;
  let lastSpeaker = -1;
  const mentionAt = new Map<number, MentionRecord>();
  for (const m of mentions) mentionAt.set(m.start, m);

  const tokenIndexAt = (offset: number): number => {
    let lo = 0;
    let hi = tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tokens[mid].end <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const speakerNear = (index: number, direction: 1 | -1, limit: number): { speaker: number; cue: Token } | undefined => {
    // "said X", "X said", "he said" within a few tokens of the quote.
    for (let k = index, steps = 0; k >= 0 && k < tokens.length && steps < limit; k += direction, steps++) {
      const word = tokens[k].text.toLowerCase();
      if (!isSpeechVerb(word)) continue;
      const subject = subjectAround(k);
      if (subject !== undefined) return { speaker: subject, cue: tokens[k] };
    }
    return undefined;
  };
  const subjectAround = (verb: number): number | undefined => {
    for (const k of [verb - 1, verb + 1, verb - 2, verb + 2, verb - 3]) {
      const token = tokens[k];
      if (!token) continue;
      const mention = mentionEndingAt(token.end) ?? mentionAt.get(token.start);
      if (mention && entities[mention.local].type === 'person') return mention.local;
      if (SPEAKER_PRONOUNS.get(token.text.toLowerCase()) === 'person' && lastSpeaker >= 0) return lastSpeaker;
    }
    if (ID_PRONOUN_TAGS.has(tokens[verb].text.toLowerCase()) && lastSpeaker >= 0) return lastSpeaker;
    return undefined;
  };
  const mentionEndingAt = (end: number): MentionRecord | undefined => {
    for (const m of mentions) if (m.end === end) return m;
    return undefined;
  };

  for (const paragraph of doc.paragraphs) {
    for (const quote of findQuotes(text, paragraph.start, paragraph.end)) {
      const inner = text.slice(quote.start, quote.end);
      const words = inner.trim().split(/\s+/).length;
      const after = speakerNear(tokenIndexAt(quote.end + 1), 1, 6);
      const before = after ? undefined : speakerNear(tokenIndexAt(quote.start - 1) - 1, -1, 8);
      const found = after ?? before;
      // Scare quotes: a few words with nobody saying them.
      if (!found && words < 6) continue;
      const speaker = found?.speaker ?? lastSpeaker;
      if (speaker >= 0) lastSpeaker = speaker;
      const trimmedEnd = quote.start + inner.trimEnd().length;
      passages.push({
        start: quote.start, end: trimmedEnd, kind: 'direct', text: text.slice(quote.start, trimmedEnd),
        speakers: speaker >= 0 ? [speaker] : [],
        cue: found ? { start: found.cue.start, end: found.cue.end, text: found.cue.text } : undefined,
      });
    }
  }
  passages.sort((a, b) => a.start - b.start);
  return passages;
}
