// Name claims: the full name each article gives an organisation, in English word order (an
// Indonesian "Badan Air Nasional" reads "air nasional agency"). Names that agree on every
// distinctive word but call the body something else ("National Water Agency" / "National Water
// Authority"; "China Cyber Security Authority" / "Cybersecurity Administration of China") name
// one body differently. Names that agree on the distinctive words also identify the same subject
// for the other claims, across a translation ("KTT Air Blue Delta" = "Blue Delta Water Summit").
import { BODY_WORDS, FUNCTION_WORDS, ID_BODY_WORDS, LEGAL_FORMS } from '../lexicon';
import type { ClaimRecord, Language, MentionRecord } from '../model';
import type { ClaimContext } from './context';
import { makeClaim } from './context';
import { joinIndonesianPhrases, senses } from './words';

const nameWords = (name: string): string[] =>
  name.toLowerCase().replace(/['’]s\b/g, '').split(/[^\p{L}\p{N}&-]+/u).filter(Boolean);

/** One claim per organisation named in the file, and per person named by two words or more: the
 * longest name, where it is first written (a person's name spelled two ways across articles,
 * "Jonas Feld" / "Jonas Feldt", is a name conflict too). */
export function findNameClaims(ctx: ClaimContext): ClaimRecord[] {
  const claims: ClaimRecord[] = [];
  // Each entity's first mention, and its first mention written as its name, found in one pass.
  const first = new Map<number, MentionRecord>();
  const asNamed = new Map<number, MentionRecord>();
  for (const m of ctx.mentions) {
    if (!first.has(m.local)) first.set(m.local, m);
    if (!asNamed.has(m.local) && m.text === ctx.entities[m.local]?.name) asNamed.set(m.local, m);
  }
  ctx.entities.forEach((entity, local) => {
    const words = nameWords(entity.name);
    if (entity.type !== 'organization' && words.length < 2) return;
    const mention = asNamed.get(local) ?? first.get(local);
    if (!mention) return;
    const person = entity.type !== 'organization';
    const value = (person ? words : englishOrder(words, ctx.doc.language)).join(' ');
    if (value) claims.push(makeClaim(ctx, 'name', mention, local, value, { topic: person ? PERSON_NAME : ctx.doc.language }));
  });
  return claims;
}

/** An Indonesian name starts with what the body is ("Badan", "Komisi", "KTT"): put that last,
 * as English does, so both read alike. Names in other forms are kept as written. */
function englishOrder(words: string[], language: Language): string[] {
  if (language !== 'id' || words.length < 2) return words;
  const body = ID_BODY_WORDS.get(words[0]);
  if (!body) return words;
  return [...joinIndonesianPhrases(words.slice(1)), body];
}

/** The topic of a person's name claim (an organisation's is the article's language). */
export const PERSON_NAME = 'person';

export interface NameShape {
  /** A person's name: compared only with people's, and misspelt only in the surname. */
  person: boolean;
  /** What the name says the body is ("agency", "authority"). */
  bodies: Set<string>;
  /** Every other significant word, as sets of English stems (one set a word). */
  distinctive: Set<string>[];
  /** Those words as written (lower case), in the same order. */
  words: string[];
}

/** Splits a name into what the body is and what distinguishes it. `joinable` holds single words
 * known in the corpus, so that "cyber security" and "cybersecurity" compare equal. */
export function nameShape(value: string, language: Language, joinable: ReadonlySet<string>, person = false): NameShape {
  const words = value.split(' ');
  const bodies = new Set<string>();
  const rest: string[] = [];
  const functionWords = language === 'id' ? FUNCTION_WORDS.id : FUNCTION_WORDS.en;
  for (const w of words) {
    if (BODY_WORDS.has(w)) bodies.add(w);
    else if (!LEGAL_FORMS.has(w) && !functionWords.has(w)) rest.push(w);
  }
  const joined: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    if (i + 1 < rest.length && joinable.has(rest[i] + rest[i + 1])) {
      joined.push(rest[i] + rest[i + 1]);
      i++;
    } else {
      joined.push(rest[i]);
    }
  }
  return { person, bodies, distinctive: joined.map((w) => new Set([w, ...senses(w, language)])), words: joined };
}

/** Whether two names agree word for word on what distinguishes them (in any order), or all but
 * one word that one of them misspells ("Calder Ports" and "Kalder Ports"). */
export function sameDistinctive(a: NameShape, b: NameShape): boolean {
  if (a.person !== b.person || a.distinctive.length !== b.distinctive.length || a.distinctive.length === 0) return false;
  const covered = (xs: Set<string>[], ys: Set<string>[]): boolean => xs.every((x) => ys.some((y) => [...x].some((s) => y.has(s))));
  return covered(a.distinctive, b.distinctive) && covered(b.distinctive, a.distinctive) || misspelling(a, b) !== undefined;
}

/** Why two names for one body differ, when they do: different body words on both sides, or one
 * distinctive word spelled two ways. */
export function nameDifference(a: NameShape, b: NameShape): string | undefined {
  const spelled = misspelling(a, b);
  if (spelled) return `spelled “${spelled[0]}” in one article and “${spelled[1]}” in the other`;
  if (a.bodies.size === 0 || b.bodies.size === 0 || a.distinctive.length < 2) return undefined;
  if ([...a.bodies].some((x) => b.bodies.has(x))) return undefined;
  return `called ${[...a.bodies].join(' ')} in one article and ${[...b.bodies].join(' ')} in the other`;
}

/** The one pair of words two names of two distinctive words or more differ by, word for word and
 * in order, when the two are one letter apart (not a plural), five letters long or more, and for
 * a person four and the surname ("Feld" / "Feldt"; "Ivana" and "Ivanka Trump" are two people);
 * otherwise undefined. */
function misspelling(a: NameShape, b: NameShape): [string, string] | undefined {
  if (a.words.length !== b.words.length || a.words.length < 2) return undefined;
  const shortest = a.person ? 4 : 5;
  let pair: [string, string] | undefined;
  for (let i = 0; i < a.words.length; i++) {
    const [x, y] = [a.words[i], b.words[i]];
    if (x === y) continue;
    if (a.person && i !== a.words.length - 1) return undefined;
    if (pair || Math.min(x.length, y.length) < shortest || x + 's' === y || y + 's' === x || !oneLetterApart(x, y)) return undefined;
    pair = [x, y];
  }
  return pair;
}

/** Whether one letter changed, added or dropped turns one word into the other. */
function oneLetterApart(x: string, y: string): boolean {
  if (Math.abs(x.length - y.length) > 1) return false;
  let i = 0;
  while (i < x.length && x[i] === y[i]) i++;
  if (x.length === y.length) return x.slice(i + 1) === y.slice(i + 1);
  return x.length > y.length ? x.slice(i + 1) === y.slice(i) : x.slice(i) === y.slice(i + 1);
}
