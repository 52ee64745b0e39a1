// Fast questions the editor asks of one linked analysis: which entity is named at this offset,
// what did this speaker say, which passage holds the cursor. Built once per analysis (linear
// time), answered by binary search and maps. Pure: no `vscode` import.
import type { CorpusAnalysis, Entity, MentionRef, Passage } from '../core/model';

interface MentionEntry {
  start: number;
  end: number;
  entity: Entity;
}

export interface SpeakerSummary {
  /** null: passages whose speaker the analysis could not name. */
  entity: Entity | null;
  passages: Passage[];
  files: number;
}

export class CorpusLookup {
  private readonly entitiesById = new Map<string, Entity>();
  private readonly mentionsByFile = new Map<string, MentionEntry[]>();
  private readonly passagesBySpeaker = new Map<string | null, Passage[]>();
  private readonly passagesByFile = new Map<string, Passage[]>();

  constructor(readonly analysis: CorpusAnalysis) {
    for (const entity of analysis.entities) {
      this.entitiesById.set(entity.id, entity);
      for (const m of entity.mentions) pushTo(this.mentionsByFile, m.file, { start: m.start, end: m.end, entity });
    }
    for (const list of this.mentionsByFile.values()) list.sort((a, b) => a.start - b.start || b.end - a.end);
    for (const passage of analysis.passages) {
      pushTo(this.passagesBySpeaker, passage.speaker, passage);
      pushTo(this.passagesByFile, passage.file, passage);
    }
    for (const list of this.passagesByFile.values()) list.sort((a, b) => a.start - b.start);
  }

  entity(id: string): Entity | undefined {
    return this.entitiesById.get(id);
  }

  /** The entity whose mention covers `offset` (a mention's end counts, so a cursor just after a
   * name finds it), with that mention. */
  mentionAt(file: string, offset: number): { entity: Entity; mention: MentionRef } | undefined {
    const list = this.mentionsByFile.get(file);
    if (!list) return undefined;
    // The last mention starting at or before offset, and its predecessor in case they nest.
    let i = lastIndexAtOrBefore(list, offset);
    for (let n = 0; i >= 0 && n < 2; i--, n++) {
      const m = list[i];
      if (offset >= m.start && offset <= m.end) return { entity: m.entity, mention: { file, start: m.start, end: m.end } };
    }
    return undefined;
  }

  mentionsIn(file: string): readonly MentionEntry[] {
    return this.mentionsByFile.get(file) ?? [];
  }

  /** What an entity said (`null`: passages with no known speaker), in corpus order. */
  passagesOf(entityId: string | null): readonly Passage[] {
    return this.passagesBySpeaker.get(entityId) ?? [];
  }

  /** The passages covering `offset` in a file (a joint statement gives one per speaker). */
  passagesAt(file: string, offset: number): Passage[] {
    const list = this.passagesByFile.get(file);
    if (!list) return [];
    const found: Passage[] = [];
    // Passages rarely nest, so a few steps back reach every one that can still cover offset.
    for (let i = lastIndexAtOrBefore(list, offset), n = 0; i >= 0 && n < 8; i--, n++) {
      if (offset <= list[i].end) found.push(list[i]);
    }
    return found;
  }

  /** Every speaker with what they said: most passages first, unknown speakers last. */
  speakers(): SpeakerSummary[] {
    const summaries: SpeakerSummary[] = [];
    for (const [id, passages] of this.passagesBySpeaker) {
      summaries.push({ entity: id === null ? null : this.entitiesById.get(id) ?? null, passages, files: countFiles(passages) });
    }
    return summaries;
  }
}

export function countFiles(spans: ReadonlyArray<{ file: string }>): number {
  return new Set(spans.map((s) => s.file)).size;
}

/** A key for an entity that survives re-linking (ids are renumbered on every change). */
export function entityKey(entity: Pick<Entity, 'type' | 'name'>): string {
  return `${entity.type}:${entity.name}`;
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Index of the last item whose start is ≤ offset, or -1 (items sorted by start). */
function lastIndexAtOrBefore(items: ReadonlyArray<{ start: number }>, offset: number): number {
  let lo = 0;
  let hi = items.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
