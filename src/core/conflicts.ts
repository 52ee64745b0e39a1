// Conflicts: claims about the same subject and aspect, in different files, that disagree. Claims
// are grouped by key first (subject, aspect, what is measured), so the work grows with the claims
// about one subject, never with the square of the corpus. Each conflict gets a kind (aspect), a
// confidence and a one-line rationale, and the list is ranked by confidence.
import type { Claim, Conflict, ConflictAspect, Entity } from './model';
import type { LinkedClaim } from './corpus';
import { compareTitles, readTitles, type Title, type TitleDifference } from './claims/roles';
import { numbersAgree, parseValue, sameMagnitude } from './claims/numbers';
import { dateDifference, eventOfDate, parseDate } from './claims/dates';
import { readStance, sameHeldObject, sameStatement, stanceConfidence, STATEMENT } from './claims/stance';
import { DATED_EVENT_NAMES, STANCE_CONCEPTS } from './lexicon';
import { compareQuotes, prepareQuote, type PreparedQuote } from './claims/quotes';
import { PERSON_NAME, nameDifference, nameShape, sameDistinctive, type NameShape } from './claims/names';
import { runToEnd } from './slices';

interface Finding {
  aspect: ConflictAspect;
  subject: string | null;
  claims: LinkedClaim[];
  confidence: number;
  rationale: string;
  summary: string;
}

export function findConflicts(claims: LinkedClaim[], entities: Entity[] = []): Conflict[] {
  return runToEnd(conflictSteps(claims, entities));
}

/** findConflicts a subject or topic per step, to run in slices of the editor's thread
 * (slices.ts): at 10,000 articles the comparisons take seconds. */
export function* conflictSteps(claims: LinkedClaim[], entities: Entity[] = []): Generator<void, Conflict[]> {
  const byId = new Map(entities.map((e) => [e.id, e]));
  const byAspect = yield* groupSteps(claims, (c) => c.aspect);
  const subjects = new SubjectKeys(byAspect.get('name') ?? []);
  yield* subjects.joinSteps();
  const findings = [
    ...yield* nameConflicts(subjects, byId),
    ...yield* roleConflicts(byAspect.get('role') ?? [], byId),
    ...yield* valueConflicts(byAspect.get('number') ?? [], subjects, byId, 'number'),
    ...yield* valueConflicts(byAspect.get('date') ?? [], subjects, byId, 'date'),
    ...yield* valueConflicts(byAspect.get('other') ?? [], subjects, byId, 'other'),
    ...yield* stanceConflicts(byAspect.get('stance') ?? [], byId),
    ...yield* quoteConflicts(byAspect.get('quote') ?? [], byId),
  ];
  findings.sort((a, b) => b.confidence - a.confidence || a.summary.localeCompare(b.summary));
  const conflicts: Conflict[] = [];
  for (const [i, f] of findings.entries()) {
    conflicts.push({
      id: `c${i + 1}`, aspect: f.aspect, subject: f.subject, summary: f.summary, claims: toClaims(f.claims),
      confidence: Math.round(f.confidence * 100) / 100, rationale: f.rationale,
    });
    yield;
  }
  return conflicts;
}

// ---- helpers ---------------------------------------------------------------------------------

function groupBy<T, K>(items: Iterable<T>, key: (item: T) => K | undefined): Map<K, T[]> {
  return runToEnd(groupSteps(items, key));
}

/** groupBy an item per step, for the groupings of a whole corpus's claims. */
function* groupSteps<T, K>(items: Iterable<T>, key: (item: T) => K | undefined): Generator<void, Map<K, T[]>> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k !== undefined) {
      let group = groups.get(k);
      if (!group) groups.set(k, (group = []));
      group.push(item);
    }
    yield;
  }
  return groups;
}

class UnionFind<T> {
  private readonly parent = new Map<T, T>();
  find(x: T): T {
    let root = x;
    while (this.parent.has(root) && this.parent.get(root) !== root) root = this.parent.get(root)!;
    // Every node on the way points at the root from now on: unions without ranks build long
    // chains, and a search step that walked one cost milliseconds in a large corpus.
    for (let node = x; node !== root;) {
      const next = this.parent.get(node)!;
      this.parent.set(node, root);
      node = next;
    }
    return root;
  }
  union(a: T, b: T): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent.set(rb, ra);
  }
}

/** "002" for "002_01c9043230a30639.txt", else the file name without its extension. */
export function fileLabel(file: string): string {
  const base = file.split('/').pop() ?? file;
  return /^(\d+)[_\- ]/.exec(base)?.[1] ?? base.replace(/\.txt$/i, '');
}

const quoteText = (text: string, max = 70): string => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};

/** "'co-founder' (001, 002)": a value and the files that give it. */
function side(claims: LinkedClaim[], text = quoteText(claims[0].text)): string {
  return `'${text}' (${[...new Set(claims.map((c) => fileLabel(c.file)))].sort().join(', ')})`;
}

function toClaims(claims: LinkedClaim[]): Claim[] {
  const seen = new Set<string>();
  return claims
    .filter((c) => {
      const key = `${c.file}\u0000${c.start}\u0000${c.end}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => a.file.localeCompare(b.file) || a.start - b.start)
    .map(({ file, start, end, text }) => ({ file, start, end, text }));
}

/** Pairs of claims from different files, within one group. */
function* crossFilePairs(claims: LinkedClaim[]): Generator<[LinkedClaim, LinkedClaim]> {
  for (let i = 0; i < claims.length; i++) {
    for (let j = i + 1; j < claims.length; j++) if (claims[i].file !== claims[j].file) yield [claims[i], claims[j]];
  }
}

/** Claims that take part in disagreeing pairs, joined into one finding per connected group. */
function* joinPairs(pairs: Array<{ a: LinkedClaim; b: LinkedClaim; confidence: number; rationale: string }>): Generator<void, Array<{ claims: LinkedClaim[]; best: (typeof pairs)[number] }>> {
  const union = new UnionFind<LinkedClaim>();
  for (const p of pairs) {
    union.union(p.a, p.b);
    yield;
  }
  const joined = [];
  for (const group of (yield* groupSteps(pairs, (p) => union.find(p.a))).values()) {
    // A pair per step: one group of a large corpus holds thousands.
    const claims = new Set<LinkedClaim>();
    let best = group[0];
    for (const p of group) {
      claims.add(p.a).add(p.b);
      if (p.confidence > best.confidence) best = p;
      yield;
    }
    joined.push({ claims: [...claims], best });
  }
  return joined;
}

// ---- subjects: one body under several names ---------------------------------------------------

/** Which entity ids name one subject: the entities linked by the corpus, joined further when
 * their names agree on every distinctive word (a translated or renamed body). */
class SubjectKeys {
  readonly union = new UnionFind<string>();
  readonly shapes = new Map<LinkedClaim, NameShape>();

  constructor(readonly nameClaims: LinkedClaim[]) {}

  /** Reads every name and joins the subjects whose names agree, a name or a word per step. */
  *joinSteps(): Generator<void, void> {
    const nameClaims = this.nameClaims;
    const singles = new Set<string>();
    for (const c of nameClaims) {
      for (const word of c.value.split(' ')) singles.add(word);
      yield;
    }
    // A name is read once however many files write it.
    const shapeOf = new Map<string, NameShape>();
    for (const c of nameClaims) {
      const key = `${c.language}|${c.topic}|${c.value}`;
      let shape = shapeOf.get(key);
      if (!shape) shapeOf.set(key, (shape = nameShape(c.value, c.language, singles, c.topic === PERSON_NAME)));
      this.shapes.set(c, shape);
      yield;
    }
    // Candidate pairs share a distinctive word; only those are compared, one name of an entity once.
    const distinct = [...(yield* groupSteps(nameClaims.filter((c) => c.subjectId), (c) => `${c.subjectId}|${c.language}|${c.value}`)).values()].map((g) => g[0]);
    const wordsOfName: Array<readonly [string, LinkedClaim]> = [];
    for (const c of distinct) {
      for (const w of new Set(this.shapes.get(c)!.distinctive.flatMap((d) => [...d]))) wordsOfName.push([w, c]);
      yield;
    }
    const byWord = yield* groupSteps(wordsOfName, ([w]) => w);
    for (const group of byWord.values()) {
      if (group.length > 50) continue; // a word in every name says nothing about which are the same
      for (let i = 0; i < group.length; i++) {
        for (let j = i + 1; j < group.length; j++) {
          const a = group[i][1];
          const b = group[j][1];
          if (a.subjectId !== b.subjectId && sameDistinctive(this.shapes.get(a)!, this.shapes.get(b)!)) {
            this.union.union(a.subjectId!, b.subjectId!);
          }
        }
      }
      yield;
    }
  }

  key(subjectId: string | null): string | null {
    return subjectId === null ? null : this.union.find(subjectId);
  }
}

// ---- names ---------------------------------------------------------------------------------------

function* nameConflicts(subjects: SubjectKeys, entities: Map<string, Entity>): Generator<void, Finding[]> {
  const findings: Finding[] = [];
  for (const group of (yield* groupSteps(subjects.nameClaims.filter((c) => c.subjectId), (c) => subjects.key(c.subjectId)!)).values()) {
    // Compared name by name, not file by file: a body named in a thousand files has few names.
    const byName = [...groupBy(group, (c) => c.value).values()];
    const files = byName.map((claims) => new Set(claims.map((c) => c.file)));
    const pairs = [];
    for (let i = 0; i < byName.length; i++) {
      for (let j = i + 1; j < byName.length; j++) {
        const a = byName[i][0];
        const b = byName[j][0];
        const sa = subjects.shapes.get(a)!;
        const sb = subjects.shapes.get(b)!;
        if (!sameDistinctive(sa, sb)) continue;
        const why = nameDifference(sa, sb);
        // A file that uses both names is naming two bodies, not one body twice.
        const what = sa.person ? 'person' : 'body';
        if (why && ![...files[i]].some((f) => files[j].has(f))) pairs.push({ a, b, confidence: 0.6, rationale: `the same ${what} is ${why}` });
      }
    }
    const claimsOfName = new Map(byName.map((claims) => [claims[0], claims]));
    for (const { claims: representatives, best } of yield* joinPairs(pairs)) {
      const claims = representatives.flatMap((c) => claimsOfName.get(c)!);
      const subject = best.a.subjectId;
      const sameAs = (c: LinkedClaim): boolean => !nameDifference(subjects.shapes.get(c)!, subjects.shapes.get(best.a)!);
      findings.push({
        aspect: 'name', subject, claims, confidence: best.confidence, rationale: best.rationale,
        summary: `${entities.get(subject ?? '')?.name ?? best.a.text}: ${side(claims.filter(sameAs), best.a.text)} vs ${side(claims.filter((c) => !sameAs(c)), best.b.text)}`,
      });
    }
    yield;
  }
  return findings;
}

// ---- roles -------------------------------------------------------------------------------------

/** Beyond this many files a finding lists only the claims of the two descriptions that disagree most. */
const FULL_PICTURE_FILES = 15;
/** The most different descriptions of one subject compared with each other (the commonest first). */
const MAX_DESCRIPTIONS = 60;

interface Description {
  titles: Title[];
  language: LinkedClaim['language'];
  claims: LinkedClaim[];
}

function* roleConflicts(claims: LinkedClaim[], entities: Map<string, Entity>): Generator<void, Finding[]> {
  const findings: Finding[] = [];
  for (const [subject, group] of yield* groupSteps(claims, (c) => c.subjectId ?? undefined)) {
    const byFile = groupBy(group, (c) => c.file);
    if (byFile.size < 2) continue;
    // Files that give the same titles are one description: a person named in a thousand files
    // has a handful of descriptions, and those are compared.
    const descriptions = new Map<string, Description>();
    for (const fileClaims of byFile.values()) {
      const titles = fileClaims.flatMap((c) => readTitles(c.value));
      const key = `${fileClaims[0].language}|${[...new Set(fileClaims.map((c) => c.value))].sort().join('|')}`;
      const known = descriptions.get(key);
      if (known) known.claims.push(...fileClaims);
      else descriptions.set(key, { titles, language: fileClaims[0].language, claims: [...fileClaims] });
    }
    const list = [...descriptions.values()].sort((a, b) => b.claims.length - a.claims.length).slice(0, MAX_DESCRIPTIONS);
    let best: { difference: TitleDifference; a: Description; b: Description } | undefined;
    let bestName: typeof best;
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const difference = compareTitles(list[i].titles, list[i].language, list[j].titles, list[j].language);
        if (!difference) continue;
        const candidate = { difference, a: list[i], b: list[j] };
        if (difference.aspect === 'name') {
          if (!bestName || difference.confidence > bestName.difference.confidence) bestName = candidate;
        } else if (!best || difference.confidence > best.difference.confidence) {
          best = candidate;
        }
      }
    }
    const name = entities.get(subject)?.name ?? 'someone';
    if (best) {
      // Every title the articles give the person, so the reader sees all of them side by side.
      const shown = byFile.size <= FULL_PICTURE_FILES ? group : [...best.a.claims.slice(0, 10), ...best.b.claims.slice(0, 10)];
      findings.push({
        aspect: 'role', subject, claims: shown, confidence: best.difference.confidence, rationale: best.difference.rationale,
        summary: `${name}: ${sideOfTitles(best.a.claims, entities.get(subject))} vs ${sideOfTitles(best.b.claims, entities.get(subject))}`,
      });
    }
    if (bestName) {
      findings.push({
        aspect: 'name', subject, claims: [...bestName.a.claims.slice(0, 10), ...bestName.b.claims.slice(0, 10)], confidence: bestName.difference.confidence,
        rationale: bestName.difference.rationale, summary: `${name}'s body: ${side(bestName.a.claims)} vs ${side(bestName.b.claims)}`,
      });
    }
    yield;
  }
  return findings;
}

/** The titles one description gives, without the name they stand beside, and its files. */
function sideOfTitles(claims: LinkedClaim[], entity: Entity | undefined): string {
  // The title as the article wrote it, without the name it stands beside.
  const forms = entity ? [entity.name, ...entity.aliases].sort((a, b) => b.length - a.length) : [];
  const written = (c: LinkedClaim): string => {
    const form = forms.find((f) => c.text.includes(f));
    return (form ? c.text.replace(form, ' ') : c.text).replace(/^[\s,]+|[\s,]+$/g, '').replace(/\s+/g, ' ');
  };
  return side(claims, quoteText(written(claims[0]), 50));
}

// ---- numbers and dates ---------------------------------------------------------------------------

/** Numbers, dates, and the other values one thing has once (who founded a company): claims on
 * one topic about one name, compared value with value. */
function* valueConflicts(claims: LinkedClaim[], subjects: SubjectKeys, entities: Map<string, Entity>, aspect: 'number' | 'date' | 'other'): Generator<void, Finding[]> {
  const findings: Finding[] = [];
  const namesOf = new Map<LinkedClaim, Set<string>>();
  for (const c of claims) {
    namesOf.set(c, new Set([c.subjectId, ...(c.relatedIds ?? [])].filter((id): id is string => !!id).map((id) => subjects.key(id)!)));
    yield;
  }
  for (const [topic, group] of yield* groupSteps(claims, (c) => c.topic)) {
    const pairs = [];
    // Counts of common things ("used in 400 hospitals", "runs 14 hospitals") need more than a
    // topic in common: a name they share, or failing names the same verb ("launched 30 buses",
    // "launched 35 buses"). Events, money, tallies and ages are compared when one side names
    // nothing.
    const isCount = topic?.startsWith('count:') ?? false;
    const byFile = yield* groupSteps(group, (c) => c.file);
    // Read when a pair is compared: a topic of a large corpus holds thousands of claims.
    const verbs = new Map<LinkedClaim, string | undefined>();
    const verbOf = (c: LinkedClaim): string | undefined => {
      if (!verbs.has(c)) verbs.set(c, parseValue(c.value).verb);
      return verbs.get(c);
    };
    const shareName = (na: Set<string>, nb: Set<string>): boolean => {
      for (const n of na) if (nb.has(n)) return true;
      return false;
    };
    const compatible = (a: LinkedClaim, b: LinkedClaim): boolean | 'unknown' => {
      if (aspect === 'date') {
        // Dates of one kind of event ("the first debate") go together whoever is named beside them.
        const ea = eventOfDate(a.value);
        const eb = eventOfDate(b.value);
        if (ea && eb) return ea === eb;
      }
      const na = namesOf.get(a)!;
      const nb = namesOf.get(b)!;
      if (na.size > 0 && nb.size > 0 && shareName(na, nb)) return true;
      if (isCount) {
        if (na.size > 0 && nb.size > 0) return false;
        const verb = verbOf(a);
        if (verb !== undefined && verb === verbOf(b)) return 'unknown';
        // Neither names anything, and each article gives one such number: the same quantity.
        return na.size === 0 && nb.size === 0 && byFile.get(a.file)!.length === 1 && byFile.get(b.file)!.length === 1 ? 'unknown' : false;
      }
      return na.size > 0 && nb.size > 0 ? false : 'unknown';
    };
    // Values repeat across a corpus: each pair of distinct values is judged once.
    const valueIds = new Map<string, number>();
    const idOf = new Map<LinkedClaim, number>();
    for (const c of group) {
      let id = valueIds.get(c.value);
      if (id === undefined) valueIds.set(c.value, (id = valueIds.size));
      idOf.set(c, id);
      yield;
    }
    const judged = new Map<number, { agree: boolean; difference?: string }>();
    const judge = (a: LinkedClaim, b: LinkedClaim): { agree: boolean; difference?: string } => {
      const key = idOf.get(a)! * valueIds.size + idOf.get(b)!;
      let found = judged.get(key);
      if (!found) {
        if (aspect === 'number') {
          const agree = numbersAgree(a.value, b.value);
          found = { agree, difference: agree || !sameMagnitude(a.value, b.value) ? undefined : 'different' };
        } else if (aspect === 'date') {
          const difference = dateDifference(parseDate(a.value), parseDate(b.value));
          found = { agree: !difference, difference };
        } else {
          const agree = a.value === b.value;
          found = { agree, difference: agree ? undefined : `different ${describeTopic(topic)}s named` };
        }
        judged.set(key, found);
      }
      return found;
    };
    const difference = (a: LinkedClaim, b: LinkedClaim): string | undefined => judge(a, b).difference;
    const agree = (a: LinkedClaim, b: LinkedClaim): boolean => judge(a, b).agree;
    const rationale = describeTopic(topic);
    // A file that gives the other file's value somewhere agrees with it: its different value is
    // about something else ("four warehouses" here, "more than 60 warehouses" in all).
    const confirmed = (a: LinkedClaim, b: LinkedClaim): boolean => byFile.get(a.file)!.some((c) => compatible(c, b) && agree(c, b));
    // Dates also meet in a bucket of their kind of event.
    let bucketsOf = namesOf;
    if (aspect === 'date') {
      bucketsOf = new Map();
      for (const c of group) {
        const event = eventOfDate(c.value);
        bucketsOf.set(c, new Set([...namesOf.get(c)!, ...(event ? [`~${event}`] : [])]));
        yield;
      }
    }
    for (const candidate of candidatePairs(group, bucketsOf)) {
      yield; // a topic of a large corpus may hold many thousands of pairs
      if (!candidate) continue;
      const [a, b] = candidate;
      const why = difference(a, b);
      if (!why) continue;
      const fit = compatible(a, b);
      if (!fit || confirmed(a, b) || confirmed(b, a)) continue;
      const known = fit === true;
      if (aspect === 'number') {
        const approximate = parseValue(a.value).bound ?? parseValue(b.value).bound;
        const confidence = (known ? 0.8 : 0.55) - (approximate ? 0.1 : 0);
        pairs.push({ a, b, confidence, rationale: `different ${rationale} for the same ${known ? 'subject' : 'thing'}` });
      } else if (aspect === 'date') {
        pairs.push({ a, b, confidence: known ? 0.7 : 0.5, rationale: `${why} for the same ${rationale}` });
      } else {
        pairs.push({ a, b, confidence: known ? 0.55 : 0.45, rationale: why });
      }
    }
    for (const { claims: paired, best } of yield* joinPairs(pairs)) {
      // The same value said again in the same file (a headline and its story) is the same claim.
      const sameValue = (x: LinkedClaim, y: LinkedClaim): boolean => x.value.split('|')[0] === y.value.split('|')[0];
      const involved = [...new Set([...paired, ...paired.flatMap((p) => byFile.get(p.file)!.filter((c) => sameValue(p, c)))])];
      const shared = [...namesOf.get(best.a)!].find((n) => namesOf.get(best.b)!.has(n));
      const subject = shared ?? best.a.subjectId ?? best.b.subjectId;
      const label = entities.get(subject ?? '')?.name ?? describeTopic(topic);
      const same = involved.filter((c) => sameValue(c, best.a));
      const other = involved.filter((c) => !sameValue(c, best.a));
      findings.push({ aspect, subject, claims: involved, confidence: best.confidence, rationale: best.rationale, summary: `${label}: ${side(same)} vs ${side(other)}` });
      yield;
    }
    yield;
  }
  return findings;
}

/** A bucket larger than this is no longer one thing reported by several articles but a common
 * kind of thing across many stories: its claims are not compared with each other. */
const BUCKET_LIMIT = 120;

/** Pairs of claims from different files worth comparing: claims sharing a name (one bucket per
 * name), and, in a topic small enough to be one story's, claims naming nobody with all others.
 * It also yields undefined after each claim sorted into buckets, so that a large topic is sorted
 * in steps too. */
function* candidatePairs(group: LinkedClaim[], namesOf: Map<LinkedClaim, Set<string>>): Generator<[LinkedClaim, LinkedClaim] | undefined> {
  const index = new Map(group.map((c, i) => [c, i]));
  const seen = new Set<number>();
  /** The pair, once, in group order; none for claims of one file. */
  const pair = (a: LinkedClaim, b: LinkedClaim): [LinkedClaim, LinkedClaim] | undefined => {
    const ia = index.get(a)!;
    const ib = index.get(b)!;
    const key = Math.min(ia, ib) * group.length + Math.max(ia, ib);
    if (a.file === b.file || seen.has(key)) return undefined;
    seen.add(key);
    return ia < ib ? [a, b] : [b, a];
  };
  const buckets = new Map<string, LinkedClaim[]>();
  const nameless: LinkedClaim[] = [];
  for (const c of group) {
    const names = namesOf.get(c)!;
    if (names.size === 0) nameless.push(c);
    for (const n of names) {
      const bucket = buckets.get(n);
      if (bucket) bucket.push(c);
      else buckets.set(n, [c]);
    }
    yield undefined;
  }
  for (const bucket of buckets.values()) {
    if (bucket.length > BUCKET_LIMIT) continue;
    for (const [a, b] of crossFilePairs(bucket)) {
      const found = pair(a, b);
      if (found) yield found;
    }
  }
  if (group.length > BUCKET_LIMIT) return;
  for (const a of nameless) {
    for (const b of group) {
      const found = a !== b && pair(a, b);
      if (found) yield found;
    }
  }
}

const TOPIC_WORDS: Record<string, string> = { vote: 'vote tally', age: 'age' };
function describeTopic(topic: string | undefined): string {
  if (!topic) return 'value';
  if (TOPIC_WORDS[topic]) return TOPIC_WORDS[topic];
  const [kind, what] = topic.split(':');
  if (kind === 'date') {
    const since = what.endsWith('-since');
    const event = since ? what.slice(0, -'-since'.length) : what;
    return `${since ? 'start' : 'date'} of the ${DATED_EVENT_NAMES[event] ?? event}`;
  }
  if (kind === 'duration') return `length of the ${what}`;
  if (kind === 'money') return `amount of the ${what}`;
  if (kind === 'count') return `number of ${what}`;
  return what ?? kind;
}

// ---- stances ---------------------------------------------------------------------------------------

/** Scales on which a stance is held by someone (STANCE_CONCEPTS with `held`). */
const HELD_SCALES = new Set(STANCE_CONCEPTS.filter((c) => c.held).map((c) => c.name));

/** Whether a stance topic is held by someone (a statement confirmed or denied, a scale with `held`). */
const isHeldTopic = (topic: string | undefined): boolean => {
  const concept = topic?.split(':')[1] ?? '';
  return concept === STATEMENT || HELD_SCALES.has(concept);
};

function* stanceConflicts(claims: LinkedClaim[], entities: Map<string, Entity>): Generator<void, Finding[]> {
  const findings: Finding[] = [];
  // A stance someone holds is compared only with the same holder's: grouped by holder too, a scale
  // that many people hold positions on is as many small groups, not one too large to compare.
  const groups = yield* groupSteps(claims, (c) => (isHeldTopic(c.topic) ? `${c.topic}\u0000${c.subjectId}` : c.topic));
  for (const [key, group] of groups) {
    const topic = key?.split('\u0000')[0];
    const negative = group.filter((c) => c.polarity === -1);
    const positive = group.filter((c) => c.polarity === 1);
    // Thousands of statements on one scale are many stories, not one disagreement.
    if (negative.length * positive.length > BUCKET_LIMIT * BUCKET_LIMIT) continue;
    const stances = new Map<LinkedClaim, ReturnType<typeof readStance>>();
    for (const c of group) {
      stances.set(c, readStance(c.value));
      yield;
    }
    const pairs = [];
    const concept = topic!.split(':')[1];
    const statement = concept === STATEMENT;
    const held = isHeldTopic(topic);
    for (const a of negative) {
      yield;
      for (const b of positive) {
        if (a.file === b.file) continue;
        const sameObject = statement ? sameStatement : sameHeldObject;
        if (held && (a.subjectId === null || a.subjectId !== b.subjectId || !sameObject(stances.get(a)!, stances.get(b)!))) continue;
        const confidence = held ? 0.6 : stanceConfidence(stances.get(a)!, stances.get(b)!);
        const rationale = statement ? 'the same statement confirmed in one article and denied or negated in the other' : `opposite statements about the ${concept}`;
        if (confidence > 0) pairs.push({ a, b, confidence, rationale });
      }
    }
    for (const { claims: involved, best } of yield* joinPairs(pairs)) {
      const against = involved.filter((c) => c.polarity === -1);
      const forIt = involved.filter((c) => c.polarity === 1);
      const subject = involved.find((c) => c.subjectId)?.subjectId ?? null;
      const who = subject ? entities.get(subject)?.name : undefined;
      findings.push({
        aspect: 'stance', subject, claims: involved, confidence: best.confidence, rationale: best.rationale,
        summary: `${who ? `${who}, ` : ''}${concept}: ${side(forIt)} vs ${side(against)}`,
      });
    }
    yield;
  }
  return findings;
}

// ---- quotes --------------------------------------------------------------------------------------

/** How many quotes a key may occur in and still say which quotes may be one. */
const RARE_KEY = 30;

function* quoteConflicts(claims: LinkedClaim[], entities: Map<string, Entity>): Generator<void, Finding[]> {
  // Candidates share at least two of their rarer content keys (a key found in many quotes says
  // nothing about which two are one quote); compareQuotes then makes the real test. Claims are
  // numbered and counted in a typed array: this runs on every relink. Keys are numbered too: the
  // words of 70,000 quotes kept as strings until the search ends made every scavenge copy them,
  // and those pauses, 10-20 ms each, fell inside search steps.
  const keyIds = new Map<string, number>();
  /** The claims with each key, by key number. */
  const postings: number[][] = [];
  const keysOf: number[][] = [];
  for (const [i, c] of claims.entries()) {
    const keys: number[] = [];
    for (const word of c.value.split(' ')) {
      if (!word) continue;
      let k = keyIds.get(word);
      if (k === undefined) {
        keyIds.set(word, (k = postings.length));
        postings.push([]);
      }
      postings[k].push(i);
      keys.push(k);
    }
    keysOf.push(keys);
    yield;
  }
  const rareKeys: number[][] = [];
  for (const keys of keysOf) {
    rareKeys.push(keys.filter((k) => postings[k].length <= RARE_KEY));
    yield;
  }
  const prepared = new Map<LinkedClaim, PreparedQuote>();
  const prepare = (c: LinkedClaim): PreparedQuote => {
    let p = prepared.get(c);
    if (!p) prepared.set(c, (p = prepareQuote(c.text, c.language)));
    return p;
  };
  const union = new UnionFind<LinkedClaim>();
  const differences: Array<{ a: LinkedClaim; b: LinkedClaim; confidence: number; rationale: string; words: string }> = [];
  // One quote may be attributed to its speaker in one article and missed or given to the
  // speaker's organisation in another: only two different people are kept apart.
  const person = (c: LinkedClaim): boolean => c.subjectId !== null && entities.get(c.subjectId)?.type === 'person';
  const shared = new Int32Array(claims.length);
  const touched: number[] = [];
  for (let i = 0; i < claims.length; i++) {
    const a = claims[i];
    for (const k of rareKeys[i]) {
      for (const j of postings[k]) {
        if (j <= i || claims[j].file === a.file) continue;
        if (shared[j]++ === 0) touched.push(j);
      }
    }
    for (const j of touched) {
      const count = shared[j];
      shared[j] = 0;
      const b = claims[j];
      if (count < Math.max(2, 0.3 * Math.min(rareKeys[i].length, rareKeys[j].length))) continue;
      if (person(a) && person(b) && a.subjectId !== b.subjectId) continue;
      yield;
      const comparison = compareQuotes(prepare(a), prepare(b));
      if (!comparison.same) continue;
      union.union(a, b);
      const d = comparison.difference;
      if (d) differences.push({ a, b, confidence: d.confidence, rationale: d.reason, words: `'${d.onlyA.join(' ')}' (${fileLabel(a.file)}) vs '${d.onlyB.join(' ')}' (${fileLabel(b.file)})` });
    }
    touched.length = 0;
    yield;
  }
  const renderings = yield* groupSteps(claims, (c) => union.find(c));
  // Each quote's differences, in the order found (Map keys keep the first difference's order).
  const differencesOf = yield* groupSteps(differences, (d) => union.find(d.a));
  const findings: Finding[] = [];
  for (const [root, found] of differencesOf) {
    const members = renderings.get(root)!;
    const best = found.reduce((x, y) => (y.confidence > x.confidence ? y : x));
    const speaker = members.find(person)?.subjectId ?? members.find((c) => c.subjectId)?.subjectId ?? null;
    findings.push({
      aspect: 'quote', subject: speaker, claims: members, confidence: best.confidence, rationale: best.rationale,
      summary: `${entities.get(speaker ?? '')?.name ?? 'a speaker'}: ${best.words}`,
    });
    yield;
  }
  return findings;
}
