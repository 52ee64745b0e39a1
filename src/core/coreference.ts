// Linking the names of one document to each other: a bare surname resolves to the full name
// introduced in the same document ("Liu" is Liu He here and Liu Jie there), short forms of
// organisations to their full name ("Alibaba" ~ "Alibaba Group Holding Ltd", but not "Alibaba
// Health Information Technology Ltd."), acronyms to their expansion, "the government" to the
// government the document names. Every lookup goes through a map keyed by a word or a form.
import type { Gender, LocalEntity, MentionRecord } from './model';
import type { MentionCandidate } from './mentions';
import { isAcronym } from './mentions';
import {
  CLUB_PREFIXES, FAMILY_NAMES_FIRST, FEMALE_GIVEN_NAMES, GENERIC_ORG_WORDS, GIVEN_NAMES, LEGAL_PREFIXES, LEGAL_SUFFIXES, NAME_SUFFIXES, ORG_HEADS_ID,
  ORG_SUFFIXES, UNISEX_GIVEN_NAMES,
} from './lexicon';
import { PLACES } from './lexicon/places';
import { firstStartingFrom, isWhiteSpace } from './tokenWords';
import { scratchInt32, scratchUint8 } from './scratch';

const SMALL_WORDS = new Set(['of', 'for', 'and', 'the', '&', 'on', 'dan', 'untuk']);

/** A name's words in lower case, without possessive, dots, initials and "Jr." ("George W. Bush" → george bush). */
export function nameWords(name: string): string[] {
  const words: string[] = [];
  const text = withoutPossessive(name).toLowerCase();
  // Split at white space (as /\s+/ does) by hand: most names are one or two words.
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && !isWhiteSpace(text.charCodeAt(i))) continue;
    if (i > start) {
      let word = text.slice(start, i);
      if (word.includes('.')) word = word.replaceAll('.', '');
      if (isApostropheAt(word, word.length - 1)) word = word.slice(0, -1);
      if (word.length > 1 && !NAME_SUFFIXES.has(word) || isNumber(word)) words.push(word);
    }
    start = i + 1;
  }
  return words;
}

/** The name without a final "'s" or apostrophe ("Workers'"). */
function withoutPossessive(name: string): string {
  const last = name.length - 1;
  if (isApostropheAt(name, last)) return name.slice(0, -1);
  return name.charCodeAt(last) === 115 && isApostropheAt(name, last - 1) ? name.slice(0, -2) : name; // 's'
}

const isApostropheAt = (text: string, i: number): boolean => {
  const code = text.charCodeAt(i);
  return code === 39 || code === 0x2019;
};

/** Digits only ("360" in "Qihoo 360"). */
function isNumber(word: string): boolean {
  if (word.length === 0) return false;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code < 48 || code > 57) return false;
  }
  return true;
}

/** Initials of the significant words ("Cyberspace Administration of China" → "cac"). */
export function initials(name: string): string {
  return nameWords(name).filter((w) => !SMALL_WORDS.has(w)).map((w) => w[0]).join('');
}

/** An organisation's core name: without a legal prefix ("PT"), legal form and generic words at
 * the end ("Alibaba Group Holding Ltd" → "alibaba"). */
export function organisationCore(words: string[]): string[] {
  let from = 0;
  let to = words.length;
  while (to - from > 1 && (LEGAL_PREFIXES.has(words[from]) || CLUB_PREFIXES.has(words[from]))) from++;
  while (to - from > 1 && (LEGAL_SUFFIXES.has(words[to - 1]) || GENERIC_ORG_WORDS.has(words[to - 1]))) to--;
  return words.slice(from, to);
}

/** Where a single word may stand for a person's name: 3 for the family name, 2 for the given
 * name, 1 elsewhere. "Lei Jun" and "Daniel Zhang Yong" put the family name first or second. */
function namePositions(words: string[]): Map<string, number> {
  const positions = new Map<string, number>();
  for (const w of words) positions.set(w, 1);
  const family = familyName(words);
  if (family !== words[0]) positions.set(words[0], 2);
  positions.set(family, 3);
  return positions;
}

/** The family name among a person's name words (nameWords): the last, or the first or second
 * where the name puts it first ("Lei Jun", "Daniel Zhang Yong"). */
export function familyName(words: string[]): string {
  const [a, b] = words;
  if (words.length === 2 && FAMILY_NAMES_FIRST.has(a) && !GIVEN_NAMES.has(b)) return a;
  if (words.length === 3 && GIVEN_NAMES.has(a) && FAMILY_NAMES_FIRST.has(b)) return b;
  if (words.length === 3 && FAMILY_NAMES_FIRST.has(a) && !GIVEN_NAMES.has(a)) return a;
  return words[words.length - 1];
}

/** Whether two people's names are the same name, one written longer: one is the start or the end
 * of the other ("Daniel Zhang" ~ "Daniel Zhang Yong" ~ "Zhang Yong"), or they share first and
 * last words ("Hillary Clinton" ~ "Hillary Rodham Clinton"). */
function samePerson(a: string[], b: string[]): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length < 2) return false;
  const startsWith = short.every((w, i) => long[i] === w);
  const endsWith = short.every((w, i) => long[long.length - short.length + i] === w);
  return startsWith || endsWith || short[0] === long[0] && short[short.length - 1] === long[long.length - 1];
}

/** Whether an organisation's words extend a shorter form only by generic words, legal forms and
 * places ("Alibaba Group Holding Ltd" of "Alibaba", "Sequoia Capital China" of "Sequoia Capital"). */
function extendsGenerically(long: string[], short: string[]): boolean {
  const core = organisationCore(long);
  const shortCore = organisationCore(short);
  if (shortCore.length > core.length || !shortCore.every((w, i) => core[i] === w)) return false;
  for (let i = shortCore.length; i < core.length; i++) {
    const w = core[i];
    // "… Kota Sagara": Indonesian place words and the place they name.
    if (/^(kota|kabupaten|provinsi)$/.test(w)) i++;
    else if (!GENERIC_ORG_WORDS.has(w) && !LEGAL_SUFFIXES.has(w) && !ORG_SUFFIXES.has(w) && !PLACES.has(w)) return false;
  }
  return true;
}

interface Cluster {
  type: LocalEntity['type'];
  name: string;
  words: string[];
  forms: string[];
  /** Start offsets of its mentions, in the order they were linked. */
  starts: number[];
  /** Lower-case roles and affiliations written with it, for "Alibaba’s Zhang". */
  context: string;
  government?: string;
  positions?: Map<string, number>;
  /** nameRank of `name`. */
  rank: number[];
}

export interface LocalLinking {
  entities: LocalEntity[];
  mentions: MentionRecord[];
}

/** Clusters the document's mentions into local entities. A person's single word that links to
 * no fuller name is kept only when the text marks it as a person (title, honorific, speech
 * verb); a descriptive reference ("the government") only when the document names a government. */
export function linkMentions(candidates: MentionCandidate[]): LocalLinking {
  return new Linker(candidates).link();
}

/** The linker's per-candidate and per-cluster arrays, reused from one document to the next (scratch.ts). */
const ASSIGNED = scratchInt32();
const EVIDENCED = scratchUint8();

class Linker {
  private readonly clusters: Cluster[] = [];
  private readonly assigned: Int32Array;
  /** Person clusters by each word of their names; organisation clusters by core, first word,
   * initials; governments by place. */
  private readonly personsByWord = new Map<string, number[]>();
  private readonly orgsByCore = new Map<string, number>();
  private readonly orgsByFirstWord = new Map<string, number[]>();
  private readonly orgsByInitials = new Map<string, number[]>();
  private readonly governments = new Map<string, number>();
  private readonly singlesByWord = new Map<string, number>();

  /** Each candidate's name words, computed once. */
  private readonly words: string[][];

  constructor(private readonly candidates: MentionCandidate[]) {
    this.candidates = [...candidates].sort((a, b) => a.start - b.start);
    this.assigned = ASSIGNED.take(this.candidates.length, -1);
    // A document repeats its names ("Zhang" … "Zhang"): their words are read once.
    const wordsOf = new Map<string, string[]>();
    this.words = this.candidates.map((c) => {
      let words = wordsOf.get(c.text);
      if (!words) wordsOf.set(c.text, (words = nameWords(c.text)));
      return words;
    });
  }

  link(): LocalLinking {
    const { candidates } = this;
    // Organisations, then people's full names, so that a surname written before its full name
    // still finds it, and a company's short name taken for a person's ("Tanjong Freight will")
    // finds the company.
    for (const type of ['organization', 'person'] as const) {
      candidates.forEach((c, i) => {
        if (c.type !== type || c.descriptive || c.type === 'person' && c.single || c.weak) return;
        if (c.sameAs !== undefined && this.clusterAt(c.sameAs) >= 0) this.join(i, this.clusterAt(c.sameAs));
        else if (c.type === 'person') this.linkPerson(i);
        else this.linkOrganisation(i);
      });
    }
    // Then single words: the person whose name they belong to, else an organisation.
    const unresolved: number[] = [];
    candidates.forEach((c, i) => {
      if (this.assigned[i] >= 0 || c.descriptive) return;
      const person = this.personFor(i);
      const organisation = person < 0 && c.type === 'person' ? this.findOrganisation(i, true) : -1;
      if (person >= 0) this.join(i, person);
      else if (c.type === 'organization') this.linkOrganisation(i);
      else if (organisation >= 0) this.join(i, organisation); // "Ant" after "Ant Group Co"
      else unresolved.push(i);
    });
    // Single words no full name explains: one entity per word when the text marks it a person.
    for (const i of unresolved) {
      if (!candidates[i].anchored) continue;
      const word = this.words[i][0] ?? '';
      const existing = this.singlesByWord.get(word);
      if (existing !== undefined) this.join(i, existing);
      else this.singlesByWord.set(word, this.create(i));
    }
    for (const i of unresolved) {
      const existing = this.singlesByWord.get(this.words[i][0] ?? '');
      if (this.assigned[i] < 0 && existing !== undefined) this.join(i, existing);
    }
    this.linkDescriptive();
    return this.output();
  }

  /** The cluster of the (last) candidate starting at `start`, or -1. */
  private clusterAt(start: number): number {
    const i = firstStartingFrom(this.candidates, start + 1) - 1;
    return i >= 0 && this.candidates[i].start === start ? this.assigned[i] : -1;
  }

  private create(i: number): number {
    const c = this.candidates[i];
    const index = this.clusters.length;
    const words = this.words[i];
    this.clusters.push({ type: c.type, name: c.text, words, forms: [], starts: [], context: '', government: c.government, rank: [] });
    if (c.type === 'person') {
      for (const w of words) push(this.personsByWord, w, index);
    } else {
      this.indexOrganisation(index, words);
      if (c.government) this.governments.set(c.government, index);
    }
    this.join(i, index);
    return index;
  }

  private indexOrganisation(index: number, words: string[]): void {
    const core = organisationCore(words);
    const coreName = core.join(' ');
    if (!this.orgsByCore.has(coreName)) this.orgsByCore.set(coreName, index);
    if (words.length) push(this.orgsByFirstWord, core[0], index);
    if (words.length > 1) push(this.orgsByInitials, initials(words.join(' ')), index);
  }

  private join(i: number, index: number): void {
    const c = this.candidates[i];
    const cluster = this.clusters[index];
    this.assigned[i] = index;
    cluster.starts.push(c.start);
    if (c.role) cluster.context += ` ${c.role.text.toLowerCase()}`;
    if (c.affiliation) cluster.context += ` ${c.affiliation}`;
    if (c.government && !cluster.government) {
      cluster.government = c.government;
      this.governments.set(c.government, index);
    }
    // "the government" is a mention of the entity but not one of its names.
    if (cluster.forms.includes(c.text) || c.descriptive && !/\p{Lu}/u.test(c.text)) return;
    cluster.forms.push(c.text);
    if (c.descriptive) return;
    const words = this.words[i];
    const rank = nameRank(c.text, words);
    if (cluster.forms.length === 1 || compare(rank, cluster.rank) > 0) {
      cluster.rank = rank;
      if (cluster.type === 'person') {
        for (const w of words) push(this.personsByWord, w, index);
      } else if (words.length > 0) {
        this.indexOrganisation(index, words);
      }
      cluster.name = c.text;
      cluster.words = words;
      cluster.positions = undefined;
    }
  }

  private linkPerson(i: number): void {
    const words = this.words[i];
    if (!GIVEN_NAMES.has(words[0]) && !this.candidates[i].role) {
      // "Tanjong Freight will …": the company's short name. "Nordlake Sentinel" where Nordlake
      // is a company: its product or unit, no person.
      const sameStart = this.orgsByFirstWord.get(words[0]) ?? [];
      for (const e of sameStart) if (extendsGenerically(this.clusters[e].words, words)) return this.join(i, e);
      if (sameStart.length) return;
    }
    const seen = new Set<number>();
    for (const w of [words[0], words[words.length - 1]]) {
      for (const e of this.personsByWord.get(w) ?? []) {
        if (seen.has(e)) continue;
        seen.add(e);
        if (this.clusters[e].words.length >= 2 && samePerson(words, this.clusters[e].words)) {
          this.join(i, e);
          return;
        }
      }
    }
    this.create(i);
  }

  private linkOrganisation(i: number): void {
    const found = this.findOrganisation(i, false);
    if (found >= 0) this.join(i, found);
    else this.create(i);
  }

  /** The organisation cluster a name belongs to: the same government, the same core name, the
   * expansion of an acronym, a full name that extends it by generic words ("Alibaba" ~ "Alibaba
   * Group Holding Ltd", either written first), or the only organisation starting with a
   * single word taken for a person's name ("Wakil presiden Qinghe" ~ "Qinghe Membrane Technology
   * Corp."). `single`: that last rule applies; a word the text itself calls an organisation
   * ("the investment group Nordlake") is not a short form of another. */
  private findOrganisation(i: number, single: boolean): number {
    const c = this.candidates[i];
    if (c.government && this.governments.has(c.government)) return this.governments.get(c.government)!;
    const words = this.words[i];
    const core = organisationCore(words);
    const exact = this.orgsByCore.get(core.join(' '));
    if (exact !== undefined) return exact;
    if (isAcronym(c.text)) {
      const expansions = this.orgsByInitials.get(words[0]) ?? [];
      if (expansions.length) return expansions[expansions.length - 1];
    }
    let fallback = -1;
    for (const e of this.orgsByFirstWord.get(core[0]) ?? []) {
      const other = this.clusters[e].words;
      if (extendsGenerically(other, words) || extendsGenerically(words, other)) return e;
      if (core.length === 1) fallback = fallback === -1 ? e : -2; // -2: more than one, ambiguous
    }
    // Not a place the document governs ("Sagara" of "Pemerintah Kota Sagara").
    return single && fallback >= 0 && !this.governments.has(core[0]) ? fallback : -1;
  }

  /** The person a single word names: among people in the document whose name has the word,
   * the one it is affiliated with ("Alibaba’s Zhang"), then one named before it, then the word
   * as family name rather than given name, then the most mentioned so far, then the latest. */
  private personFor(i: number): number {
    const c = this.candidates[i];
    if (!c.single) return -1;
    const word = this.words[i][0];
    if (!word) return -1;
    let best = -1;
    let bestScore: number[] = [];
    for (const e of this.personsByWord.get(word) ?? []) {
      const cluster = this.clusters[e];
      if (cluster.type !== 'person' || cluster.words.length < 2) continue;
      cluster.positions ??= namePositions(cluster.words);
      const position = cluster.positions.get(word);
      if (!position || !genderAgrees(c.honorific, cluster.words[0])) continue;
      let before = 0;
      let latest = -1;
      for (const s of cluster.starts) {
        if (s < c.start) {
          before++;
          latest = Math.max(latest, s);
        }
      }
      const affiliated = c.affiliation !== undefined && cluster.context.includes(c.affiliation) ? 1 : 0;
      const score = [affiliated, before > 0 ? 1 : 0, position, before, latest];
      if (best < 0 || compare(score, bestScore) > 0) {
        best = e;
        bestScore = score;
      }
    }
    return best;
  }

  /** "the government", "pemerintah": the government named nearest before, else the first after. */
  private linkDescriptive(): void {
    const governments: Array<{ start: number; cluster: number }> = [];
    this.candidates.forEach((c, i) => {
      const cluster = this.assigned[i];
      if (cluster >= 0 && this.clusters[cluster].government) governments.push({ start: c.start, cluster });
    });
    if (governments.length === 0) return;
    let next = 0;
    this.candidates.forEach((c, i) => {
      if (!c.descriptive) return;
      while (next < governments.length && governments[next].start < c.start) next++;
      const chosen = next > 0 ? governments[next - 1] : governments[0];
      this.join(i, chosen.cluster);
    });
  }

  private output(): LocalLinking {
    // Entities numbered in order of first mention.
    const order = new Map<number, number>();
    const mentions: MentionRecord[] = [];
    // What each cluster's honorifics say of its gender; null where they disagree.
    const genders = new Map<number, Gender | null>();
    // A person needs some evidence: a known given name, a title, honorific or role, a speech
    // verb, an age, a pronoun after it, or a later mention by one word ("Tarrow Bridge" has none).
    const evidenced = EVIDENCED.take(this.clusters.length);
    this.candidates.forEach((c, i) => {
      if (this.assigned[i] >= 0 && (c.type !== 'person' || c.anchored || c.single || c.role || c.honorific)) evidenced[this.assigned[i]] = 1;
    });
    this.candidates.forEach((c, i) => {
      const cluster = this.assigned[i];
      if (cluster < 0 || !evidenced[cluster]) return;
      if (!order.has(cluster)) order.set(cluster, order.size);
      mentions.push({ start: c.start, end: c.end, text: c.text, type: this.clusters[cluster].type, local: order.get(cluster)!, role: c.role });
      const gender = c.honorific ? honorificGender(c.honorific) : undefined;
      if (gender) genders.set(cluster, genders.get(cluster) === undefined || genders.get(cluster) === gender ? gender : null);
    });
    const entities: LocalEntity[] = new Array(order.size);
    for (const [cluster, local] of order) {
      const { type, name, forms } = this.clusters[cluster];
      const gender = genders.get(cluster);
      entities[local] = { type, name, forms: [name, ...forms.filter((f) => f !== name)], ...(gender ? { gender } : {}) };
    }
    return { entities, mentions };
  }
}

/** How good a form is as an entity's name: a government's "Chinese government" over "Beijing",
 * a name over an acronym, an English name over its Indonesian translation, more words, then longer. */
function nameRank(form: string, words = nameWords(form)): number[] {
  return [namesGovernment(form, words) ? 1 : 0, isAcronym(form) ? 0 : 1, ORG_HEADS_ID.has(words[0]) ? 0 : 1,
    /^\p{Lu}/u.test(form) ? 1 : 0, words.length, form.length];
}

/** Whether the form holds the word "government" or "pemerintah" (its name words hold them in
 * lower case: asked of those first). */
function namesGovernment(form: string, words: string[]): boolean {
  return words.some((w) => w.includes('government') || w.includes('pemerintah')) && /\b(government|pemerintah)\b/i.test(form);
}

/** The best of an entity's forms as its name (nameRank); of forms that rank alike, the one
 * written in the most articles (`articles`: a form's count), so that one article's typo ("HIllary
 * Clinton") does not name the entity everywhere; then the first in code-point order. */
export function preferredName(forms: ReadonlyMap<string, number>): string {
  let best = '';
  let bestRank: number[] = [];
  for (const [form, articles] of forms) {
    const rank = [...nameRank(form), articles];
    const order = best ? compare(rank, bestRank) : 1;
    if (order > 0 || order === 0 && form < best) {
      best = form;
      bestRank = rank;
    }
  }
  return best;
}

/** Whether an honorific fits a person's given name: "Mrs. Clinton" is not Bill Clinton, "Mr.
 * Clinton" not Hillary. Unknown names fit either. */
function genderAgrees(honorific: string | undefined, given: string): boolean {
  return gendersAgree(honorific ? honorificGender(honorific) : undefined, givenNameGender(given));
}

/** Whether two genders may be one person's: equal, or either unknown. */
export const gendersAgree = (a: Gender | undefined, b: Gender | undefined): boolean => !a || !b || a === b;

/** The gender an honorific gives ("mrs", "pak"), if any. */
export function honorificGender(honorific: string): Gender | undefined {
  if (/^(mrs|ms|miss|madam|dame|lady|bu|ibu)$/.test(honorific)) return 'female';
  if (/^(mr|sir|lord|pak|bapak)$/.test(honorific)) return 'male';
  return undefined;
}

/** The gender a given name tells (lower case), if it is known and not given to both. */
export function givenNameGender(given: string): Gender | undefined {
  if (!GIVEN_NAMES.has(given) || UNISEX_GIVEN_NAMES.has(given)) return undefined;
  return FEMALE_GIVEN_NAMES.has(given) ? 'female' : 'male';
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) {
    if (!list.includes(value)) list.push(value);
  } else {
    map.set(key, [value]);
  }
}

function compare(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return 0;
}
