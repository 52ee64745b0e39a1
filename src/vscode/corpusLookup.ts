// What the editor's views read: one snapshot of the corpus index (src/core/corpusIndex.ts, which
// links incrementally as files change). A snapshot is taken after each change; its views —
// the contract-shaped analysis, passages by speaker and by file, conflicts — are built on first
// use, in linear time, and never again for that snapshot. Pure: no `vscode` import.
import { conflictSteps } from '../core/conflicts';
import type { CorpusIndex, MentionHit } from '../core/corpusIndex';
import type { Conflict, CorpusAnalysis, Entity, Passage } from '../core/model';
import { runInSlices, runToEnd } from '../core/slices';

/** The entity named at an offset, the mention there, and whether it is known there by a bare
 * surname only (CorpusIndex.entityAt). */
export interface MentionFound extends Pick<MentionHit, 'mention' | 'bySurname'> {
  entity: Entity;
}

export interface SpeakerSummary {
  /** null: passages whose speaker the analysis could not name. */
  entity: Entity | null;
  passages: Passage[];
  files: number;
}

export class CorpusLookup {
  private analysisView: CorpusAnalysis | undefined;
  private preparing: Promise<void> | undefined;
  private conflictsFound: Conflict[] | undefined;
  private findingConflicts: Promise<Conflict[]> | undefined;
  private bySpeaker: Map<string | null, Passage[]> | undefined;
  private byFile: Map<string, Passage[]> | undefined;

  constructor(private readonly index: CorpusIndex) {}

  /** The whole corpus in the contract's shape (../shared/CONTRACT.md); conflicts are found on
   * first access to them. Built at once if prepare() has not built it yet. */
  get analysis(): CorpusAnalysis {
    this.analysisView ??= runToEnd(this.analysisSteps());
    return this.analysisView;
  }

  /** Builds the corpus-wide views in slices of the thread's time: at 10,000 articles they take
   * longer than the editor's thread may be held. Views and hovers await it before reading. */
  prepare(): Promise<void> {
    this.preparing ??= this.analysisView ? Promise.resolve() : runInSlices(this.analysisSteps()).then((view) => {
      this.analysisView ??= view;
    });
    return this.preparing;
  }

  /** The conflicting claims of the corpus, found in slices of the thread's time (the same as
   * analysis.conflicts, which finds them at once). */
  conflicts(): Promise<Conflict[]> {
    // Found already (analysis.conflicts was read): not compared again.
    this.findingConflicts ??= this.conflictsFound ? Promise.resolve(this.conflictsFound) : this.prepare()
      .then(() => runInSlices(this.conflictsInSteps(this.analysis.entities)))
      .then((found) => (this.conflictsFound ??= found));
    return this.findingConflicts;
  }

  private *conflictsInSteps(entities: Entity[]): Generator<void, Conflict[]> {
    return yield* conflictSteps(yield* this.index.linkedClaimSteps(), entities);
  }

  /** Builds the contract-shaped analysis, a file or an entity per step. */
  private *analysisSteps(): Generator<void, CorpusAnalysis> {
    yield* this.index.surnameSteps();
    const files = this.index.files();
    const entities: Entity[] = [];
    for (const id of this.index.entityIds()) {
      const entity = this.index.entity(id);
      if (entity) entities.push(entity);
      yield;
    }
    const passages: Passage[] = [];
    const issues: CorpusAnalysis['issues'] = [];
    for (const file of files) {
      const analysis = this.index.fileAnalysis(file);
      if (!analysis) continue; // removed while the views were built in slices
      issues.push(...analysis.issues);
      for (const p of analysis.passages) {
        const speakers = p.speakers.map((s) => this.index.entityIdOf(file, s)).filter((s): s is string => s !== undefined && s !== '');
        const base = { file, start: p.start, end: p.end, kind: p.kind, text: p.text };
        if (speakers.length === 0) passages.push({ id: `${file}:${p.start}`, ...base, speaker: null });
        // A joint statement is one passage per speaker, as in the contract.
        for (const speaker of speakers) {
          const coSpeakers = speakers.length > 1 ? speakers.filter((s) => s !== speaker) : undefined;
          passages.push({ id: `${file}:${p.start}:${speaker}`, ...base, speaker, coSpeakers });
        }
      }
      yield;
    }
    const lookup = this;
    return {
      version: 1, files, entities, passages, issues,
      get conflicts(): Conflict[] {
        lookup.conflictsFound ??= runToEnd(lookup.conflictsInSteps(entities));
        return lookup.conflictsFound;
      },
    };
  }

  entity(id: string): Entity | undefined {
    return this.index.entity(id);
  }

  /** The entity whose mention covers `offset` (a mention's end counts, so a cursor just after a
   * name finds it), with that mention. */
  mentionAt(file: string, offset: number): MentionFound | undefined {
    const hit = this.index.entityAt(file, offset);
    const entity = hit && this.index.entity(hit.entity);
    return entity && { entity, mention: hit.mention, bySurname: hit.bySurname };
  }

  /** mentionAt, after reading the entity's mentions and passages in slices of the thread's time
   * (CorpusIndex.entitySteps): what a hover needs, without building the corpus-wide views. */
  async resolveMentionAt(file: string, offset: number): Promise<MentionFound | undefined> {
    await runInSlices(this.index.surnameSteps());
    const hit = this.index.entityAt(file, offset);
    if (!hit) return undefined;
    await runInSlices(this.index.entitySteps(hit.entity));
    return this.mentionAt(file, offset);
  }

  /** What an entity said (`null`: passages with no known speaker), in corpus order. */
  passagesOf(entityId: string | null): readonly Passage[] {
    if (entityId !== null) return this.index.passagesOf(entityId);
    return this.passagesBySpeaker().get(null) ?? [];
  }

  /** A file's passages in order (a joint statement gives one per speaker). */
  passagesIn(file: string): readonly Passage[] {
    if (!this.byFile) {
      this.byFile = new Map();
      for (const p of this.analysis.passages) pushTo(this.byFile, p.file, p);
    }
    return this.byFile.get(file) ?? [];
  }

  /** The passages covering `offset` in a file. */
  passagesAt(file: string, offset: number): Passage[] {
    return this.passagesIn(file).filter((p) => p.start <= offset && offset <= p.end);
  }

  /** Every speaker with what they said. */
  speakers(): SpeakerSummary[] {
    return [...this.passagesBySpeaker()].map(([id, passages]) => ({
      entity: id === null ? null : this.index.entity(id) ?? null, passages, files: countFiles(passages),
    }));
  }

  private passagesBySpeaker(): Map<string | null, Passage[]> {
    if (!this.bySpeaker) {
      this.bySpeaker = new Map();
      for (const p of this.analysis.passages) pushTo(this.bySpeaker, p.speaker, p);
    }
    return this.bySpeaker;
  }
}

export function countFiles(spans: ReadonlyArray<{ file: string }>): number {
  return new Set(spans.map((s) => s.file)).size;
}

/** A key for an entity that survives re-linking (ids may change when names merge or split). */
export function entityKey(entity: Pick<Entity, 'type' | 'name'>): string {
  return `${entity.type}:${entity.name}`;
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
