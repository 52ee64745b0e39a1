// Finding who speaks: the name, pronoun or noun phrase beside a speech verb, resolved to local
// entities. Mentions are indexed by token so every look-up is local (no scans over the document).
import { isVerbTag, type Document, type Token } from './document';
import { firstStartingFrom, isDigit, startsUpperCase, type TokenWords } from './tokenWords';
import type { LocalEntity, MentionRecord, Span } from './model';
import {
  ARTICLES, BE_OR_HAVE, COMPANY_SPEAKER_NOUNS, CONTROL_VERBS, FEMALE_HONORIFICS, GOVERNMENT_WORDS, HONORIFICS, ID_PRONOUN_TAGS, LOCATING_PARTICIPLES,
  JOINT_SPEAKER_PHRASES, LIST_SEPARATORS, MALE_HONORIFICS, MODIFIER_PREPOSITIONS, OBLIQUE_PREPOSITIONS, PERSON_SPEAKER_NOUNS,
  RELATIVE_PRONOUNS, REPRESENTATIVE_NOUNS, SOURCE_DOCUMENT_NOUNS, SPEAKER_NOUN_DETERMINERS, SPEAKER_PRONOUNS, SPEECH_VERBS_EN, SUBJECT_OPENERS,
  SUBJECT_VERB_FILLERS, TIME_WORDS, TITLE_WORDS,
} from './lexicon';
import { scratchInt32 } from './scratch';
import { PLACES } from './lexicon/places';

// Regular expressions with \p{…} live at module level: a bundle rebuilds such a literal on every call.
/** Starts with a lower-case letter. */
const LOWER_CASE = /^\p{Ll}/u;

/** Speakers found for a speech verb, with the tokens naming them. */
export interface SpeakerMatch {
  speakers: number[];
  /** Token range [first, last] of the words naming the speakers. */
  first: number;
  last: number;
}

interface Antecedent {
  offset: number;
  local: number;
  mention: number;
  /** Named after a preposition ("loyalists to Joe Biden and Bernie Sanders"): a pronoun stands for
   * a subject or a speaker sooner. */
  oblique: boolean;
}

const POSSESSIVE = /^['’]s$/;
/** Dashes that open and close an aside ("Rusk — who has run the city since 2019 — told"). */
const DASHES = new Set(['—', '–', '--']);
/** How far after its verb an inverted subject's name may start ("said the trust’s chair, Colm O’Driscoll"). */
const AFTER_REACH = 8;
/** How far back a subject may sit from its verb, in tokens. */
const SUBJECT_REACH = 40;
/** How many antecedents a pronoun or noun may skip over looking for a compatible one. */
const ANTECEDENT_REACH = 12;

/** The joint-speaker phrases ("both men", "the two leaders") by their last word, in lexicon order. */
const JOINT_PHRASES_BY_LAST_WORD = new Map<string, string[][]>();
for (const phrase of JOINT_SPEAKER_PHRASES) {
  const last = phrase[phrase.length - 1];
  JOINT_PHRASES_BY_LAST_WORD.set(last, [...JOINT_PHRASES_BY_LAST_WORD.get(last) ?? [], phrase]);
}

/** A word without a final full stop ("sen." → "sen"). */
const bare = (word: string): string => (word.endsWith('.') ? word.slice(0, -1) : word);
const isCapitalised = (token: Token): boolean => startsUpperCase(token.text);

/** The finder's token and mention maps, reused from one document to the next (scratch.ts). */
const ENDING_AT = scratchInt32();
const STARTING_AT = scratchInt32();
const FIRST_TOKEN = scratchInt32();
const LAST_TOKEN = scratchInt32();

export class SpeakerFinder {
  private readonly tokens: Token[];
  private readonly language: Document['language'];
  /** For each token, the mention that ends on it (-1 if none). */
  private readonly endingAt: Int32Array;
  /** For each token, the mention that starts on it (-1 if none). */
  private readonly startingAt: Int32Array;
  private readonly firstToken: Int32Array;
  private readonly lastToken: Int32Array;
  /** Person mentions outside quotes, in text order: the antecedents of "he", "she", "the executive". */
  private readonly persons: Antecedent[] = [];
  private readonly organizations: Antecedent[] = [];
  private readonly gender = new Map<number, 'male' | 'female'>();
  /** Person entities by each word of their names, for bare surnames the mention finder left out. */
  private byNameWord?: Map<string, number[]>;
  private readonly speakerHistory: Antecedent[] = [];
  /** Lower-cased words of each mention's role and each organisation's name, split when first
   * asked for ("the ministry" is checked against many names). */
  private readonly roleWords: Array<string[] | undefined>;
  private readonly organizationWords: Array<string[] | undefined>;

  constructor(
    doc: Document,
    private readonly entities: LocalEntity[],
    private readonly mentions: MentionRecord[],
    private readonly inQuote: Uint8Array,
    private readonly words: TokenWords,
  ) {
    const { tokens } = doc;
    this.tokens = tokens;
    this.language = doc.language;
    this.endingAt = ENDING_AT.take(tokens.length, -1);
    this.startingAt = STARTING_AT.take(tokens.length, -1);
    this.firstToken = FIRST_TOKEN.take(mentions.length);
    this.lastToken = LAST_TOKEN.take(mentions.length);
    this.roleWords = new Array(mentions.length);
    this.organizationWords = new Array(entities.length);
    let t = 0;
    mentions.forEach((mention, index) => {
      while (t < tokens.length && tokens[t].end <= mention.start) t++;
      if (t >= tokens.length) return;
      let last = t;
      while (last + 1 < tokens.length && tokens[last + 1].start < mention.end) last++;
      this.firstToken[index] = t;
      this.lastToken[index] = last;
      if (this.startingAt[t] < 0) this.startingAt[t] = index;
      this.endingAt[last] = index;
      const entity = entities[mention.local];
      if (inQuote[t]) return;
      const honorific = this.word(t - 1);
      if (MALE_HONORIFICS.has(honorific)) this.gender.set(mention.local, 'male');
      else if (FEMALE_HONORIFICS.has(honorific)) this.gender.set(mention.local, 'female');
      const antecedent: Antecedent = { offset: mention.start, local: mention.local, mention: index, oblique: false };
      if (entity.type === 'organization') this.organizations.push(antecedent);
      // A one-word name is a person's when a title or honorific says so ("Mr. Obama", "President Obama").
      else if ((entity.name.includes(' ') || HONORIFICS.has(honorific) || TITLE_WORDS.has(bare(honorific))) && !this.isModifier(index, 0) && !this.isObject(t)) {
        if (this.afterPreposition(t)) antecedent.oblique = true;
        this.persons.push(antecedent);
      }
    });
  }

  /** Person entities by each word of their names, built when a bare name is first looked up. */
  private nameWordIndex(): Map<string, number[]> {
    if (this.byNameWord) return this.byNameWord;
    const index = new Map<string, number[]>();
    this.entities.forEach((entity, local) => {
      if (entity.type !== 'person') return;
      for (const form of entity.forms) {
        for (const word of form.toLowerCase().split(/\s+/)) {
          const list = index.get(word) ?? [];
          if (!list.includes(local)) list.push(local);
          index.set(word, list);
        }
      }
    });
    this.byNameWord = index;
    return index;
  }

  /** Records a resolved speaker, the antecedent of a later "the executive". */
  noteSpeaker(local: number, offset: number): void {
    if (this.entities[local].type === 'person') this.speakerHistory.push({ offset, local, mention: -1, oblique: false });
  }

  /** The subject written before the verb at token `verb`, not before token `floor`:
   * "Lei Jun said", "Elon Musk of Tesla praised", "Ana Ruiz, a partner at …, said",
   * "Alibaba’s Zhang said", "he said", "the company said", "Both men asserted". `quotedParticiple`:
   * the verb is a participle a quotation follows ("footage of Ada Lind saying, “…”"). */
  before(verb: number, floor: number, quotedParticiple = false): SpeakerMatch | undefined {
    const { tokens } = this;
    let k = this.skipFillers(verb - 1, floor);
    if (k < floor) return undefined;
    const represented = this.representedBy(k, floor);
    if (represented) return represented;
    const nearby = this.pronounOrNoun(k, floor);
    if (nearby) return nearby;
    // A name the mention finder cut at a hyphen ("Park Geun-hye said").
    if (k >= 2 && tokens[k - 1].text === '-' && tokens[k - 2].end === tokens[k - 1].start && tokens[k - 1].end === tokens[k].start && this.endingAt[k] < 0) k -= 2;
    const adjacent = this.endingAt[k];
    // "footage of Ada Lind saying, “…”": the name right before a participle that a quotation
    // follows is its subject, "of" or not.
    if (adjacent >= 0 && (!this.isModifier(adjacent, floor) || quotedParticiple && k === verb - 1)) return this.withCoordinated(adjacent, k);
    if (adjacent < 0 && isCapitalised(tokens[k])) {
      const named = this.byBareName(k);
      if (named) return named;
    }
    const relative = tokens[k].text === ',' ? this.relativeClauseSubject(k, floor) : undefined;
    if (relative) return relative;
    // Walk back over an appositive or a modifying phrase to the name it describes; an
    // organisation there is more often the person's employer ("Lei Jun, CEO of Xiaomi, said"), so
    // a person further back wins over it.
    let organization: number | undefined;
    for (let steps = 0; k >= floor && steps < SUBJECT_REACH; steps++) {
      const word = this.word(k);
      if (word === ')') {
        const open = this.openingBefore(k, floor, '(');
        if (open < 0) break;
        k = open - 1;
        continue;
      }
      // A short aside in dashes: "Rusk — who has run the city since 2019 — told" (a longer one is
      // walked through word by word).
      const dashOpen = DASHES.has(word) ? this.openingBefore(k, floor, word) : -1;
      if (dashOpen >= 0) {
        k = dashOpen - 1;
        continue;
      }
      // "that" opening a reported clause ends the search; a relative "that" after a noun does not.
      const relative = word === 'that' && (tokens[k - 1]?.pos === 'NOUN' || tokens[k - 1]?.pos === 'PROPN');
      if (word === ';' || word === ':' || word === 'that' && !relative || word === 'bahwa' || /^["“”„«»]$/.test(word)) break;
      const mention = this.endingAt[k];
      if (mention >= 0) {
        const next = this.word(k + 1);
        // "Ana Ruiz, …", "Elon Musk of Tesla", "A Hallam Institute report released last year".
        const attaches = next === ',' || next === '(' || DASHES.has(next) || MODIFIER_PREPOSITIONS.has(next) || SOURCE_DOCUMENT_NOUNS.has(next);
        if (attaches && this.opensSubject(mention, floor) && !this.isModifier(mention, floor)) {
          if (this.entities[this.mentions[mention].local].type === 'person') return this.withCoordinated(mention, k);
          organization ??= mention;
        }
        k = this.firstToken[mention] - 1;
        continue;
      }
      k--;
    }
    return organization === undefined ? undefined : this.withCoordinated(organization, this.lastToken[organization]);
  }

  /** Whom a spokesperson, a lawyer or a document speaks for, when the subject ending at token k
   * is "a spokesperson for Pelham Rail", "lawyers for the company", "a Pelham Rail spokesperson",
   * "a report by Pelham Rail" or "the Pelham Rail report". */
  private representedBy(k: number, floor: number): SpeakerMatch | undefined {
    // "An IHB spokesperson said", "Pelham Rail’s lawyers argued"; a document speaks for a person
    // too ("The Hallam Institute report found", "a Lind tweet attacking …").
    const document = SOURCE_DOCUMENT_NOUNS.has(this.word(k));
    if ((REPRESENTATIVE_NOUNS.has(this.word(k)) || document) && k - 1 >= floor) {
      const ownerEnd = POSSESSIVE.test(this.tokens[k - 1].text) ? k - 2 : k - 1;
      const owner = ownerEnd >= floor ? this.endingAt[ownerEnd] : -1;
      if (owner < 0 || !document && this.entities[this.mentions[owner].local].type !== 'organization') return undefined;
      let first = this.firstToken[owner];
      while (first - 1 >= floor && ARTICLES.has(this.word(first - 1))) first--;
      return { speakers: [this.mentions[owner].local], first, last: k };
    }
    const mention = this.endingAt[k];
    let organization: SpeakerMatch | undefined;
    let before: number;
    if (mention >= 0) {
      if (this.entities[this.mentions[mention].local].type !== 'organization') return undefined;
      organization = { speakers: [this.mentions[mention].local], first: this.firstToken[mention], last: k };
      before = this.firstToken[mention] - 1;
    } else {
      before = k - 1;
      if (before < floor || !SPEAKER_NOUN_DETERMINERS.has(this.word(before)) && !ARTICLES.has(this.word(before))) return undefined;
      organization = this.speakerNoun(k, this.word(k));
      before--;
    }
    while (before >= floor && ARTICLES.has(this.word(before))) before--;
    // "a spokesperson for Pelham Rail", "a report by Pelham Rail".
    const via = this.word(before);
    const noun = this.word(before - 1);
    if (!organization || before - 1 < floor || !(via === 'for' && REPRESENTATIVE_NOUNS.has(noun) || (via === 'by' || via === 'from') && SOURCE_DOCUMENT_NOUNS.has(noun))) return undefined;
    let first = before - 1;
    while (first - 1 >= floor && ARTICLES.has(this.word(first - 1))) first--;
    return { ...organization, first };
  }

  /** The name before a relative clause that ends at the comma `close`: "Mr. Obama, who understood
   * that …, told …". */
  private relativeClauseSubject(close: number, floor: number): SpeakerMatch | undefined {
    const { tokens } = this;
    for (let k = close - 1; k > floor && k >= close - SUBJECT_REACH; k--) {
      if (/^[.;:!?]$/.test(tokens[k].text) || this.inQuote[k]) return undefined;
      if (!RELATIVE_PRONOUNS.has(this.word(k)) || tokens[k - 1].text !== ',') continue;
      const mention = this.endingAt[k - 2];
      return mention >= 0 ? this.withCoordinated(mention, k - 2) : undefined;
    }
    return undefined;
  }

  /** The subject written after the verb ending at token `verbEnd`: "said Sheng", "said Alibaba’s
   * Zhang", "kata Sheng Ronghua", "said the company", "said he"; or the source after "according to". */
  after(verbEnd: number, limit: number, source = false): SpeakerMatch | undefined {
    const { tokens } = this;
    const first = verbEnd + 1;
    if (first >= limit) return undefined;
    const word = this.word(first);
    // "said he" only ends a tag ("…,” said he."); "said he would …" opens the reported clause.
    if (SPEAKER_PRONOUNS.has(word)) return /^[.,;!?]$/.test(tokens[first + 1]?.text ?? '.') ? this.pronoun(word, first) : undefined;
    // "said on Twitter", "said in a statement": where or how it was said, not who said it.
    if (!source && this.language === 'en' && tokens[first].pos === 'ADP' && word !== 'by') return undefined;
    // Step over what describes the speaker before the name: articles, titles, possessors and the
    // comma of an appositive ("said the trust’s chair, Colm O’Driscoll", "said Alibaba’s Zhang").
    let mention = -1;
    let noun = -1;
    let titled = false;
    const stop = Math.min(limit, first + AFTER_REACH);
    for (let j = first; j < stop && mention < 0; j++) {
      const token = tokens[j];
      const w = this.word(j);
      const starting = this.startingAt[j];
      const possessed = (k: number): boolean => POSSESSIVE.test(tokens[k + 1]?.text ?? '');
      if (starting >= 0) {
        if (possessed(this.lastToken[starting])) j = this.lastToken[starting] + 1;
        else mention = starting;
      } else if (ARTICLES.has(w) || SPEAKER_NOUN_DETERMINERS.has(w) || this.isTitleWord(j) || HONORIFICS.has(w)) {
        titled ||= this.isTitleWord(j);
        continue;
      } else if (titled && isCapitalised(token) && !isVerbTag(token) && (this.startingAt[j + 1] >= 0 || isCapitalised(tokens[j + 1]))) {
        // The region or body a title governs, right before the name: "kata Wali Kota Lestari Budi
        // Santosa", "tutur Gubernur Jawa Barat Ridwan Kamil" (not "said the president Tuesday as …").
        continue;
      } else if (w === ',' && j > first && noun < 0) {
        continue;
      } else if (LOWER_CASE.test(token.text) && !isVerbTag(token) || /^[-‐]$/.test(token.text) || isDigit(token.text.charCodeAt(0))) {
        // Modifiers and nouns: "the state-run Meridian News Agency", "the company", "9/11 widow".
        if (possessed(j)) j++;
        else if (noun < 0 && token.pos === 'NOUN') noun = j;
      } else if (isCapitalised(token) && j === first) {
        // "said Cornell William Brooks": a first name the name finder left out of the person after it.
        const person = this.startingAt[j + 1];
        if (person < 0 || this.entities[this.mentions[person].local].type !== 'person') return this.byBareName(j);
        mention = person;
      } else {
        break;
      }
    }
    if (mention < 0) {
      // "…, said the company." — a noun that ends the tag, not the subject of the reported clause.
      const ends = noun >= 0 && (!tokens[noun + 1] || tokens[noun + 1].pos === 'PUNCT' || tokens[noun + 1].pos === 'ADP');
      const described = ends ? this.speakerNoun(noun, this.word(noun)) : undefined;
      return described ? { ...described, first } : undefined;
    }
    // "according to Tesla CEO Elon Musk", "menurut Direktur Utama PT X Lestari": the organisation
    // names the person's employer.
    if (this.entities[this.mentions[mention].local].type === 'organization') {
      let k = this.lastToken[mention] + 1;
      // Past titles and the place the body serves: "Kepala Dinas Perhubungan Lestari Rina Wulandari".
      while (k < stop && (this.isTitleWord(k) || tokens[k].text === ',' || isCapitalised(tokens[k])) && this.startingAt[k] < 0) k++;
      const person = this.startingAt[k];
      if (k < limit && person >= 0 && this.entities[this.mentions[person].local].type === 'person') mention = person;
    }
    const speakers = [this.mentions[mention].local];
    let last = this.lastToken[mention];
    // "said X and Y"
    const joined = this.startingAt[last + 2];
    if ((this.word(last + 1) === 'and' || this.word(last + 1) === 'dan') && joined >= 0 && last + 2 < limit && this.sameType(joined, mention)) {
      speakers.push(this.mentions[joined].local);
      last = this.lastToken[joined];
    }
    // An inverted subject ends the tag ("said Sheng.", "said Yang Jie, chairman …", "said X in …");
    // a name followed by its own verb starts the reported clause ("said Clinton reached out").
    const follower = tokens[last + 1];
    // (A source phrase may go on: "according to a speech Mrs. Clinton delivered".)
    if (!source && follower && last + 1 < limit && this.language === 'en' && isVerbTag(follower)) return undefined;
    return { speakers: unique(speakers), first, last };
  }

  /** Whose words a possessive names: "Trump’s claim", "her acknowledgment". */
  possessor(index: number): SpeakerMatch | undefined {
    const word = this.word(index);
    if (word === 'his' || word === 'her') {
      const local = this.personBefore(this.tokens[index].start, word === 'his' ? 'male' : 'female');
      return local === undefined ? undefined : { speakers: [local], first: index, last: index };
    }
    const mention = this.endingAt[index - 1];
    return mention < 0 ? undefined : { speakers: [this.mentions[mention].local], first: this.firstToken[mention], last: index };
  }

  /** The person named last before `offset`, for Indonesian tags ("katanya", "ujarnya"). */
  pronoun(word: string, index: number, clauseStart = index): SpeakerMatch | undefined {
    const kind = ID_PRONOUN_TAGS.has(word) ? 'person' : SPEAKER_PRONOUNS.get(word);
    if (!kind || kind === 'plural') return undefined;
    // In a tag after the clause ("…, he said"), the pronoun looks back past the clause.
    const previous = this.word(index - 1);
    const lookFrom = previous === ',' || /^["”’']$/.test(previous) || ID_PRONOUN_TAGS.has(word) ? clauseStart : index;
    const local = this.personBefore(this.tokens[lookFrom].start, kind === 'person' ? undefined : kind);
    return local === undefined ? undefined : { speakers: [local], first: index, last: index };
  }

  /** The person a pronoun at `offset` stands for: whichever came last of the last person named as
   * a subject and the last person who spoke, compatible with the pronoun's gender. */
  personBefore(offset: number, gender?: 'male' | 'female'): number | undefined {
    const named = this.lastCompatible(this.persons, offset, gender, true) ?? this.lastCompatible(this.persons, offset, gender);
    const spoke = this.lastCompatible(this.speakerHistory, offset, gender);
    if (!named) return spoke?.local;
    if (!spoke) return named.local;
    return spoke.offset > named.offset ? spoke.local : named.local;
  }

  private lastCompatible(items: Antecedent[], offset: number, gender?: 'male' | 'female', skipOblique = false): Antecedent | undefined {
    let i = lastBefore(items, offset);
    for (let steps = 0; i >= 0 && steps < ANTECEDENT_REACH; i--, steps++) {
      if (skipOblique && items[i].oblique) continue;
      const known = this.gender.get(items[i].local);
      if (!gender || !known || known === gender) return items[i];
    }
    return undefined;
  }

  /** Whether the name starting at token `first`, or the first of the names coordinated with it,
   * follows a preposition ("loyalists to Joe Biden and Bernie Sanders"). */
  private afterPreposition(first: number): boolean {
    let k = first - 1;
    for (let steps = 0; k >= 0 && steps < 12; steps++) {
      const word = this.word(k);
      const listed = word === 'and' && this.word(k - 1) === ',' ? k - 2 : k - 1;
      if (this.leadsIntoName(k)) k--;
      else if (LIST_SEPARATORS.has(word) && this.endsName(listed)) k = this.firstToken[this.endingAt[listed]] - 1;
      else break;
    }
    return k >= 0 && OBLIQUE_PREPOSITIONS.has(this.word(k));
  }

  /** Whether the token before a name is a verb taking it as object ("summoned Big Tech"). */
  private isObject(first: number): boolean {
    const previous = this.tokens[first - 1];
    return previous !== undefined && previous.pos === 'VERB' && !SPEECH_VERBS_EN.has(this.word(first - 1));
  }

  /** The speaker a label before a colon names: a transcript's "WALLACE", a headline's "Pence" or
   * "Obama on Climate Change" — the first person (else organisation) in it, when it has no verb. */
  nameInLabel(first: number, last: number): number[] | undefined {
    const { tokens } = this;
    if (first === last && isCapitalised(tokens[first]) && this.startingAt[first] < 0) return this.byBareName(first)?.speakers;
    let organization: number | undefined;
    for (let k = first; k <= last; k++) {
      if (tokens[k].pos === 'VERB' && LOWER_CASE.test(tokens[k].text) || tokens[k].pos === 'AUX') return undefined;
      const mention = this.startingAt[k];
      if (mention < 0) continue;
      const local = this.mentions[mention].local;
      if (this.entities[local].type === 'person') return [local];
      organization ??= local;
    }
    return organization === undefined ? undefined : [organization];
  }

  /** The speaker named at a text offset ("― Sonya Herridge"). */
  nameStartingAt(offset: number): number[] | undefined {
    const k = this.tokenStartingAt(offset);
    if (k < 0) return undefined;
    const mention = this.startingAt[k];
    if (mention >= 0) return [this.mentions[mention].local];
    return isCapitalised(this.tokens[k]) ? this.byBareName(k)?.speakers : undefined;
  }

  /** The subject of the clause starting at token `first`: the last name before its first verb that
   * does not modify another ("The 2024 Harbour Water Forum has been held …"). */
  subjectOfClause(first: number, end: number): SpeakerMatch | undefined {
    const { tokens } = this;
    let beforeVerb = -1;
    let verbSeen = false;
    for (let k = first; k < end; k++) {
      const mention = this.endingAt[k];
      if (mention < 0 || this.isModifier(mention, first)) {
        verbSeen ||= isVerbTag(tokens[k]);
        continue;
      }
      // A name right before a verb is a subject ("Chastened by …, Trump revised his plan").
      let next = k + 1;
      while (next < end && isSubjectVerbFiller(this.word(next), tokens[next]) && !isVerbTag(tokens[next])) next++;
      if (isVerbTag(tokens[next]) || BE_OR_HAVE.has(this.word(next))) {
        return { speakers: [this.mentions[mention].local], first: this.firstToken[mention], last: k };
      }
      if (!verbSeen) beforeVerb = mention;
    }
    if (beforeVerb < 0) return undefined;
    return { speakers: [this.mentions[beforeVerb].local], first: this.firstToken[beforeVerb], last: this.lastToken[beforeVerb] };
  }

  /** The token after the name starting at token k, or -1 if none starts there. */
  afterName(k: number): number {
    const mention = this.startingAt[k] ?? -1;
    return mention >= 0 ? this.lastToken[mention] + 1 : -1;
  }

  /** Whether a name ends at token k. */
  endsName(k: number): boolean {
    return k >= 0 && this.endingAt[k] >= 0;
  }

  /** Whether the name ending at token k follows an article ("the Hallam Institute report"): it
   * modifies the noun after it. */
  endsNameAfterArticle(k: number): boolean {
    return this.endsName(k) && ARTICLES.has(this.word(this.firstToken[this.endingAt[k]] - 1));
  }

  /** The person who is the subject of the sentence ending right before `offset` (within the
   * paragraph starting at `floor`): a subject pronoun or the name before the sentence's verb. */
  subjectOfSentenceBefore(offset: number, floor: number): number[] | undefined {
    const { tokens } = this;
    const end = this.tokenStartingAt(offset);
    if (end <= 0) return undefined;
    let first = end - 1;
    while (first > 0 && tokens[first - 1].start >= floor && !/^[.!?]$/.test(tokens[first - 1].text)) first--;
    const word = this.word(first);
    if (SPEAKER_PRONOUNS.has(word)) return this.pronoun(word, first)?.speakers;
    const subject = this.subjectOfClause(first, end);
    return subject && this.entities[subject.speakers[0]].type === 'person' ? subject.speakers : undefined;
  }

  /** The person or organisation a paragraph opens with ("Caddell continued:"). */
  subjectOf(paragraph: Span): number[] | undefined {
    let k = this.tokenStartingAt(paragraph.start);
    if (k < 0) return undefined;
    while (k < this.tokens.length && (ARTICLES.has(this.word(k)) || TITLE_WORDS.has(bare(this.word(k))) && this.startingAt[k] < 0)) k++;
    const mention = this.startingAt[k];
    return mention >= 0 ? [this.mentions[mention].local] : undefined;
  }

  private word(k: number): string {
    return this.words.at(k);
  }

  /** The token starting exactly at `offset`, or -1. */
  private tokenStartingAt(offset: number): number {
    const k = firstStartingFrom(this.tokens, offset);
    return this.tokens[k]?.start === offset ? k : -1;
  }

  private skipFillers(k: number, floor: number): number {
    const { tokens } = this;
    while (k >= floor) {
      const word = this.word(k);
      if (isSubjectVerbFiller(word, tokens[k]) && this.endingAt[k] < 0) k--;
      // "Stumpf … appeared to blame", "Trump went on to say"
      else if (word === 'to' && k > floor && CONTROL_VERBS.has(this.word(k - 1))) k -= 2;
      else if ((word === 'on' || word === 'pada') && k + 1 < tokens.length && SUBJECT_VERB_FILLERS.has(this.word(k + 1))) k--;
      else if (word === 'hari' && k > floor && this.word(k - 1) === 'pada') k -= 2;
      else break;
    }
    return k;
  }

  /** A pronoun, "both men", or "the company" ending at token k. */
  private pronounOrNoun(k: number, floor: number): SpeakerMatch | undefined {
    const { tokens } = this;
    const word = this.word(k);
    if (SPEAKER_PRONOUNS.has(word) && this.endingAt[k] < 0) return this.pronoun(word, k, floor);
    for (const phrase of JOINT_PHRASES_BY_LAST_WORD.get(word) ?? []) {
      const first = k - phrase.length + 1;
      if (first < floor || phrase.some((w, n) => this.word(first + n) !== w)) continue;
      const pair = this.lastTwoPersons(tokens[first].start);
      if (pair) return { speakers: pair, first, last: k };
    }
    if (this.endingAt[k] >= 0) return undefined;
    // "the Beijing-based company said", "perusahaan itu mengatakan"
    if ((word === 'itu' || word === 'tersebut') && k - 1 >= floor) {
      const noun = this.speakerNoun(k - 1, this.word(k - 1));
      if (noun) return { ...noun, last: k };
    }
    for (let d = k - 1; d >= Math.max(floor, k - 4); d--) {
      if (SPEAKER_NOUN_DETERMINERS.has(this.word(d))) {
        // "the chamber's president": the president of a body is whoever holds that title, not
        // the person who spoke last.
        let possessed = false;
        for (let j = d + 1; j < k; j++) possessed ||= POSSESSIVE.test(tokens[j].text);
        const noun = this.speakerNoun(k, word, possessed, d);
        return noun && { ...noun, first: d };
      }
      // A place in "the Beijing-based company" says where the company is, not who speaks.
      if (this.endingAt[d] >= 0 && !(tokens[d + 1]?.text === '-' && LOCATING_PARTICIPLES.has(this.word(d + 2)))) break;
    }
    return undefined;
  }

  /** The entity a common noun stands for: "the executive" → the person who spoke last, "the
   * ministry" → the ministry named last; with `byRole`, only a person whose role says so. The
   * entity is named before token `from`, where the noun's phrase starts ("the Beijing-based
   * company" is not Beijing). */
  private speakerNoun(index: number, word: string, byRole = false, from = index): SpeakerMatch | undefined {
    const offset = this.tokens[from].start;
    if (PERSON_SPEAKER_NOUNS.has(word)) {
      // Prefer someone whose role says so ("the vice minister").
      let i = lastBefore(this.persons, offset);
      for (let steps = 0; i >= 0 && steps < ANTECEDENT_REACH; i--, steps++) {
        const mention = this.persons[i].mention;
        const role = this.mentions[mention].role;
        if (role && (this.roleWords[mention] ??= role.text.toLowerCase().split(/[\s,]+/)).includes(word)) return { speakers: [this.persons[i].local], first: index, last: index };
      }
      if (byRole) return undefined;
      const spoke = lastBefore(this.speakerHistory, offset);
      const local = spoke >= 0 ? this.speakerHistory[spoke].local : this.personBefore(offset);
      return local === undefined ? undefined : { speakers: [local], first: index, last: index };
    }
    // "the orchestra", "the ministry": an organisation named before whose name has the noun.
    if (this.tokens[index].pos !== 'NOUN' && !COMPANY_SPEAKER_NOUNS.has(word)) return undefined;
    let i = lastBefore(this.organizations, offset);
    // "the company": the last body named that is no government ("Qihoo 360 signed an agreement
    // with authorities in Hangzhou … The Beijing-based company said" is Qihoo 360's).
    let company: number | undefined;
    for (let steps = 0; i >= 0 && steps < ANTECEDENT_REACH; i--, steps++) {
      const local = this.organizations[i].local;
      const words = (this.organizationWords[local] ??= this.entities[local].name.toLowerCase().split(/\s+/));
      if (words.includes(word)) return { speakers: [local], first: index, last: index };
      // A capital standing for its government ("Beijing's two-year effort") is no company either.
      if (company === undefined && !words.some((w) => GOVERNMENT_WORDS.has(w)) && !PLACES.has(words.join(' '))) company = local;
    }
    if (company !== undefined && COMPANY_SPEAKER_NOUNS.has(word)) return { speakers: [company], first: index, last: index };
    return undefined;
  }

  private lastTwoPersons(offset: number): number[] | undefined {
    const found: number[] = [];
    let i = lastBefore(this.persons, offset);
    for (let steps = 0; i >= 0 && steps < ANTECEDENT_REACH && found.length < 2; i--, steps++) {
      if (!found.includes(this.persons[i].local)) found.push(this.persons[i].local);
    }
    return found.length === 2 ? found.reverse() : undefined;
  }

  /** A capitalised word the mention finder left out that is a word of exactly one person's name
   * ("Shen also emphasised …" after "Neil Shen"). */
  private byBareName(index: number): SpeakerMatch | undefined {
    const candidates = this.nameWordIndex().get(this.word(index));
    return candidates?.length === 1 ? { speakers: candidates, first: index, last: index } : undefined;
  }

  /** Whether a mention attaches to a name before it ("of Tesla", "at Trivium China") or to a noun
   * after it ("Xi’s vision"), rather than being a subject itself. */
  private isModifier(mention: number, floor: number): boolean {
    const { tokens } = this;
    if (POSSESSIVE.test(tokens[this.lastToken[mention] + 1]?.text ?? '')) return true;
    let k = this.firstToken[mention] - 1;
    // "a critic of Governor Olaf Brenn": past the articles and the titles before the name.
    while (k >= floor && this.leadsIntoName(k)) k--;
    return k >= floor && MODIFIER_PREPOSITIONS.has(this.word(k));
  }

  /** Whether token k is a title word; "Kota" after "Wali" too ("Wali Kota": mayor). */
  private isTitleWord(k: number): boolean {
    const word = this.word(k);
    return TITLE_WORDS.has(bare(word)) || word === 'kota' && this.word(k - 1) === 'wali';
  }

  /** Whether token k is an article, a title or an honorific, as written before a name. */
  private leadsIntoName(k: number): boolean {
    const word = this.word(k);
    return ARTICLES.has(word) || TITLE_WORDS.has(bare(word)) || HONORIFICS.has(word);
  }

  /** Whether a mention stands where a subject starts: at the clause start, after a comma or "and",
   * or (a person) after a title or a possessive ("Xiaomi co-founder Lei Jun", "Alibaba’s Zhang"). */
  private opensSubject(mention: number, floor: number): boolean {
    let k = this.firstToken[mention] - 1;
    while (k >= floor && ARTICLES.has(this.word(k))) k--;
    if (k < floor) return true;
    const word = this.word(k);
    if (SUBJECT_OPENERS.has(word) || TIME_WORDS.has(word)) return true;
    if (this.entities[this.mentions[mention].local].type !== 'person') return false;
    return TITLE_WORDS.has(bare(word)) || HONORIFICS.has(word) || POSSESSIVE.test(word) || this.endingAt[k] >= 0;
  }

  /** The mention as a subject, with any names coordinated before it ("Lei Jun and Daniel Zhang",
   * "Daniel Zhang dan Wakil Presiden Tencent Guo Kaitian"). */
  private withCoordinated(mention: number, last: number): SpeakerMatch {
    const speakers = [this.mentions[mention].local];
    let first = this.firstToken[mention];
    for (let guard = 0; guard < 6; guard++) {
      // Skip the title words and organisation names written before the name.
      let k = first - 1;
      for (let steps = 0; k >= 0 && steps < 8; steps++) {
        const word = bare(this.word(k));
        const org = this.endingAt[k];
        if (org >= 0 && this.entities[this.mentions[org].local].type === 'organization') k = this.firstToken[org] - 1;
        else if (TITLE_WORDS.has(word) || ARTICLES.has(word)) k--;
        else break;
      }
      if (k < 1 || !LIST_SEPARATORS.has(this.word(k))) break;
      let before = k - 1;
      if (this.word(k) === 'and' && this.word(before) === ',') before--;
      const other = this.endingAt[before];
      if (other < 0 || !this.sameType(other, mention) || this.word(k) === ',' && guard === 0) break;
      speakers.unshift(this.mentions[other].local);
      first = this.firstToken[other];
    }
    return { speakers: unique(speakers), first, last };
  }

  private sameType(a: number, b: number): boolean {
    return this.entities[this.mentions[a].local].type === this.entities[this.mentions[b].local].type;
  }

  /** The token `opening` that an aside closing at token `close` opened, within a dozen tokens, or -1. */
  private openingBefore(close: number, floor: number, opening: string): number {
    for (let k = close - 1; k >= Math.max(floor, close - 12); k--) if (this.tokens[k].text === opening) return k;
    return -1;
  }
}

/** Words that may stand between a subject and its verb: auxiliaries, time words and adverbs
 * ("Lei also said", "DuVernay powerfully highlights", "Jack Ma Oktober lalu mengecam"). */
export function isSubjectVerbFiller(word: string, token: Token): boolean {
  return SUBJECT_VERB_FILLERS.has(word) || token.pos === 'ADV' && word.endsWith('ly');
}

/** Index of the last item whose offset is before `offset` (binary search), or -1. */
function lastBefore(items: Antecedent[], offset: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].offset < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

function unique(values: number[]): number[] {
  return values.length < 2 ? values : [...new Set(values)];
}
