// The linked corpus as the editor needs it: which entity is named at an offset, what an entity
// said, which claims are about it, kept up to date one file at a time. Linking follows the same
// rules as linkCorpus (corpus.ts: linkKeys, joinKeys, entityOf, and bare surnames joined last),
// but a change to one file relinks only the entities that file touches, so an edit costs
// milliseconds at 10,000 files.
import {
  bareSurname, bearerOf, entityOf, genderOf, joinKeys, linkClaim, linkKeys, mentionsByLocal, organisationKey, surnamesOf, type LinkedClaim, type LocalRef,
} from './corpus';
import { gendersAgree } from './coreference';
import type { Entity, FileAnalysis, Gender, LocalEntity, MentionRecord, MentionRef, Passage } from './model';
import { runToEnd } from './slices';

/** How a local entity links to others: keys it offers to other files (linkKeys), keys it joins
 * when another file offers them (joinKeys), and both with its type as one string; for a
 * person, the surname it is called by alone (bareSurname) or those of its full names
 * (surnamesOf), and its gender (genderOf); for an organisation, its one-word names, which a bare
 * surname borne by no person stands for (organisationKey). */
interface Links {
  keys: string[];
  joins: string[];
  signature: string;
  bare: string | undefined;
  surnames: string[];
  gender: Gender | undefined;
  organisationNames: string[];
}

/** How many local entities of an entity bear a surname, and how many of them are known women
 * and men. */
interface Bearing {
  nodes: number;
  female: number;
  male: number;
}

/** What every organisation key starts with. */
const ORGANISATION_KEY = organisationKey('');

/** One file's local entity: a node of the linking graph. */
class Node implements LocalRef, Links {
  readonly keys: string[];
  readonly joins: string[];
  readonly signature: string;
  readonly bare: string | undefined;
  readonly surnames: string[];
  readonly gender: Gender | undefined;
  readonly organisationNames: string[];
  /** The corpus entity it belongs to ('' until linked). */
  id = '';
  /** False once its file is removed or replaced. */
  live = true;

  constructor(private readonly home: IndexedFile, readonly local: number, readonly entity: LocalEntity, links: Links) {
    this.keys = links.keys;
    this.joins = links.joins;
    this.signature = links.signature;
    this.bare = links.bare;
    this.surnames = links.surnames;
    this.gender = links.gender;
    this.organisationNames = links.organisationNames;
  }

  get file(): FileAnalysis {
    return this.home.analysis;
  }

  /** Its mentions, grouped for the whole file on first use. */
  get mentions(): MentionRecord[] {
    this.home.byLocal ??= mentionsByLocal(this.home.analysis);
    return this.home.byLocal[this.local];
  }
}

interface IndexedFile {
  analysis: FileAnalysis;
  /** Node per local entity. */
  nodes: Node[];
  /** The file's mentions sorted by start, for binary search, and grouped by local entity; made
   * on first use, so that linking reads only the local entities (a persisted index parses the
   * rest of a file's analysis only when it is needed). */
  sorted?: MentionRecord[];
  byLocal?: MentionRecord[][];
}

export interface MentionHit {
  entity: string;
  mention: MentionRef;
  /** The surname as written, when the article names the person by it alone and the corpus gave
   * it to the person it stands for (linkCorpus's joinBareSurnames): a guess to own up to. */
  bySurname?: string;
}

export class CorpusIndex {
  private readonly indexed = new Map<string, IndexedFile>();
  private readonly offeredBy = new Map<string, Set<Node>>();
  private readonly joinedBy = new Map<string, Set<Node>>();
  private readonly members = new Map<string, Node[]>();
  private readonly entityViews = new Map<string, Entity>();
  private readonly passageViews = new Map<string, Passage[]>();
  private readonly linksByForms = new Map<string, Links>();
  /** People called by a bare surname, by surname; and per surname, the entities of people whose
   * full names have it, with how many of their local entities do. */
  private readonly bareBy = new Map<string, Set<Node>>();
  private readonly bearersBy = new Map<string, Map<string, Bearing>>();
  /** Entities of one bare surname, merged into the entity it stands for (linkCorpus's
   * joinBareSurnames), and the other way round: worked out again, for the surnames a change
   * touched, when the index is next read. */
  private readonly bareJoins = new Map<string, string>();
  private readonly joinedBare = new Map<string, Set<string>>();
  private readonly joinsBySurname = new Map<string, Map<string, string>>();
  /** Per surname: the entities its bearer was chosen from and its bare nodes' entities, and from
   * each entity the surnames that read it. */
  private readonly surnameReads = new Map<string, string[]>();
  private readonly readBySurnames = new Map<string, Set<string>>();
  /** Surnames whose bearer may have changed: a node with one came or went, or an entity that
   * their bearer was chosen from changed. */
  private readonly staleSurnames = new Set<string>();
  /** Entities that gained or lost local entities since bare surnames were last joined. */
  private readonly changed = new Set<string>();
  private nextEntity = 1;

  constructor(analyses: Iterable<FileAnalysis> = []) {
    this.update(analyses);
  }

  get size(): number {
    return this.indexed.size;
  }

  /** Adds or replaces files and removes others. New names join the entities they meet (merging
   * them); entities that lost names are regrouped by walking their links. A replaced file's local
   * entity with the same link keys as before simply takes its predecessor's place: editing an
   * article rarely changes who it names. Loading a corpus in batches costs one pass overall. */
  update(changed: Iterable<FileAnalysis>, removed: Iterable<string> = []): void {
    const split = new Set<string>();
    const retire = (node: Node): void => {
      this.unregister(node);
      this.touchSurnames(node);
      if (!this.hasLiveTwin(node)) split.add(node.id);
      else {
        // The entity stays whole: it only loses this node.
        const members = this.members.get(node.id)!;
        members.splice(members.indexOf(node), 1);
        this.dropViews(node.id);
      }
    };
    for (const file of removed) {
      for (const node of this.indexed.get(file)?.nodes ?? []) retire(node);
      this.indexed.delete(file);
    }
    const added: Node[] = [];
    for (const analysis of changed) {
      const before = new Map<string, Node[]>();
      for (const node of this.indexed.get(analysis.file)?.nodes ?? []) pushTo(before, node.signature, node);
      const entry: IndexedFile = { analysis, nodes: [] };
      entry.nodes = analysis.localEntities.map((entity, local) => new Node(entry, local, entity, this.keysOf(entity)));
      for (const node of entry.nodes) {
        for (const key of node.keys) addTo(this.offeredBy, key, node);
        for (const key of node.joins) addTo(this.joinedBy, key, node);
        if (node.bare !== undefined) addTo(this.bareBy, node.bare, node);
        const twin = before.size ? before.get(node.signature)?.pop() : undefined;
        if (twin) this.replace(twin, node);
        else {
          this.touchSurnames(node);
          added.push(node);
        }
      }
      for (const rest of before.values()) rest.forEach(retire);
      this.indexed.set(analysis.file, entry);
    }
    for (const node of added) this.attach(node, split);
    if (split.size) {
      const seeds = new Set<Node>();
      for (const id of split) {
        for (const node of this.members.get(id) ?? []) if (node.live) seeds.add(node);
        this.forget(id);
      }
      this.relink(seeds, split);
    }
  }

  /** Puts a new node into the entity of every node it links to, merging those into the largest.
   * Nodes sharing a key are already one entity, so one linked node per key is enough. */
  private attach(node: Node, split: Set<string>): void {
    const met: string[] = [];
    const meet = (id: string): void => {
      if (id && !met.includes(id)) met.push(id);
    };
    for (const key of node.keys) {
      const id = linkedIn(node, this.offeredBy.get(key));
      if (id) meet(id);
      // With no one else offering the key, those who join it are not linked to each other yet.
      else for (const other of this.joinedBy.get(key) ?? []) meet(other.id);
    }
    for (const key of node.joins) meet(linkedIn(node, this.offeredBy.get(key)));
    let target = '';
    for (const id of met) if (!target || this.members.get(id)!.length > this.members.get(target)!.length) target = id;
    if (!target) {
      this.setId(node, `e${this.nextEntity++}`);
      this.members.set(node.id, [node]);
      return;
    }
    const members = this.members.get(target)!;
    for (const id of met) {
      if (id === target) continue;
      for (const other of this.members.get(id)!) {
        this.setId(other, target);
        members.push(other);
      }
      if (split.delete(id)) split.add(target);
      this.forget(id);
    }
    this.setId(node, target);
    members.push(node);
    this.dropViews(target);
  }

  private unregister(node: Node): void {
    this.countBearer(node, -1);
    node.live = false;
    for (const key of node.keys) this.offeredBy.get(key)?.delete(node);
    for (const key of node.joins) this.joinedBy.get(key)?.delete(node);
    if (node.bare !== undefined) this.bareBy.get(node.bare)?.delete(node);
  }

  /** Puts a live node in an entity, keeping count of the entities that bear each surname. */
  private setId(node: Node, id: string): void {
    this.countBearer(node, -1);
    node.id = id;
    this.countBearer(node, 1);
  }

  private countBearer(node: Node, delta: number): void {
    if (!node.id || !node.live) return;
    for (const surname of node.surnames) {
      let byEntity = this.bearersBy.get(surname);
      if (!byEntity) this.bearersBy.set(surname, (byEntity = new Map()));
      let bearing = byEntity.get(node.id);
      if (!bearing) byEntity.set(node.id, (bearing = { nodes: 0, female: 0, male: 0 }));
      bearing.nodes += delta;
      if (node.gender) bearing[node.gender] += delta;
      if (bearing.nodes === 0) byEntity.delete(node.id);
    }
  }

  /** A node with these surnames, or an organisation a surname may stand for, came or went: which
   * entity they stand for may change. */
  private touchSurnames(node: Node): void {
    if (node.bare !== undefined) this.staleSurnames.add(node.bare);
    for (const surname of node.surnames) this.staleSurnames.add(surname);
    for (const name of node.organisationNames) if (this.bareBy.has(name)) this.staleSurnames.add(name);
  }

  /** Link keys by the forms they come from: the same names recur across thousands of files. */
  private keysOf(entity: LocalEntity): Links {
    const forms = `${entity.type}\u0000${entity.gender ?? ''}\u0000${entity.name}\u0000${entity.forms.join('\u0001')}`;
    let links = this.linksByForms.get(forms);
    if (!links) {
      const keys = linkKeys(entity.type, entity);
      const joins = joinKeys(entity);
      const bare = bareSurname(entity);
      const surnames = surnamesOf(entity);
      const gender = genderOf(entity);
      const organisationNames = keys.filter((key) => key.startsWith(ORGANISATION_KEY) && !key.includes(' ')).map((key) => key.slice(ORGANISATION_KEY.length));
      links = {
        keys, joins, bare, surnames, gender, organisationNames,
        signature: `${entity.type}\u0000${keys.join('\u0001')}\u0000${joins.join('\u0001')}\u0000${bare ?? ''}\u0000${surnames.join('\u0001')}\u0000${gender ?? ''}`,
      };
      this.linksByForms.set(forms, links);
    }
    return links;
  }

  /** Whether another live node offers and joins exactly the same keys: removing this one then
   * leaves every link of its entity in place. */
  private hasLiveTwin(node: Node): boolean {
    if (node.keys.length === 0) return false;
    for (const other of this.offeredBy.get(node.keys[0]) ?? []) if (other !== node && other.live && other.signature === node.signature) return true;
    return false;
  }

  /** `next` takes `previous`'s place in its entity (same file, same link keys, so the same
   * surnames and entity sizes). */
  private replace(previous: Node, next: Node): void {
    this.unregister(previous);
    this.setId(next, previous.id);
    const members = this.members.get(previous.id);
    if (members) members[members.indexOf(previous)] = next;
    this.dropJoinedViews(next.id);
    const bearer = this.bareJoins.get(next.id);
    if (bearer !== undefined) this.dropJoinedViews(bearer);
  }

  private forget(id: string): void {
    this.members.delete(id);
    this.dropViews(id);
  }

  /** The entity gained or lost local entities. */
  private dropViews(id: string): void {
    this.dropJoinedViews(id);
    this.changed.add(id);
  }

  delete(file: string): boolean {
    const existed = this.indexed.has(file);
    if (existed) this.update([], [file]);
    return existed;
  }

  fileAnalysis(file: string): FileAnalysis | undefined {
    return this.indexed.get(file)?.analysis;
  }

  files(): string[] {
    return [...this.indexed.keys()].sort();
  }

  /** The entity id of a file's local entity. */
  entityIdOf(file: string, local: number): string | undefined {
    const id = this.indexed.get(file)?.nodes[local]?.id;
    return id === undefined ? undefined : this.resolve(id);
  }

  /** The entity named at `offset` in `file` (a mention's end counts, so a cursor just after a
   * name finds it), with that mention. */
  entityAt(file: string, offset: number): MentionHit | undefined {
    const entry = this.indexed.get(file);
    if (!entry) return undefined;
    const all = entry.analysis.mentions;
    entry.sorted ??= isSortedByStart(all) ? all : [...all].sort((a, b) => a.start - b.start);
    const { sorted: mentions, nodes } = entry;
    // The last mention starting at or before offset, and the one before it in case they nest.
    let lo = 0;
    let hi = mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (mentions[mid].start <= offset) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo - 1; i >= 0 && i >= lo - 2; i--) {
      const m = mentions[i];
      if (offset > m.end) continue;
      const own = nodes[m.local].id;
      const entity = this.resolve(own);
      return { entity, mention: { file, start: m.start, end: m.end }, ...(entity !== own ? { bySurname: m.text } : {}) };
    }
    return undefined;
  }

  /** The entity with its names, mentions and roles across the corpus; built on first request. */
  entity(id: string): Entity | undefined {
    id = this.resolve(id);
    let view = this.entityViews.get(id);
    if (!view) {
      if (!this.members.has(id)) return undefined;
      view = entityOf(id, this.membersOf(id));
      if (view) this.entityViews.set(id, view);
    }
    return view;
  }

  entityIds(): string[] {
    this.joinBareSurnames();
    return [...this.members.keys()].filter((id) => !this.bareJoins.has(id));
  }

  mentionsOf(id: string): MentionRef[] {
    return this.entity(id)?.mentions ?? [];
  }

  /** What the entity said (it is a speaker or co-speaker), in corpus order, with the ids the
   * contract-shaped analysis gives these passages. */
  passagesOf(id: string): Passage[] {
    id = this.resolve(id);
    let view = this.passageViews.get(id);
    if (!view) {
      view = [];
      for (const node of this.membersOf(id)) {
        if (!node.entity.speaks) continue;
        for (const p of node.file.passages) {
          if (!p.speakers.includes(node.local)) continue;
          const coSpeakers = p.speakers.filter((s) => s !== node.local).map((s) => this.entityIdOf(node.file.file, s)!);
          view.push({
            id: `${node.file.file}:${p.start}:${id}`, file: node.file.file, start: p.start, end: p.end, kind: p.kind,
            speaker: id, coSpeakers: coSpeakers.length ? coSpeakers : undefined, text: p.text,
          });
        }
      }
      view.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.start - b.start));
      this.passageViews.set(id, view);
    }
    return view;
  }

  /** Reads what entity(id) and passagesOf(id) read, one file per step (run with runInSlices):
   * the first view of an entity named in thousands of articles parses their mentions and
   * passages, which at once would hold the editor's thread too long. */
  *entitySteps(id: string): Generator<void, void> {
    for (const node of this.membersOf(this.resolve(id))) {
      void node.mentions;
      if (node.entity.speaks) void node.file.passages;
      yield;
    }
  }

  /** Every claim of the corpus with its subject resolved to an entity id, for findConflicts. */
  linkedClaims(): LinkedClaim[] {
    return runToEnd(this.linkedClaimSteps());
  }

  /** linkedClaims, a file per step (run with runInSlices): at 10,000 articles it parses and
   * links a quarter of a million claims. */
  *linkedClaimSteps(): Generator<void, LinkedClaim[]> {
    const claims: LinkedClaim[] = [];
    for (const file of this.files()) {
      const indexed = this.indexed.get(file);
      if (!indexed) continue; // removed while the claims were read in slices
      const { analysis, nodes } = indexed;
      for (const c of analysis.claims) claims.push(linkClaim(c, file, analysis.language, (local) => (nodes[local]?.id ? this.resolve(nodes[local].id) : null)));
      yield;
    }
    return claims;
  }

  /** The entity an entity of the linking graph stands as: itself, or the one its bare surname
   * joined. */
  private resolve(id: string): string {
    this.joinBareSurnames();
    return this.bareJoins.get(id) ?? id;
  }

  /** An entity's local entities, with those of the bare surnames joined to it. */
  private membersOf(id: string): Node[] {
    const own = this.members.get(id) ?? [];
    const joined = this.joinedBare.get(id);
    return joined ? own.concat([...joined].flatMap((bare) => this.members.get(bare) ?? [])) : own;
  }

  /** linkCorpus's joinBareSurnames over the linked entities: a person called by a bare surname
   * and linked to nobody joins the entity that surname stands for. Worked out when the index is
   * first read after a change, for the surnames the change touched. */
  private joinBareSurnames(): void {
    if (this.changed.size > 0 || this.staleSurnames.size > 0) runToEnd(this.surnameSteps());
  }

  /** joinBareSurnames a surname per step (run with runInSlices before a lookup): once a corpus is
   * first linked every surname is stale, which at 10,000 articles takes tens of milliseconds.
   * Files may be updated between steps; the surnames they touch are worked out too. */
  *surnameSteps(): Generator<void, void> {
    while (this.changed.size > 0 || this.staleSurnames.size > 0) {
      for (const id of this.changed) {
        for (const surname of this.readBySurnames.get(id) ?? []) this.staleSurnames.add(surname);
        // The entity a changed bare surname joined shows that surname's mentions and passages.
        const bearer = this.bareJoins.get(id);
        if (bearer !== undefined) this.dropJoinedViews(bearer);
      }
      this.changed.clear();
      for (const surname of this.staleSurnames) {
        this.staleSurnames.delete(surname);
        this.rejoin(surname);
        yield;
      }
    }
  }

  /** Works out again which entity a surname stands for and which bare nodes join it. */
  private rejoin(surname: string): void {
    for (const id of this.surnameReads.get(surname) ?? []) {
      const readers = this.readBySurnames.get(id)!;
      readers.delete(surname);
      if (readers.size === 0) this.readBySurnames.delete(id);
    }
    this.surnameReads.delete(surname);
    // A bare surname offers and joins no key: its node is an entity of its own.
    const bares = [...this.bareBy.get(surname) ?? []];
    const bearings = bares.length ? this.bearersBy.get(surname) ?? new Map<string, Bearing>() : new Map<string, Bearing>();
    // Borne by no person, it stands for the organisation of that name, if any (nodes offering one
    // key are one entity).
    const organisation = bares.length && bearings.size === 0 ? this.offeredBy.get(organisationKey(surname))?.values().next().value?.id : undefined;
    // A bare surname's gender rules out entities with people of the other (genderOf).
    const bearerFor = new Map<Gender | undefined, string | undefined>();
    const joins = new Map<string, string>();
    for (const bare of bares) {
      if (organisation) {
        joins.set(bare.id, organisation);
        continue;
      }
      if (!bearerFor.has(bare.gender)) {
        const sizes = new Map<string, number>();
        for (const [id, bearing] of bearings) {
          const agrees = (['female', 'male'] as const).every((gender) => bearing[gender] === 0 || gendersAgree(bare.gender, gender));
          if (agrees) sizes.set(id, this.members.get(id)!.length);
        }
        bearerFor.set(bare.gender, bearerOf(sizes));
      }
      const bearer = bearerFor.get(bare.gender);
      if (bearer !== undefined) joins.set(bare.id, bearer);
    }
    // Joins that moved: the entities they join or leave show other mentions and passages now,
    // and a passage names its co-speakers by entity.
    const before = this.joinsBySurname.get(surname) ?? new Map<string, string>();
    let moved = false;
    for (const [bare, target] of before) {
      if (joins.get(bare) === target) continue;
      this.bareJoins.delete(bare);
      this.joinedBare.get(target)?.delete(bare);
      this.dropJoinedViews(target);
      moved = true;
    }
    for (const [bare, target] of joins) {
      if (before.get(bare) === target) continue;
      this.bareJoins.set(bare, target);
      addTo(this.joinedBare, target, bare);
      this.dropJoinedViews(target);
      moved = true;
    }
    if (moved) this.passageViews.clear();
    if (joins.size) this.joinsBySurname.set(surname, joins);
    else this.joinsBySurname.delete(surname);
    const read = [...new Set([...bearings.keys(), ...bares.map((bare) => bare.id), ...organisation ? [organisation] : []])];
    if (read.length) this.surnameReads.set(surname, read);
    for (const id of read) addTo(this.readBySurnames, id, surname);
  }

  private dropJoinedViews(id: string): void {
    this.entityViews.delete(id);
    this.passageViews.delete(id);
  }

  /** Regroups the seeds (and everything linked to them) into entities. A new group keeps the
   * id most of its members had, so an edit does not renumber the corpus. */
  private relink(seeds: Set<Node>, reusable: Set<string>): void {
    const seen = new Set<Node>();
    // Keys already followed: a key shared by thousands of nodes is walked once, not once per node.
    const followed = new Set<string>();
    const joined = new Set<string>();
    for (const seed of seeds) {
      if (seen.has(seed)) continue;
      const group: Node[] = [seed];
      seen.add(seed);
      const reach = (nodes: Set<Node> | undefined): void => {
        for (const other of nodes ?? []) {
          if (!seen.has(other)) {
            seen.add(other);
            group.push(other);
          }
        }
      };
      for (let i = 0; i < group.length; i++) {
        const node = group[i];
        for (const key of node.keys) {
          if (followed.has(key)) continue;
          followed.add(key);
          reach(this.offeredBy.get(key));
          reach(this.joinedBy.get(key));
        }
        for (const key of node.joins) {
          if (followed.has(key) || joined.has(key)) continue;
          joined.add(key);
          reach(this.offeredBy.get(key));
        }
      }
      const id = this.pickId(group, reusable);
      for (const node of group) this.setId(node, id);
      this.members.set(id, group);
    }
  }

  private pickId(group: Node[], reusable: Set<string>): string {
    const votes = new Map<string, number>();
    let best = '';
    for (const node of group) {
      if (!reusable.has(node.id)) continue;
      const count = (votes.get(node.id) ?? 0) + 1;
      votes.set(node.id, count);
      if (count > (votes.get(best) ?? 0)) best = node.id;
    }
    if (best) {
      reusable.delete(best);
      return best;
    }
    return `e${this.nextEntity++}`;
  }
}

/** The entity of any linked node in `nodes` other than `node` ('' if none): nodes sharing a key
 * are one entity already. */
function linkedIn(node: Node, nodes: Set<Node> | undefined): string {
  if (nodes) for (const other of nodes) if (other !== node && other.id) return other.id;
  return '';
}

function addTo<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, new Set([value]));
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function isSortedByStart(mentions: readonly MentionRecord[]): boolean {
  for (let i = 1; i < mentions.length; i++) if (mentions[i - 1].start > mentions[i].start) return false;
  return true;
}
