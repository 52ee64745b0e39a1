// The corpus: per-file analyses, linked into entities, passages and conflicts across files.
// Files are added, replaced and removed one at a time; linking is cheap (it reads only the
// per-file results, never the text) and is redone lazily when the corpus is next read.
import type {
  ClaimRecord, CorpusAnalysis, Entity, EntityType, FileAnalysis, FileIssue, Gender, Language, LocalEntity, MentionRecord, Passage,
} from './model';
import { findConflicts } from './conflicts';
import { familyName, gendersAgree, givenNameGender, nameWords, organisationCore, preferredName } from './coreference';
import { GIVEN_NAME_SHORT_FORMS, GOVERNMENT_WORDS, ORG_HEADS_ID, ORG_WORDS_ID_EN, WELL_KNOWN_ACRONYMS } from './lexicon';
import { ID_EN_GLOSSARY, ID_EN_PHRASES } from './lexicon/glossary';
import { PLACE_PREFIXES, countryOf } from './lexicon/places';

/** A claim with its subject resolved to a corpus entity id, and the language of its file (claims
 * in two languages are compared through translation). */
export interface LinkedClaim extends ClaimRecord {
  file: string;
  subjectId: string | null;
  language: Language;
  /** Entity ids of the other names in the claim's clause (ClaimRecord.related). */
  relatedIds?: string[];
}

/** A file's claim with its names resolved to entity ids (`idOf`: a local entity's id, null if
 * none). Every linked claim gets all fields in one order: conflict finding reads a quarter of a
 * million of them at 10,000 articles, and objects of one shape are read several times faster
 * than the many shapes a spread of optional fields makes. */
export function linkClaim(c: ClaimRecord, file: string, language: Language, idOf: (local: number) => string | null): LinkedClaim {
  const relatedIds = c.related?.map(idOf).filter((id): id is string => id !== null);
  return {
    start: c.start, end: c.end, text: c.text, aspect: c.aspect, subject: c.subject, topic: c.topic, value: c.value,
    polarity: c.polarity, related: c.related, file, subjectId: c.subject >= 0 ? idOf(c.subject) : null, language, relatedIds,
  };
}

export class Corpus {
  private readonly files = new Map<string, FileAnalysis>();
  private cached: CorpusAnalysis | undefined;

  set(analysis: FileAnalysis): void {
    this.files.set(analysis.file, analysis);
    this.cached = undefined;
  }

  delete(file: string): boolean {
    const existed = this.files.delete(file);
    if (existed) this.cached = undefined;
    return existed;
  }

  get(file: string): FileAnalysis | undefined {
    return this.files.get(file);
  }

  get size(): number {
    return this.files.size;
  }

  fileNames(): string[] {
    return [...this.files.keys()].sort();
  }

  analysis(): CorpusAnalysis {
    this.cached ??= linkCorpus(this.fileNames().map((f) => this.files.get(f)!));
    return this.cached;
  }
}

/** An acronym as written, in capitals (its dots removed). */
const ACRONYM_FORM = /^\p{Lu}{2,6}$/u;

const normalise = (name: string): string =>
  name.normalize('NFKC').toLowerCase().replace(/['’]s\b/g, '').replace(/[.,"“”‘’()]/g, ' ').replace(/^the\s+/, '')
    .replace(/\s+/g, ' ').trim();

const words = (name: string): string[] => normalise(name).split(' ').filter(Boolean);

/** An organisation's name without its legal form and generic words ("Alibaba Group Holding Ltd"
 * → "alibaba"); institutes, summits and newspapers keep their head ("Wuzhen Institute"). */
const orgCore = (name: string): string => organisationCore(words(name)).join(' ');

/** The place a government form stands for: "Chinese government", "authorities in Hangzhou",
 * "Pihak berwenang China", "Pemerintah Kota Sagara", or a capital acting for it ("Beijing"). */
function governmentKey(name: string): string | undefined {
  const w = words(name).filter((x) => x !== 'in' && x !== 'of' && x !== 'pihak' && !PLACE_PREFIXES.has(x));
  const place = w.filter((x) => !GOVERNMENT_WORDS.has(x)).join(' ');
  if (!place) return undefined;
  if (w.some((x) => GOVERNMENT_WORDS.has(x))) return countryOf(place) ?? place;
  return w.length === words(name).length ? countryOf(place) : undefined;
}

class UnionFind {
  private readonly parent: number[] = [];
  add(): number {
    this.parent.push(this.parent.length);
    return this.parent.length - 1;
  }
  find(x: number): number {
    while (this.parent[x] !== x) {
      this.parent[x] = this.parent[this.parent[x]];
      x = this.parent[x];
    }
    return x;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

export interface LocalRef {
  file: FileAnalysis;
  local: number;
  entity: LocalEntity;
  /** The file's mentions of this local entity. */
  mentions: MentionRecord[];
}

/** Each local entity's mentions, in one pass over the file. */
export function mentionsByLocal(file: FileAnalysis): MentionRecord[][] {
  const byLocal: MentionRecord[][] = file.localEntities.map(() => []);
  for (const mention of file.mentions) byLocal[mention.local]?.push(mention);
  return byLocal;
}

/** Keys under which a local entity may meet the same entity in another file. People meet only
 * by names of two or more words (a bare surname is ambiguous across a corpus: joinBareSurnames
 * gives it to a person once every name is linked), also without
 * middle initials; organisations by any proper form (not "the government"), by their core name
 * and, for governments, by the place they govern ("Chinese authorities" ~ "Beijing"). */
export function linkKeys(type: EntityType, entity: LocalEntity): string[] {
  const keys = new Set<string>();
  for (const form of entity.forms) {
    const n = normalise(form);
    if (!n || !/\p{Lu}/u.test(form)) continue;
    if (type === 'person') {
      const full = n.split(' ').filter((w) => w.length > 1);
      if (full.length < 2) continue;
      keys.add(`p:${full.join(' ')}`);
      // "Len Burman" also meets "Leonard Burman".
      const given = GIVEN_NAME_SHORT_FORMS.get(full[0]);
      if (given) keys.add(`p:${[given, ...full.slice(1)].join(' ')}`);
    } else {
      keys.add(organisationKey(n));
      keys.add(organisationKey(orgCore(form)));
      // "U.N." and "PBB" are the "United Nations" (an acronym in capitals only: "Who" is no body).
      const acronym = form.replace(/\./g, '');
      const spelledOut = ACRONYM_FORM.test(acronym) ? WELL_KNOWN_ACRONYMS.get(acronym.toLowerCase()) : undefined;
      if (spelledOut) keys.add(organisationKey(spelledOut));
      const government = governmentKey(form);
      if (government) keys.add(`g:${government}`);
      const bag = significantWords(form);
      if (bag.length >= 3) keys.add(`b:${bag.sort().join(' ')}`);
    }
  }
  return [...keys];
}

/** The key an organisation's normalised name or core name offers (linkKeys); a bare surname that
 * is no person's finds the organisation of that name by it ("Tallow said …" ~ "Tallow Group
 * Holding Ltd."). */
export const organisationKey = (name: string): string => `o:${name}`;

/** An organisation's words that tell it apart, without "of", "the", "and". */
const significantWords = (name: string): string[] => words(name).filter((w) => !SMALL_WORDS.has(w));
const SMALL_WORDS = new Set(['of', 'the', 'and', 'for', '&', 'dan', 'untuk']);

/** The English word bags an Indonesian organisation name may translate to ("Komisi Pusat Urusan
 * Dunia Maya" → "affairs central commission cyberspace"), as keys of English names to join. */
function translatedKeys(form: string): string[] {
  const source = significantWords(form);
  if (source.length < 3 || !ORG_HEADS_ID.has(source[0])) return [];
  let bags: string[][] = [[]];
  for (let i = 0; i < source.length; i++) {
    const phrase = ID_EN_PHRASES.get(`${source[i]} ${source[i + 1]}`);
    const options = phrase ? [phrase] : ORG_WORDS_ID_EN.get(source[i]) ?? ID_EN_GLOSSARY.get(source[i]) ?? [source[i]];
    if (phrase) i++;
    bags = bags.flatMap((bag) => options.map((o) => [...bag, ...o.split(' ')])).slice(0, 16);
  }
  return bags.map((bag) => `b:${bag.filter((w) => !SMALL_WORDS.has(w)).sort().join(' ')}`);
}

/** Keys of other entities this one joins without offering them itself: a person's longer name
 * joins a shorter one it starts with ("Daniel Zhang Yong" ~ "Daniel Zhang") when that shorter
 * name (two words or more) is known; an Indonesian organisation name joins the English name it
 * translates word for word. (A single word taken for a person's name joins later, once every
 * name is linked: joinBareSurnames.) */
export function joinKeys(entity: LocalEntity): string[] {
  if (entity.type === 'organization') return entity.forms.flatMap(translatedKeys);
  const w = words(entity.name);
  const keys: string[] = [];
  for (let n = w.length - 1; n >= 2; n--) keys.push(`p:${w.slice(0, n).join(' ')}`);
  return keys;
}

/** The one word a person is called by in an article that names nobody fuller ("Obama said"). */
export function bareSurname(entity: LocalEntity): string | undefined {
  if (entity.type !== 'person' || words(entity.name).length !== 1 || !/\p{Lu}/u.test(entity.name)) return undefined;
  const [surname] = nameWords(entity.name);
  return surname;
}

/** The family names of a person's full names ("Barack Obama", "Joseph R. Biden Jr.", "Lei Jun"
 * → "obama", "biden", "lei"), under which a bare surname elsewhere may stand for them. */
export function surnamesOf(entity: LocalEntity): string[] {
  if (entity.type !== 'person') return [];
  const surnames = new Set<string>();
  for (const form of entity.forms) {
    const full = nameWords(form);
    if (full.length > 1 && /\p{Lu}/u.test(form)) surnames.add(familyName(full));
  }
  return [...surnames];
}

/** A person's gender as their article gives it: its honorifics ("Mrs."), else the given name of
 * their full name ("Hillary"). A bare surname with an honorific never stands for someone of the
 * other gender: "Mr. Clinton" is not Hillary Clinton. */
export function genderOf(entity: LocalEntity): Gender | undefined {
  if (entity.gender || entity.type !== 'person') return entity.gender;
  const words = nameWords(entity.name);
  if (words.length < 2) return undefined;
  const family = familyName(words);
  return givenNameGender(words[0] === family ? words[1] : words[0]);
}

/** Of the entities whose full names have a bare surname as family name, keyed by how many local
 * entities (about one an article) each is made of: the one the surname stands for. That is the
 * only one, or one named at least three times as often as any other: across a corpus about one
 * story, "Obama" alone is the Obama the corpus names most, not one met once ("Michelle Obama"). */
export function bearerOf<K>(bearers: ReadonlyMap<K, number>): K | undefined {
  let best: K | undefined;
  let most = 0;
  let second = 0;
  for (const [key, count] of bearers) {
    if (count > most) {
      second = most;
      most = count;
      best = key;
    } else if (count > second) second = count;
  }
  return most >= DOMINANCE * second ? best : undefined;
}
const DOMINANCE = 3;

export function linkCorpus(files: FileAnalysis[]): CorpusAnalysis {
  const refs: LocalRef[] = [];
  const union = new UnionFind();
  const byKey = new Map<string, number>();
  for (const file of files) {
    const mentions = mentionsByLocal(file);
    file.localEntities.forEach((entity, local) => {
      const id = union.add();
      refs.push({ file, local, entity, mentions: mentions[local] });
      for (const key of linkKeys(entity.type, entity)) {
        const other = byKey.get(key);
        if (other === undefined) byKey.set(key, id);
        else union.union(other, id);
      }
    });
  }
  refs.forEach((ref, id) => {
    for (const key of joinKeys(ref.entity)) {
      const other = byKey.get(key);
      if (other !== undefined) union.union(other, id);
    }
  });
  joinBareSurnames(refs, union, byKey);

  // Group, name and number the entities in order of first appearance.
  const groups = new Map<number, number[]>();
  refs.forEach((_, id) => {
    const root = union.find(id);
    let group = groups.get(root);
    if (!group) groups.set(root, (group = []));
    group.push(id);
  });
  const entities: Entity[] = [];
  const globalId = new Map<string, string>(); // `${file}\u0000${local}` → entity id
  for (const group of groups.values()) {
    const members = group.map((id) => refs[id]);
    const entity = entityOf(`e${entities.length + 1}`, members);
    if (!entity) continue;
    for (const m of members) globalId.set(`${m.file.file}\u0000${m.local}`, entity.id);
    entities.push(entity);
  }
  const idOf = (file: FileAnalysis, local: number): string | null => globalId.get(`${file.file}\u0000${local}`) ?? null;

  const passages: Passage[] = [];
  const claims: LinkedClaim[] = [];
  const issues: FileIssue[] = [];
  for (const file of files) {
    issues.push(...file.issues);
    for (const p of file.passages) {
      const speakers = p.speakers.map((s) => idOf(file, s)).filter((s): s is string => s !== null);
      const base = { file: file.file, start: p.start, end: p.end, kind: p.kind, text: p.text };
      if (speakers.length === 0) passages.push({ id: '', ...base, speaker: null });
      // A joint statement is one passage per speaker, as the contract has one speaker each.
      for (const speaker of speakers) passages.push({ id: '', ...base, speaker, coSpeakers: speakers.length > 1 ? speakers.filter((s) => s !== speaker) : undefined });
    }
    for (const c of file.claims) claims.push(linkClaim(c, file.file, file.language, (local) => idOf(file, local)));
  }
  passages.forEach((p, i) => (p.id = `p${i + 1}`));
  return { version: 1, files: files.map((f) => f.file), entities, passages, conflicts: findConflicts(claims, entities), issues };
}

/** A person called by a bare surname (linked to nobody: it offers and joins no key) joins the
 * entity that surname stands for, once every name has been linked: the person it is the family
 * name of (bearerOf), or, when it is no one's, the organisation of that name. Two bare surnames
 * never join each other. */
function joinBareSurnames(refs: LocalRef[], union: UnionFind, byKey: ReadonlyMap<string, number>): void {
  const size = new Map<number, number>();
  for (let id = 0; id < refs.length; id++) {
    const root = union.find(id);
    size.set(root, (size.get(root) ?? 0) + 1);
  }
  // Per surname, the entities bearing it, with the genders their local entities give.
  const bearers = new Map<string, Map<number, Set<Gender | undefined>>>();
  refs.forEach((ref, id) => {
    const gender = genderOf(ref.entity);
    for (const surname of surnamesOf(ref.entity)) {
      const root = union.find(id);
      let byRoot = bearers.get(surname);
      if (!byRoot) bearers.set(surname, (byRoot = new Map()));
      let genders = byRoot.get(root);
      if (!genders) byRoot.set(root, (genders = new Set()));
      genders.add(gender);
    }
  });
  const joins: Array<[number, number]> = [];
  refs.forEach((ref, id) => {
    const surname = bareSurname(ref.entity);
    if (surname === undefined) return;
    const bearing = bearers.get(surname);
    if (!bearing) {
      const organisation = byKey.get(organisationKey(surname));
      if (organisation !== undefined) joins.push([organisation, id]);
      return;
    }
    const bareGender = genderOf(ref.entity);
    const candidates = new Map<number, number>();
    for (const [root, genders] of bearing) {
      if ([...genders].every((gender) => gendersAgree(bareGender, gender))) candidates.set(root, size.get(root)!);
    }
    const bearer = bearerOf(candidates);
    if (bearer !== undefined) joins.push([bearer, id]);
  });
  for (const [bearer, id] of joins) union.union(bearer, id);
}

/** The corpus entity made of local entities linked together; undefined when none of them is
 * mentioned. */
export function entityOf(id: string, members: LocalRef[]): Entity | undefined {
  const mentions: Entity['mentions'] = [];
  const roles: Entity['roles'] = [];
  // Each form with the number of articles (local entities) that write it.
  const forms = new Map<string, number>();
  for (const m of members) {
    for (const form of m.entity.forms) forms.set(form, (forms.get(form) ?? 0) + 1);
    for (const x of m.mentions) {
      mentions.push({ file: m.file.file, start: x.start, end: x.end });
      if (x.role) roles.push({ file: m.file.file, start: x.role.start, end: x.role.end, text: x.role.text });
    }
  }
  if (mentions.length === 0) return undefined;
  const name = preferredName(forms);
  // A person's single word joined to an organisation (joinBareSurnames) is that organisation.
  const type = members.some((m) => m.entity.type === 'organization') ? 'organization' : 'person';
  return { id, type, name, aliases: [...forms.keys()].filter((f) => f !== name).sort(), mentions, roles };
}
