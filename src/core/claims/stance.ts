// Stance claims: what an article asserts or denies about a matter, read on a few scales with two
// poles ("crackdown" — "easing", "rise" — "fall", "in person" — "by video"). A statement takes
// the pole of its words, turned round by a negation ("will not rise", "Nobody's bill goes up")
// or a denial ("refuted claims that …", "menepis kabar bahwa …", "…, which is not true"); a
// denial that is itself negated ("did not deny that …") asserts. Two articles disagree when
// they put the same matter at opposite poles.
import {
  CONFIRMING_VERBS, DENIAL_AFTER, DENIAL_BEFORE, DENYING_VERBS, FUNCTION_WORDS, NEGATION_GAP_WORDS, NEGATION_WORDS, STANCE_CONCEPTS,
  SUBJECT_NEGATIONS,
} from '../lexicon';
import type { StanceConcept } from '../lexicon';
import type { ClaimRecord } from '../model';
import type { ClaimContext, ClaimSentence } from './context';
import { CUE, addCueWords, clauseAround, makeClaim, mentionsIn, posAt } from './context';
import { PhraseIndex, stem, wordsIn } from './words';
import { lowerCase } from '../tokenWords';

interface Pole {
  concept: StanceConcept;
  pole: 1 | -1;
}

const POLES = new PhraseIndex(new Map<string, Pole[]>(
  STANCE_CONCEPTS.flatMap((concept) => [
    ...concept.positive.map((p) => [p, { concept, pole: 1 as const }] as const),
    ...concept.negative.map((p) => [p, { concept, pole: -1 as const }] as const),
  ]).reduce((map, [phrase, pole]) => map.set(phrase, [...(map.get(phrase) ?? []), pole]), new Map<string, Pole[]>()),
));
/** Denials and which way they reach: forward over what follows, backward over what precedes. */
const DENIALS = new PhraseIndex(new Map<string, { forward: boolean; backward: boolean }>(
  [...new Set([...DENIAL_BEFORE, ...DENIAL_AFTER])].map((p) => [p, { forward: DENIAL_BEFORE.includes(p), backward: DENIAL_AFTER.includes(p) }]),
));

addCueWords(CUE.stance, STANCE_CONCEPTS.flatMap((c) => [...c.positive, ...c.negative].map((p) => p.split(' ')[0])));

/** How a statement came to its pole, which says how sure a disagreement built on it is. */
type StanceStrength = 'denied' | 'negated' | 'affirmed' | 'asserted';

const bare = (w: string): string => w.replace(/['’]s$/, '');
const MODIFIER_TAGS = new Set(['NOUN', 'ADJ', 'PROPN']);

export function findStanceClaims(ctx: ClaimContext): ClaimRecord[] {
  const claims: ClaimRecord[] = [];
  const aboutWords = new Map<number, Set<string>>();
  const paragraphWords = (sentence: ClaimSentence): Set<string> => {
    let found = aboutWords.get(sentence.paragraph);
    if (!found) aboutWords.set(sentence.paragraph, (found = wordsOfParagraph(ctx, sentence.paragraph)));
    return found;
  };
  for (const sentence of ctx.sentences) {
    if (!sentence.has(CUE.stance)) continue;
    const { texts } = sentence;
    // Read when a pole is found: most sentences with a cue word state no stance.
    let denials: Denial[] | undefined;
    const seen = new Set<string>();
    for (let i = 0; i < texts.length; i++) {
      const found = POLES.at(texts, i);
      if (!found) continue;
      const [poles, length] = found;
      for (const { concept, pole } of poles) {
        // A stance someone takes is a verb ("Trump has record low support" takes none).
        if (concept.held && ctx.doc.language === 'en' && posAt(ctx.doc, sentence.words[i].start) !== 'VERB') continue;
        if (concept.context && !concept.context.some((w) => paragraphWords(sentence).has(w))) continue;
        const object = concept.held ? heldObject(sentence, i + length) : concept.about ? objectOf(ctx, sentence, i, concept.about, paragraphWords(sentence)) : '';
        if (object === undefined) continue;
        const negated = isNegated(texts, i);
        const denial = (denials ??= findDenials(texts)).find((d) => (d.forward && d.index < i) || (d.backward && d.index > i + length - 1));
        let polarity: 1 | -1 = pole;
        let strength: StanceStrength = 'asserted';
        if (negated) {
          polarity = -polarity as 1 | -1;
          strength = 'negated';
        }
        if (denial?.negated) strength = 'affirmed';
        else if (denial) {
          polarity = -polarity as 1 | -1;
          strength = 'denied';
        }
        const words = sentence.words;
        const from = Math.min(i, denial && !denial.negated && denial.index < i ? denial.index : i);
        const span = clauseAround(ctx.doc.text, sentence, words[from].start, words[i + length - 1].end);
        const key = `${concept.name}:${polarity}:${span.start}`;
        if (seen.has(key)) continue;
        seen.add(key);
        // Who denies it is named for a denial, who holds it for a stance someone takes; other
        // statements are the article's own.
        const subject = strength === 'denied' || concept.held ? agentOf(ctx, sentence, words[from].start) : -1;
        if (concept.held && subject < 0) continue;
        claims.push(makeClaim(ctx, 'stance', span, subject, `${strength}|${object}`, { topic: `stance:${concept.name}`, polarity }));
      }
      i += length - 1;
    }
  }
  return claims;
}

/** What a speaker confirms or denies (CONFIRMING_VERBS, DENYING_VERBS), and what a speaker says
 * is not so ("said the city would not pay …"), as a stance on the statement itself: its object is
 * the statement's content words, stemmed and sorted, so that two articles that report the same
 * statement with opposite polarity disagree ("Anwar confirmed that the government would pay for
 * half of the tunnel" / "Anwar denied that …"). The topic carries the statement's longest word,
 * which keeps the candidates that conflicts.ts pairs up few. */
export function findStatementClaims(ctx: ClaimContext): ClaimRecord[] {
  const claims: ClaimRecord[] = [];
  for (const passage of ctx.passages) {
    const speaker = passage.speakers[0];
    if (passage.kind !== 'indirect' || speaker === undefined || !passage.cue) continue;
    const verb = lowerCase(passage.cue.text);
    const denied = DENYING_VERBS.has(verb);
    const confirmed = CONFIRMING_VERBS.has(verb);
    // Most passages are said, not confirmed or denied, and say nothing is not so: one test of
    // their text passes over them.
    if (!denied && !confirmed && !HAS_NEGATION.test(passage.text)) continue;
    const words = wordsIn(passage.text.toLowerCase());
    const negations = words.filter(isNegation).length;
    if (!denied && !confirmed && negations === 0) continue;
    const content = [...new Set(words.filter((w) => CONTENT_WORD.test(w) && !ANY_FUNCTION_WORD.has(w) && !isNegation(w)).map(stem))].sort();
    if (content.length < STATEMENT_MIN_WORDS) continue;
    const polarity = (denied ? -1 : 1) * (negations % 2 ? -1 : 1) as 1 | -1;
    const strength: StanceStrength = denied ? 'denied' : negations ? 'negated' : 'affirmed';
    const longest = content.reduce((a, b) => (b.length > a.length ? b : a));
    // The verb is part of what the claim shows ("confirmed that …", "… , she denied").
    const span = { start: Math.min(passage.start, passage.cue.start), end: Math.max(passage.end, passage.cue.end) };
    claims.push(makeClaim(ctx, 'stance', span, speaker, `${strength}|${content.join(' ')}`, { topic: `stance:${STATEMENT}:${longest}`, polarity }));
  }
  return claims;
}

/** Whether a lower-case word negates ("not", "tidak", "didn't", "didn’t"). */
const isNegation = (word: string): boolean => NEGATION_WORDS.has(word) || word.endsWith("n't") || word.endsWith('n’t');

/** Whether a text has a negation word (NEGATION_WORDS), in any case. */
const HAS_NEGATION = new RegExp(`(?<![\\p{L}\\p{N}])(?:${[...NEGATION_WORDS].map((w) => w.replace(/'/g, "['’]")).join('|')})(?![\\p{L}\\p{N}])|n['’]t(?![\\p{L}])`, 'iu');

/** A word of three letters or more (at module level: a bundle rebuilds a \p{…} literal on every call). */
const CONTENT_WORD = /^\p{L}{3}/u;

/** The scale of findStatementClaims, and the fewest content words a statement on it has. */
export const STATEMENT = 'statement';
const STATEMENT_MIN_WORDS = 3;

/** Whether two statements are one: nearly all their content words in common. */
export function sameStatement(a: StanceValue, b: StanceValue): boolean {
  const words = new Set(a.object);
  const shared = b.object.filter((w) => words.has(w)).length;
  return shared >= STATEMENT_MIN_WORDS && shared >= 0.75 * Math.max(a.object.length, b.object.length);
}

interface Denial {
  index: number;
  negated: boolean;
  forward: boolean;
  backward: boolean;
}

function findDenials(texts: readonly string[]): Denial[] {
  const denials: Denial[] = [];
  for (let i = 0; i < texts.length; i++) {
    const found = DENIALS.at(texts, i);
    if (!found) continue;
    // "not true" carries its own negation; "did not deny" cancels the denial.
    const ownNegation = NEGATION_WORDS.has(texts[i]);
    denials.push({ index: i, negated: !ownNegation && isNegated(texts, i), ...found[0] });
    i += found[1] - 1;
  }
  return denials;
}

/** Whether the word at i is negated: a negation right before it, or with only auxiliaries
 * between ("will not be going up"), or a negated subject a few words before ("Nobody's bill"). */
function isNegated(texts: readonly string[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 4; k--) {
    const w = bare(texts[k]);
    if (NEGATION_WORDS.has(w) || w.endsWith("n't")) {
      const between = texts.slice(k + 1, i);
      return between.every((b) => NEGATION_GAP_WORDS.has(b)) || (SUBJECT_NEGATIONS.has(w) && between.length <= 3);
    }
  }
  return false;
}

/** What a scale with an `about` list is about in this sentence: the nearest of its words in the
 * sentence with the words written beside it ("household tariffs", "subsidi operasional"), or,
 * when the sentence has none, any of them in the paragraph (bare). Undefined when neither. */
function objectOf(ctx: ClaimContext, sentence: ClaimSentence, i: number, about: readonly string[], paragraph: Set<string>): string | undefined {
  const { texts, words } = sentence;
  const language = ctx.doc.language;
  let best = -1;
  for (let k = 0; k < texts.length; k++) if (about.includes(texts[k]) && (best < 0 || Math.abs(k - i) < Math.abs(best - i))) best = k;
  if (best < 0) {
    const word = about.find((w) => paragraph.has(w));
    return word === undefined ? undefined : `${word}`;
  }
  // The words that say whose or which (English: nouns and adjectives before it; Indonesian: the
  // word after it, as Indonesian puts modifiers after the noun).
  const modifiers = language === 'id'
    ? texts.slice(best + 1, best + 2).filter((w) => /^\p{Ll}+$/u.test(w) && !FUNCTION_WORDS.id.has(w) && !POLES.at([w], 0) && !NEGATION_WORDS.has(w))
    : words.slice(Math.max(0, best - 2), best).filter((w) => /^\p{Ll}+$/u.test(w.raw) && MODIFIER_TAGS.has(posAt(ctx.doc, w.start)) && !POLES.at([w.text], 0)).map((w) => w.text);
  return [texts[best], ...modifiers].join(' ');
}

/** The words of a paragraph and of the full names of the organisations named in it, so that
 * "The WIC has been quieter" is known to be about a conference. */
function wordsOfParagraph(ctx: ClaimContext, paragraph: number): Set<string> {
  const words = new Set<string>();
  for (const sentence of ctx.sentences) {
    // Sentences come in paragraph order.
    if (sentence.paragraph > paragraph) break;
    if (sentence.paragraph !== paragraph) continue;
    for (const w of sentence.texts) words.add(w);
    for (const m of mentionsIn(ctx, sentence.start, sentence.end)) {
      const entity = ctx.entities[ctx.mentions[m].local];
      if (entity?.type === 'organization') for (const w of entity.name.toLowerCase().split(/\s+/)) words.add(w);
    }
  }
  return words;
}

/** Who makes the statement: the first organisation or person named before it in the sentence,
 * or, for a sentence that starts with a pronoun ("Ia juga menyatakan menolak …"), the first one
 * named in the sentence before it in the same paragraph. */
function agentOf(ctx: ClaimContext, sentence: ClaimSentence, before: number): number {
  const first = mentionsIn(ctx, sentence.start, before)[0];
  if (first !== undefined) return ctx.mentions[first].local;
  const previous = ctx.sentences[sentence.index - 1];
  if (!previous || previous.paragraph !== sentence.paragraph || !PRONOUNS.has(sentence.texts[0] ?? '')) return -1;
  const earlier = mentionsIn(ctx, previous.start, previous.end)[0];
  return earlier === undefined ? -1 : ctx.mentions[earlier].local;
}

const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'ia', 'dia', 'beliau', 'mereka']);

/** What a stance is taken on: the content words just after the verb ("menolak rencana Jalan Tol
 * Lintas Kencana" → "rencana jalan tol lintas kencana"). */
function heldObject(sentence: ClaimSentence, from: number): string {
  return sentence.texts.slice(from, from + 6).filter((w) => /^\p{L}/u.test(w) && !ANY_FUNCTION_WORD.has(w)).join(' ');
}

const ANY_FUNCTION_WORD = new Set([...FUNCTION_WORDS.en, ...FUNCTION_WORDS.id]);

// ---- comparing ---------------------------------------------------------------------------------

interface StanceValue {
  strength: StanceStrength;
  object: string[];
}

export function readStance(value: string): StanceValue {
  const [strength, object = ''] = value.split('|');
  return { strength: strength as StanceStrength, object: object.split(' ').filter(Boolean) };
}

const STRENGTH_CONFIDENCE: Record<StanceStrength, number> = { denied: 0.7, affirmed: 0.65, negated: 0.55, asserted: 0.4 };

/** How sure a disagreement between two opposite-pole statements is, or 0 when they are about
 * different things ("membrane prices" vs "water tariffs"). */
/** For a stance someone takes: whether two statements are about the same thing (two words in common). */
export function sameHeldObject(a: StanceValue, b: StanceValue): boolean {
  const words = new Set(a.object.map(stem));
  return new Set(b.object.map(stem).filter((w) => words.has(w))).size >= 2;
}

export function stanceConfidence(a: StanceValue, b: StanceValue): number {
  const [aHead, ...aModifiers] = a.object;
  const [bHead, ...bModifiers] = b.object;
  if (aModifiers.length && bModifiers.length) {
    if (!aModifiers.some((m) => bModifiers.includes(m))) return 0;
  } else if (aModifiers.length + bModifiers.length > 0) {
    // One says whose prices and the other does not. Two plain statements are not tied together
    // by that; nor is a plain statement about something else ("membrane prices" vs "tariffs").
    const described = aModifiers.length ? a : b;
    if (a.strength === 'asserted' && b.strength === 'asserted') return 0;
    if (stem(aHead) !== stem(bHead) && described.strength === 'asserted') return 0;
  }
  return Math.max(STRENGTH_CONFIDENCE[a.strength], STRENGTH_CONFIDENCE[b.strength]);
}
