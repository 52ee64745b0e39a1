import * as assert from 'assert';
import type { CorpusAnalysis, Entity, Passage } from '../../src/core/model';
import { CorpusLookup } from '../../src/vscode/corpusLookup';
import { escapeMarkdown, oneLine, plural } from '../../src/vscode/format';
import { HOVER_COMMANDS, renderHoverCard } from '../../src/vscode/hoverCard';

// An invented corpus: a mayor quoted in two articles, a council, and a passage without speaker.
const mayor: Entity = {
  id: 'e1', type: 'person', name: 'Ingrid Solvang', aliases: ['Solvang'],
  mentions: [{ file: 'a.txt', start: 10, end: 24 }, { file: 'a.txt', start: 80, end: 87 }, { file: 'b.txt', start: 5, end: 19 }],
  roles: [{ file: 'a.txt', start: 4, end: 9, text: 'Mayor' }, { file: 'b.txt', start: 0, end: 5, text: 'mayor' }, { file: 'b.txt', start: 30, end: 40, text: 'council leader' }],
};
const council: Entity = { id: 'e2', type: 'organization', name: 'Hallowmere Borough Council', aliases: [], mentions: [{ file: 'b.txt', start: 50, end: 76 }], roles: [] };
const passage = (id: string, file: string, start: number, text: string, speaker: string | null): Passage =>
  ({ id, file, start, end: start + text.length, kind: 'direct', speaker, text });
const analysis: CorpusAnalysis = {
  version: 1, files: ['a.txt', 'b.txt'], entities: [mayor, council], conflicts: [], issues: [],
  passages: [
    passage('p1', 'a.txt', 30, 'Nobody drives over that bridge until we know it is safe.', 'e1'),
    passage('p2', 'a.txt', 100, 'It is the cheapest option we have.', 'e1'),
    passage('p3', 'b.txt', 90, 'We [clicked](command:workbench.action.quit) *here*.', 'e1'),
    passage('p4', 'b.txt', 200, 'Nobody told us anything.', null),
  ],
};
const lookup = new CorpusLookup(analysis);

describe('corpus lookup', () => {
  it('finds the entity named at an offset, including just after the name', () => {
    assert.strictEqual(lookup.mentionAt('a.txt', 10)?.entity.name, 'Ingrid Solvang');
    assert.strictEqual(lookup.mentionAt('a.txt', 87)?.entity.name, 'Ingrid Solvang');
    assert.strictEqual(lookup.mentionAt('b.txt', 60)?.entity.name, 'Hallowmere Borough Council');
    assert.strictEqual(lookup.mentionAt('a.txt', 50), undefined);
    assert.strictEqual(lookup.mentionAt('c.txt', 10), undefined);
  });

  it('lists passages by speaker and by position', () => {
    assert.deepStrictEqual(lookup.passagesOf('e1').map((p) => p.id), ['p1', 'p2', 'p3']);
    assert.deepStrictEqual(lookup.passagesOf(null).map((p) => p.id), ['p4']);
    assert.deepStrictEqual(lookup.passagesAt('a.txt', 40).map((p) => p.id), ['p1']);
    assert.deepStrictEqual(lookup.passagesAt('a.txt', 95), []);
    const speakers = lookup.speakers().map((s) => [s.entity?.name ?? null, s.passages.length, s.files]);
    assert.deepStrictEqual(speakers, [['Ingrid Solvang', 3, 2], [null, 1, 1]]);
  });
});

describe('hover card', () => {
  const card = renderHoverCard(mayor, { file: 'a.txt', start: 10, end: 24 }, lookup, { maxPassages: 2 });

  it('shows name, kind, roles with their files, aliases and counts', () => {
    assert.match(card, /^\*\*Ingrid Solvang\*\* · person/);
    assert.match(card, /\*Roles:\* Mayor \(a\\\.txt, b\\\.txt\) · council leader \(b\\\.txt\)/);
    assert.match(card, /\*Also:\* Solvang/);
    assert.match(card, /3 mentions in 2 files · 3 passages in 2 files/);
  });

  it('quotes the first passages and counts the rest', () => {
    assert.match(card, /Nobody drives over that bridge/);
    assert.match(card, /cheapest option/);
    assert.doesNotMatch(card, /clicked/);
    assert.match(card, /\\\+1 more/);
  });

  it('links only to its own commands, with the hovered mention as argument', () => {
    const links = [...card.matchAll(/\]\(command:([\w.]+)\?([^ )]+)/g)];
    assert.deepStrictEqual(links.map((l) => l[1]), HOVER_COMMANDS);
    for (const link of links) assert.deepStrictEqual(JSON.parse(decodeURIComponent(link[2])), ['a.txt', 10]);
  });

  it('escapes article text so it cannot become a link or formatting', () => {
    const all = renderHoverCard(mayor, { file: 'a.txt', start: 10, end: 24 }, lookup, { maxPassages: 5 });
    assert.ok(all.includes('We \\[clicked\\]\\(command\\:workbench\\.action\\.quit\\) \\*here\\*\\.'), all);
    assert.strictEqual([...all.matchAll(/\]\(command:/g)].length, HOVER_COMMANDS.length);
  });

  it('leaves out "Show in Speakers" for someone who said nothing', () => {
    const orgCard = renderHoverCard(council, council.mentions[0], lookup, { maxPassages: 3 });
    assert.match(orgCard, /· organisation/);
    assert.doesNotMatch(orgCard, /Show in Speakers/);
    assert.match(orgCard, /0 passages in 0 files/);
  });
});

describe('format helpers', () => {
  it('counts, flattens and escapes', () => {
    assert.strictEqual(plural(1, 'passage'), '1 passage');
    assert.strictEqual(plural(12000, 'file'), '12,000 files');
    assert.strictEqual(plural(2, 'person', 'people'), '2 people');
    assert.strictEqual(oneLine('a\n  b  c', 20), 'a b c');
    assert.strictEqual(oneLine('abcdefghij', 6), 'abcde…');
    assert.strictEqual(escapeMarkdown('<b>[x](y)</b>'), '\\<b\\>\\[x\\]\\(y\\)\\</b\\>');
  });
});
