// Recognising people and organisations. wink's English model has no PERSON/ORG types, so this
// works from capitalisation, organisation suffixes and heads, titles, gazetteers of places and
// given names, and the words around a name ("giant Meituan", "CEO of X", "said Sheng").
// One pass over the tokens finds capitalised runs; each run is cut into an optional role
// ("Tesla CEO"), organisations and a person, and each part is classified by its own words first
// and by its context second. Everything is a bounded look around a token: linear in the text.
import { isVerbTag, type Document, type Sentence, type Token } from './document';
import type { EntityType, RoleRecord, Span } from './model';
import {
  FAMILY_NAMES_FIRST, FUNCTION_WORDS, GIVEN_NAMES, GOVERNMENT_LEVELS, GOVERNMENT_WORDS, GROUP_WORDS, HONORIFICS, KNOWN_ORGANIZATIONS,
  LEGAL_PREFIXES, LEGAL_SUFFIXES, NAME_SUFFIXES, NON_ENTITY_TAILS, NON_NAME_WORDS, NON_NAME_WORDS_ID, NON_ORG_ACRONYMS, ORG_DESCRIPTORS, ORG_HEAD_WORDS,
  ORG_PREFIX_WORDS, ORG_ROLE_WORDS, ORG_SUFFIXES, PARTY_WORDS, PRODUCT_NOUNS, ROLE_MODIFIERS, SPEECH_VERBS_EN,
  ANSWER_LABELS, EDITORIAL_LABELS, ORG_HEADS_ID, QUESTION_LABELS, SPEECH_VERBS_ID, STATUS_WORDS, SURNAMES_LIKE_BODIES, SURNAMES_LIKE_PLACES, TITLE_WORDS,
  WELL_KNOWN_BODIES,
} from './lexicon';
import { COMMON_WORDS } from './lexicon/commonWords';
import { CAPITALS, COMPASS_AFTER, COMPASS_BEFORE, DEMONYMS, PLACE_INTRODUCERS_ID, PLACE_NOUNS, PLACE_PREFIXES, PLACE_SUFFIXES, PLACES, countryOf } from './lexicon/places';
import { scratchInt32, scratchUint8 } from './scratch';

export interface MentionCandidate {
  start: number;
  end: number;
  text: string;
  type: EntityType;
  /** Token range [firstToken, endToken) in the document. */
  firstToken: number;
  endToken: number;
  /** One word that is not a full name ("Zhang", "Meituan"): a person's single word is kept only
   * when it links to a fuller name, or when `anchored`. */
  single: boolean;
  /** The text itself marks this single word as a person (a title, an honorific, a speech verb). */
  anchored?: boolean;
  /** Organisation evidence that a person's name beats ("Trump spokesman" is not a company). */
  weak?: boolean;
  /** A descriptive reference ("the government", "pemerintah kota") that only joins an entity
   * named in the same document. */
  descriptive?: boolean;
  /** The place whose government this mention names, lower case ("china" for "Chinese
   * authorities" and for "Beijing" acting as the government; "hangzhou" for "Hangzhou government"). */
  government?: string;
  /** The honorific written before a person's name, lower case without its dot ("mrs"). */
  honorific?: string;
  /** The organisation written with a person ("Alibaba’s Zhang"), lower case: tells apart people
   * who share a surname. */
  affiliation?: string;
  /** Start offset of another candidate that names the same entity ("HWF, also called the Kelana
   * Summit", "Medical Technology Review Office (MTRO)"). */
  sameAs?: number;
  role?: RoleRecord;
}

/** "CAC", "AT&T", "U.S.": two to five capitals (or an ampersand), or two to four initials with dots. */
export function isAcronym(word: string): boolean {
  // Most words fail on their second character, answered without a regex.
  const second = word.charCodeAt(1);
  if (second < 128 && !(second >= 65 && second <= 90 || second === 46 || second === 38)) return false;
  return ACRONYM_LETTERS.test(word) || ACRONYM_INITIALS.test(word);
}
const ACRONYM_LETTERS = /^\p{Lu}[\p{Lu}&]{1,4}$/u;
const ACRONYM_INITIALS = /^(\p{Lu}\.){2,4}$/u;
const POSSESSIVES = new Set(["'s", '’s', "'S", '’S']);
const isApostrophe = (text: string): boolean => text === "'" || text === '’';
const QUOTES = new Set(['“', '”', '"', '‘', '’', '«', '»', '„']);
/** Small words a Title Case title leaves in lower case. */
const TITLE_SMALL_WORDS = new Set(['a', 'an', 'the', 'of', 'in', 'on', 'with', 'to', 'for', 'and', 'at', 'by', 'from', 'or', 'as', 'vs']);
const OPENERS = new Set(['“', '"', '‘', "'", '(', '[', '«', '„', '—', '–', '-', ':']);
/** Words between capitalised words that may stay inside a name, and when. */
const OF_CONNECTORS = new Set(['of', 'for', 'on']);
const PERSON_PARTICLES = new Set(['van', 'von', 'bin', 'binti', 'al', 'de', 'del', 'der', 'da', 'dos', 'le', 'la', 'ibn']);
const ARTICLES = new Set(['the', 'a', 'an']);
const BREAKERS = ['is', 'are', 'was', 'were', 'be', 'been', 'do', 'does', 'did', 'has', 'have',
  'had', 'will', 'would', 'can', 'could', 'should', 'might', 'must', 'not', 'over', 'up', 'out', 'about', 'into', 'what', 'who',
  'how', 'why', 'where', 'which', 'me', 'him', 'us', 'them'];
/** Capitalised words that end a name or never start one, by the document's language. */
const RUN_BREAKERS = new Set([...NON_NAME_WORDS, ...BREAKERS]);
const RUN_BREAKERS_ID = new Set([...RUN_BREAKERS, ...NON_NAME_WORDS_ID]);
/** Months that are also given names ("Theresa May"): inside a name after a given name. */
const NAME_MONTHS = new Set(['may', 'june', 'april', 'august']);
const DATE_WORDS = /^(january|february|march|april|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|januari|februari|maret|mei|juni|juli|agustus|oktober|desember|senin|selasa|rabu|kamis|jumat|sabtu|minggu)$/;
const PREPOSITIONS_OF_PLACE = new Set(['in', 'at', 'to', 'from', 'near', 'across', 'around', 'outside', 'inside', 'di', 'ke', 'dari']);
const AFFILIATION_PREPOSITIONS = new Set(['of', 'at', 'with', 'from', 'for', 'dari', 'di']);
/** Nouns that make a capital's possessive mean its government ("Beijing’s long-standing goals"). */
const POLICY_NOUNS = new Set(`goal goals policy policies effort efforts campaign crackdown crackdowns push drive plan plans
  decision decisions stance position response demand demands strategy approach ambitions ambition intentions priorities
  agenda attempt attempts move moves pressure rules regulators officials leadership tujuan kebijakan upaya kampanye sikap
  langkah tekanan rencana keputusan`.split(/\s+/));
const AND_WORDS = new Set(['and', '&', 'dan']);
/** An Indonesian abstract noun ("kelautan", "perikanan", "kebudayaan"): what a ministry's name and
 * a minister's portfolio are made of, never a person's name (read so in Indonesian text only:
 * "Kellerman" fits the pattern). */
const ABSTRACT_NOUN_ID = /^(ke|pe)\p{L}{3,}an$/u;
const SAINTS = new Set(['st', 'st.', 'saint']);
const FOREIGN_ARTICLES = new Set(['los', 'las', 'el', 'la', 'les', 'le', 'il', 'die', 'der', 'das']);
const PERSONAL_PRONOUNS = new Set(['he', 'she', 'his', 'her', 'him', 'hers', 'himself', 'herself']);
const GENDERED_HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'sir', 'madam', 'dame', 'lady', 'lord']);
/** Verbs that put their speaker after them ("said Sheng", "kata Hendra"). */
const ATTRIBUTION_VERBS = new Set(`said says added asked noted wrote explained continued replied recalled told according
  kata ujar tutur ucap imbuh tambah jelas tegas sebut menurut`.split(/\s+/));
/** Punctuation that ends a role written after a name. */
const ROLE_STOPS = new Set([',', '.', ';', ':', '(', ')', '“', '”', '"', '!', '?']);
/** Words that end a role written after a name. */
const CLAUSE_WORDS = new Set(['who', 'which', 'that', 'whose', 'yang', 'where', 'when', 'said', 'says', 'told']);

/** The finder's per-token arrays, reused from one document to the next (scratch.ts). */
const COVERED = scratchUint8();
const FLAGS = scratchUint8();
const SENTENCE_START = scratchUint8();
const SENTENCE_OF = scratchInt32();
const SHAPES = scratchUint8();

/** Finds every person and organisation name in the document. */
export function findMentions(doc: Document): MentionCandidate[] {
  return new MentionFinder(doc).find();
}

/** What `add` takes from the rules besides the span and the type. */
type CandidateDetails = Partial<Pick<MentionCandidate, 'single' | 'anchored' | 'weak' | 'descriptive' | 'government' | 'honorific' | 'sameAs' | 'role'>>;

interface Part {
  first: number;
  end: number;
  /** Token index where a role written before the name starts (titles in the same run). */
  roleStart: number;
  /** The honorific before the name ("mr"), or ''. */
  honorific: string;
}

/** Indonesian titles of a region, whose place comes right after them ("Bupati Lembah Hijau"). */
const REGION_TITLES_ID = new Set(['bupati', 'gubernur', 'walikota', 'kota', 'camat', 'lurah', 'kapolda', 'kapolres', 'kapolsek']);

/** Prepositions after a participle that closes an appositive's noun ("run by", "based in"). */
const PARTICIPLE_PREPOSITIONS = new Set(['by', 'in', 'at', 'for', 'from', 'with', 'oleh', 'di']);

class MentionFinder {
  private readonly tokens: Token[];
  private readonly lower: string[];
  /** Lower case without a final dot ("corp." → "corp"). */
  private readonly word: string[];
  private readonly flags: Uint8Array;
  private readonly mentions: MentionCandidate[] = [];
  /** Words seen capitalised inside a sentence and never in lower case: names, not common words. */
  private readonly nameLike = new Set<string>();
  /** Sentence index of each token. */
  private readonly sentenceOf: Int32Array;
  private readonly titleCase: boolean[];
  /** Candidate index by the token just after it (and after its possessive), for looking back
   * at the name written just before a token. */
  private readonly endingAt = new Map<number, number>();
  /** The organisations found so far, as their lower-case words joined by spaces. */
  private readonly organisationsSeen = new Set<string>();
  /** Indonesian text: words the article writes as places ("Kota Lestari", "di Lestari", the
   * dateline "LESTARI -"), lower case. A title's region is one of them ("Wali Kota Lestari Budi
   * Santosa"), whether or not the place lists know it. */
  private readonly placesNamed = new Set<string>();
  private readonly breakers: ReadonlySet<string>;
  /** Names the text calls a product somewhere ("Nordlake Sentinel, the company's software"):
   * no mention of them is an entity. */
  private readonly productForms = new Set<string>();
  /** Tokens inside a mention already found (governments are found before names). */
  private readonly covered: Uint8Array;
  private lastRoleAfter: { comma: number; role: RoleRecord | undefined } | undefined;
  /** A name that ran on past its sentence's end ("Gregory W. | Meeks") was scanned up to here. */
  private resumeAt = 0;

  constructor(private readonly doc: Document) {
    const tokens = (this.tokens = doc.tokens);
    const count = tokens.length;
    this.breakers = doc.language === 'id' ? RUN_BREAKERS_ID : RUN_BREAKERS;
    this.covered = COVERED.take(count);
    const lowers: string[] = (this.lower = new Array<string>(count));
    const words: string[] = (this.word = new Array<string>(count));
    const flagsOf = (this.flags = FLAGS.take(count));
    const sentenceStart = SENTENCE_START.take(count);
    for (const s of doc.sentences) sentenceStart[s.firstToken] = 1;
    // Words seen capitalised inside a sentence (not after an opening quote).
    const seenCapital = new Set<string>();
    // What each token is, computed once: the rules below ask many times.
    for (let i = 0; i < count; i++) {
      const token = tokens[i];
      const text = token.text;
      const code = text.charCodeAt(0);
      let flags = 0;
      if (token.type !== 'word') {
        if (text.length === 1 && QUOTES.has(text)) flags |= QUOTE;
      } else {
        if (code >= 97 && code <= 122) flags |= LOWER;
        else if (code >= 65 && code <= 90) flags |= UPPER;
        else if (code > 127 && /^\p{Lu}/u.test(text)) flags |= UPPER;
        else if (code > 127 && /^\p{Ll}/u.test(text)) flags |= LOWER;
      }
      // Lower-case words are looked up as written ("iPhone" aside, which no list holds).
      const lower = flags & UPPER ? lowerCaseOf(text) : text;
      lowers[i] = lower;
      words[i] = lower.length > 1 && lower.charCodeAt(lower.length - 1) === 46 ? lower.slice(0, -1) : lower; // "corp." → "corp"
      if (flags & UPPER) {
        // Words in capitals are acronyms ("CAC"), or shouting and datelines ("SAVE", "STOCKHOLM").
        const second = text.charCodeAt(1);
        const shouted = second >= 65 && second <= 90 && text === text.toUpperCase() && !text.includes('.')
          && (text.length > 5 || COMMON_WORDS.has(lower) && !KNOWN_ORGANIZATIONS.has(lower));
        if (i > 0 && flagsOf[i - 1] & NAME && NAME_SUFFIXES.has(lower)) flags |= NAME; // "Newkirk II"
        else if (shouted) flags |= UPPER;
        else if (text.length <= 8 && isAcronym(text)) flags |= ACRONYM | NAME;
        else if (isNameToken(text) && !(code === 73 && isApostrophe(text.charAt(1)))) flags |= NAME; // not "I'm"
        if (!sentenceStart[i] && !OPENERS.has(tokens[i - 1].text)) seenCapital.add(lower);
      } else if ((code === 105 || code === 101) && /^[ie]\p{Lu}/u.test(text) && isNameToken(text)) {
        flags |= NAME; // "iPhone", "eBay"
      } else if (i > 0 && (lower === "n't" || lower === 'n’t')) {
        flagsOf[i - 1] &= ~NAME; // "Wo|n't" is not a name
      }
      flagsOf[i] = flags;
    }
    // Datelines: "STOCKHOLM —", "ADLEY –", "SINGAPORE,".
    for (const p of doc.sentences) {
      let k = p.firstToken;
      while (k < p.endToken && flagsOf[k] & UPPER && tokens[k].text.length > 1 && tokens[k].text === tokens[k].text.toUpperCase()) k++;
      if (k > p.firstToken && /^[,—–-]$/.test(tokens[k]?.text ?? '')) {
        for (let j = p.firstToken; j < k; j++) this.flags[j] &= ~(NAME | ACRONYM);
        if (doc.language === 'id') for (let j = p.firstToken; j < k; j++) this.placesNamed.add(lowers[j]);
      }
    }
    if (doc.language === 'id') {
      for (let i = 1; i < count; i++) {
        // "Wali Kota X" is the mayor X, not the city.
        const introduced = PLACE_INTRODUCERS_ID.has(lowers[i - 1]) && !(lowers[i - 1] === 'kota' && lowers[i - 2] === 'wali');
        if (introduced && flagsOf[i] & NAME && !(flagsOf[i] & ACRONYM)) this.placesNamed.add(lowers[i]);
      }
    }
    this.markSpeakerLabels();
    this.sentenceOf = SENTENCE_OF.take(count);
    this.titleCase = doc.sentences.map((s, index) => {
      this.sentenceOf.fill(index, s.firstToken, s.endToken);
      // Headlines are lines of their own.
      return this.isWholeLine(s) && isTitleCase(this.lower, this.flags, s);
    });
    // Words seen capitalised mid-sentence and never in lower case. Most lower-case words share
    // neither first letter nor length with any of them: a bitmap answers before the set.
    const shapes = SHAPES.take(27 * 16);
    const shapeOf = (word: string): number => Math.min(26, Math.max(0, word.charCodeAt(0) - 97)) * 16 + Math.min(15, word.length);
    for (const word of seenCapital) shapes[shapeOf(word)] = 1;
    const seenLower = new Set<string>();
    for (let i = 0; i < count; i++) {
      if (flagsOf[i] & LOWER && shapes[shapeOf(lowers[i])] && seenCapital.has(lowers[i])) seenLower.add(lowers[i]);
    }
    for (const word of seenCapital) if (!seenLower.has(word)) this.nameLike.add(word);
  }

  /** A transcript's speaker labels: paragraphs that open (after a quotation mark, if any) with a
   * name in capitals and a colon ("WALLACE: …", "\"MARY ANN KOVAL: …"), two of them at least, as
   * speakers take turns (one alone is more likely a dateline: "SOLVANE: …"). Written in capitals,
   * the name would otherwise read as shouting; "Q:", "UPDATE:" and other common words are no names. */
  private markSpeakerLabels(): void {
    const { tokens, flags } = this;
    const labels: Array<[number, number]> = [];
    let paragraph = -1;
    for (const sentence of this.doc.sentences) {
      if (sentence.paragraph === paragraph) continue;
      paragraph = sentence.paragraph;
      let first = sentence.firstToken;
      if (flags[first] & QUOTE) first++;
      let colon = first;
      while (colon < sentence.endToken && colon - first < 3 && flags[colon] & UPPER && isSpeakerLabelWord(tokens[colon].text, this.lower[colon])) colon++;
      if (colon > first && tokens[colon]?.text === ':' && colon + 1 < sentence.endToken) labels.push([first, colon]);
    }
    if (labels.length < 2) return;
    for (const [first, colon] of labels) for (let k = first; k < colon; k++) flags[k] = (flags[k] | NAME | SPEAKER_LABEL) & ~ACRONYM;
  }

  find(): MentionCandidate[] {
    const { doc } = this;
    const deferred: Array<[number, number]> = [];
    this.scanGovernments();
    const credits = creditLines(doc);
    doc.sentences.forEach((sentence, index) => {
      // The article's authors and editors are not people in the story.
      if (credits.has(sentence.paragraph)) return;
      if (this.titleCase[index]) deferred.push([sentence.firstToken, sentence.endToken]);
      else this.scanSentence(sentence, deferred);
    });
    if (this.productForms.size) {
      const kept = this.mentions.filter((m) => !this.productForms.has(this.wordsOf(m.firstToken, m.endToken).join(' ')));
      this.mentions.length = 0;
      this.mentions.push(...kept);
    }
    // Headlines and quoted titles in Title Case capitalise every word: only names also written
    // in the body count there.
    if (deferred.length) {
      const known = new Map<string, MentionCandidate>();
      for (const m of this.mentions) if (!m.descriptive) known.set(m.text.toLowerCase(), m);
      for (const [first, end] of deferred) this.scanHeadline(first, end, known);
    }
    this.mentions.sort((a, b) => a.start - b.start);
    return this.mentions;
  }

  // ---- runs of capitalised words ----------------------------------------------------------

  private isNameWord(i: number): boolean {
    return (this.flags[i] & NAME) !== 0;
  }

  private isLowerCase(i: number): boolean {
    return (this.flags[i] & LOWER) !== 0;
  }

  private isAcronymAt(i: number): boolean {
    return (this.flags[i] & ACRONYM) !== 0;
  }

  private adjacent(i: number): boolean {
    return this.tokens[i].start - this.tokens[i - 1].end <= 1;
  }

  /** "’s", or a lone apostrophe closing a plural ("Workers' Union"). */
  private isPossessive(k: number): boolean {
    const t = this.tokens[k];
    if (!t) return false;
    return POSSESSIVES.has(t.text) || isApostrophe(t.text) && this.touches(k) && this.lower[k - 1].endsWith('s');
  }

  /** No space at all before token `i`. */
  private touches(i: number): boolean {
    return i < this.tokens.length && this.tokens[i].start === this.tokens[i - 1].end;
  }

  /** A lower-case syllable after a hyphen that belongs to a name ("Geun-hye"), not "-based". */
  private isNameTail(i: number): boolean {
    return this.isLowerCase(i) && this.lower[i].length <= 4 && !COMMON_WORDS.has(this.lower[i]) && !this.touches(i + 1);
  }

  private scanSentence(sentence: Sentence, deferred: Array<[number, number]>): void {
    let i = Math.max(sentence.firstToken, this.resumeAt);
    while (i < sentence.endToken) {
      const titleEnd = this.flags[i] & QUOTE ? this.quotedTitleEnd(i + 1, sentence.endToken) : -1;
      if (titleEnd > 0) {
        deferred.push([i + 1, titleEnd]);
        i = titleEnd;
        continue;
      }
      if (!this.isNameWord(i) || this.covered[i]) {
        i++;
        continue;
      }
      // "(R-Ga.)", "(D-N.C.)": a party and a state, not a name.
      if (this.tokens[i].text.length === 1 && this.lower[i + 1] === '-') {
        i += 3;
        continue;
      }
      const end = this.runEnd(i, sentence.endToken);
      this.handleRun(i, end, sentence);
      i = Math.max(end, i + 1);
    }
    this.resumeAt = i;
  }

  /** Where a quoted title in Title Case that starts at `first` ends (“Building a Better Port for
   * Digital Civilization”), or -1 when the quotation is ordinary text. */
  private quotedTitleEnd(first: number, limit: number): number {
    let capital = 0;
    for (let k = first; k < limit; k++) {
      const t = this.tokens[k];
      if (QUOTES.has(t.text)) return capital >= 4 ? k : -1;
      if (t.type !== 'word') continue;
      if (this.flags[k] & UPPER) capital++;
      else if (!TITLE_SMALL_WORDS.has(this.lower[k])) return -1;
    }
    return -1;
  }

  /** The end of the capitalised run starting at `first`: name words, and the connectors,
   * hyphens, possessives and numbers that names carry inside them. */
  private runEnd(first: number, limit: number): number {
    const { tokens, lower } = this;
    let end = first + 1;
    let sawOf = false;
    for (;;) {
      // The sentence splitter cuts after initials and abbreviations ("Gregory W. | Meeks").
      if (end >= limit) {
        if (!this.continuesName(end)) break;
        limit = this.doc.sentences[this.sentenceOf[end]].endToken;
      }
      const word = lower[end];
      const nextIsName = end + 1 < limit && this.isNameWord(end + 1) && !this.breakers.has(this.word[end + 1]);
      // "Maria de la Cruz", "Jean-Luc van der Berg": the name word after one or two particles.
      const afterParticles = PERSON_PARTICLES.has(word) && this.doc.language !== 'id' ? this.nameAfterParticles(end, limit) : -1;
      if (this.isNameWord(end) && this.adjacent(end) && !this.covered[end]) {
        if (this.breakers.has(this.word[end]) && !this.givenNameAfter(end) && word !== 'today') break;
        end++;
      } else if (word === '-' && this.touches(end) && this.touches(end + 1) && (nextIsName || this.isNameTail(end + 1))) {
        end += 2; // "Asamoah-Lund", "Park Geun-hye"
      } else if (this.isPossessive(end) && nextIsName && isOrgWord(lower[end + 1]) && (isCommonWord(lower[end - 1]) || SAINTS.has(lower[first]) || isApostrophe(tokens[end].text))) {
        end += 2; // "People’s Bank of China", "Tenants' Union", "St Jude's Hospital"
      } else if (OF_CONNECTORS.has(word) && nextIsName && this.hasOrgHead(first, end)) {
        sawOf = true;
        end += 2;
      } else if ((word === '&' || word === 'and' && (sawOf && !this.possessiveNameAt(end + 1, limit) || ORG_SUFFIXES.has(lower[end - 1]) && !LEGAL_SUFFIXES.has(this.word[end - 1])
        && ORG_SUFFIXES.has(lower[end + 1]))) && nextIsName) {
        end += 2;
      } else if (word === 'dan' && nextIsName && this.joinsPortfolio(first, end)) {
        end += 2; // "Kementerian Kelautan dan Perikanan", "Menteri Pendidikan dan Kebudayaan"
      } else if (afterParticles > 0) {
        end = afterParticles + 1;
      } else if (tokens[end].type === 'number' && end === first + 1 && /^\d{1,3}$/.test(word) && !PLACES.has(lower[first])
        && !/^(%|percent|persen)$/.test(lower[end + 1] ?? '')) {
        end++; // "Qihoo 360"
        break;
      } else {
        break;
      }
    }
    // Connectors, hyphens and possessives never end a name; a syllable after a hyphen does.
    while (end > first + 1 && !this.isNameWord(end - 1) && tokens[end - 1].type !== 'number'
      && !(lower[end - 2] === '-' && this.isNameTail(end - 1))) end--;
    return end;
  }

  /** The name word after one or two particles starting at `k` ("de la Cruz", "van der Berg"), or -1. */
  private nameAfterParticles(k: number, limit: number): number {
    let j = k;
    while (j < k + 2 && PERSON_PARTICLES.has(this.lower[j])) j++;
    return j < limit && this.isNameWord(j) && !this.breakers.has(this.word[j]) ? j : -1;
  }

  /** Whether the name words from `k` hold a possessive within three words ("St Brendan's
   * Hospital"): a second organisation's name of its own, not the rest of "Department of Health
   * and Human Services". */
  private possessiveNameAt(k: number, limit: number): boolean {
    for (let j = k + 1; j < Math.min(limit, k + 4); j++) {
      if (this.isPossessive(j)) return true;
      if (!this.isNameWord(j)) return false;
    }
    return false;
  }

  /** Whether the name before `k` runs on into the next sentence: it ended with an initial or an
   * abbreviated honorific, and a name word follows on the same line. */
  private continuesName(k: number): boolean {
    const { tokens } = this;
    if (k >= tokens.length || !this.isNameWord(k) || tokens[k].start - tokens[k - 1].end > 1) return false;
    const previous = tokens[k - 1].text;
    if (!/^(\p{Lu}\.)+$/u.test(previous) && !HONORIFICS.has(previous.toLowerCase())) return false;
    const here = this.doc.sentences[this.sentenceOf[k]];
    const before = this.doc.sentences[this.sentenceOf[k - 1]];
    return here.paragraph === before.paragraph;
  }

  /** A capitalised function word that is a given name after a family name ("Liu He", "Lei
   * Jun") or a month that is one after a given name ("Theresa May"). */
  private givenNameAfter(k: number): boolean {
    const previous = this.lower[k - 1];
    const word = this.lower[k];
    return FAMILY_NAMES_FIRST.has(previous) && !this.isAcronymAt(k) && !DATE_WORDS.test(word)
      || NAME_MONTHS.has(word) && GIVEN_NAMES.has(previous);
  }

  private hasOrgHead(from: number, to: number): boolean {
    for (let k = from; k < to; k++) if (ORG_HEAD_WORDS.has(this.word[k]) || ORG_SUFFIXES.has(this.word[k])) return true;
    return false;
  }

  /** Cuts a run into parts: a company name ends at its legal form ("… Holdings Ltd | Guo
   * Kaitian"); titles inside a run ("Tesla | CEO | Elon Musk") separate an organisation or place
   * before them from the person after them; a known company before a given name is separate too
   * ("Alibaba | Jack Ma"). */
  private handleRun(first: number, end: number, sentence: Sentence): void {
    const { lower } = this;
    let start = first;
    for (let k = first; k < end - 1; k++) {
      const word = this.word[k];
      const cutAfterLegal = LEGAL_SUFFIXES.has(word) && k > start && !isOrgWord(this.word[k + 1]) && this.isNameWord(k + 1);
      // A given name the article also writes as a place ("Kota Lestari") may be a title's region.
      const givenNameNext = this.isGivenName(k + 1) && !this.placesNamed.has(lower[k + 1]);
      const cutBeforeName = (KNOWN_ORGANIZATIONS.has(lower[k]) || ORG_SUFFIXES.has(word) && k > start)
        && (givenNameNext || KNOWN_ORGANIZATIONS.has(lower[k + 1]) && k + 2 === end)
        // "Direktur Utama PT Sagara Transit Mandiri Lestari Puspitasari"
        || givenNameNext && end - k >= 3 && end - k <= 4 && (this.namesOrganisation(start, k + 1) || this.isAcronymAt(k)
          || lower[first - 1] === 'of' && this.isTitle(first - 2)) // "Minister of Water Resources Dewi Anggraini"
        // "KPU Kota Sagara Yohan Pardede": an acronym's place, then a two-word name.
        || k - 2 >= start && (this.isAcronymAt(k - 2) || KNOWN_ORGANIZATIONS.has(lower[k - 2])) && PLACE_PREFIXES.has(lower[k - 1]) && end - k - 1 === 2
        // "Ketua Umum Partai Golkar Airlangga Hartarto": a party known by name, then a name.
        || lower[k - 1] === 'partai' && KNOWN_ORGANIZATIONS.has(lower[k]) && end - k - 1 >= 2
        // "Kepala Dinas Ketahanan Pangan DKI Jakarta Suharini Eliawati": a body, the place it
        // serves, then a name.
        || this.doc.language === 'id' && this.isPlaceWord(k) && end - k - 1 >= 2 && !this.isPlaceWord(k + 1)
          && !ORG_SUFFIXES.has(lower[k + 1]) && this.hasWordIn(start, k, ORG_HEADS_ID);
      if (cutAfterLegal || cutBeforeName) {
        this.handleSegment(start, k + 1, sentence);
        start = k + 1;
      }
    }
    this.handleSegment(start, end, sentence);
  }

  /** Whether the token is a given name, written as one: "dan" inside a ministry's name is no Dan. */
  private isGivenName(k: number): boolean {
    return GIVEN_NAMES.has(this.word[k]) && this.isNameWord(k);
  }

  /** Whether "dan" at token `at` joins two parts of one Indonesian ministry's name or portfolio:
   * after a body's head or a title, between abstract nouns ("Kelautan dan Perikanan", "Obat dan
   * Makanan"), not between two bodies ("Kementerian Keuangan dan Bank Indonesia"). */
  private joinsPortfolio(first: number, at: number): boolean {
    const { lower } = this;
    const plain = (k: number): boolean => !ORG_HEADS_ID.has(lower[k]) && !ORG_HEAD_WORDS.has(lower[k]) && !ORG_SUFFIXES.has(lower[k])
      && !this.isTitle(k) && !this.isGivenName(k) && !PLACES.has(lower[k]);
    const abstract = (k: number): boolean => ABSTRACT_NOUN_ID.test(lower[k]) || COMMON_WORDS.has(lower[k]);
    return this.doc.language === 'id' && at - first <= 4 && (ORG_HEADS_ID.has(lower[first]) || this.isTitle(first))
      && plain(at - 1) && plain(at + 1) && (abstract(at - 1) || abstract(at + 1));
  }

  /** Whether tokens [from, to) hold an organisation's opening or closing word. */
  private namesOrganisation(from: number, to: number): boolean {
    for (let k = from; k < to; k++) if (ORG_PREFIX_WORDS.has(this.word[k]) || LEGAL_SUFFIXES.has(this.word[k])) return true;
    return false;
  }

  private handleSegment(first: number, end: number, sentence: Sentence): void {
    const { lower } = this;
    let honorific = '';
    // Words capitalised only by position, honorifics and titles lead into the name.
    while (first < end) {
      const word = this.word[first];
      const initial = this.isInitial(first, sentence);
      if (this.breakers.has(word)) first++;
      else if (PARTY_WORDS.has(word) && end - first > 1 && (GIVEN_NAMES.has(this.word[first + 1]) || this.isTitle(first + 1))) {
        first++; // "Democrat Hillary Clinton", "Republican Secretary of State"
      } else if (HONORIFICS.has(lower[first]) || HONORIFICS.has(word)) {
        honorific = word;
        first++;
      } else if (initial && end - first > 1 && (this.isCommon(word) || word.endsWith('ing') && !this.nameLike.has(word) && !GIVEN_NAMES.has(word))
        && !isOrgWord(word) && !this.isTitle(first) && !this.startsNamedThing(first, end) && !this.appositiveHead(end)
        && !this.opensBodyName(first, end)) first++;
      else break;
    }
    if (first >= end) return;
    // Titles: a leading sequence ("Vice Minister Sheng Ronghua", "Wakil Wali Kota Sagara Hendra")
    // or one after an organisation or place ("Selvane Shipping Group CEO Marta Quillon").
    let titleAt = -1;
    for (let k = first; k < end && k <= first + 5; k++) {
      if (this.isTitle(k) && !(k === first && this.namesOrganisationFrom(k, end))) {
        titleAt = k;
        break;
      }
    }
    // "Senate Majority Leader": the modifiers belong to the title.
    while (titleAt > first && ROLE_MODIFIERS.has(this.word[titleAt - 1])) titleAt--;
    if (titleAt >= 0) {
      let k = titleAt;
      while (k < end && (this.isTitle(k) || ROLE_MODIFIERS.has(this.word[k]) && (this.isTitle(k - 1) || this.isTitle(k + 1)))) k++;
      // Indonesian titles of a place take the place with them: "Wali Kota Sagara".
      if (k < end - 2 && /^(kota|kabupaten|provinsi|daerah)$/.test(lower[k])) k += 2;
      // "Bupati Lembah Hijau, Rahmat Sudrajat": a region title's place, the name after the comma.
      // (Not a given name there: "Gubernur Anies Baswedan, Wakil …" names a person.)
      if (REGION_TITLES_ID.has(this.word[k - 1]) && this.tokens[end]?.text === ',' && this.isNameWord(end + 1) && !this.isGivenName(k)) return;
      k = this.pastJurisdiction(k, end);
      // "CEO Nordvik Telecom Hanne Brekke": a body the article has named already, then the name;
      // "Direktur Keuangan Lintas Samudra, Maya Kartika": a portfolio and the body, no name.
      const body = this.seenOrganisationIn(k, end) ?? this.regionalBodyAt(k, end);
      if (body) {
        this.classify({ first: body.start, end: body.end, roleStart: -1, honorific: '' }, sentence, true);
        if (body.end === end) return;
        k = body.end;
      }
      if (k < end) {
        if (titleAt > first) this.classify({ first, end: titleAt, roleStart: -1, honorific: '' }, sentence, true);
        this.classify({ first: k, end, roleStart: titleAt > first ? first : titleAt, honorific }, sentence, false);
        return;
      }
      if (titleAt === first) return; // only titles ("Chief Executive Officer")
      // A company's role word closes the run ("Xiaomi CEO"); other titles may be names ("Larry King").
      if (ORG_ROLE_WORDS.has(this.word[titleAt])) {
        this.classify({ first, end: titleAt, roleStart: -1, honorific: '' }, sentence, true);
        return;
      }
    }
    this.classify({ first, end, roleStart: -1, honorific }, sentence, false);
  }

  /** An organisation named earlier in the article within tokens [k, end), past at most two
   * words of a portfolio, that ends the run or leaves two words or more for a name. */
  private seenOrganisationIn(k: number, end: number): Span | undefined {
    if (this.organisationsSeen.size === 0) return undefined;
    for (let start = k; start <= k + 2 && start < end; start++) {
      if (this.organisationsSeen.has(this.lower.slice(start, end).join(' '))) return { start, end };
      for (let stop = end - 2; stop > start; stop--) if (this.organisationsSeen.has(this.lower.slice(start, stop).join(' '))) return { start, end: stop };
    }
    return undefined;
  }

  /** A body by its acronym and the place it serves, between a title and a name: "Ketua DPRD
   * Lestari Agus Pranoto". The name keeps two words at least. */
  private regionalBodyAt(k: number, end: number): Span | undefined {
    return this.flags[k] & ACRONYM && end - k >= 4 && this.isPlaceWord(k + 1) ? { start: k, end: k + 2 } : undefined;
  }

  private isPlaceWord(k: number): boolean {
    return PLACES.has(this.lower[k]) || this.placesNamed.has(this.lower[k]);
  }

  /** Past the place or region a title governs, written between the title and the name in
   * Indonesian: "Gubernur Jawa Barat Ridwan Kamil", "Bupati Bogor Ade Yasin", and a rank after it,
   * "Kapolda Metro Jaya Irjen Fadil Imran". The name keeps two words at least. */
  private pastJurisdiction(k: number, end: number): number {
    const { lower } = this;
    let place = k;
    if (this.isPlaceWord(place)) place += COMPASS_AFTER.has(lower[place + 1]) ? 2 : 1;
    if (place > k && end - place >= 2 && !this.isTitle(place - 1)) k = place;
    // A rank within two words: what comes before it is the title's region.
    for (let rank = k + 1; rank <= k + 2 && rank < end - 2; rank++) {
      if (!this.isTitle(rank)) continue;
      k = rank;
      while (k < end - 2 && this.isTitle(k)) k++;
      break;
    }
    return k;
  }

  /** Whether the token is a title word ("CEO", "co-founder", "menteri"), decided on first ask. */
  private isTitle(k: number): boolean {
    const flags = this.flags[k];
    if (!(flags & (UPPER | LOWER))) return false;
    if (!(flags & TITLE_KNOWN)) {
      const word = this.word[k];
      // An acronym's second half is no title ("AFL-CIO" is not a chief information officer).
      const acronymHalf = k >= 2 && this.tokens[k - 1].text === '-' && this.touches(k - 1) && this.touches(k) && this.isAcronymAt(k - 2);
      // "Wali Kota" (mayor) is one title: "Kota" there opens no city's name.
      const mayor = word === 'kota' && this.word[k - 1] === 'wali';
      const title = mayor || !acronymHalf && (TITLE_WORDS.has(word) || word.includes('-') && word.split('-').some((p) => p !== 'co' && TITLE_WORDS.has(p)));
      this.flags[k] = flags | TITLE_KNOWN | (title ? TITLE : 0);
    }
    return (this.flags[k] & TITLE) !== 0;
  }

  /** Whether a title word at `k` really begins an organisation's name ("General Motors",
   * "Justice Department", "General Assembly"): every word after it is an organisation word. */
  private namesOrganisationFrom(k: number, end: number): boolean {
    if (end - k < 2) return false;
    for (let j = k + 1; j < end; j++) if (!ORG_SUFFIXES.has(this.word[j])) return false;
    return true;
  }

  /** Whether the token starts its sentence (or follows an opening quote or bracket there). */
  private isInitial(i: number, sentence: Sentence): boolean {
    if (i === sentence.firstToken) return true;
    for (let k = i - 1; k >= sentence.firstToken; k--) {
      if (!OPENERS.has(this.tokens[k].text)) return false;
      if (k === sentence.firstToken) return true;
    }
    return false;
  }

  /** A frequent common word that the document never uses as a name elsewhere: capitalised here
   * by position. */
  private isCommon(word: string): boolean {
    return isCommonWord(word) && !this.nameLike.has(word);
  }

  /** Whether the words from `first` start a place or a known organisation ("New York Times"). */
  private startsNamedThing(first: number, end: number): boolean {
    const two = end - first >= 2 ? `${this.word[first]} ${this.word[first + 1]}` : '';
    return PLACES.has(two) || KNOWN_ORGANIZATIONS.has(this.lower[first]) || PLACE_PREFIXES.has(this.lower[first])
      || ORG_PREFIX_WORDS.has(this.lower[first]) || ORG_HEAD_WORDS.has(this.lower[first]) && this.hasWordIn(first, end, OF_CONNECTORS);
  }

  /** Whether a common word opening the sentence begins a body's name that runs up to the end
   * or to a title after it: "Green Party candidate …", "National Water Agency deputy director …"
   * (not "Former Harbourline Bank chief …": a status is no part of a name). */
  private opensBodyName(first: number, end: number): boolean {
    const word = this.word[first];
    if (STATUS_WORDS.has(word) || FUNCTION_WORDS.en.has(word) || FUNCTION_WORDS.id.has(word)) return false;
    let last = first + 1;
    while (last + 1 < end && !this.isTitle(last + 1)) last++;
    return last < end && last - first <= 3 && ORG_SUFFIXES.has(this.word[last]) && !LEGAL_SUFFIXES.has(this.word[last]);
  }

  /** Whether a word of `words` stands in tokens [from, to) (lower case): an "of" in a body's name,
   * a body's head word ("Dinas", "Kementerian"). */
  private hasWordIn(from: number, to: number, words: ReadonlySet<string>): boolean {
    for (let k = from; k < to; k++) if (words.has(this.lower[k])) return true;
    return false;
  }

  // ---- classification ---------------------------------------------------------------------

  /** The part's words in lower case, without hyphens, possessives and the dots of acronyms. */
  private wordsOf(first: number, end: number): string[] {
    const words: string[] = [];
    for (let k = first; k < end; k++) {
      const t = this.tokens[k];
      if (t.text === '-' || this.isPossessive(k)) continue;
      const word = this.word[k];
      if (isAcronym(t.text)) words.push(this.lower[k].replaceAll('.', ''));
      else words.push(isApostrophe(word.charAt(word.length - 1)) ? word.slice(0, -1) : word);
    }
    return words;
  }

  /** Decides what the part names and records it. `beforeTitle`: the part stands before a title
   * inside its run ("Tesla" in "Tesla CEO Elon Musk"), so it is an organisation unless a place. */
  private classify(part: Part, sentence: Sentence, beforeTitle: boolean): void {
    const { lower } = this;
    const { first, end } = part;
    // Most parts are one common word capitalised by position ("Shares", "Under"): done early.
    if (end - first === 1 && !part.honorific && part.roleStart < 0 && !this.isAcronymAt(first) && this.isCommon(this.word[first])
      && !KNOWN_ORGANIZATIONS.has(this.word[first]) && !PLACES.has(this.word[first]) && !ARTICLES.has(lower[first - 1] ?? '')
      && !ORG_DESCRIPTORS.has(lower[first - 1] ?? '')) return;
    const words = this.wordsOf(first, end);
    const phrase = words.join(' ');
    const last = words[words.length - 1];
    const single = words.length === 1;

    if (words.length > 1 && (NON_ENTITY_TAILS.has(last) || PRODUCT_NOUNS.has(last)) && !ORG_SUFFIXES.has(last)) return;
    if (isGroup(last)) return; // "Democrats", "Lithuanian Americans", "African-Americans"
    if (single && LEGAL_SUFFIXES.has(last)) return; // "PT Bank Rakyat Indonesia (Persero) Tbk": the company's, no name
    // "Daniel Zhang", "Lei Jun", and "House Newt Gingrich" (a word before a full name).
    const hasGiven = GIVEN_NAMES.has(words[0]) || FAMILY_NAMES_FIRST.has(words[0]) && words.length > 1
      || words.length > 2 && GIVEN_NAMES.has(words[1]);
    // "Helen Park", "Anita Hill": a given name and a surname that is also a place word.
    const surnameLikePlace = words.length === 2 && this.isGivenName(first) && SURNAMES_LIKE_PLACES.has(words[1]);
    if (!surnameLikePlace && this.isPlace(words, phrase)) {
      const government = this.metonymicGovernment(first, end, phrase, sentence);
      if (government) this.add(first, end, 'organization', { government });
      return;
    }
    // "service Ernie Bot", "ChatGPT-style service".
    const productBefore = PRODUCT_NOUNS.has(lower[first - 1] ?? '') || lower[end] === '-' && /^(style|like|esque|type)$/.test(lower[end + 1] ?? '');
    const appositive = this.appositiveHead(end);
    const productAfter = PRODUCT_NOUNS.has(lower[end] ?? '') && !ORG_DESCRIPTORS.has(lower[end] ?? '') || appositive === 'product';

    // An organisation by its own words.
    const orgByForm = this.organisationByForm(words, first, end);
    if (orgByForm === 'split') {
      for (let k = first; k < end; k++) this.add(k, k + 1, 'organization', {});
      return;
    }
    if (orgByForm) {
      this.add(first, end, 'organization', { government: GOVERNMENT_WORDS.has(words[0]) ? words.slice(1).filter((w) => !PLACE_PREFIXES.has(w)).join(' ') : undefined });
      this.defineAcronymAfter(end);
      return;
    }
    if (productBefore) {
      this.productForms.add(phrase);
      return;
    }
    if (appositive === 'place' && !hasGiven) return; // "Carrow House, the court building"
    // Then by its context.
    const orgContext = appositive === 'organization' ? 'strong' : this.organisationContext(first, end, beforeTitle);
    const personContext = part.honorific !== '' || part.roleStart >= 0 || this.personContext(first, end);
    if (orgContext === 'strong' && !personContext && !hasGiven) {
      this.add(first, end, 'organization', {});
      this.defineAcronymAfter(end);
      return;
    }
    if (productAfter && !personContext) {
      this.productForms.add(phrase);
      return;
    }
    if (!personContext && words.some((w) => DEMONYMS.has(w)) && words.every((w) => DEMONYMS.has(w) || PLACES.has(w) || this.isCommon(w))) return;
    if (single) this.classifyWord(part, words[0], sentence, orgContext, personContext);
    else this.classifyName(part, sentence, orgContext, personContext);
  }

  /** One capitalised word: a person's surname or given name (kept if it links to a full name, or
   * the text marks it a person), a company's short name, or nothing. */
  private classifyWord(part: Part, word: string, sentence: Sentence, orgContext: 'strong' | 'weak' | undefined, personContext: boolean): void {
    const { lower, tokens } = this;
    const { first, end } = part;
    if (ROLE_MODIFIERS.has(word) && this.isTitle(end)) return; // "Managing director Ada Obi"
    if (orgContext === 'weak' && !GIVEN_NAMES.has(word)) {
        this.add(first, end, 'organization', { weak: true });
        return;
      }
    const initial = this.isInitial(first, sentence);
    if (PLACE_PREFIXES.has(word)) return;
    // "Menteri Keuangan": a portfolio after a title, not a person.
    if (part.roleStart >= 0 && this.doc.language === 'id' && ABSTRACT_NOUN_ID.test(word)) return;
    // "the Times", "the Committee": an organisation's short name.
    if (!initial && ARTICLES.has(lower[first - 1] ?? '') && ORG_SUFFIXES.has(word)) {
      this.add(first, end, 'organization', {});
      return;
    }
    if (!personContext && (this.isCommon(word) || initial && !this.nameLike.has(word))) return;
    if (PARTY_WORDS.has(word) || part.honorific && isCommonWord(word)) return; // "Democrat", "Miss Universe"
    // A common word by a speech verb is no name ("Police said"); nor a sentence's opening
    // adverb or participle ("Fortunately,", "Having said that").
    const marked = part.honorific !== '' || part.roleStart >= 0;
    if (!marked && !this.nameLike.has(word) && (isCommonWord(word) || initial && (word.endsWith('ly') || word.endsWith('ing') || tokens[end]?.text === ','))) return;
    if (word.length < 2 || /\d/.test(word)) return;
    this.add(first, end, 'person', { single: true, anchored: personContext, role: this.roleOf(part), honorific: part.honorific || undefined });
  }

  /** Several capitalised words: a person's name, unless nothing says so and the words are common
   * ones, a label, or a place after "in". */
  private classifyName(part: Part, sentence: Sentence, orgContext: 'strong' | 'weak' | undefined, personContext: boolean): void {
    const { lower } = this;
    const { end } = part;
    let first = part.first;
    let from = first;
    // "Crooked Hillary Clinton", "State John Kerry": a word before a given name and a surname is
    // not part of the name unless it is a name itself; before a given name alone, a common word.
    while (end - from >= 2 && this.isGivenName(from + 1) && !GIVEN_NAMES.has(this.word[from])
      && !FAMILY_NAMES_FIRST.has(this.word[from]) && (end - from > 2 || isCommonWord(this.word[from]))) from++;
    // After a title the portfolio runs up to a given name and a surname: "Menteri Luar Negeri Sari
    // Wulandari", "Minister for Coastal Affairs Dewi Hartono".
    if (part.roleStart >= 0 && !this.isGivenName(from) && !FAMILY_NAMES_FIRST.has(this.word[from])) {
      for (let k = from + 1; k <= end - 2; k++) {
        if (this.isGivenName(k)) {
          from = k;
          break;
        }
      }
      // Without a known given name, an Indonesian portfolio runs to its last abstract noun: "Menteri
      // Pangan dan Perkebunan Wiratmo Seda".
      if (this.doc.language === 'id' && !this.isGivenName(from)) {
        for (let k = end - 3; k >= from; k--) {
          if (ABSTRACT_NOUN_ID.test(lower[k]) || lower[k] === 'dan') {
            from = k + 1;
            break;
          }
        }
      }
    }
    first = from;
    const words = this.wordsOf(first, end);
    const givenFirst = GIVEN_NAMES.has(words[0]) || FAMILY_NAMES_FIRST.has(words[0]);
    // People are not "the X Y" ("a Balanced Harbour Budget reported"), unless titled or named.
    const marked = part.honorific !== '' || part.roleStart >= 0;
    // The word before, within the sentence: a headline's last word says nothing about the next line.
    const before = first > sentence.firstToken ? lower[first - 1] : '';
    if (!marked && !givenFirst && ARTICLES.has(before)) return;
    // "Los Halcones", "Les Bleus": a nickname or a team after a foreign article, not a person.
    if (!marked && !personContext && FOREIGN_ARTICLES.has(words[0])) return;
    if (!personContext && !givenFirst) {
      if (words.length > 4 || words.every((w) => isCommonWord(w) || PLACES.has(w))) return;
      // A line of its own with nothing but these words: a section label ("International Circuit").
      if (first === sentence.firstToken && end === sentence.endToken && this.isWholeLine(sentence)) return;
      if (this.isPossessive(first - 1) && !this.isPersonAfterPossessive(first)) return;
      if (/^(in|near|outside|across)$/.test(before) && !orgContext) return; // "hubs in Johor Bahru"
      if (orgContext) {
        this.add(first, end, 'organization', { weak: orgContext === 'weak' });
        return;
      }
    }
    if (words.length > 5 || words.some((w) => /\d/.test(w))) return;
    const role = this.roleOf({ ...part, first });
    // Only a name that ends in a common word ("Northgate Sport") needs the text to call it a person;
    // "II" after the family name is no such word.
    const last = words.length > 1 && NAME_SUFFIXES.has(words[words.length - 1]) ? words[words.length - 2] : words[words.length - 1];
    const anchored = givenFirst || marked || personContext || role !== undefined || !isCommonWord(last)
      || this.pronounFollows(end, sentence);
    this.add(first, end, 'person', { role, honorific: part.honorific || undefined, anchored });
  }

  /** Whether "he", "she" or their forms follow the name in its sentence or open the next one:
   * evidence of a person for a name whose first word is no known given name. */
  private pronounFollows(end: number, sentence: Sentence): boolean {
    const next = this.doc.sentences[this.sentenceOf[end - 1] + 1];
    const limit = Math.min(sentence.endToken, end + 20);
    for (let k = end; k < limit; k++) if (PERSONAL_PRONOUNS.has(this.lower[k])) return true;
    if (!next) return false;
    for (let k = next.firstToken; k < Math.min(next.endToken, next.firstToken + 3); k++) if (PERSONAL_PRONOUNS.has(this.lower[k])) return true;
    return false;
  }

  private isWholeLine(sentence: Sentence): boolean {
    const paragraph = this.doc.paragraphs[sentence.paragraph];
    return paragraph !== undefined && sentence.start === paragraph.start && sentence.end === paragraph.end;
  }

  private isPlace(words: string[], phrase: string): boolean {
    if (PLACES.has(phrase) || this.placesNamed.has(phrase)) return true;
    if (words.length < 2) return false;
    const last = words[words.length - 1];
    if (isOrgWord(last) && !PLACE_SUFFIXES.has(last)) return false; // "St Jude's Hospital", "Lake Forest College"
    if (PLACE_PREFIXES.has(words[0]) || PLACE_SUFFIXES.has(last)) return true;
    // "South Korea", "Northern Europe", "Jawa Barat": a compass word and a place.
    return words.length === 2 && (PLACES.has(words[1]) && COMPASS_BEFORE.has(words[0]) || PLACES.has(words[0]) && COMPASS_AFTER.has(words[1]));
  }

  /** 'split' when every word is a separate known organisation ("Tencent Meituan"). */
  private organisationByForm(words: string[], first: number, end: number): boolean | 'split' {
    const { lower, tokens } = this;
    if (words.length === 1) {
      return KNOWN_ORGANIZATIONS.has(words[0]) || this.isAcronymAt(first) && !NON_ORG_ACRONYMS.has(words[0])
        && !PLACES.has(words[0]) && tokens[first].text.replace(/\./g, '').length <= 5;
    }
    if (KNOWN_ORGANIZATIONS.has(words.join('-')) || WELL_KNOWN_BODIES.has(words.join(' '))) return true;
    // "Johnson & Johnson", "Procter & Gamble": an ampersand joins the names of a firm.
    for (let j = first + 1; j < end - 1; j++) if (tokens[j].text === '&') return true;
    if (words.every((w) => KNOWN_ORGANIZATIONS.has(w))) return 'split';
    // "Helen Mills", "Frank Church": a given name and a surname that is also a body's word.
    if (words.length === 2 && this.isGivenName(first) && SURNAMES_LIKE_BODIES.has(words[1])) return false;
    // The last word that is not a place or a legal form: "Sequoia Capital China", "Xiaomi Corp".
    let k = words.length - 1;
    while (k > 0 && (PLACES.has(words[k]) || LEGAL_SUFFIXES.has(words[k]))) k--;
    if (ORG_SUFFIXES.has(words[k]) || LEGAL_SUFFIXES.has(words[words.length - 1])) return true;
    if (ORG_PREFIX_WORDS.has(words[0]) || GOVERNMENT_WORDS.has(words[0])) return true;
    // "DPRD Kota Sagara"; but "G.K. Butterfield" has initials.
    if (KNOWN_ORGANIZATIONS.has(words[0]) || this.isAcronymAt(first) && !tokens[first].text.includes('.') && !NON_ORG_ACRONYMS.has(words[0])) return true;
    // A place and an acronym: a body's branch there ("Virginia AFL-CIO", "Georgia GOP").
    if (PLACES.has(words[0]) && this.isAcronymAt(first + 1) && !tokens[first + 1].text.includes('.') && !NON_ORG_ACRONYMS.has(lower[first + 1])
      && !PLACES.has(lower[first + 1])) return true;
    // "Ministry of Finance", "Northern Journal of Medicine".
    for (let j = first; j < end - 1; j++) if (isOrgWord(this.word[j]) && OF_CONNECTORS.has(lower[j + 1])) return true;
    return false;
  }

  /** What the words around the part say about it being an organisation: 'strong' (a descriptor
   * before it, a role preposition, "X-based", a copyright line), 'weak' (a role word after it,
   * a possessive before a person's name) or undefined. */
  private organisationContext(first: number, end: number, beforeTitle: boolean): 'strong' | 'weak' | undefined {
    const { lower, tokens } = this;
    const before = lower[first - 1] ?? '';
    if (ORG_DESCRIPTORS.has(before) && this.isLowerCase(first - 1)) return 'strong';
    // "The operator, Northline Rail, said": the descriptor the name stands in apposition to.
    if (before === ',' && ORG_DESCRIPTORS.has(lower[first - 2] ?? '') && ARTICLES.has(lower[first - 3] ?? '')) return 'strong';
    if (before === '©' || before === 'copyright' || lower[first - 2] === '©' || lower[first - 2] === 'copyright') return 'strong';
    // "CEO of X", "partner at the X", "Tim Cook from Apple".
    let k = first - 1;
    if (ARTICLES.has(lower[k] ?? '')) k--;
    if (AFFILIATION_PREPOSITIONS.has(lower[k] ?? '')) {
      // "head of procurement at X": a title up to three words before.
      for (let j = k - 1; j >= Math.max(0, k - 3); j--) if (this.isTitle(j)) return 'strong';
      if (this.endingAt.has(k) && this.mentions[this.endingAt.get(k)!].type === 'person') return 'strong';
    }
    if (tokens[end]?.text === ',' && lower[end + 1] === 'which') return 'strong';
    // "the Harbourline ferry company", "a Vestra company spokesman": a descriptor for its head.
    if (ARTICLES.has(before) && this.descriptorFollows(end)) return 'strong';
    if (beforeTitle) return 'strong';
    if (ORG_ROLE_WORDS.has(lower[end] ?? '')) return 'weak';
    if (this.isPossessive(end) && this.isPersonAfterPossessive(end + 1)) return 'weak';
    if (lower[end] === '-' && lower[end + 1] === 'based') return 'weak';
    return undefined;
  }

  /** Whether an organisation descriptor follows token `end` directly or after one lower-case word. */
  private descriptorFollows(end: number): boolean {
    for (let j = end; j < end + 2 && this.isLowerCase(j); j++) if (ORG_DESCRIPTORS.has(this.lower[j])) return true;
    return false;
  }

  /** What the appositive after a name says it is, by its head noun: ", the company's bedside
   * monitoring software" (a product), ", the investment group that …" (an organisation), ", the
   * court building on …" (a place). */
  private appositiveHead(end: number): 'organization' | 'product' | 'place' | undefined {
    const { tokens, lower } = this;
    if (tokens[end]?.text !== ',' || !ARTICLES.has(lower[end + 1] ?? '')) return undefined;
    let head = '';
    for (let j = end + 2; j < Math.min(tokens.length, end + 10); j++) {
      // The head is the last noun before a clause, a preposition or a participle and its
      // preposition ("the shipyard run by …", "the insurer based in …").
      const participle = head !== '' && isVerbTag(tokens[j]) && PARTICIPLE_PREPOSITIONS.has(lower[j + 1] ?? '');
      if (!this.isLowerCase(j) && !this.isPossessive(j) && tokens[j].text !== '-' || CLAUSE_WORDS.has(lower[j])
        || AFFILIATION_PREPOSITIONS.has(lower[j]) || TITLE_SMALL_WORDS.has(lower[j]) || participle) break;
      head = lower[j];
    }
    if (PRODUCT_NOUNS.has(head)) return 'product';
    if (PLACE_NOUNS.has(head)) return 'place';
    return ORG_DESCRIPTORS.has(head) ? 'organization' : undefined;
  }

  /** Whether a person's name starts at `k` (after a possessive: "Alibaba’s Jack Ma", "Xiaomi’s Lei"). */
  private isPersonAfterPossessive(k: number): boolean {
    if (!this.isNameWord(k)) return false;
    const word = this.lower[k];
    return GIVEN_NAMES.has(word) || FAMILY_NAMES_FIRST.has(word) || this.isNameWord(k + 1) || this.nameLike.has(word) && SPEECH_VERBS_EN.has(this.lower[k + 1] ?? '');
  }

  /** Whether the words around the part say it is a person: a speech verb beside it, a title
   * before it, an appositive role or age after it. */
  private personContext(first: number, end: number): boolean {
    const { lower } = this;
    const before = lower[first - 1] ?? '';
    const after = lower[end] ?? '';
    if (isSpeechVerb(after) || ATTRIBUTION_VERBS.has(before) || this.flags[first] & SPEAKER_LABEL) return true;
    if (this.isTitle(first - 1) && this.isLowerCase(first - 1)) return true;
    if (after === ',' && (/^\d{1,3}$/.test(lower[end + 1] ?? '') || lower[end + 1] === 'who')) return true;
    return after === ',' && this.roleAfter(end) !== undefined;
  }

  /** "Beijing wants", "Beijing is finally ending", "Beijing’s long-standing goals", "tujuan
   * politik lama Beijing", "Russia said": a capital or a country acting as its government. */
  private metonymicGovernment(first: number, end: number, phrase: string, sentence: Sentence): string | undefined {
    const { lower, tokens } = this;
    const country = countryOf(phrase);
    if (!country || DEMONYMS.has(phrase)) return undefined;
    const capital = CAPITALS.has(phrase);
    if (PREPOSITIONS_OF_PLACE.has(lower[first - 1] ?? '')) return undefined;
    let k = end;
    if (this.isPossessive(k)) {
      if (!capital) return undefined;
      for (let j = k + 1; j < Math.min(sentence.endToken, k + 7); j++) {
        if (POLICY_NOUNS.has(lower[j])) return country;
        if (!this.isLowerCase(j) && tokens[j].type !== 'number' && tokens[j].text !== '-') break;
      }
      return undefined;
    }
    while (k < sentence.endToken && /^(also|now|once|again|still|reportedly|finally|has|have|had|is|was|will|would|could|may|might|apparently|repeatedly|already|recently|itself)$/.test(lower[k])) k++;
    const verb = tokens[k];
    // A country speaks only as a subject: "Russia said", not Indonesian "teknologi China berjanji".
    const subject = first === sentence.firstToken || /^(,|and|but|that|while|dan|bahwa|namun|tetapi)$/.test(lower[first - 1]);
    if (verb && isSpeechVerb(lower[k]) && (capital || subject)) return country;
    if (capital && verb && k > end && this.isLowerCase(k)) return country; // "Beijing is … pinning"
    if (capital && isVerbTag(verb) && !lower[k].endsWith('ing') && this.isLowerCase(k)) return country;
    if (capital && this.doc.language === 'id') {
      for (let j = first - 1; j >= Math.max(sentence.firstToken, first - 3); j--) if (POLICY_NOUNS.has(lower[j])) return country;
    }
    return undefined;
  }

  // ---- governments written as common nouns ------------------------------------------------

  /** "Chinese government", "the Chinese authorities", "authorities in Hangzhou", "pemerintah
   * China", "Pihak berwenang China", and descriptive "the government", "pemerintah kota". */
  private scanGovernments(): void {
    const { lower, tokens } = this;
    for (let i = 0; i < tokens.length; i++) {
      const word = lower[i];
      if (word.length < 9 || !GOVERNMENT_WORDS.has(word) || this.titleCase[this.sentenceOf[i]]) continue; // "berwenang" is the shortest
      const limit = this.doc.sentences[this.sentenceOf[i]].endToken;
      if (word === 'pemerintah' || word === 'berwenang') {
        const first = word === 'berwenang' ? i - 1 : i;
        if (word === 'berwenang' && lower[i - 1] !== 'pihak') continue;
        const placeEnd = this.placeRunAt(i + 1, limit);
        if (placeEnd > i + 1) {
          this.add(first, placeEnd, 'organization', { government: this.placeKey(i + 1, placeEnd) });
        } else if (GOVERNMENT_LEVELS.has(lower[i + 1] ?? '') && word === 'pemerintah') {
          this.add(first, i + 2, 'organization', { descriptive: true });
        } else if (word === 'pemerintah') {
          this.add(first, i + 1, 'organization', { descriptive: true });
        }
        continue;
      }
      if (!/^(government|authorities)$/.test(word)) continue;
      // Before it: a demonym or a place ("Chinese government", "Hangzhou authorities").
      let first = i;
      while (first > 0 && this.isNameWord(first - 1) && (PLACES.has(lower[first - 1]) || this.unknownPlaceWord(first - 1))) first--;
      if (first < i) {
        this.add(first, i + 1, 'organization', { government: this.placeKey(first, i) });
        continue;
      }
      // After it: "authorities in Hangzhou", "the government of China".
      if ((lower[i + 1] === 'in' || lower[i + 1] === 'of') && word !== 'government' || lower[i + 1] === 'of') {
        const placeEnd = this.placeRunAt(i + 2, limit);
        if (placeEnd > i + 2) {
          this.add(i, placeEnd, 'organization', { government: this.placeKey(i + 2, placeEnd) });
          continue;
        }
      }
      // "the government", "the municipal government".
      let k = i - 1;
      while (k >= 0 && GOVERNMENT_LEVELS.has(lower[k])) k--;
      if (word === 'government' && (lower[k] === 'the' || this.isPossessive(k))) {
        this.add(k + 1, i + 1, 'organization', { descriptive: true });
      }
    }
  }

  /** The end of a place name starting at `i` ("China", "Kota Sagara", "Hangzhou"), or `i`. */
  private placeRunAt(i: number, limit: number): number {
    let end = i;
    while (end < limit && this.isNameWord(end) && (PLACES.has(this.lower[end]) || PLACE_PREFIXES.has(this.lower[end]) || this.unknownPlaceWord(end))) end++;
    return end;
  }

  /** A capitalised word that is not known to be anything else (a city the gazetteer lacks). */
  private unknownPlaceWord(k: number): boolean {
    const word = this.lower[k];
    return !GIVEN_NAMES.has(word) && !KNOWN_ORGANIZATIONS.has(word) && !isOrgWord(word) && !this.breakers.has(word)
      && !this.isTitle(k) && !this.isAcronymAt(k) && !this.isCommon(word);
  }

  private placeKey(first: number, end: number): string {
    const words: string[] = [];
    for (let k = first; k < end; k++) if (!PLACE_PREFIXES.has(this.lower[k])) words.push(this.lower[k]);
    const place = words.join(' ');
    return countryOf(place) ?? place;
  }

  // ---- headlines ----------------------------------------------------------------------------

  /** In a Title Case line, the longest runs of words that the body also names. */
  private scanHeadline(first: number, limit: number, known: Map<string, MentionCandidate>): void {
    const { tokens } = this;
    for (let i = first; i < limit; i++) {
      if (!this.isNameWord(i)) continue;
      for (let end = Math.min(limit, i + 6); end > i; end--) {
        const text = this.doc.text.slice(tokens[i].start, tokens[end - 1].end).toLowerCase();
        const match = known.get(text);
        if (!match) continue;
        this.add(i, end, match.type, { single: match.single, anchored: match.anchored, government: match.government });
        i = end - 1;
        break;
      }
    }
  }

  // ---- roles ----------------------------------------------------------------------------------

  /** The role written with a person: before the name ("Xiaomi co-founder", "outgoing Alibaba
   * chairman and CEO", "Jinhe's founder, …") or as an appositive after it (", CEO of Alibaba Group"). */
  private roleOf(part: Part): RoleRecord | undefined {
    const { tokens } = this;
    const { first, end } = part;
    return this.roleBefore(part.roleStart >= 0 ? part.roleStart : first, first) ?? (tokens[end]?.text === ',' ? this.roleAfter(end) : undefined);
  }

  private roleBefore(from: number, nameStart: number): RoleRecord | undefined {
    const { tokens, lower } = this;
    let start = from;
    let sawTitle = from < nameStart;
    let k = from - 1;
    let comma = false;
    // "Jinhe's founder, Wu Jiaming": a role that opens the sentence, then a comma.
    if (!sawTitle && tokens[k]?.text === ',') {
      comma = true;
      k--;
    }
    const sentenceStart = this.doc.sentences[this.sentenceOf[nameStart]]?.firstToken ?? 0;
    for (; k >= sentenceStart && k >= from - 10; k--) {
      const t = tokens[k];
      if (t.end + 1 < tokens[k + 1].start) break;
      // Never into the name of someone else ("Lei Jun and Alibaba CEO Daniel Zhang").
      const ending = this.endingAt.get(k + 1);
      if (ending !== undefined && this.mentions[ending].type === 'person') break;
      const word = this.word[k];
      if (GENDERED_HONORIFICS.has(word)) break; // "Mr." is no role
      if (this.isTitle(k)) {
        sawTitle = true;
        start = k;
      } else if (ROLE_MODIFIERS.has(word) || AND_WORDS.has(word) && sawTitle && this.isTitle(k - 1) || this.isNameWord(k) && !this.breakers.has(word)
        || this.isPossessive(k) || ORG_SUFFIXES.has(word) && sawTitle || t.type === 'number' && this.isNameWord(k - 1)
        || word === 'of' && this.isNameWord(k + 1)) {
        start = k;
      } else {
        break;
      }
    }
    if (!sawTitle || start >= nameStart - (comma ? 1 : 0)) return undefined;
    if (comma && !(k < sentenceStart || ARTICLES.has(lower[k]) || OPENERS.has(tokens[k].text))) return undefined;
    // Trim words that do not belong to the title: leading "and", possessives, modifiers before nothing.
    while (start < nameStart && (AND_WORDS.has(lower[start]) || this.isPossessive(start) || lower[start] === 'of')) start++;
    let stop = comma ? nameStart - 2 : nameStart - 1;
    if (stop < start) return undefined;
    return this.span(start, stop + 1);
  }

  /** ", the vice-premier", ", a partner at Lisbon consulting firm Harrow Vale", ", wakil
   * menteri CAC", ", Nordlake Health's chief financial officer": the appositive after a name,
   * without its article, up to the organisation it names. */
  private roleAfter(comma: number): RoleRecord | undefined {
    // Asked twice for a name (is it a person? which role?): remember the last answer.
    if (this.lastRoleAfter?.comma === comma) return this.lastRoleAfter.role;
    const role = this.findRoleAfter(comma);
    this.lastRoleAfter = { comma, role };
    return role;
  }

  private findRoleAfter(comma: number): RoleRecord | undefined {
    const { tokens, lower } = this;
    const limit = Math.min(tokens.length, comma + 18);
    let k = comma + 1;
    if (ARTICLES.has(lower[k] ?? '')) k++;
    if (lower[k] === 'salah' && lower[k + 1] === 'satu') k += 2;
    const start = lower[k - 2] === 'salah' ? k - 2 : k;
    // Before the title: modifiers and a possessive owner ("Xi’s top economic", "the office's").
    let j = k;
    while (j < limit && !this.isTitle(j) && j - k < 5 && (ROLE_MODIFIERS.has(this.word[j]) || AND_WORDS.has(lower[j]) && j > k || this.isNameWord(j) || this.isPossessive(j) || /^\p{Ll}+$/u.test(tokens[j].text) && this.isPossessive(j + 1))) j++;
    if (j >= limit || !this.isTitle(j)) return undefined;
    let end = j;
    let sawOrg = false;
    while (end < limit) {
      const word = lower[end];
      const t = tokens[end];
      if (ROLE_STOPS.has(t.text) || CLAUSE_WORDS.has(word) || isSpeechVerb(word)) break;
      if (this.isTitle(end) || ROLE_MODIFIERS.has(this.word[end])) {
        if (sawOrg) break;
        end++;
      } else if (AND_WORDS.has(word) && (this.isTitle(end + 1) || ROLE_MODIFIERS.has(lower[end + 1] ?? ''))) {
        end++;
      } else if (AFFILIATION_PREPOSITIONS.has(word) || this.isNameWord(end) || ARTICLES.has(word)) {
        // "of Danish pump maker Veltra", "at the Coastal Academy of Sciences", "Harbourline Group Co".
        const orgEnd = this.organisationPhraseEnd(AFFILIATION_PREPOSITIONS.has(word) ? end + 1 : end, limit);
        if (orgEnd < 0) break;
        end = orgEnd;
        sawOrg = true;
      } else if (/^\p{Ll}+$/u.test(t.text) && AFFILIATION_PREPOSITIONS.has(lower[end + 1] ?? '')) {
        end++; // "head of procurement at …"
      } else {
        break;
      }
    }
    while (end > j && (AND_WORDS.has(lower[end - 1]) || AFFILIATION_PREPOSITIONS.has(lower[end - 1]) || ARTICLES.has(lower[end - 1]))) end--;
    return end > j ? this.span(start, end) : undefined;
  }

  /** The end of "[the] [lower-case words] Capitalised Name" starting at `k`, or -1. */
  private organisationPhraseEnd(k: number, limit: number): number {
    const { lower } = this;
    if (ARTICLES.has(lower[k] ?? '')) k++;
    let lowerWords = 0;
    while (k < limit && (!this.isNameWord(k) || DEMONYMS.has(lower[k]) || PLACES.has(lower[k]) && !this.isNameWord(k + 1))) {
      if (!/^[\p{L}-]+$/u.test(this.tokens[k].text) || ++lowerWords > 4 || CLAUSE_WORDS.has(lower[k]) || isSpeechVerb(lower[k])) return -1;
      k++;
    }
    if (k >= limit || !this.isNameWord(k)) return -1;
    return this.runEnd(k, limit);
  }

  // ---- output -----------------------------------------------------------------------------------

  private span(first: number, end: number): RoleRecord {
    const start = this.tokens[first].start;
    const stop = this.tokens[end - 1].end;
    return { start, end: stop, text: this.doc.text.slice(start, stop) };
  }

  private add(first: number, end: number, type: EntityType, details: CandidateDetails): void {
    const { start, end: stop, text } = this.span(first, end);
    let affiliation: string | undefined;
    if (type === 'person' && this.isPossessive(first - 1) && this.endingAt.has(first - 1)) {
      affiliation = this.mentions[this.endingAt.get(first - 1)!].text.toLowerCase();
    }
    // Every field present, in one order: all candidates share one shape, which keeps the code
    // reading them (here and in coreference) fast.
    const candidate: MentionCandidate = {
      start, end: stop, text, type, firstToken: first, endToken: end,
      single: details.single ?? (type === 'person' && !/\s/.test(text)),
      anchored: details.anchored, weak: details.weak, descriptive: details.descriptive, government: details.government,
      honorific: details.honorific, affiliation, sameAs: details.sameAs, role: details.role,
    };
    const index = this.mentions.length;
    this.mentions.push(candidate);
    this.covered.fill(1, first, end);
    this.endingAt.set(end, index);
    if (this.isPossessive(end)) this.endingAt.set(end + 1, index);
    // "The HWF, also called the Kelana Forum": the same organisation under two names.
    if (type === 'organization') {
      const { lower } = this;
      this.organisationsSeen.add(lower.slice(first, end).join(' '));
      // "PT Lintas Samudra" is "Lintas Samudra" further on.
      if (LEGAL_PREFIXES.has(lower[first]) && end - first > 2) this.organisationsSeen.add(lower.slice(first + 1, end).join(' '));
      let k = first - 1;
      if (ARTICLES.has(lower[k] ?? '')) k--;
      if (/^(called|known|dubbed|named)$/.test(lower[k] ?? '') || lower[k] === 'as' && lower[k - 1] === 'known') {
        const head = lower[k] === 'as' ? k - 2 : k - 1;
        const back = lower[head] === 'also' ? head - 1 : head;
        if (this.tokens[back]?.text === ',' && this.endingAt.has(back)) candidate.sameAs = this.mentions[this.endingAt.get(back)!].start;
      }
    }
  }

  /** "Medical Technology Review Office (MTRO)": the acronym in brackets names the organisation. */
  private defineAcronymAfter(end: number): void {
    const { tokens } = this;
    if (tokens[end]?.text !== '(' || tokens[end + 2]?.text !== ')' || !isAcronym(tokens[end + 1]?.text ?? '')) return;
    this.add(end + 1, end + 2, 'organization', { sameAs: this.mentions[this.mentions.length - 1].start });
  }
}

/** Capitalised words in lower case, shared by all documents: the same words recur, and a string
 * met before also has its hash for the word lists' lookups. Cleared when it grows large. */
const LOWER_CASE = new Map<string, string>();
function lowerCaseOf(text: string): string {
  let lower = LOWER_CASE.get(text);
  if (lower === undefined) {
    if (LOWER_CASE.size >= 50_000) LOWER_CASE.clear();
    lower = text.toLowerCase();
    LOWER_CASE.set(text, lower);
  }
  return lower;
}

// Token flags.
const NAME = 1;
const ACRONYM = 2;
const UPPER = 4;
const LOWER = 8;
const TITLE = 16;
const TITLE_KNOWN = 32;
const QUOTE = 64;
/** A word of a transcript's speaker label ("WALLACE: …"): a person's name, whatever else it looks like. */
const SPEAKER_LABEL = 128;
/** Letters, dots, apostrophes, ampersands and hyphens only: no digits or symbols ("CNY39"). */
function isNameToken(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122 || c >= 65 && c <= 90 || c === 46 || c === 39 || c === 0x2019 || c === 38 || c === 45) continue;
    if (c < 128 || !/\p{L}/u.test(text[i])) return false;
  }
  return true;
}

/** A word of a speaker label in capitals ("WALLACE", "O'BRIEN"): two letters or more, every
 * letter a capital, and no common word or label of questions, answers or editors' notes. */
function isSpeakerLabelWord(text: string, lower: string): boolean {
  return text.length > 1 && isNameToken(text) && text === text.toUpperCase() && !text.includes('.') && !COMMON_WORDS.has(lower)
    && !QUESTION_LABELS.has(lower) && !ANSWER_LABELS.has(lower) && !EDITORIAL_LABELS.has(lower);
}

/** A word for a group of people: "Democrats", "Americans", "African-Americans". */
function isGroup(word: string): boolean {
  const tail = word.slice(word.lastIndexOf('-') + 1);
  return GROUP_WORDS.has(tail) || PLURAL_DEMONYMS.has(tail);
}
const PLURAL_DEMONYMS = new Set([...DEMONYMS.keys()].map((demonym) => `${demonym}s`));

const isCommonWord = (word: string): boolean => COMMON_WORDS.has(word) && !GIVEN_NAMES.has(word);
const isSpeechVerb = (word: string): boolean => SPEECH_VERBS_EN.has(word) || SPEECH_VERBS_ID.has(word);
const isOrgWord = (word: string): boolean => ORG_SUFFIXES.has(word) || ORG_HEAD_WORDS.has(word);

/** A headline in Title Case: every word after the first is capitalised but for small words
 * ("Mayor Backs Harbour Plan as Traders Count the Cost"). A long line closed by a full stop is
 * prose that lists names, not a headline. */
/** A byline: "By Sofia Lindgren", "By Sofia Lindgren and Mats Berg" (names in capitals: "By the
 * fall of 2010, …" is prose). */
const BYLINE = /^By\s+\p{Lu}\p{Ll}+\s+\p{Lu}[^.!?;]*$/u;
/** A credit line: "(Reporting by …; Editing by …)", "Penulis: …", "Editor: …". */
const CREDIT_LINE = /^\(?\s*(?:additional\s+)?(?:reporting|writing|editing|compiled)\s+by\s|^(?:penulis|editor|reporter|pewarta|penyunting|writer|oleh)\s*:/i;
/** Bylines and credit lines are short. */
const CREDIT_LINE_MAX_CHARS = 160;

/** The paragraphs (their indices) that credit the article's authors. */
function creditLines(doc: Document): Set<number> {
  const found = new Set<number>();
  doc.paragraphs.forEach((paragraph, index) => {
    if (paragraph.end - paragraph.start > CREDIT_LINE_MAX_CHARS) return;
    const line = doc.text.slice(paragraph.start, paragraph.end);
    if (BYLINE.test(line) || CREDIT_LINE.test(line)) found.add(index);
  });
  return found;
}

function isTitleCase(lower: string[], flags: Uint8Array, sentence: Sentence): boolean {
  if (lower[sentence.endToken - 1] === '.' && sentence.endToken - sentence.firstToken >= 18) return false;
  let capital = 0;
  let small = 0;
  for (let i = sentence.firstToken + 1; i < sentence.endToken; i++) {
    if (flags[i] & UPPER) capital++;
    else if (flags[i] & LOWER && !TITLE_SMALL_WORDS.has(lower[i]) && !HEADLINE_SMALL_WORDS.has(lower[i]) && ++small > capital) return false; // prose
  }
  return capital >= 3 && small <= Math.floor(capital / 8);
}

/** Words a headline in Title Case leaves in lower case besides TITLE_SMALL_WORDS, and the
 * clitics wink splits off ("Don't" → "Do", "n't"). */
const HEADLINE_SMALL_WORDS = new Set(['if', 'but', 'nor', 'so', 'yet', "n't", 'n’t', "'s", '’s', "'re", '’re', "'ll", '’ll',
  // Indonesian headlines capitalise every word but these.
  'di', 'ke', 'dari', 'dan', 'yang', 'untuk', 'pada', 'dengan', 'atau', 'oleh', 'dalam', 'bagi', 'akan']);
