import { strict as assert } from 'node:assert';
import { readDocument } from '../../src/core/document';
import type { TaggerModel } from '../../src/core/nlp';

describe('readDocument', () => {
  it('gives every token its exact UTF-16 offsets, across CRLF, curly quotes and emoji', () => {
    const text = 'Headline 📰 here\r\nThe mayor’s office said “yes,” she can’t wait.\r\n\r\nNext paragraph.';
    const doc = readDocument('a.txt', text);
    for (const token of doc.tokens) assert.equal(text.slice(token.start, token.end), token.text);
    assert.ok(doc.tokens.some((t) => t.text === '“'));
  });

  it('ends a sentence at every line break, so a headline does not run into the first paragraph', () => {
    const text = 'Water summit opens in Tidewater\nThe regional summit opened on Tuesday. It runs for two days.\nA last line';
    const sentences = readDocument('a.txt', text).sentences.map((s) => text.slice(s.start, s.end));
    assert.deepEqual(sentences, ['Water summit opens in Tidewater', 'The regional summit opened on Tuesday.', 'It runs for two days.', 'A last line']);
  });

  it('numbers paragraphs by line', () => {
    const text = 'First line.\n\nSecond line. Still second.\nThird.';
    const doc = readDocument('a.txt', text);
    assert.deepEqual(doc.sentences.map((s) => s.paragraph), [0, 1, 1, 2]);
  });

  it('detects English and Indonesian, and leaves other languages as other', () => {
    assert.equal(readDocument('en.txt', 'The minister said that the plan was ready and that it would be funded by the state.').language, 'en');
    assert.equal(readDocument('id.txt', 'Menteri mengatakan bahwa rencana itu sudah siap dan akan didanai oleh negara untuk tahun ini.').language, 'id');
    assert.equal(readDocument('de.txt', 'Der Minister sagte, dass der Plan fertig sei und vom Staat bezahlt werde.').language, 'other');
  });

  it('splits a possessive off a name whatever wink has read before, so tokens depend on the text alone', () => {
    const tokensOf = (text: string): string[] => readDocument('a.txt', text).tokens.map((t) => t.text);
    const text = 'The Quarnwell’s plan was approved. Quarnwell’s board met.';
    const first = tokensOf(text);
    assert.deepEqual(first.slice(0, 3), ['The', 'Quarnwell', '’s']);
    readDocument('b.txt', '“Quarnwell’s” and (Quarnwell’s) and Quarnwell’s.'); // wink now knows "Quarnwell’s" whole
    assert.deepEqual(tokensOf(text), first);
  });
  it('tags words by their context, not only by the lexicon ("reports" after "she" is a verb)', () => {
    const tagOf = (text: string, word: string): string | undefined => readDocument('a.txt', text).tokens.find((t) => t.text === word)?.pos;
    assert.equal(tagOf('She reports that the plan works.', 'reports'), 'VERB');
    assert.equal(tagOf('Pence plans to release his returns soon.', 'release'), 'VERB');
    assert.equal(tagOf('The reports were late.', 'reports'), 'NOUN');
  });

  it('finds the two tagging passes nlp.ts keeps the first of (a new model must be checked again)', () => {
    const model = require('wink-eng-lite-web-model') as { pos: () => TaggerModel };
    assert.equal(model.pos().machines.length, 2);
  });
});
