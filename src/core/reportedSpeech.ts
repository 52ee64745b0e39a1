// Reported speech within one sentence: the speech cues ("said", "urged", "according to", "kata"),
// who each belongs to, and the stretch of text each one reports.
//
// Span conventions: "X said (that) CLAUSE" reports the clause; "X urged/praised …" keeps the verb
// (its object is the content); "CLAUSE, X said." reports the clause before the tag, and a clause
// interrupted by its tag ("…, he said, to guard against …") is one stretch spanning the tag; two
// speech verbs in one sentence report two stretches.
import { isVerbTag, type Document, type Token } from './document';
import { hasLetterOrDigit, isDigit, startsUpperCase, type TokenWords } from './tokenWords';
import { isSubjectVerbFiller, type SpeakerFinder, type SpeakerMatch } from './speakers';
import {
  ADDRESSEE_WORDS, APPOSITIVE_OPENERS, ARTICLES, AS_VERBS, BE_FORMS, CALL_PARTICLES, CLAUSE_MARKERS_ID, CLAUSE_SUBJECTS,
  COMMENTING_PARTICIPLES, COMPLEMENTIZERS, CONTENT_VERBS_EN, CONTENT_VERBS_ID, CONTRASTS, CONTROL_VERBS, COORDINATORS,
  DECLARING_VERBS_ID, ID_PRONOUN_TAGS, ID_TAG_VERBS, INVERTING_VERBS, MODIFIER_WORDS, MONTHS, NAMING_ADVERBS,
  NOUN_LIKE_SPEECH_WORDS, OBJECT_COMMENTS, OUT_VERBS, PARTICLE_VERBS, PHRASE_OPENERS, PHRASE_PREPOSITIONS, POSSESSIVES, PUT_IT,
  RELATIVE_PRONOUNS, SEPARATORS, SOURCE_PHRASES, SPEAKER_PRONOUNS, SPEAKING_TOPICS, SPEAK_VERBS, SPEECH_NOUNS, SPEECH_VERBS_EN,
  SPEECH_VERBS_ID, SUBJECT_VERB_FILLERS, SUBORDINATORS, TELL_VERBS, THAT_VERBS_EN, TIME_SUBORDINATORS, TIME_WORDS, TITLE_WORDS,
  TO_VERBS_EN, WEEKDAYS, WHEN_FILLERS, WHEN_SAID,
} from './lexicon';

// Regular expressions with \p{…} live at module level: a bundle rebuilds such a literal on every call.
/** A word of four letters or more. */
const LONG_WORD = /^\p{L}{4}/u;

export interface Statement {
  /** Token range [verb, verbEnd] of the cue words. */
  verb: number;
  verbEnd: number;
  speakers: number[];
  /** Token range [first, last] of what was reported; first > last when nothing is. */
  first: number;
  last: number;
  /** Token range of the attribution (speaker and verb), for the cue record. */
  tagFirst: number;
  tagLast: number;
}

interface Cue {
  verb: number;
  verbEnd: number;
  word: string;
  source: boolean;
  match?: SpeakerMatch;
  subjectAfter: boolean;
  /** Sits inside the previous cue's content ("promised to praise …"): reports nothing of its own. */
  absorbed: boolean;
  /** A verb of thought or intent ("expects that", "wants to"): inside another cue's content it
   * does not end that content. */
  weak: boolean;
  /** Speech reported right inside the previous cue's clause ("said he did not believe …"): a
   * participle later in the sentence belongs to the outer speaker. */
  nested?: boolean;
}

/** How many words of title may stand between a comma and the speaker of a tag. */
const TAG_REACH = 8;
/** How far after a speech noun its "that" may come ("a Times report from the weekend that …"). */
const NOUN_THAT_REACH = 5;
/** How far past the tag's first comma a phrase may run before a quotation that continues it. */
const PHRASE_BEFORE_QUOTE_REACH = 8;
/** A comment after the object is cut off only when it is this long (a short appositive is kept). */
const OBJECT_COMMENT_MIN_WORDS = 10;
/** How far after a characterising verb its "as" may come. */
const AS_REACH = 8;
const CLOSING_MARKS = /^(["”»’']|'')$/;
/** Every word that can start a cue, to pass over all other tokens at once. */
const CUE_WORDS: ReadonlySet<string> = new Set([
  ...SPEECH_VERBS_EN, ...SPEECH_VERBS_ID, ...ID_TAG_VERBS, ...THAT_VERBS_EN, ...TO_VERBS_EN, ...SPEECH_NOUNS,
  ...SOURCE_PHRASES.keys(), ...AS_VERBS, ...PARTICLE_VERBS.keys(), ...OUT_VERBS, ...PUT_IT, 'continued', 'continues',
]);

/** Index (0-25) of an ASCII letter in the alphabet, either case; -1 for any other character. */
function letterIndex(code: number): number {
  const lower = code | 0x20;
  return lower >= 0x61 && lower <= 0x7a ? lower - 0x61 : -1;
}

/** Which three-letter openings (as letter indices, base 26) begin some cue word. */
const CUE_OPENINGS = new Uint8Array(26 * 26 * 26);
for (const word of CUE_WORDS) {
  const [a, b, c] = [0, 1, 2].map((i) => letterIndex(word.charCodeAt(i)));
  if (a >= 0 && b >= 0 && c >= 0) CUE_OPENINGS[(a * 26 + b) * 26 + c] = 1;
}

/** Whether the token starting at `start` in the text may be a cue word: only its first three
 * characters are read (in the document text, not the token's own string, which the scan would
 * otherwise have to look up for every word). Openings other than three ASCII letters are left to
 * the word itself. */
function mayBeCueWord(text: string, start: number): boolean {
  const a = letterIndex(text.charCodeAt(start));
  const b = letterIndex(text.charCodeAt(start + 1));
  const c = letterIndex(text.charCodeAt(start + 2));
  return a < 0 || b < 0 || c < 0 || CUE_OPENINGS[(a * 26 + b) * 26 + c] === 1;
}

/** "agree(s) with", "disagreed with": a view shared or opposed. */
const AGREE = /^(dis)?agree/;
const TRAILING = /^[,;:.—–\-(]$/;
/** A wire dateline opening a paragraph: "OSLO, March 14 (Reuters) - ". */
const WIRE_DATELINE = /^\p{Lu}[\p{Lu}\s.'-]*,\s[^()\n]{1,30}?\([^)\n]{1,40}\)\s*[-–—]\s*/u;
/** A dateline without an agency in brackets: "JAKARTA - ", "NEW YORK — ", "JAKARTA, KOMPAS.com - ". */
const PLAIN_DATELINE = /^\p{Lu}{2,}(?:[\s.'-]\p{Lu}{2,})*(?:,\s[^\s,]{2,30})?\s+[-–—]{1,2}\s+/u;

const sameSpeakers = (a: number[], b: number[]): boolean => a.length === b.length && a.every((s, i) => s === b[i]);
const isWord = (token: Token): boolean => hasLetterOrDigit(token.text);
const isParticiple = (word: string): boolean => /ing$/.test(word) || /^(me|ber)/.test(word);

/** The forms of "say": "said of X" names what it was said about. */
const SAY_FORMS = new Set(['say', 'says', 'said', 'saying']);

export class ReportedSpeech {
  private readonly tokens: Token[];
  private readonly language: Document['language'];
  private readonly text: string;

  constructor(
    doc: Document,
    private readonly finder: SpeakerFinder,
    private readonly inQuote: Uint8Array,
    private readonly words: TokenWords,
  ) {
    this.tokens = doc.tokens;
    this.language = doc.language;
    this.text = doc.text;
  }

  /** The statements of the sentence made of tokens [first, end). */
  statements(first: number, end: number): Statement[] {
    const cues = this.cues(first, end);
    for (let i = 0; i < cues.length; i++) this.resolve(cues, i, first, end);
    const statements: Statement[] = [];
    for (let i = 0; i < cues.length; i++) {
      const cue = cues[i];
      if (cue.absorbed || !cue.match) continue;
      const statement = this.content(cues, i, first, end, statements[statements.length - 1]);
      statements.push(statement);
      this.finder.noteSpeaker(cue.match.speakers[0], this.tokens[cue.verb].start);
    }
    return statements;
  }

  private cues(first: number, end: number): Cue[] {
    const { tokens } = this;
    const cues: Cue[] = [];
    for (let k = first; k < end; k++) {
      // Most tokens are passed over by their span and first letters (punctuation, short words and
      // words no cue starts like), the rest on their text as written; only capitalised ones are lowered.
      const token = tokens[k];
      if (token.end - token.start < 3 || this.inQuote[k] || !mayBeCueWord(this.text, token.start)) continue;
      const text = token.text;
      if (!CUE_WORDS.has(text) && !(startsUpperCase(text) && CUE_WORDS.has(this.word(k)))) continue;
      const word = this.word(k);
      const sourceNext = SOURCE_PHRASES.get(word);
      // "Kata Hendra, impor …": "kata" (says) opening a sentence is "according to".
      if (SOURCE_PHRASES.has(word) && (sourceNext === undefined || this.word(k + 1) === sourceNext) || word === 'kata' && k === first) {
        cues.push(this.cue(k, sourceNext === undefined ? k : k + 1, true));
        if (sourceNext !== undefined) k++;
      } else if (SPEECH_NOUNS.has(word) && this.word(k + 1) === 'that' && !this.isDeterminer(k + 1)) {
        cues.push(this.cue(k, k, false));
      } else if (this.isSpeechVerb(k, word, first)) {
        const multi = this.word(k + 1) === 'out' && OUT_VERBS.has(word) || PUT_IT.has(word) ? k + 1 : k;
        cues.push(this.cue(k, multi, false));
        k = multi;
      }
    }
    return cues;
  }

  private word(k: number): string {
    return this.words.at(k);
  }

  private cue(verb: number, verbEnd: number, source: boolean): Cue {
    const word = this.words.at(verb);
    return { verb, verbEnd, word, source, subjectAfter: false, absorbed: false, weak: THAT_VERBS_EN.has(word) || TO_VERBS_EN.has(word) };
  }

  private isSpeechVerb(k: number, word: string, first: number): boolean {
    const { tokens } = this;
    const token = tokens[k];
    const previous = tokens[k - 1];
    const next = this.word(k + 1);
    if (SPEECH_VERBS_ID.has(word)) return true;
    if (ID_TAG_VERBS.has(word)) {
      // "…,” kata Sheng", "…, ujarnya": only right after a quote or a comma.
      return k > first && (previous.text === ',' || CLOSING_MARKS.test(previous.text)) || ID_PRONOUN_TAGS.has(word) && k === first;
    }
    // A capitalised speech word inside a sentence is a name ("the Islamic State", "Reports Wire"),
    // unless a name comes right before it in a title-case headline ("Sanders Vows To …").
    if (k > first && startsUpperCase(token.text) && !CLOSING_MARKS.test(previous.text) && !/^[:(]$/.test(previous.text)) {
      if (!this.finder.endsName(k - 1) || !this.isTitleCase(first, k + 6)) return false;
    }
    // "painted Romney as …", "railed against …", "went after …": only with their particle.
    if (AS_VERBS.has(word)) return this.followsWithin(k, 'as', AS_REACH) && token.pos !== 'NOUN';
    const particle = PARTICLE_VERBS.get(word);
    if (particle) return next === particle;
    // "Limbaugh continued: “…”"
    if (word === 'continued' || word === 'continues') return next === ':' || next === ',' && this.quoteFollows(k);
    // Verbs of thought and intent: wink often tags "plans", "hopes" as nouns, so a name or a comma
    // before them decides.
    const verbal = token.pos !== 'NOUN' || this.finder.endsName(k - 1) || previous?.text === ',';
    if (THAT_VERBS_EN.has(word)) return (next === 'that' && !this.isDeterminer(k + 1) || AGREE.test(word) && next === 'with') && verbal;
    if (TO_VERBS_EN.has(word)) return next === 'to' && verbal;
    if (!SPEECH_VERBS_EN.has(word)) return false;
    if (previous && previous.end === token.start && /^[-‐]$/.test(previous.text)) return false; // "so-called"
    if (token.pos === 'NOUN' && next !== 'that' && word !== 'said' && word !== 'says' && !this.finder.endsName(k - 1)) return false;
    // "The Hallam Institute report found …": a noun the name before it modifies (a verb there
    // would agree with it: "the Institute reports").
    if (token.pos === 'NOUN' && !word.endsWith('s') && this.finder.endsNameAfterArticle(k - 1)
      && this.afterPhrase(k + 1, this.tokens.length, NOUN_THAT_REACH, (j) => this.word(j) === 'that') === undefined) return false;
    // "reports", "notes": nouns unless tagged as verbs, followed by "that" or said by a name ("Lynch notes …").
    if (NOUN_LIKE_SPEECH_WORDS.has(word) && token.pos !== 'VERB' && next !== 'that' && !this.finder.endsName(k - 1)) return false;
    // "the importance of not delaying …": a gerund naming an act, not reporting one.
    if (word.endsWith('ing') && previous && (this.word(k - 1) === 'of' || this.word(k - 1) === 'not')) return false;
    // "a promising start", "the alleged plot": adjectives, not verbs.
    if (token.pos === 'ADJ' && previous && MODIFIER_WORDS.has(this.word(k - 1))) return false;
    if (OUT_VERBS.has(word) && next !== 'out' && !(word.startsWith('rule') && next === 'that') && !(word.startsWith('point') && next === 'to')) return false;
    if (PUT_IT.has(word) && next !== 'it') return false;
    // "has yet to report", "declined to say": an infinitive reports nothing, unless the speaking
    // goes on ("went on to say").
    if (previous && this.word(k - 1) === 'to' && !CONTROL_VERBS.has(this.word(k - 2))) return false;
    if (word.startsWith('thank') && next === 'to') return false;
    if (word.startsWith('call') && (CALL_PARTICLES.has(next) || next === 'in' && this.word(k + 2) === 'to')) return false;
    if (word.startsWith('call') && !['for', 'on', 'upon'].includes(next)) {
      if (token.pos !== 'VERB' && !this.quoteFollows(k) || NAMING_ADVERBS.has(this.word(k - 1))) return false;
    }
    // "spoke about", "talks to DuVernay about", "spoke during his speech of …"
    if (SPEAK_VERBS.has(word) && !this.topicFollows(k)) return false;
    // Passives ("was told", "is called") report nobody's words.
    let back = k - 1;
    while (back >= first && SUBJECT_VERB_FILLERS.has(this.word(back)) && !BE_FORMS.has(this.word(back))) back--;
    if (back >= first && BE_FORMS.has(this.word(back)) && /(ed|told|said|written|spoken)$/.test(word)) return false;
    return true;
  }

  /** Whether most words in tokens [from, to) are capitalised, as in a headline. */
  private isTitleCase(from: number, to: number): boolean {
    let words = 0;
    let capitalised = 0;
    for (let k = from; k < Math.min(to, this.tokens.length); k++) {
      if (!LONG_WORD.test(this.tokens[k].text)) continue;
      words++;
      if (startsUpperCase(this.tokens[k].text)) capitalised++;
    }
    return words >= 2 && capitalised >= 0.7 * words;
  }

  /** How many title words and articles start at token k ("the", "Sen.", "President"). */
  private articlesAt(k: number): number {
    let n = 0;
    while (k + n < this.tokens.length && (/^(the|a|an)$/i.test(this.tokens[k + n].text) || TITLE_WORDS.has(this.word(k + n).replace(/\.$/, '')))) n++;
    return n;
  }

  /** Whether `word` follows token k within `reach` tokens, before a comma. */
  private followsWithin(k: number, word: string, reach: number): boolean {
    for (let j = k + 1; j < Math.min(this.tokens.length, k + reach + 1) && this.tokens[j].text !== ','; j++) {
      if (this.word(j) === word) return true;
    }
    return false;
  }

  /** Whether "about", "of" or "out" follows a verb of speaking before the next comma. */
  private topicFollows(k: number): boolean {
    for (let j = k + 1; j < Math.min(this.tokens.length, k + 6) && this.tokens[j].text !== ','; j++) {
      if (SPEAKING_TOPICS.has(this.word(j))) return true;
    }
    return false;
  }

  /** Whether a quotation opens within a few tokens after token k ("called the holiday “…”"). */
  private quoteFollows(k: number): boolean {
    for (let j = k + 1; j < Math.min(this.tokens.length, k + 6); j++) if (this.inQuote[j]) return true;
    return false;
  }

  /** Finds the cue's speaker: before the verb, after it ("said Sheng", "kata X"), or the subject
   * it shares with the cue before it ("praised … and urged …", "…, saying …"). */
  private resolve(cues: Cue[], i: number, first: number, end: number): void {
    const { tokens, finder } = this;
    const cue = cues[i];
    let earlier = i - 1;
    while (earlier >= 0 && cues[earlier].absorbed) earlier--;
    const previous = earlier >= 0 ? cues[earlier] : undefined;
    // The statement a coordinated verb or participle continues: the last one with a speaker that is
    // not itself reported inside another ("said he didn't believe …, arguing …").
    let outer = earlier;
    while (outer >= 0 && (cues[outer].absorbed || cues[outer].nested || !cues[outer].match)) outer--;
    const source = outer >= 0 ? cues[outer] : undefined;
    // A source phrase's name is nobody's subject after it ("According to Paul Okafor, crews had
    // warned …": the crews warned).
    const floor = previous ? Math.max(previous.verbEnd, previous.source && previous.match ? previous.match.last : -1) + 1 : first;
    if (cue.source) {
      // "Menurutnya, …": according to the person last named.
      cue.match = ID_PRONOUN_TAGS.has(cue.word) ? finder.pronoun(cue.word, cue.verb, first) : finder.after(cue.verbEnd, end, true);
      cue.subjectAfter = true;
      return;
    }
    if (ID_PRONOUN_TAGS.has(cue.word)) {
      cue.match = finder.pronoun(cue.word, cue.verb, first);
      return;
    }
    // "Trump’s claim that …", "her acknowledgment that …": the possessor speaks.
    let possessive = cue.verb - 1;
    while (possessive > floor && tokens[possessive].pos === 'ADJ') possessive--;
    if (possessive >= floor && POSSESSIVES.has(this.word(possessive))) {
      cue.match = finder.possessor(possessive);
      return;
    }
    if (cue.verb === first && cue.word.endsWith('ing')) {
      // "Citing a conspiracy theory, Trump accused …": the subject after the participle's phrase.
      let comma = cue.verb + 1;
      while (comma < end && tokens[comma].text !== ',') comma++;
      const subject = comma < end ? finder.subjectOfClause(comma + 1, end) : undefined;
      if (subject && subject.first === comma + 1 + this.articlesAt(comma + 1)) {
        cue.match = { speakers: subject.speakers, first: cue.verb, last: cue.verb };
        return;
      }
    }
    let k = cue.verb - 1;
    while (k >= floor && isSubjectVerbFiller(this.word(k), tokens[k])) k--;
    const before = k >= first ? this.word(k) : '';
    if (previous && (before === 'to' || before === 'untuk')) {
      cue.absorbed = true;
      return;
    }
    if (ID_TAG_VERBS.has(cue.word) || INVERTING_VERBS.has(cue.word) && (k < first || before === ',' || CLOSING_MARKS.test(tokens[k].text))) {
      const after = finder.after(cue.verbEnd, end);
      if (after) {
        cue.match = after;
        cue.subjectAfter = true;
        return;
      }
    }
    const joined = COORDINATORS.has(before) || before === ',' && isParticiple(cue.word);
    // "the importance of supporting … and encouraging …": a gerund inside the first one's object.
    if (previous && COORDINATORS.has(before) && cue.word.endsWith('ing') && !previous.word.endsWith('ing')) {
      cue.absorbed = true;
      return;
    }
    if (joined && source?.match && !COMMENTING_PARTICIPLES.has(cue.word)) {
      cue.match = { speakers: source.match.speakers, first: cue.verb, last: cue.verb };
      return;
    }
    cue.match = finder.before(cue.verb, floor, cue.word.endsWith('ing') && this.quoteAfterPhrase(cue.verbEnd + 1, this.tokens.length) !== undefined);
    if (cue.match && previous && cue.match.first === previous.verbEnd + 1) cue.nested = true;
    // "said that he planned to …", "says she intends to …": speech reported inside the earlier
    // statement (by another speaker only after "that": "said Lee had urged …" stays Lee's).
    const restates = cue.nested && previous?.match !== undefined && sameSpeakers(cue.match!.speakers, previous.match.speakers);
    if (cue.match && previous && (COMPLEMENTIZERS.has(this.word(cue.match.first - 1)) || restates)) {
      cue.absorbed = true;
      return;
    }
    if (!cue.match && !source && (joined || cue.word.endsWith('ing'))) {
      // "The conference has been held …, calling for …", "Scott beamed and asked …": the
      // sentence's subject speaks.
      const subject = finder.subjectOfClause(first, cue.verb);
      if (subject) cue.match = { speakers: subject.speakers, first: cue.verb, last: cue.verb };
    }
  }


  /** What the cue at index i reports. */
  private content(cues: Cue[], i: number, first: number, end: number, previous: Statement | undefined): Statement {
    const { tokens } = this;
    const cue = cues[i];
    const match = cue.match!;
    const tagFirst = Math.min(match.first, cue.verb);
    let tagLast = Math.max(match.last, cue.verbEnd);
    // Where the next statement's attribution starts, this one's content stops.
    let stop = end;
    for (let j = i + 1; j < cues.length; j++) {
      const next = cues[j];
      if (next.absorbed || next.weak) continue;
      if (!next.match) {
        // "…, and human rights groups warned that …": a new clause by someone unnamed still ends this one.
        // (The comma closing "According to X," opens this statement's own clause.)
        const boundary = this.clauseBoundaryBefore(next.verb, cue.source ? Math.max(tagLast, this.afterAppositive(match.last, end)) : tagLast);
        if (boundary >= 0) {
          stop = boundary;
          break;
        }
        continue;
      }
      let cut = Math.min(next.match.first, next.verb);
      while (cut - 1 > tagLast && next.match.first === next.verb && isSubjectVerbFiller(this.word(cut - 1), tokens[cut - 1])) cut--;
      // "… when he said …", "the programs she has proposed": speech reported inside a subordinate
      // or relative clause of this content; a new statement follows a separator.
      const opener = tokens[cut - 1];
      if (SUBORDINATORS.has(this.word(cut - 1)) || !SEPARATORS.has(this.word(cut - 1)) && opener.pos !== 'PUNCT' && !next.subjectAfter && !next.source) continue;
      while (cut - 1 > tagLast && SEPARATORS.has(this.word(cut - 1))) cut--;
      if (this.wordsIn(tagLast + 1, cut) >= 2 || next.source || next.subjectAfter) {
        stop = cut;
        break;
      }
    }
    const clauseStart = previous ? Math.max(previous.last, previous.tagLast) + 1 : first;
    const statement = (from: number, to: number): Statement => {
      from = this.pastDateline(from, to);
      // "said on Thursday it would …", "said yesterday it would …": when it was said, not what.
      if (to - from >= 4 && this.word(from) === 'on' && TIME_WORDS.has(this.word(from + 1))) from += 2;
      else if (to - from >= 3 && WHEN_SAID.has(this.word(from))) from++;
      // A complementizer opens the clause after a verb; a capitalised one opens a sentence as its
      // subject ("That is why, she said, …").
      while (from <= to && (TRAILING.test(tokens[from].text) || COMPLEMENTIZERS.has(this.word(from)) && !startsUpperCase(tokens[from].text))) from++;
      while (to >= from && (TRAILING.test(tokens[to].text) || COORDINATORS.has(this.word(to)))) to--;
      return { verb: cue.verb, verbEnd: cue.verbEnd, speakers: match.speakers, first: from, last: to, tagFirst, tagLast };
    };

    // "According to X, CLAUSE." / "CLAUSE, according to X."
    if (cue.source) {
      if (this.wordsIn(clauseStart, tagFirst) >= 2) {
        // "… about why the other side must be wrong - which it often is, according to Scott."
        let from = clauseStart;
        for (let k = clauseStart; k < tagFirst - 2; k++) if (!this.inQuote[k] && this.isSpacedDash(k)) from = k + 1;
        return statement(from, tagFirst - 1);
      }
      // "According to Lucía Montalbán, the striker's agent, CLAUSE": past the appositive.
      let from = this.afterAppositive(match.last, stop);
      while (from < stop && tokens[from].text !== ',') from++;
      return statement(from + 1, stop - 1);
    }

    // What follows the verb up to the next comma: nothing, a phrase ("in his speech", "told the
    // Global Times"), or the reported clause.
    let afterVerb = cue.subjectAfter ? this.afterAppositive(match.last, stop) : cue.verbEnd + 1;
    // "X said: …", "X said, “…”", and Indonesian "X mengungkapkan, proyek itu …".
    if (afterVerb + 1 < stop && (tokens[afterVerb].text === ':' || tokens[afterVerb].text === ',' && (this.inQuote[afterVerb + 1] || this.language === 'id' && !cue.subjectAfter))) afterVerb++;
    let segmentEnd = afterVerb;
    while (segmentEnd < stop && (tokens[segmentEnd].text !== ',' || this.inQuote[segmentEnd])) segmentEnd++;
    let quoteAt = afterVerb;
    while (quoteAt < segmentEnd && !this.inQuote[quoteAt]) quoteAt++;
    // A quoted title may sit in the phrase before "that" ("told Harbour FM's “Early Tide” that …").
    const complementizer = this.findComplementizer(cue, afterVerb, quoteAt > afterVerb ? segmentEnd : quoteAt);
    // "X said of the council, “…”": what it was said about, not what was said.
    const saidOf = SAY_FORMS.has(cue.word) && this.word(afterVerb) === 'of';
    const phraseOnly = saidOf || complementizer < 0 && quoteAt > afterVerb && this.isPhraseOnly(cue, afterVerb, quoteAt)
      || afterVerb >= segmentEnd;
    const tagOpening = this.tagOpening(tagFirst, clauseStart);
    const preceded = tagOpening > clauseStart;
    // A quotation right after the tag, past any phrase after its verb: "“…,” said X, “…”", "“…,”
    // X said of the plan, “…”", "X said in a statement: “…”".
    let quoteAfterTag = quoteAt < segmentEnd ? quoteAt : segmentEnd + 1;
    // "“…,” X said during a rally in Dover, N.C., “…”": past a phrase with commas of its own.
    if (!this.inQuote[quoteAfterTag]) quoteAfterTag = this.quoteAfterPhrase(quoteAfterTag, stop) ?? quoteAfterTag;
    const quotedAfterTag = quoteAfterTag < stop && this.inQuote[quoteAfterTag] === 1 && /^([:,]|to|that)$/.test(tokens[quoteAfterTag - 1].text);
    // What was said runs from that quotation to the end of the clause, or up to its closing mark
    // when a subordinate clause follows: that is the writer's ("“That makes me smart,” when she
    // blasted him").
    const quotationAfterTag = (): Statement => {
      let last = quoteAfterTag;
      while (last + 1 < stop && this.inQuote[last + 1]) last++;
      const next = tokens[last + 1]?.text === ',' ? last + 2 : last + 1;
      return statement(quoteAfterTag, next < stop && SUBORDINATORS.has(this.word(next)) ? last : stop - 1);
    };

    const continuation = segmentEnd + 1;
    // "…,” said Ana Ruiz, who runs the ferry.": a relative clause describes the speaker, it does not
    // continue what was said.
    // A whole quotation before the tag is what was said: the words after the tag are the writer's.
    const continues = segmentEnd < stop && this.wordsIn(continuation, stop) >= 2 && !this.startsStatement(cues, continuation)
      && !RELATIVE_PRONOUNS.has(this.word(continuation)) && !TIME_SUBORDINATORS.has(this.word(continuation)) && !this.allQuoted(clauseStart, tagOpening)
      && !this.onlySaysWhen(continuation, stop);
    // The words before the tag must say something, alone or with the words after it ("Climate
    // change, Mr. Obama says, is …"); a role alone ("Its chief executive, Serena Vaswani, said")
    // is part of the subject.
    const clause = this.isClause(clauseStart, tagOpening) || continues;
    if ((cue.subjectAfter || phraseOnly) && preceded && this.wordsIn(clauseStart, tagOpening) >= 2 && clause) {
      if (quotedAfterTag && this.allQuoted(clauseStart, tagOpening)) {
        // "“A,” said X, “B.”": the tag attributes the quotation before it (passages'
        // tagsAfterQuotes); what it reports is the one after it.
        const result = quotationAfterTag();
        result.tagFirst = tagOpening;
        return result;
      }
      // Tag after the clause: "CLAUSE, X said [, continuation]."
      tagLast = Math.max(tagLast, segmentEnd - 1);
      const result = statement(clauseStart, continues ? stop - 1 : tagOpening - 1);
      result.tagFirst = tagOpening;
      result.tagLast = tagLast;
      return result;
    }
    if (complementizer < 0 && preceded && this.wordsIn(clauseStart, tagOpening) >= 2 && this.allQuoted(clauseStart, tagOpening)) {
      // "“…,” X said after the talks broke up.": the tag closes the quotation before it, and
      // without a "that" the words after it are the writer's (a quotation after them aside).
      const result = quotedAfterTag ? quotationAfterTag() : statement(tagFirst, tagFirst - 1);
      result.tagFirst = tagOpening;
      return result;
    }
    if (complementizer >= 0) return statement(complementizer + 1, this.beforeMainClause(first, tagFirst, complementizer + 1, this.clauseEnd(complementizer + 1, stop)) - 1);
    const keepsVerb = !saidOf && (this.takesObject(cue) || PHRASE_PREPOSITIONS.has(this.word(afterVerb))
      || this.word(afterVerb) === 'to' && tokens[afterVerb + 1]?.pos === 'VERB');
    if (keepsVerb && this.wordsIn(afterVerb, stop) > 0) return statement(cue.verb, this.objectEnd(afterVerb, this.clauseEnd(afterVerb, stop)) - 1);
    if (phraseOnly) {
      // "X said in a statement: “…”": the quotation after the phrase is what was said.
      const result = quotedAfterTag ? quotationAfterTag() : statement(tagFirst, tagFirst - 1);
      if (preceded) result.tagFirst = tagOpening;
      return result;
    }
    let from = afterVerb;
    if (TELL_VERBS.has(cue.word)) from = this.afterAddressee(from, stop);
    return statement(from, this.clauseEnd(from, stop) - 1);
  }

  /** The first token after a wire dateline that opens the text at token `from` ("OSLO, March 14
   * (Reuters) - Nordvik will …" is Nordvik's news, not the dateline's), else `from`. */
  private pastDateline(from: number, to: number): number {
    const start = this.tokens[from].start;
    if (!startsUpperCase(this.tokens[from].text) || this.tokens[from].text.length < 3) return from;
    const head = this.text.slice(start, start + 80);
    const dateline = WIRE_DATELINE.exec(head) ?? PLAIN_DATELINE.exec(head);
    if (!dateline) return from;
    let k = from;
    while (k < to && this.tokens[k].start < start + dateline[0].length) k++;
    return k;
  }

  /** The first token from `from` on (within `reach`, before `stop`) that `found` accepts, past a
   * short phrase without a verb: the quotation after "said at a rally in Dover, Del.,", the "that"
   * after "a Times report from the weekend" (not after "the report found"). */
  private afterPhrase(from: number, stop: number, reach: number, found: (k: number) => boolean): number | undefined {
    for (let k = from; k < Math.min(stop, from + reach); k++) {
      if (found(k)) return k;
      if (isVerbTag(this.tokens[k])) return undefined;
    }
    return undefined;
  }

  /** The first quoted token a short phrase of place or time after `from` leads to, if any. */
  private quoteAfterPhrase(from: number, stop: number): number | undefined {
    return this.afterPhrase(from, stop, PHRASE_BEFORE_QUOTE_REACH, (k) => this.inQuote[k] === 1);
  }

  /** Where the object of a verb that keeps it ends: before a long comment the writer adds after a
   * comma ("denounced the annexation, which RT pointed to …", "endorsing the campaign, the latest
   * chapter in …"). */
  private objectEnd(from: number, stop: number): number {
    const { tokens } = this;
    for (let k = from + 2; k < stop; k++) {
      if (this.inQuote[k]) continue;
      if (tokens[k].text === ',' && OBJECT_COMMENTS.has(this.word(k + 1)) && this.wordsIn(k + 1, stop) >= OBJECT_COMMENT_MIN_WORDS) return k;
      // A spaced dash, unless a second one closes an aside: "compared the levy to “robbing the
      // Constitution” - a charge that …" but "how the fight flowed through -- and was set back by -- …".
      if (this.isSpacedDash(k) && !this.spacedDashBetween(k + 1, stop)) return k;
    }
    return stop;
  }

  private isSpacedDash(k: number): boolean {
    const { tokens } = this;
    return /^(-|--|—|―|–)$/.test(tokens[k].text) && tokens[k - 1].end < tokens[k].start && !(tokens[k].text === '-' && tokens[k - 1].text === '-');
  }

  private spacedDashBetween(from: number, to: number): boolean {
    for (let k = from; k < to; k++) if (!this.inQuote[k] && this.isSpacedDash(k)) return true;
    return false;
  }

  /** The comma or semicolon opening the clause of a verb at `verb` ("…, and human rights groups
   * warned"), if its subject is a short phrase after one; -1 if none. */
  private clauseBoundaryBefore(verb: number, after: number): number {
    const { tokens } = this;
    for (let k = verb - 1; k > after && k >= verb - 6; k--) {
      const word = this.word(k);
      if (word === ';') return k;
      if (word === ',' && k + 1 < verb && (COORDINATORS.has(this.word(k + 1)) || /^(DET|NOUN|PRON)$/.test(tokens[k + 1].pos))) return k;
      if (tokens[k].pos === 'VERB' || this.inQuote[k]) return -1;
    }
    return -1;
  }

  /** Where a reported clause starting at token `from` ends: before a contrast that the writer adds
   * (", but …", "; …") once the clause has a few words, else at `stop`. */
  private clauseEnd(from: number, stop: number): number {
    const { tokens } = this;
    for (let k = from + 3; k < stop; k++) {
      const word = tokens[k].text;
      // '… a “terrible situation,” but stopped …': the comma sits inside the quotation.
      const commaInQuote = CLOSING_MARKS.test(word) && tokens[k - 1].text === ',' && !this.inQuote[k + 1];
      if (commaInQuote && CONTRASTS.has(this.word(k + 1)) && !SPEAKER_PRONOUNS.has(this.word(k + 2))) return k + 1;
      if (this.inQuote[k]) continue;
      if (word === ';') return k;
      // ", but …" adds the writer's contrast, unless the speaker goes on ("…, but she knows that …").
      if (word === ',' && CONTRASTS.has(this.word(k + 1))) {
        const goesOn = COMPLEMENTIZERS.has(this.word(k + 2)) || SPEAKER_PRONOUNS.has(this.word(k + 2));
        if (!goesOn) return k;
      }
    }
    return stop;
  }

  /** Where the attribution whose speaker starts at token `first` begins, when it follows a comma
   * or a quotation ("…, retired Navy admiral Petra Lindgren said"); `clauseStart` if it does not. */
  private tagOpening(first: number, clauseStart: number): number {
    const { tokens } = this;
    for (let k = first - 1; k >= clauseStart && k >= first - TAG_REACH; k--) {
      if (tokens[k].text === ',' || CLOSING_MARKS.test(tokens[k].text)) return k + 1;
      if (this.inQuote[k] || tokens[k].pos === 'AUX' || tokens[k].pos === 'VERB' && !/ed$/.test(tokens[k].text)) break;
    }
    return clauseStart;
  }

  /** Whether tokens [from, to) say something (a verb or a quotation) rather than only name the
   * speaker's role ("Its chief executive, Serena Vaswani, said …"). */
  private isClause(from: number, to: number): boolean {
    if (this.language !== 'en') return true; // wink's tags are English-only
    for (let k = from; k < to; k++) if (this.inQuote[k] || isVerbTag(this.tokens[k])) return true;
    return false;
  }

  private takesObject(cue: Cue): boolean {
    return CONTENT_VERBS_EN.has(cue.word) || CONTENT_VERBS_ID.has(cue.word) && !(DECLARING_VERBS_ID.has(cue.word) && this.clauseFollows(cue.verbEnd + 1))
      || AS_VERBS.has(cue.word) || PARTICLE_VERBS.has(cue.word);
  }

  /** Whether an Indonesian clause with its own subject starts at token k: a marker of tense or
   * mood within its first three words ("menyatakan polisi telah mengerahkan …"), where an object
   * has none ("menyatakan dukungan terhadap …"). A request keeps its verb whatever follows
   * ("meminta pemerintah segera …"), so only DECLARING_VERBS_ID ask. */
  private clauseFollows(k: number): boolean {
    for (let j = k + 1; j <= k + 2 && j < this.tokens.length; j++) if (CLAUSE_MARKERS_ID.has(this.word(j))) return true;
    return false;
  }

  /** The first token after the speaker's appositive ("said Oren Baptiste, Chairman of Calder Ports"). */
  private afterAppositive(last: number, stop: number): number {
    const { tokens } = this;
    let k = last + 1;
    const opener = tokens[k + 1];
    if (tokens[k]?.text !== ',' || !opener || !startsUpperCase(opener.text) && !APPOSITIVE_OPENERS.has(this.word(k + 1)) && !TITLE_WORDS.has(this.word(k + 1))) return k;
    let j = k + 1;
    // "a geriatrician at St Brendan's": a possessive is no verb.
    while (j < stop && tokens[j].text !== ',' && (!isVerbTag(tokens[j]) || POSSESSIVES.has(tokens[j].text))) j++;
    return j >= stop || tokens[j].text === ',' ? j : k;
  }

  /** "that"/"bahwa" opening the reported clause, after at most a short phrase ("said on Sunday
   * that", "told the Global Times that", "mengatakan pada rapat itu bahwa"). */
  private findComplementizer(cue: Cue, from: number, segmentEnd: number): number {
    const { tokens } = this;
    // "that" opens the reported clause right after the verb or after a phrase of time, place or
    // addressee ("said on Sunday that", "told reporters that"); after a noun it belongs to the noun
    // ("refuted claims that …", "said the spate of shootings demands that …").
    const first = this.word(from);
    const phrase = PHRASE_OPENERS.has(first) || SUBJECT_VERB_FILLERS.has(first) && first !== 'as' || TELL_VERBS.has(cue.word) && !this.takesObject(cue);
    if (!COMPLEMENTIZERS.has(first) && !phrase) return -1;
    for (let j = from; j < Math.min(segmentEnd, from + 12); j++) {
      if (this.inQuote[j]) continue;
      // "that" right before a verb is the subject of a relative clause ("told reporters after the
      // meeting that was held on a boat"), not the start of what was said.
      if (COMPLEMENTIZERS.has(this.word(j))) return this.isDeterminer(j) || this.word(j) === 'that' && isVerbTag(tokens[j + 1]) ? -1 : j;
      // ("in a letter to staff that": wink reads "to staff" as an infinitive.)
      const toNoun = this.word(j - 1) === 'to' && COMPLEMENTIZERS.has(this.word(j + 1));
      if (j > from && isVerbTag(tokens[j]) && !toNoun && TELL_VERBS.has(cue.word) === false) return -1;
    }
    return -1;
  }

  /** "that" as a determiner ("rejected that argument."), not opening a clause. */
  private isDeterminer(k: number): boolean {
    const { tokens } = this;
    const noun = tokens[k + 1];
    const after = tokens[k + 2];
    return noun?.pos === 'NOUN' && !/s$/.test(noun.text) && (!after || after.pos === 'PUNCT' || after.pos === 'ADP');
  }

  /** Whether the words after the verb are only a phrase (place, time, addressee), not content. */
  private isPhraseOnly(cue: Cue, from: number, segmentEnd: number): boolean {
    const { tokens } = this;
    if (this.wordsIn(from, segmentEnd) === 0) return true;
    const first = this.word(from);
    const phrase = PHRASE_OPENERS.has(first) || first !== 'as' && SUBJECT_VERB_FILLERS.has(first) || TELL_VERBS.has(cue.word);
    if (!phrase) return false;
    // "told the court her client “…”": a clause after the addressee.
    const rest = TELL_VERBS.has(cue.word) ? this.afterAddressee(from, segmentEnd) : from;
    if (rest > from && rest < segmentEnd && !PHRASE_OPENERS.has(this.word(rest)) && tokens[rest].pos !== 'ADP' && isWord(tokens[rest])) return false;
    for (let j = from; j < segmentEnd; j++) if (isVerbTag(tokens[j])) return false;
    return true;
  }

  /** Skips the addressee of "told": "told reporters", "told the Global Times". */
  private afterAddressee(from: number, stop: number): number {
    const { tokens } = this;
    let j = from;
    if (ADDRESSEE_WORDS.has(this.word(j))) return j + 1;
    // "told Reuters he would …", "told his colleagues the vote …", "told investors the company …":
    // a name, or a noun with or without a possessive, before a clause with its own subject.
    const afterName = this.finder.afterName(j);
    if (afterName > j) return this.opensClause(afterName) ? afterName : j;
    const noun = POSSESSIVES.has(this.word(j)) || this.word(j) === 'their' ? j + 1 : j;
    if (tokens[noun]?.pos === 'NOUN' && !startsUpperCase(tokens[noun].text) && this.opensClause(noun + 1)) return noun + 1;
    if (this.word(j) !== 'the') return j;
    j++;
    const name = j;
    while (j < stop && startsUpperCase(tokens[j].text)) j++;
    // "told the court her client …", "told the jury the valve …"
    if (j === name && tokens[j]?.pos === 'NOUN') j++;
    return j;
  }

  /** Whether a clause with its own subject may start at token k: a subject pronoun, an article
   * or a name. */
  private opensClause(k: number): boolean {
    const word = this.word(k);
    return SPEAKER_PRONOUNS.has(word) || CLAUSE_SUBJECTS.has(word) || ARTICLES.has(word) || this.finder.afterName(k) > k;
  }

  private startsStatement(cues: Cue[], token: number): boolean {
    return cues.some((cue) => cue.match && !cue.absorbed && cue.verb >= token && cue.verb <= token + 1);
  }

  /** Where what was said ends when its tag sits in a subordinate clause opening the sentence:
   * before the comma that opens the main clause ("When Varga noted that the fund had not been
   * audited, the room went quiet"). `end` otherwise. */
  private beforeMainClause(first: number, tagFirst: number, from: number, end: number): number {
    if (!SUBORDINATORS.has(this.word(first)) || !startsUpperCase(this.tokens[first].text)) return end;
    for (let k = first; k < tagFirst; k++) if (this.tokens[k].text === ',') return end;
    for (let k = end - 1; k > from + 2; k--) {
      if (this.tokens[k].text === ',' && !this.inQuote[k] && this.wordsIn(k + 1, end) >= 3) return k;
    }
    return end;
  }

  /** Whether tokens [from, to) only say when: "…, kata Sri Mulyani di Jakarta, Rabu (12/6/2024)". */
  private onlySaysWhen(from: number, to: number): boolean {
    for (let k = from; k < to; k++) {
      const word = this.word(k);
      if (!TIME_WORDS.has(word) && !WEEKDAYS.has(word) && !MONTHS.has(word) && !WHEN_FILLERS.has(word) && hasLetterOrDigit(word) && !isDigit(word.charCodeAt(0))) return false;
    }
    return true;
  }

  /** Whether tokens [from, to) are all inside quotation marks (a comma after them aside). */
  private allQuoted(from: number, to: number): boolean {
    if (to > from && this.tokens[to - 1].text === ',') to--;
    for (let k = from; k < to; k++) if (!this.inQuote[k]) return false;
    return to > from;
  }

  private wordsIn(from: number, to: number): number {
    let count = 0;
    for (let j = from; j < to; j++) if (isWord(this.tokens[j])) count++;
    return count;
  }
}
