// Linking the names of one document to each other: a bare surname resolves to the full name
// introduced earlier in the same document, short forms of organisations to their full name,
// acronyms to their expansion.
import type { LocalEntity, MentionRecord } from './model';
import type { MentionCandidate } from './mentions';
import { isAcronym } from './mentions';

const nameWords = (name: string): string[] =>
  name.replace(/['’]s$/, '').split(/\s+/).map((w) => w.replace(/\.$/, '').toLowerCase()).filter(Boolean);

/** Initials of the significant words ("Cyberspace Administration of China" → "cac"). */
export function initials(name: string): string {
  return nameWords(name).filter((w) => !['of', 'for', 'and', 'the', '&'].includes(w)).map((w) => w[0]).join('');
}

/** Whether the shorter name's words sit inside the longer one's, in order and contiguous. */
function containsWords(longer: string[], shorter: string[]): boolean {
  outer: for (let i = 0; i + shorter.length <= longer.length; i++) {
    for (let j = 0; j < shorter.length; j++) if (longer[i + j] !== shorter[j]) continue outer;
    return true;
  }
  return false;
}

export interface LocalLinking {
  entities: LocalEntity[];
  mentions: MentionRecord[];
}

/** Clusters the document's mentions into local entities. Single-word mentions that link to
 * no fuller name are kept only for organisations in the known list or defined acronyms. */
export function linkMentions(candidates: MentionCandidate[]): LocalLinking {
  const entities: LocalEntity[] = [];
  const entityWords: string[][] = [];
  const mentions: MentionRecord[] = [];
  const ordered = [...candidates].sort((a, b) => a.start - b.start);

  const add = (candidate: MentionCandidate, local: number): void => {
    const entity = entities[local];
    if (!entity.forms.includes(candidate.text)) entity.forms.push(candidate.text);
    if (nameWords(candidate.text).length > nameWords(entity.name).length) {
      entity.name = candidate.text;
      entityWords[local] = nameWords(candidate.text);
    }
    mentions.push({ start: candidate.start, end: candidate.end, text: candidate.text, type: entity.type, local, role: candidate.role });
  };
  const create = (candidate: MentionCandidate): void => {
    entities.push({ type: candidate.type, name: candidate.text, forms: [] });
    entityWords.push(nameWords(candidate.text));
    add(candidate, entities.length - 1);
  };

  // Full names first, so that a surname written before its full name still finds it.
  for (const candidate of ordered) {
    if (candidate.single && candidate.type === 'person') continue;
    const words = nameWords(candidate.text);
    let match = -1;
    for (let e = entities.length - 1; e >= 0; e--) {
      if (entities[e].type !== candidate.type) continue;
      const known = entityWords[e];
      const sameOrLonger = containsWords(words, known) && known[0] === words[0];
      const shorter = containsWords(known, words) && known[0] === words[0];
      if (sameOrLonger || shorter) {
        match = e;
        break;
      }
      if (candidate.type === 'organization' && words.length === 1 && isAcronym(candidate.text) && initials(entities[e].name) === words[0]) {
        match = e;
        break;
      }
    }
    if (match >= 0) add(candidate, match);
    else if (!candidate.single || candidate.type === 'organization') create(candidate);
  }
  // Then bare surnames and given names: the nearest person named before (or after) whose name contains the word.
  for (const candidate of ordered) {
    if (!(candidate.single && candidate.type === 'person')) continue;
    const word = nameWords(candidate.text)[0];
    let best = -1;
    let bestDistance = Infinity;
    for (const mention of mentions) {
      const e = mention.local;
      if (entities[e].type !== 'person' || !entityWords[e].includes(word) || entityWords[e].length < 2) continue;
      const distance = candidate.start >= mention.start ? candidate.start - mention.start : (mention.start - candidate.start) * 4;
      if (distance < bestDistance) {
        bestDistance = distance;
        best = e;
      }
    }
    if (best >= 0) add(candidate, best);
  }
  mentions.sort((a, b) => a.start - b.start);
  return { entities, mentions };
}
