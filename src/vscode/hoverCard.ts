// The hover card for a person or organisation, as Markdown. Pure (no `vscode` import): the hover
// provider wraps it in a MarkdownString that trusts only HOVER_COMMANDS. Every piece of article
// text goes through escapeMarkdown.
import type { Entity, MentionRef } from '../core/model';
import { countFiles, type CorpusLookup } from './corpusLookup';
import { baseName, commandLink, escapeMarkdown, oneLine, plural } from './format';

export const SHOW_SPEAKER_COMMAND = 'corpusLens.showSpeaker';
export const SHOW_MENTIONS_COMMAND = 'corpusLens.showMentions';
export const FIND_CONFLICTS_COMMAND = 'corpusLens.findConflicts';
/** The only commands the card's links may run. */
export const HOVER_COMMANDS = [SHOW_SPEAKER_COMMAND, SHOW_MENTIONS_COMMAND, FIND_CONFLICTS_COMMAND];

export interface HoverCardOptions {
  /** How many passages to quote before "+N more". */
  maxPassages: number;
  /** A short label for a file key (defaults to its base name). */
  fileLabel?: (file: string) => string;
}

/** Roles beyond this many are counted, not listed: the card stays short. */
const MAX_ROLES = 4;
const KIND_LABEL = { person: 'person', organization: 'organisation' } as const;

/** The card for `entity`; `at` is the hovered mention, passed to the command links so they act on
 * the same entity even after the corpus is re-linked (entity ids are renumbered then);
 * `bySurname`, the surname it is written as where the article names nobody fuller. */
export function renderHoverCard(entity: Entity, at: MentionRef, lookup: CorpusLookup, options: HoverCardOptions, bySurname?: string): string {
  const label = options.fileLabel ?? baseName;
  // Which files state a role: named when they are few, counted when they are many.
  const files = (list: string[]): string => list.length > 2 ? plural(list.length, 'file') : list.map((f) => escapeMarkdown(label(f))).join(', ');
  const lines: string[] = [`**${escapeMarkdown(entity.name)}** · ${KIND_LABEL[entity.type]}`];
  // A link by surname alone is the corpus's best guess: the reader should know it is one.
  if (bySurname) lines.push(`*This article names only “${escapeMarkdown(bySurname)}”: taken to be the ${escapeMarkdown(bySurname)} the corpus names most.*`);

  const roles = groupRoles(entity);
  if (roles.length) {
    const shown = roles.slice(0, MAX_ROLES).map((r) => `${escapeMarkdown(r.text)} (${files(r.files)})`);
    if (roles.length > MAX_ROLES) shown.push(`\\+${roles.length - MAX_ROLES} more`);
    lines.push(`*Roles:* ${shown.join(' · ')}`);
  }
  if (entity.aliases.length) lines.push(`*Also:* ${entity.aliases.map(escapeMarkdown).join(', ')}`);

  // What they said in the article being read comes first.
  const passages = [...lookup.passagesOf(entity.id)].sort((a, b) => Number(b.file === at.file) - Number(a.file === at.file));
  lines.push(`${plural(entity.mentions.length, 'mention')} in ${plural(countFiles(entity.mentions), 'file')} · ` +
    `${plural(passages.length, 'passage')} in ${plural(countFiles(passages), 'file')}`);

  const args = [at.file, at.start];
  const links = [
    passages.length ? commandLink('Show in Speakers', SHOW_SPEAKER_COMMAND, args, 'Reveal this speaker in the Speakers view') : undefined,
    commandLink('All Mentions', SHOW_MENTIONS_COMMAND, args, 'List every mention across the corpus'),
    commandLink('Conflicting Claims', FIND_CONFLICTS_COMMAND, args, 'Find claims about them that disagree'),
  ].filter((l): l is string => l !== undefined);
  lines.push(links.join(' · '));
  const quoted = passages.slice(0, options.maxPassages)
    .map((p) => {
      const text = escapeMarkdown(oneLine(p.text, 80));
      return `- ${p.kind === 'direct' ? `“${text}”` : `${text} *(reported)*`} — ${escapeMarkdown(label(p.file))}`;
    });
  if (passages.length > options.maxPassages) quoted.push(`- \\+${passages.length - options.maxPassages} more`);
  if (quoted.length) lines.push(quoted.join('\n'));

  // Lines of a card are paragraphs; the list of passages comes last, where it may be cut short.
  return lines.join('\n\n');
}

/** Roles written beside the entity's names, one entry per distinct wording (case-insensitive), with
 * the files that state it, most-stated first. */
export function groupRoles(entity: Entity): Array<{ text: string; files: string[] }> {
  const byText = new Map<string, { text: string; files: Set<string> }>();
  for (const role of entity.roles) {
    const text = oneLine(role.text, 60);
    const key = text.toLowerCase();
    const entry = byText.get(key);
    if (entry) entry.files.add(role.file);
    else byText.set(key, { text, files: new Set([role.file]) });
  }
  return [...byText.values()]
    .sort((a, b) => b.files.size - a.files.size)
    .map((r) => ({ text: r.text, files: [...r.files].sort() }));
}
