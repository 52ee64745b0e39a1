// The readable summary the CLI prints without --json.
import type { CorpusAnalysis, Entity } from './model';

export function formatSummary(analysis: CorpusAnalysis): string {
  const lines: string[] = [];
  const byId = new Map(analysis.entities.map((e) => [e.id, e]));
  lines.push(`${analysis.files.length} files · ${analysis.entities.length} people and organisations · ${analysis.passages.length} passages · ${analysis.conflicts.length} conflicts`);

  const speakers = new Map<string, { passages: number; files: Set<string> }>();
  for (const p of analysis.passages) {
    const key = p.speaker ?? '';
    let s = speakers.get(key);
    if (!s) speakers.set(key, (s = { passages: 0, files: new Set() }));
    s.passages++;
    s.files.add(p.file);
  }
  lines.push('', 'Speakers:');
  const ranked = [...speakers].sort((a, b) => b[1].passages - a[1].passages || nameOf(byId.get(a[0])).localeCompare(nameOf(byId.get(b[0]))));
  for (const [id, s] of ranked) {
    lines.push(`  ${nameOf(byId.get(id))} — ${plural(s.passages, 'passage')} · ${plural(s.files.size, 'file')}`);
  }

  for (const [type, title] of [['person', 'People'], ['organization', 'Organisations']] as const) {
    lines.push('', `${title}:`);
    const entities = analysis.entities.filter((e) => e.type === type).sort((a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name));
    for (const e of entities) {
      const files = new Set(e.mentions.map((m) => m.file)).size;
      const aliases = e.aliases.length ? ` (also: ${e.aliases.join(', ')})` : '';
      lines.push(`  ${e.name}${aliases} — ${plural(e.mentions.length, 'mention')} · ${plural(files, 'file')}`);
    }
  }

  if (analysis.conflicts.length) {
    lines.push('', 'Conflicting claims:');
    for (const c of analysis.conflicts) {
      lines.push(`  [${c.aspect}] ${c.summary}`);
      for (const claim of c.claims) lines.push(`      ${claim.file}: “${claim.text}”`);
    }
  }
  if (analysis.issues.length) {
    lines.push('', 'Files with problems:');
    for (const issue of analysis.issues) lines.push(`  ${issue.file}: ${issue.message}`);
  }
  return lines.join('\n') + '\n';
}

const nameOf = (e: Entity | undefined): string => e?.name ?? '(unknown speaker)';
const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
