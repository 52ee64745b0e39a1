// Scores an analysis against gold labels in the format of ../shared/gold (README there): used by
// the tests on the project's own invented fixtures, so they run without ../shared.
// Matching: an entity is found when a system entity of its type shares its name or an alias
// (people: only aliases of two words or more, or acronyms); a passage is found when a system
// passage covers at least half of it without being far longer, and attributed when the speaker
// is the same entity; a conflict is found when one system conflict touches both gold claims.
import type { CorpusAnalysis, Entity } from '../../src/core/model';

export interface GoldEntity { id: string; type: 'person' | 'organization'; name: string; aliases?: string[] }
export interface GoldText { file: string; text: string }
export interface Gold {
  entities: GoldEntity[];
  passages: Array<GoldText & { speaker: string; kind: 'direct' | 'indirect' }>;
  conflicts: Array<{ subject: string; aspect: string; a: GoldText; b: GoldText }>;
}
export interface GoldScores {
  entities: { precision: number; recall: number; missed: string[]; spurious: string[] };
  passages: { precision: number; recall: number; attributionAccuracy: number; missed: string[]; misattributed: string[] };
  conflicts: { precision: number; recall: number; missed: string[] };
}

interface Range { file: string; start: number; end: number }

const normal = (s: string): string => s.normalize('NFKC').toLowerCase().replace(/['’]s\b/g, '')
  .replace(/[.,"“”‘’()]/g, ' ').replace(/^the\s+/, '').replace(/\s+/g, ' ').trim();

function nameKeys(type: string, name: string, aliases: readonly string[]): string[] {
  const keys = new Set([normal(name)]);
  for (const alias of aliases) {
    if (type === 'organization' || normal(alias).includes(' ') || /^[A-Z][A-Z0-9&]+$/.test(alias.trim())) keys.add(normal(alias));
  }
  keys.delete('');
  return [...keys];
}

function keysMeet(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.includes(' ') && ` ${long} `.includes(` ${short} `);
}

const sameEntity = (system: Entity, gold: GoldEntity): boolean =>
  system.type === gold.type && nameKeys(system.type, system.name, system.aliases)
    .some((a) => nameKeys(gold.type, gold.name, gold.aliases ?? []).some((b) => keysMeet(a, b)));

const overlap = (a: Range, b: Range): number => (a.file === b.file ? Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start)) : 0);
const covers = (s: Range, g: Range): boolean => overlap(s, g) >= 0.5 * (g.end - g.start) && s.end - s.start <= 2.5 * (g.end - g.start) + 80;
const touches = (s: Range, g: Range): boolean => overlap(s, g) > 0 && s.end - s.start <= 3 * (g.end - g.start) + 300;
const ratio = (n: number, d: number): number => (d ? n / d : 1);

export function scoreAgainstGold(gold: Gold, analysis: CorpusAnalysis, textOf: (file: string) => string): GoldScores {
  const locate = (g: GoldText): Range => {
    const start = textOf(g.file).indexOf(g.text);
    if (start < 0) throw new Error(`gold text not in ${g.file}: ${g.text.slice(0, 60)}`);
    return { file: g.file, start, end: start + g.text.length };
  };
  const goldById = new Map(gold.entities.map((e) => [e.id, e]));
  const systemById = new Map(analysis.entities.map((e) => [e.id, e]));

  const foundEntities = gold.entities.filter((g) => analysis.entities.some((s) => sameEntity(s, g)));
  const correctEntities = analysis.entities.filter((s) => gold.entities.some((g) => sameEntity(s, g)));

  const used = new Set<number>();
  let attributed = 0;
  const missedPassages: string[] = [];
  const misattributed: string[] = [];
  for (const g of gold.passages) {
    const span = locate(g);
    let best = -1;
    let bestOverlap = 0;
    analysis.passages.forEach((p, i) => {
      if (used.has(i) || !covers(p, span)) return;
      if (overlap(p, span) > bestOverlap) [best, bestOverlap] = [i, overlap(p, span)];
    });
    if (best < 0) {
      missedPassages.push(`${g.file}: ${g.text.slice(0, 70)}`);
      continue;
    }
    used.add(best);
    const speaker = analysis.passages[best].speaker;
    const system = speaker ? systemById.get(speaker) : undefined;
    const expected = goldById.get(g.speaker);
    if (system && expected && sameEntity(system, expected)) attributed++;
    else misattributed.push(`${g.file}: ${g.text.slice(0, 50)} -> ${system?.name ?? null} (gold ${expected?.name})`);
  }

  const goldConflicts = gold.conflicts.map((c) => ({ c, a: locate(c.a), b: locate(c.b) }));
  const hit = (claims: Range[], a: Range, b: Range): boolean =>
    claims.some((x, i) => touches(x, a) && claims.some((y, j) => j !== i && touches(y, b)));
  const found = goldConflicts.filter(({ a, b }) => analysis.conflicts.some((s) => hit(s.claims, a, b)));
  const correct = analysis.conflicts.filter((s) => goldConflicts.some(({ a, b }) => hit(s.claims, a, b)));

  return {
    entities: {
      precision: ratio(correctEntities.length, analysis.entities.length), recall: ratio(foundEntities.length, gold.entities.length),
      missed: gold.entities.filter((g) => !foundEntities.includes(g)).map((g) => g.name),
      spurious: analysis.entities.filter((s) => !correctEntities.includes(s)).map((s) => s.name),
    },
    passages: {
      precision: ratio(used.size, analysis.passages.length), recall: ratio(used.size, gold.passages.length),
      attributionAccuracy: ratio(attributed, used.size), missed: missedPassages, misattributed,
    },
    conflicts: {
      precision: ratio(correct.length, analysis.conflicts.length), recall: ratio(found.length, gold.conflicts.length),
      missed: gold.conflicts.filter((_, i) => !found.includes(goldConflicts[i])).map((c) => `${c.aspect}: ${c.a.text.slice(0, 40)} / ${c.b.text.slice(0, 40)}`),
    },
  };
}
