// Role claims: the title an article gives a person ("Xiaomi co-founder Lei Jun", "Lei Jun, CEO
// of Xiaomi", "Wakil presiden Qinghe, Wang Lixin", "Lindqvist founded Hydrova"), read as
// titles (head, rank, status, what they are of) so that two articles' titles can be compared:
// "founder" vs "co-founder", "Minister" vs "Deputy Minister", "outgoing chairman" vs "chairman",
// "general secretary" vs "president" disagree; "CEO" vs "co-founder" do not.
import {
  ATTRIBUTE_HEADS, BODY_WORDS, DEPARTMENT_WORDS, HONORIFICS, ID_BODY_WORDS, ID_TAG_VERBS, LEGAL_FORMS, NON_NAME_WORDS, RANK_WORDS, ROLE_FILLER, ROLE_HEADS,
  SPEECH_VERBS_EN, SPEECH_VERBS_ID, STATUS_WORDS,
} from '../lexicon';
import type { ClaimRecord, Language, MentionRecord } from '../model';
import type { ClaimContext, Word } from './context';
import { CUE, addCueWords, makeClaim, mentionsIn, namesAround, wordAt } from './context';
import { PhraseIndex, senses } from './words';

const HEADS = new PhraseIndex(ROLE_HEADS);
const STATUSES = new PhraseIndex(STATUS_WORDS);
/** Every word that occurs in a title phrase, for walking over a title written before a name. */
const TITLE_VOCABULARY = new Set([...ROLE_HEADS.keys(), ...STATUS_WORDS.keys()].flatMap((p) => p.split(' '))
  .filter((w) => !ROLE_FILLER.has(w)).concat([...RANK_WORDS]));
/** Heads whose "of …" names a portfolio rather than an employer: two different portfolios are
 * two different offices ("Defence Minister" vs "Foreign Minister"). */
const PORTFOLIO_HEADS = new Set(['minister', 'secretary', 'commissioner', 'director-general', 'spokesperson']);
const CONNECTORS = new Set(['of', 'and', '&', 'for', 'at', 'dan', 'dari', 'di']);
/** Words that link a name to a title written after it without a comma ("Oyelaran has been …"). */
const COPULA = new Set(['is', 'was', 'has', 'had', 'became', 'menjabat', 'adalah', 'merupakan']);
/** Words skipped between a name and the title after it ("who has been the", "yang juga menjabat"). */
const LEAD_INS = new Set(['is', 'was', 'has', 'had', 'been', 'became', 'who', 'now', 'currently', 'the', 'a', 'an', 'its', 'his',
  'her', 'their', 'yang', 'juga', 'menjabat', 'sebagai', 'adalah', 'merupakan', 'kini', 'saat', 'ini', 'also']);
/** Words that end a title phrase read after a name: what follows is no longer the title. */
const PHRASE_STOPS = new Set(['who', 'which', 'whose', 'that', 'yang', 'bahwa', 'since', 'sejak', 'until', 'when', 'after',
  'before', 'during', 'on', 'last', 'this', 'to', 'pada', 'saat', 'ketika']);
const FOUNDING_VERBS: ReadonlyMap<string, 'founder' | 'co-founder'> = new Map([
  ['founded', 'founder'], ['co-founded', 'co-founder'], ['cofounded', 'co-founder'], ['mendirikan', 'founder'],
]);

addCueWords(CUE.founding, FOUNDING_VERBS.keys());
addCueWords(CUE.title, TITLE_VOCABULARY);

export interface Title {
  head: string;
  rank?: string;
  status?: string;
  /** Words that say what the title is of: employer, body or portfolio ("xiaomi", "water resources"). */
  of: string[];
}

const isSpeechVerb = (w: string): boolean => SPEECH_VERBS_EN.has(w) || SPEECH_VERBS_ID.has(w) || ID_TAG_VERBS.has(w);
const capitalised = (w: Word): boolean => /^\p{Lu}/u.test(w.raw);
/** A hyphenated word's first and last parts ("co-founder": "co", "founder"); a word without a hyphen itself. */
const beforeHyphen = (w: string): string => (w.includes('-') ? w.slice(0, w.indexOf('-')) : w);
const afterHyphen = (w: string): string => w.slice(w.lastIndexOf('-') + 1);
const bare = (w: string): string => (w.endsWith('s') ? w.replace(/['’]s$/, '') : w);

/** Whether the text between two words is only white space (or a possessive ending, or the dot
 * of an abbreviation such as "Corp." or "Ltd."), so the words belong to one phrase. */
function joined(text: string, left: Word, right: Word): boolean {
  const gap = text.slice(left.end, right.start);
  if (gap === ' ' || /^(['’]s?)?\s*$/.test(gap)) return true;
  return /^\.\s+$/.test(gap) && /^\p{Lu}[\p{L}]{0,4}$/u.test(left.raw);
}

/** Reads title phrases: heads with their rank and status, and what they are of. Status words at
 * the start apply to every head ("outgoing chairman and CEO"); words after "of", and words
 * around the heads that are not titles, say what the titles are of. */
export function parseTitles(phrase: readonly string[]): Title[] {
  const words: string[] = [];
  for (const w of phrase) {
    const hyphen = w.indexOf('-');
    const first = hyphen < 0 ? '' : w.slice(0, hyphen);
    if (hyphen >= 0 && (RANK_WORDS.has(first) || first === 'ex')) words.push(bare(first), bare(w.slice(hyphen + 1)));
    else words.push(bare(w));
  }
  const titles: Title[] = [];
  const of: string[] = [];
  let leadingStatus: string | undefined;
  let status: string | undefined;
  let rank: string | undefined;
  for (let i = 0; i < words.length;) {
    const head = HEADS.at(words, i);
    // A status word is read as one unless a title starts there and is longer ("acting" alone,
    // but "chief executive officer" rather than any status inside it).
    const state = STATUSES.at(words, i);
    if (head && (!state || head[1] >= state[1])) {
      titles.push({ head: head[0], rank, status: status ?? leadingStatus, of });
      rank = undefined;
      status = undefined;
      i += head[1];
    } else if (state) {
      if (titles.length === 0 && rank === undefined) leadingStatus = state[0];
      else status = state[0];
      i += state[1];
    } else if (RANK_WORDS.has(words[i])) {
      rank = 'deputy';
      i++;
    } else {
      if (!ROLE_FILLER.has(words[i]) && !CONNECTORS.has(words[i]) && !LEGAL_FORMS.has(words[i]) && /\p{L}/u.test(words[i])) of.push(words[i]);
      i++;
    }
  }
  return titles;
}

/** "outgoing chairman @alibaba; outgoing ceo @alibaba": titles as one comparable string. */
function formatTitles(titles: readonly Title[]): string {
  return titles.map((t) => [t.status, t.rank, t.head].filter(Boolean).join(' ') + (t.of.length ? ` @${t.of.join(' ')}` : '')).join('; ');
}

export function readTitles(value: string): Title[] {
  return value.split('; ').filter(Boolean).map((part) => {
    const [title, of = ''] = part.split(' @');
    const words = title.split(' ');
    const status = STATUS_WORDS.has(words[0]) && words.length > 1 ? words.shift() : undefined;
    const rank = words[0] === 'deputy' && words.length > 1 ? words.shift() : undefined;
    return { head: words.join(' '), rank, status, of: of ? of.split(' ') : [] };
  });
}

// ---- reading titles beside names -------------------------------------------------------------

interface Phrase {
  from: number; // word index range [from, to) in the sentence
  to: number;
}

/** A title written right before the name: "outgoing Harbourline chairman and CEO Mara Lindqvist". */
function titleBefore(text: string, words: Word[], first: number, isPersonWord: (k: number) => boolean): Phrase | undefined {
  // "spokeswoman for Hillary Clinton": the name is what the title is of, not who holds it.
  if (first > 0 && CONNECTORS.has(words[first - 1].text)) return undefined;
  let from = first;
  for (let k = first - 1; k >= 0; k--) {
    const w = words[k];
    if (!joined(text, w, words[k + 1]) || isPersonWord(k)) break;
    const accept = TITLE_VOCABULARY.has(w.text) || TITLE_VOCABULARY.has(beforeHyphen(w.text)) || CONNECTORS.has(w.text) ||
      (capitalised(w) && !isSpeechVerb(w.text) && !NON_NAME_WORDS.has(w.text));
    if (!accept) break;
    from = k;
  }
  while (from < first && CONNECTORS.has(words[from].text)) from++;
  return from < first ? { from, to: first } : undefined;
}

/** A title written after the name: "Lei Jun, CEO of Xiaomi,", "Oyelaran, 68, has been chief
 * conductor of …", "Lindqvist, yang juga menjabat CEO Hydrova Group,". */
function titleAfter(text: string, words: Word[], last: number, isPersonWord: (k: number) => boolean): Phrase | undefined {
  let k = last + 1;
  if (k >= words.length) return undefined;
  const comma = (left: Word, right: Word): boolean => /^,\s*$/.test(text.slice(left.end, right.start));
  if (comma(words[last], words[k])) {
    // An age between commas ("Oyelaran, 68,") comes before the title.
    if (/^\d{1,3}$/.test(words[k].text) && k + 1 < words.length && joinedOrComma(text, words[k], words[k + 1])) k++;
  } else if (!(joined(text, words[last], words[k]) && COPULA.has(words[k].text))) {
    return undefined;
  }
  while (k < words.length && LEAD_INS.has(words[k].text)) k++;
  const from = k;
  let to = k;
  let sawHead = false;
  for (; to < words.length && to < from + 14; to++) {
    if (to > from && !joined(text, words[to - 1], words[to])) break;
    const w = words[to].text;
    // A title running into another name is that name's title ("Yin Yong, outgoing chairman Daniel Zhang").
    if (isPersonWord(to)) return undefined;
    if (isSpeechVerb(w) || PHRASE_STOPS.has(w)) break;
    if (TITLE_VOCABULARY.has(w) || TITLE_VOCABULARY.has(afterHyphen(w))) sawHead = true;
    // The title must come within the first words ("the agency's director-general", "a
    // geriatrician at St Brendan's and the study's lead author").
    if (!sawHead && to - from >= 8) return undefined;
  }
  return sawHead && to > from ? { from, to } : undefined;
}

const joinedOrComma = (text: string, left: Word, right: Word): boolean => /^,?\s*$/.test(text.slice(left.end, right.start));

/** A title written before the name and set off by a comma, at the start of a clause: "Its
 * general secretary, Helen Okafor,", "Wakil presiden Qinghe, Wang Lixin, mengatakan". */
function titleBeforeComma(text: string, words: Word[], first: number, last: number, isPersonWord: (k: number) => boolean): Phrase | undefined {
  if (first < 1 || !/^,\s*$/.test(text.slice(words[first - 1].end, words[first].start))) return undefined;
  const next = words[last + 1];
  const followed = !next || /^,/.test(text.slice(words[last].end, next.start)) || isSpeechVerb(next.text);
  if (!followed) return undefined;
  let from = first - 1;
  // A capitalised title after an abbreviation's dot starts a sentence the splitter missed
  // ("… Technology Corp. Wakil presiden Qinghe, Wang Lixin").
  const sentenceStart = (k: number): boolean => (words[k - 1].raw.endsWith('.') || /^\./.test(text.slice(words[k - 1].end, words[k].start))) &&
    capitalised(words[k]) && TITLE_VOCABULARY.has(words[k].text);
  while (from > 0 && joined(text, words[from - 1], words[from]) && !isSpeechVerb(words[from - 1].text) && !sentenceStart(from) && first - from < 10) from--;
  // Ran out of room before a clause start: not an apposition.
  if (from > 0 && joined(text, words[from - 1], words[from]) && !isSpeechVerb(words[from - 1].text) && !sentenceStart(from)) return undefined;
  // A stretch naming someone else is not this person's title ("views President Obama, Hillary Clinton").
  for (let k = from; k < first; k++) if (isPersonWord(k)) return undefined;
  // The head must come early: "A ministry spokesman", "Tanjong Freight's chief operating officer".
  for (let k = from; k < first && k < from + 5; k++) if (TITLE_VOCABULARY.has(words[k].text)) return { from, to: first };
  return undefined;
}

/** The titles written inside the mention itself, when the name finder kept them ("Tesla CEO Elon Musk"). */
function titleInside(texts: readonly string[], first: number, last: number): Phrase | undefined {
  let end = -1;
  for (let k = first; k < last; k++) {
    const head = HEADS.at(texts, k, last);
    if (head) end = k + head[1];
    else if (ROLE_HEADS.has(afterHyphen(texts[k]))) end = k + 1;
  }
  return end > first ? { from: first, to: end } : undefined;
}

export function findRoleClaims(ctx: ClaimContext): ClaimRecord[] {
  const claims: ClaimRecord[] = [];
  const { text } = ctx.doc;
  const language = ctx.doc.language;
  let sentenceIndex = 0;
  for (const mention of ctx.mentions) {
    if (mention.type !== 'person') continue;
    while (sentenceIndex < ctx.sentences.length - 1 && ctx.sentences[sentenceIndex].end <= mention.start) sentenceIndex++;
    const sentence = ctx.sentences[sentenceIndex];
    // A sentence without a title word gives nobody a title: it is not read into words for that.
    if (mention.start < sentence.start || !sentence.has(CUE.title)) continue;
    const words = sentence.words;
    let first = wordAt(words, mention.start);
    // "Mrs. Clinton": an honorific belongs with the name, not with a title before it.
    while (first > 0 && HONORIFICS.has(words[first - 1].text)) first--;
    const last = wordAt(words, mention.end) - 1;
    if (first > last || last >= words.length) continue;
    const people = personWords(ctx, sentence, words, first, last);
    const phrases = [
      titleBefore(text, words, first, people) ?? titleInside(sentence.texts, first, last),
      titleAfter(text, words, last, people),
      titleBeforeComma(text, words, first, last, people),
    ];
    for (const phrase of phrases) {
      if (!phrase) continue;
      const titles = parseTitles(words.slice(phrase.from, phrase.to).map((w) => w.text));
      if (titles.length === 0) continue;
      const start = Math.min(words[phrase.from].start, mention.start);
      const end = Math.max(words[phrase.to - 1].end, mention.end);
      claims.push(makeClaim(ctx, 'role', { start, end }, mention.local, formatTitles(titles), { topic: language }));
    }
    if (!phrases.some(Boolean) && mention.role) claims.push(...roleFromMention(ctx, mention));
  }
  claims.push(...foundingClaims(ctx));
  return dedupe(claims);
}

/** The role the name finder attached to the mention, when no title phrase was read here. */
function roleFromMention(ctx: ClaimContext, mention: MentionRecord): ClaimRecord[] {
  const role = mention.role!;
  const words = role.text.toLowerCase().split(/\s+/).map((w) => w.replace(/[.,]$/, ''));
  // Only a title that starts the phrase ("the first engineer elected to the board" is no title).
  const start = words.findIndex((w) => !LEAD_INS.has(w));
  if (start < 0 || !words.slice(start, start + 3).some((w) => TITLE_VOCABULARY.has(w))) return [];
  const titles = parseTitles(words);
  if (titles.length === 0) return [];
  const span = { start: Math.min(role.start, mention.start), end: Math.max(role.end, mention.end) };
  return [makeClaim(ctx, 'role', span, mention.local, formatTitles(titles), { topic: ctx.doc.language })];
}

/** "which Mara Lindqvist co-founded", "Lindqvist founded Hydrova": founding told as a verb. */
function foundingClaims(ctx: ClaimContext): ClaimRecord[] {
  const claims: ClaimRecord[] = [];
  for (const sentence of ctx.sentences) {
    if (!sentence.has(CUE.founding)) continue;
    sentence.words.forEach((word, k) => {
      let kind = FOUNDING_VERBS.get(word.text);
      if (!kind) return;
      if (k > 0 && sentence.words[k - 1].text === 'ikut') kind = 'co-founder';
      const inSentence = mentionsIn(ctx, sentence.start, sentence.end).map((i) => ctx.mentions[i]);
      // The founder is named just before the verb ("which Mara Lindqvist co-founded"), or after
      // "by" when the verb is passive ("The firm was founded in 1987 by Grace Okoro").
      const passive = sentence.texts.slice(k + 1, k + 7).findIndex((w) => w === 'by' || w === 'oleh');
      const founder = passive >= 0
        ? inSentence.find((m) => m.type === 'person' && m.start >= sentence.words[k + 1 + passive].end && m.start - sentence.words[k + 1 + passive].end <= 2)
        : inSentence.filter((m) => m.type === 'person' && m.end <= word.start && word.start - m.end <= 12).pop();
      if (!founder) return;
      const organisation = inSentence.find((m) => m.type === 'organization' && m.start >= word.end && m.start - word.end <= 3) ??
        inSentence.filter((m) => m.type === 'organization' && m.end <= Math.min(founder.start, word.start)).pop();
      const of = organisation ? organisation.text.toLowerCase().split(/\s+/).map(bare).filter((w) => !LEGAL_FORMS.has(w)) : [];
      const span = { start: Math.min(founder.start, word.start), end: Math.max(founder.end, organisation && organisation.start > word.end ? organisation.end : word.end) };
      claims.push(makeClaim(ctx, 'role', span, founder.local, formatTitles([{ head: kind, of }]), { topic: ctx.doc.language }));
      // Who founded it, as a claim about the body: another article may name someone else. Every
      // founder named ("by Grace and Samuel Okoro") is one claim; a co-founder says nothing of who else.
      if (kind === 'co-founder') return;
      const { related } = namesAround(ctx, sentence, word);
      const bodies = related.filter((l) => ctx.entities[l]?.type === 'organization');
      const founders = [founder];
      for (let next = inSentence.indexOf(founder) + 1; next < inSentence.length; next++) {
        const m = inSentence[next];
        if (m.type !== 'person' || !/^(,\s*|\s+and\s+|\s+dan\s+|,\s+and\s+)$/.test(ctx.doc.text.slice(founders[founders.length - 1].end, m.start))) break;
        founders.push(m);
      }
      for (const f of founders) claims.push(makeClaim(ctx, 'other', span, organisation?.local ?? -1, f.text.toLowerCase(), { topic: 'founder', related: bodies }));
    });
  }
  return claims;
}

/** Whether word k of the sentence belongs to a person's name other than the one being read. */
function personWords(ctx: ClaimContext, sentence: { start: number; end: number }, words: Word[], first: number, last: number): (k: number) => boolean {
  const others = mentionsIn(ctx, sentence.start, sentence.end).map((i) => ctx.mentions[i]).filter((m) => m.type === 'person');
  return (k: number): boolean => {
    if (k >= first && k <= last) return false;
    const w = words[k];
    return others.some((m) => m.start < w.end && w.start < m.end);
  };
}

/** One claim per span: the same title read twice (by two rules) is one claim. */
function dedupe(claims: ClaimRecord[]): ClaimRecord[] {
  const seen = new Set<string>();
  return claims.filter((c) => {
    const key = `${c.start}:${c.end}:${c.subject}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// ---- comparing titles --------------------------------------------------------------------------

export interface TitleDifference {
  aspect: 'role' | 'name';
  confidence: number;
  rationale: string;
}

/** What a title is of, as comparable words: English stems, Indonesian words translated (kept
 * with the title: a title is compared with many others). */
const ofSensesCache = new WeakMap<Title, Set<string>>();
function ofSenses(title: Title, language: Language): Set<string> {
  let found = ofSensesCache.get(title);
  if (!found) ofSensesCache.set(title, (found = new Set(title.of.filter((w) => !BODY_WORDS.has(w)).flatMap((w) => senses(w, language)))));
  return found;
}

const overlaps = (a: Set<string>, b: Set<string>): boolean => [...a].some((x) => b.has(x));

/** How two articles' titles for one person disagree, if they do. */
export function compareTitles(a: readonly Title[], aLanguage: Language, b: readonly Title[], bLanguage: Language): TitleDifference | undefined {
  let best: TitleDifference | undefined;
  const consider = (d: TitleDifference): void => {
    if (!best || d.confidence > best.confidence) best = d;
  };
  for (const x of a) {
    const xOf = ofSenses(x, aLanguage);
    for (const y of b) {
      const yOf = ofSenses(y, bLanguage);
      const sameBody = xOf.size === 0 || yOf.size === 0 || overlaps(xOf, yOf);
      const heads = new Set([x.head, y.head]);
      // "founder" against "co-founder", "lead author" against "co-author": one of several is not the one.
      const sole = [...heads].find((h) => heads.has(`co-${h}`));
      if (sole && sameBody) consider({ aspect: 'role', confidence: 0.8, rationale: `one article calls them the ${sole}, the other a co-${sole}` });
      if (x.head !== y.head) continue;
      if (!sameBody) {
        if (PORTFOLIO_HEADS.has(x.head) && xOf.size && yOf.size && aLanguage === bLanguage) {
          consider({ aspect: 'role', confidence: 0.7, rationale: `the same title (${x.head}) of different portfolios` });
        }
        continue;
      }
      // An article naming both the office and its deputy ("gubernur dan wakil gubernur") names two offices.
      const bothRanks = (titles: readonly Title[]): boolean => titles.filter((t) => t.head === x.head).some((t) => (t.rank ?? '') !== (titles.find((u) => u.head === x.head)!.rank ?? ''));
      if ((x.rank ?? '') !== (y.rank ?? '') && !bothRanks(a) && !bothRanks(b)) {
        consider({ aspect: 'role', confidence: 0.8, rationale: `${x.head} in one article, deputy ${x.head} in the other` });
      }
      if ((x.status ?? '') !== (y.status ?? '')) {
        // "Former" is often dropped as a courtesy ("Secretary Clinton"); "outgoing" or "acting" is news.
        const status = x.status ?? y.status;
        const weak = status === 'former' || status === 'late';
        consider({ aspect: 'role', confidence: weak ? 0.45 : 0.6, rationale: `${status} ${x.head} in one article, ${x.head} without "${status}" in the other` });
      }
      const renamed = renamedBody(x, y, aLanguage, bLanguage);
      if (renamed) consider(renamed);
    }
  }
  // Different offices held at the same body ("general secretary" vs "president"): both cannot be
  // the whole truth unless an article gives both.
  // An English "head of" a body describes whoever leads it, whatever the office is called ("head
  // of the Tax Policy Center" and its "director"); "head of operations" is an office, and so is an
  // Indonesian "kepala".
  const leads = (t: Title, language: Language): boolean => t.head === 'head' && language === 'en' && !DEPARTMENT_WORDS.has(t.of[0] ?? '');
  const offices = (titles: readonly Title[], language: Language): Title[] => titles.filter((t) => !ATTRIBUTE_HEADS.has(t.head) && !leads(t, language));
  const aOffices = offices(a, aLanguage);
  const bOffices = offices(b, bLanguage);
  if (aOffices.length && bOffices.length && !aOffices.some((x) => bOffices.some((y) => y.head === x.head))) {
    const pairs = aOffices.flatMap((x) => bOffices.map((y) => [x, y] as const));
    const both = pairs.find(([x, y]) => {
      const xOf = ofSenses(x, aLanguage);
      const yOf = ofSenses(y, bLanguage);
      return xOf.size > 0 && yOf.size > 0 && overlaps(xOf, yOf);
    });
    const either = pairs.find(([x, y]) => ofSenses(x, aLanguage).size === 0 || ofSenses(y, bLanguage).size === 0);
    const pair = both ?? either;
    if (pair) consider({ aspect: 'role', confidence: both ? 0.55 : 0.45, rationale: `different offices: ${pair[0].head} in one article, ${pair[1].head} in the other` });
  }
  return best;
}

/** The same title at a body named differently in two articles of one language ("Kepala Dinas
 * Perhubungan Kota Sagara" vs "Kepala Dinas Transportasi Kota Sagara"): a name difference. */
function renamedBody(x: Title, y: Title, aLanguage: Language, bLanguage: Language): TitleDifference | undefined {
  if (aLanguage !== bLanguage || x.of.length < 2 || y.of.length < 2) return undefined;
  // Only a body's name says what the body is ("Dinas …"); "Senate Majority Leader" names an office.
  const namesBody = (t: Title): boolean => t.of.some((w) => BODY_WORDS.has(w) || ID_BODY_WORDS.has(w));
  if (!namesBody(x) || !namesBody(y)) return undefined;
  const xs = new Set(x.of);
  const ys = new Set(y.of);
  const shared = x.of.filter((w) => ys.has(w) && !BODY_WORDS.has(w));
  const onlyX = x.of.filter((w) => !ys.has(w));
  const onlyY = y.of.filter((w) => !xs.has(w));
  if (shared.length === 0 || onlyX.length === 0 || onlyY.length === 0 || shared.length < Math.max(onlyX.length, onlyY.length)) return undefined;
  return { aspect: 'name', confidence: 0.5, rationale: `the body is named with "${onlyX.join(' ')}" in one article and "${onlyY.join(' ')}" in the other` };
}
