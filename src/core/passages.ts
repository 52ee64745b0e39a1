// Who said what: direct quotes and reported speech, each with its speakers (local entity indices).
//
// One pass over the sentences finds the speech cues and what they report (reportedSpeech.ts, with
// speakers from speakers.ts); quotations inside a reported stretch take its speaker. Paragraphs
// labelled with a name ("WALLACE: …", "A: …") or introduced by "X added:" are passages of their
// own. Last, the remaining quotations (quotes.ts) take the speaker of a tag right after them or the
// one they continue: of a quote left open in the paragraph before, of an earlier passage in the
// same paragraph, or of the person the text was just about.
import type { Document } from './document';
import type { LocalEntity, MentionRecord, PassageRecord, RoleRecord, Span } from './model';
import { ANSWER_LABELS, BACK_REFERENCES_ID, COPULAS, PASSIVE_SPEECH_VERBS_ID, QUESTION_LABELS, SENTENCE_ABBREVIATIONS } from './lexicon';
import { findQuotes, type Quote } from './quotes';
import { ReportedSpeech } from './reportedSpeech';
import { SpeakerFinder } from './speakers';
import { firstStartingFrom, hasLetterOrDigit, startsUpperCase, TokenWords } from './tokenWords';
import { scratchInt32, scratchUint8 } from './scratch';

// Regular expressions with \p{…} live at module level: a bundle rebuilds such a literal on every call.
/** A lower-case word with a full stop stuck to it ("in."). */
const WORD_WITH_FULL_STOP = /\p{Ll}{2}\.$/u;
/** Text that cannot start a sentence. */
const CONTINUES_SENTENCE = /^[\p{Ll}),;:]/u;
/** An initial ("D", "N."). */
const INITIAL = /^\p{Lu}\.?$/u;
/** An initial, perhaps closing a bracket ("Y.)"). */
const INITIAL_OR_CLOSE = /^\p{Lu}\.?\)?$/u;
/** A word of four letters or more. */
const LONG_WORD = /^\p{L}{4}/u;
const SPACES = /\s+/;

/** A quotation that shares the sentence with reported speech is reported as the direct passage
 * alone when it makes up at least this share of the reported stretch ("saying the technology
 * could “…”"); otherwise it is part of the indirect passage. */
const QUOTED_SHARE_FOR_DIRECT = 0.5;
/** A quotation nobody is found for is kept (without a speaker) from this many words on. */
const UNATTRIBUTED_MIN_WORDS = 10;
/** How many words a label before a colon may have ("Obama on Climate Change: …"). */
const LABEL_MAX_TOKENS = 8;

interface Attribution {
  speakers: number[];
  cue: RoleRecord;
}

interface QuoteState {
  speakers?: number[];
  cue?: RoleRecord;
  /** Part of an indirect passage: not a passage of its own. */
  inside: boolean;
}

/** The quotations of a document, which quotation each token is in, and what is known of each. */
interface Quotations {
  quotes: Quote[];
  /** For each token, the index of the quotation it is in (marks included), or -1. */
  quoteOf: Int32Array;
  /** For each token, 1 if it is in a quotation. */
  inQuote: Uint8Array;
  states: QuoteState[];
}

export function findPassages(doc: Document, entities: LocalEntity[], mentions: MentionRecord[]): PassageRecord[] {
  const { text, tokens } = doc;
  const quotations = indexQuotations(doc);
  const { inQuote } = quotations;
  const words = new TokenWords(tokens);
  const finder = new SpeakerFinder(doc, entities, mentions, inQuote, words);
  // Attributions by the token they start at, for quotations right before a tag ("“…,” Mr. Obama
  // said, “and …”"), and those ending in a colon by the colon's end ("Limbaugh added:").
  const tags = new Map<number, Attribution>();
  const introductions = new Map<number, Attribution>();

  const passages = reportedPassages(doc, entities, new ReportedSpeech(doc, finder, inQuote, words), quotations, tags, introductions);
  passages.push(...labelledParagraphs(doc, finder, quotations));
  passages.push(...introducedParagraphs(doc, introductions, quotations));
  passages.push(...backReferences(doc, entities, finder, words, quotations, passages));
  tagsAfterQuotes(doc, quotations, tags);
  attributeRemainingQuotes(doc, quotations, passages, finder);

  quotations.quotes.forEach((quote, i) => {
    const state = quotations.states[i];
    if (state.inside || isStageDirection(text.slice(quote.start, quote.end))) return;
    if (!state.speakers && !(isStandalone(text, quote, doc.paragraphs[quote.paragraph]) && wordCount(text.slice(quote.start, quote.end)) >= UNATTRIBUTED_MIN_WORDS)) return;
    passages.push({
      start: quote.start, end: quote.end, kind: 'direct', text: text.slice(quote.start, quote.end),
      speakers: state.speakers ?? [], cue: state.cue,
    });
  });
  passages.sort((a, b) => a.start - b.start || a.end - b.end);
  return passages;
}

/** The quotation maps of indexQuotations, reused from one document to the next (scratch.ts). */
const QUOTE_OF = scratchInt32();
const IN_QUOTE = scratchUint8();

function indexQuotations(doc: Document): Quotations {
  const quotes = findQuotes(doc.text, doc.paragraphs);
  const { tokens } = doc;
  const quoteOf = QUOTE_OF.take(tokens.length, -1);
  const inQuote = IN_QUOTE.take(tokens.length);
  let q = 0;
  for (let k = 0; k < tokens.length && q < quotes.length; k++) {
    const start = tokens[k].start;
    while (q < quotes.length && quotes[q].close <= start) q++;
    if (q < quotes.length && start >= quotes[q].open) {
      quoteOf[k] = q;
      inQuote[k] = 1;
    }
  }
  return { quotes, quoteOf, inQuote, states: quotes.map(() => ({ inside: false })) };
}

/** The indirect passages of every sentence's statements. Quotations inside a statement take its
 * speakers when they are what was said (or a quoted judgement); otherwise they are part of it. */
function reportedPassages(
  doc: Document, entities: LocalEntity[], reported: ReportedSpeech, { quotes, quoteOf, states }: Quotations,
  tags: Map<number, Attribution>, introductions: Map<number, Attribution>,
): PassageRecord[] {
  const { text, tokens } = doc;
  const passages: PassageRecord[] = [];
  for (const [firstToken, endToken] of readingUnits(doc)) {
    for (const statement of reported.statements(firstToken, endToken)) {
      const cue = { start: tokens[statement.verb].start, end: tokens[statement.verbEnd].end, text: text.slice(tokens[statement.verb].start, tokens[statement.verbEnd].end) };
      const speakers = byName(statement.speakers, entities);
      tags.set(statement.tagFirst, { speakers, cue });
      const colon = tokens[statement.tagLast + 1];
      if (statement.first > statement.last) {
        if (colon?.text === ':') introductions.set(colon.end, { speakers, cue });
        continue;
      }
      const start = tokens[statement.first].start;
      // wink sometimes keeps the full stop on the last word ("in."): it ends the sentence, not the clause.
      const end = tokens[statement.last].end - (WORD_WITH_FULL_STOP.test(tokens[statement.last].text) ? 1 : 0);
      const within = quotesBetween(quoteOf, statement.first, statement.last);
      // The reported words are the quotation when one quotation makes up most of them; several
      // quoted fragments strung together by the writer's words stay one indirect passage.
      let quoted = 0;
      for (const i of within) quoted = Math.max(quoted, Math.min(end, quotes[i].end) - Math.max(start, quotes[i].start));
      const direct = quoted >= QUOTED_SHARE_FOR_DIRECT * (end - start);
      for (const i of within) {
        if (states[i].speakers) continue;
        if (direct || isQuotedJudgement(doc, quotes[i], quoteOf)) Object.assign(states[i], { speakers, cue });
        else if (quotes[i].start >= start && quotes[i].end <= end) states[i].inside = true;
      }
      if (!direct) passages.push({ start, end, kind: 'indirect', text: text.slice(start, end), speakers, cue });
    }
  }
  return passages;
}

/** A quotation inside reported speech that is a judgement in its own right: the complement of a
 * copula ("is “a misinterpretation”"). Other quoted words stay part of the reported passage
 * ("said the deal would “change everything”", "had “no idea”"), however long, so they are not
 * listed twice; labels ("a “correction program”", "program “perbaikan”") never are passages. */
function isQuotedJudgement(doc: Document, quote: Quote, quoteOf: Int32Array): boolean {
  let k = firstStartingFrom(doc.tokens, quote.open) - 1;
  while (k >= 0 && quoteOf[k] < 0 && doc.tokens[k].pos === 'ADV') k--;
  const before = doc.tokens[k];
  return before !== undefined && quoteOf[k] < 0 && COPULAS.has(before.text.toLowerCase());
}



/** Sentences as token ranges, with the cuts wink makes after abbreviations, initials and decimal
 * points mended: a statement and its speaker must not be torn apart. */
function readingUnits(doc: Document): Array<[number, number]> {
  const { tokens, sentences } = doc;
  const units: Array<[number, number]> = [];
  sentences.forEach((sentence, i) => {
    const previous = sentences[i - 1];
    const last = units[units.length - 1];
    if (last && previous.paragraph === sentence.paragraph && isFalseCut(tokens, previous.endToken, sentence.firstToken)) last[1] = sentence.endToken;
    else units.push([sentence.firstToken, sentence.endToken]);
  });
  return units;
}

function isFalseCut(tokens: Document['tokens'], end: number, next: number): boolean {
  const before = tokens[end - 1].text === '.' ? tokens[end - 2]?.text ?? '' : tokens[end - 1].text;
  const after = tokens[next].text;
  if (CONTINUES_SENTENCE.test(after)) return true;
  if (/\d$/.test(before) && /^\d/.test(after)) return true;
  // An initial followed by another ("D-N." "Y.)").
  if (INITIAL.test(before) && INITIAL_OR_CLOSE.test(after)) return true;
  return SENTENCE_ABBREVIATIONS.has(before.replace(/\.$/, '').toLowerCase()) && (tokens[end - 1].text === '.' || before.endsWith('.'));
}

/** A quotation followed by an attribution ("“…,” Mr. Obama said, “and …”") is that speaker's. */
function tagsAfterQuotes({ text, tokens }: Document, { quoteOf, states }: Quotations, tags: Map<number, Attribution>): void {
  for (let k = 0; k + 1 < tokens.length; k++) {
    const q = quoteOf[k];
    if (q < 0 || quoteOf[k + 1] === q || states[q].speakers || states[q].inside) continue;
    const next = tokens[k + 1].text === ',' ? k + 2 : k + 1;
    if (!tokens[next] || /[\r\n]/.test(text.slice(tokens[k].end, tokens[next].start))) continue;
    const tag = tags.get(next);
    if (tag) Object.assign(states[q], tag);
  }
}

/** Gives the quotations no cue attributed the speaker they continue. */
function attributeRemainingQuotes(doc: Document, { quotes, states }: Quotations, reported: PassageRecord[], finder: SpeakerFinder): void {
  const { text } = doc;
  // Passages in text order with their paragraphs, walked alongside the quotes.
  const sorted = [...reported].sort((a, b) => a.start - b.start);
  let next = 0;
  let last: { speakers: number[]; paragraph: number; end: number } | undefined;
  let paragraphOfPassage = 0;
  const paragraphAt = (offset: number): number => {
    while (paragraphOfPassage < doc.paragraphs.length - 1 && doc.paragraphs[paragraphOfPassage].end < offset) paragraphOfPassage++;
    return paragraphOfPassage;
  };
  quotes.forEach((quote, i) => {
    while (next < sorted.length && sorted[next].start < quote.open) {
      const passage = sorted[next++];
      if (passage.speakers.length > 0) last = { speakers: passage.speakers, paragraph: paragraphAt(passage.start), end: passage.end };
    }
    const state = states[i];
    if (!state.speakers && !state.inside) {
      const speakers = dashAttribution(doc, quote, finder)
        ?? (quote.continued ? states[i - 1]?.speakers : undefined)
        ?? (isStandalone(text, quote, doc.paragraphs[quote.paragraph]) ? continuing(doc, quote, last, finder) : undefined);
      if (speakers) state.speakers = speakers;
    }
    if (state.speakers && !state.inside) last = { speakers: state.speakers, paragraph: quote.paragraph, end: quote.close };
  });
}

/** The speaker a stand-alone quotation continues: the one of an earlier passage in its paragraph,
 * or, for a quotation opening its paragraph, of the paragraph before (or the person that
 * paragraph introduces with a colon: "Caddell continued:"). */
function continuing(doc: Document, quote: Quote, last: { speakers: number[]; paragraph: number } | undefined, finder: SpeakerFinder): number[] | undefined {
  if (last && last.paragraph === quote.paragraph) return last.speakers;
  const paragraph = doc.paragraphs[quote.paragraph];
  // "She remembers her first rehearsal as a disaster. “I had prepared …”": the person the
  // sentence before is about.
  if (quote.open !== paragraph.start) return finder.subjectOfSentenceBefore(quote.open, paragraph.start);
  if (quote.paragraph === 0) return undefined;
  const previous = doc.paragraphs[quote.paragraph - 1];
  if (doc.text[previous.end - 1] === ':') {
    const introduced = finder.subjectOf(previous);
    if (introduced) return introduced;
  }
  if (last && last.paragraph === quote.paragraph - 1) return last.speakers;
  // "Conductor Hedda Solvik looked back on her first season." / "“I had prepared …”"
  return finder.subjectOfSentenceBefore(paragraph.start, previous.start);
}

/** A quotation followed by a dash and a name: "“…” ― Sonya Herridge". */
function dashAttribution(doc: Document, quote: Quote, finder: SpeakerFinder): number[] | undefined {
  const after = doc.text.slice(quote.close, quote.close + 4);
  const dash = /^\s*[―—–-]\s*/.exec(after);
  return dash ? finder.nameStartingAt(quote.close + dash[0].length) : undefined;
}

/** Whether a quotation stands as its own sentence(s) rather than as a phrase inside one: it opens
 * the paragraph or follows the end of a sentence, and ends a sentence itself. */
function isStandalone(text: string, quote: Quote, paragraph: Span): boolean {
  const before = text.slice(paragraph.start, quote.open).trimEnd();
  const opensSentence = before === '' || /[.!?:"”’]$/.test(before);
  const inner = text.slice(quote.start, quote.end);
  const after = text.slice(quote.close, Math.min(paragraph.end, quote.close + 3)).trimStart();
  const endsSentence = /[.!?,…—–-]$/.test(inner) || after === '' || /^[.!?]/.test(after);
  return opensSentence && endsSentence && !isTitle(inner);
}

/** Headline-style capitalisation ("Building a Better Port for Every Fisher"): a title, not speech. */
function isTitle(words: string): boolean {
  const list = words.split(/\s+/).filter((w) => LONG_WORD.test(w));
  if (list.length < 2) return false;
  const capitalised = list.filter((w) => startsUpperCase(w)).length;
  return capitalised >= 0.7 * list.length;
}

/** Paragraphs introduced by an attribution ending the paragraph before with a colon ("Limbaugh
 * added:"): a quotation opening them, or the whole paragraph when it has no quotation marks. */
function introducedParagraphs(doc: Document, introductions: Map<number, Attribution>, { quotes, quoteOf, states }: Quotations): PassageRecord[] {
  const passages: PassageRecord[] = [];
  if (introductions.size === 0) return passages;
  const { text, tokens } = doc;
  for (let i = 1; i < doc.paragraphs.length; i++) {
    const intro = introductions.get(doc.paragraphs[i - 1].end);
    if (!intro) continue;
    const paragraph = doc.paragraphs[i];
    const first = firstStartingFrom(tokens, paragraph.start);
    const q = quoteOf[first] ?? -1;
    if (q >= 0) {
      if (quotes[q].open === paragraph.start && !states[q].speakers) Object.assign(states[q], intro);
    } else if (wordCount(text.slice(paragraph.start, paragraph.end)) >= 3) {
      passages.push({ ...paragraph, kind: 'indirect', text: text.slice(paragraph.start, paragraph.end), speakers: intro.speakers, cue: intro.cue });
    }
  }
  return passages;
}

/** Paragraphs that open with a speaker's name and a colon: transcripts ("WALLACE: …") and
 * headlines ("Pence: Flowers won’t be at debate"). */
function labelledParagraphs(doc: Document, finder: SpeakerFinder, { quotes, quoteOf, states }: Quotations): PassageRecord[] {
  const { text, tokens } = doc;
  const passages: PassageRecord[] = [];
  let s = 0;
  // One interviewee answers a whole run of questions and answers.
  let answerer: number | undefined;
  doc.paragraphs.forEach((paragraph, index) => {
    while (s < doc.sentences.length && doc.sentences[s].end <= paragraph.start) s++;
    const sentence = doc.sentences[s];
    if (!sentence || sentence.paragraph !== index) return;
    const questionOrAnswer = answerer;
    answerer = undefined;
    let first = sentence.firstToken;
    if (quoteOf[first] >= 0 && tokens[first].start === quotes[quoteOf[first]].open) first++;
    let colon = first;
    while (colon < Math.min(sentence.endToken, first + LABEL_MAX_TOKENS) && tokens[colon].text !== ':') colon++;
    if (colon === first || tokens[colon]?.text !== ':' || colon + 3 >= tokens.length) return;
    const label = text.slice(tokens[first].start, tokens[colon - 1].end).toLowerCase();
    if (QUESTION_LABELS.has(label)) {
      answerer = questionOrAnswer;
      return;
    }
    // Interview answers ("A: …") are the interviewee's: the person the article named before them.
    if (ANSWER_LABELS.has(label)) answerer = questionOrAnswer ?? finder.personBefore(paragraph.start);
    const speakers = answerer !== undefined ? [answerer] : finder.nameInLabel(first, colon - 1);
    if (!speakers) return;
    const start = tokens[colon + 1].start;
    let end = paragraph.end;
    while (end > start && /[\s"“”]/.test(text[end - 1])) end--;
    if (wordCount(text.slice(start, end)) < 3) return;
    const q = quoteOf[colon + 1];
    if (q >= 0 && quotes[q].start < start) {
      // The label is inside the quotation ("\"WALLACE: …"): the words after it are the passage.
      states[q].inside = true;
      passages.push({ start, end, kind: 'direct', text: text.slice(start, end), speakers });
    } else if (q >= 0 && quotes[q].end >= end - 1) {
      // A quotation making up the whole labelled text is that quotation's passage.
      states[q].speakers ??= speakers;
    } else {
      passages.push({ start, end, kind: answerer !== undefined ? 'direct' : 'indirect', text: text.slice(start, end), speakers });
    }
  });
  return passages;
}

/** Indonesian sentences that attribute the one before them ("Hal itu disampaikan Rina saat
 * meninjau proyek.", "Demikian dikatakan Agus kepada wartawan."): that sentence is the speaker's,
 * reported or, when it is a quotation nobody is found for yet, quoted; unless it is a passage
 * already. */
function backReferences(doc: Document, entities: LocalEntity[], finder: SpeakerFinder, words: TokenWords, { quotes, quoteOf, states }: Quotations, passages: PassageRecord[]): PassageRecord[] {
  if (doc.language !== 'id') return [];
  const { text, tokens, sentences } = doc;
  const found: PassageRecord[] = [];
  for (let s = 1; s < sentences.length; s++) {
    const first = sentences[s].firstToken;
    const opening = BACK_REFERENCES_ID.has(words.at(first)) ? 1 : BACK_REFERENCES_ID.has(`${words.at(first)} ${words.at(first + 1)}`) ? 2 : 0;
    const verb = first + opening;
    if (opening === 0 || !PASSIVE_SPEECH_VERBS_ID.has(words.at(verb))) continue;
    const match = finder.after(verb, sentences[s].endToken, true);
    if (!match) continue;
    const before = sentences[s - 1];
    let last = before.endToken - 1;
    while (last > before.firstToken && !hasLetterOrDigit(tokens[last].text) && quoteOf[last] < 0) last--;
    const start = tokens[before.firstToken].start;
    const end = tokens[last].end;
    if (last - before.firstToken < 2 || passages.some((p) => p.start < end && start < p.end)) continue;
    const speakers = byName(match.speakers, entities);
    const cue = { start: tokens[verb].start, end: tokens[verb].end, text: tokens[verb].text };
    const q = quoteOf[before.firstToken];
    if (q >= 0 && quotes[q].end >= tokens[last].start) {
      if (!states[q].speakers) Object.assign(states[q], { speakers, cue });
    } else {
      found.push({ start, end, kind: 'indirect', text: text.slice(start, end), speakers, cue });
    }
  }
  return found;
}

function quotesBetween(quoteOf: Int32Array, first: number, last: number): number[] {
  const found: number[] = [];
  for (let k = first; k <= last; k++) if (quoteOf[k] >= 0 && found[found.length - 1] !== quoteOf[k]) found.push(quoteOf[k]);
  return found;
}

/** Joint speakers in a stable order (by name), whichever order the text named them in. */
function byName(speakers: number[], entities: LocalEntity[]): number[] {
  return speakers.length < 2 ? speakers : [...speakers].sort((a, b) => entities[a].name.localeCompare(entities[b].name));
}

/** A transcript's note in brackets, said by nobody: "(CROSSTALK.)", "[Laughter]". */
function isStageDirection(quoted: string): boolean {
  return STAGE_DIRECTION.test(quoted);
}
const STAGE_DIRECTION = /^\s*(\([^()]*\)|\[[^[\]]*\])[\s.,;:!?]*$/;

/** How many words (runs of non-space containing a letter or digit) a text has. */
function wordCount(words: string): number {
  let count = 0;
  for (const run of words.split(SPACES)) if (hasLetterOrDigit(run)) count++;
  return count;
}

