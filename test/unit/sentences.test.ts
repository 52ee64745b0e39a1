import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import winkNLP from 'wink-nlp';
import type WinkModel from 'wink-eng-lite-web-model';
import { readDocument } from '../../src/core/document';

const sentencesOf = (text: string): string[] => readDocument('a.txt', text).sentences.map((s) => text.slice(s.start, s.end));

describe('sentence boundaries', () => {
  it('keeps closing quotes and brackets with the sentence they close', () => {
    assert.deepEqual(sentencesOf('“We are ready.” The port opens on Monday (the first time since May.) Crews agree.'),
      ['“We are ready.”', 'The port opens on Monday (the first time since May.)', 'Crews agree.']);
  });

  it('reads a straight quote against the full stop as closing, and one after a space as opening', () => {
    assert.deepEqual(sentencesOf('She said "it is done." Then she left. "Next year," he said.'),
      ['She said "it is done."', 'Then she left.', '"Next year," he said.']);
  });

  it('ends at question and exclamation marks, runs of them included', () => {
    assert.deepEqual(sentencesOf('Is the bridge safe?! Nobody knows! Tests start soon.'),
      ['Is the bridge safe?!', 'Nobody knows!', 'Tests start soon.']);
  });

  it('runs on past an honorific, an initial, an ellipsis and a state abbreviation in a list', () => {
    assert.deepEqual(sentencesOf('Mr. Hallow met Dr. J. Verity in Salem... They spoke with Sen. Orla Vance, D-Ore., on Friday.'),
      ['Mr. Hallow met Dr. J. Verity in Salem... They spoke with Sen. Orla Vance, D-Ore., on Friday.']);
  });

  it('runs on past "Rev." and "Msgr.", which wink splits from their full stop', () => {
    assert.deepEqual(sentencesOf('They thanked the Rev. Amos Kettering and Msgr. Ivo Pell. The hall emptied.'),
      ['They thanked the Rev. Amos Kettering and Msgr. Ivo Pell.', 'The hall emptied.']);
  });

  it('ends after an abbreviation when a sentence opener follows, not when a name does', () => {
    assert.deepEqual(sentencesOf('The deal went to Brackwater Ltd. The board approved it. Troops of the U.S. Army stayed.'),
      ['The deal went to Brackwater Ltd.', 'The board approved it.', 'Troops of the U.S. Army stayed.']);
  });
});

describe('sentence boundaries against wink-nlp’s own detector', () => {
  // sentences.ts replaces wink's `sbd` annotation: on the project's own articles both must give
  // the same sentences (wink's cut at line breaks, as readDocument cuts).
  const repo = join(__dirname, '..', '..');
  const folders = ['samples/corpus', ...readdirSync(join(repo, 'test/fixtures'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory()).map((entry) => `test/fixtures/${entry.name}`)];
  const wink = winkNLP(require('wink-eng-lite-web-model') as typeof WinkModel, ['sbd']);

  /** Where wink's sentences end, as offsets in the text, with every line break an end too. */
  function winkEnds(text: string): number[] {
    const doc = wink.readDoc(text);
    const values = doc.tokens().out(wink.its.value) as string[];
    const ends = new Set<number>();
    let cursor = 0;
    const tokenEnds = values.map((value) => (cursor = text.indexOf(value, cursor) + value.length));
    for (const [, last] of doc.sentences().out(wink.its.span) as unknown as Array<[number, number]>) ends.add(tokenEnds[last]);
    for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) ends.add(at);
    ends.add(text.length);
    return [...ends].map((end) => text.slice(0, end).trimEnd().length).filter((end, i, all) => end > 0 && all.indexOf(end) === i).sort((a, b) => a - b);
  }

  for (const folder of folders) {
    it(`agrees on ${folder}`, () => {
      for (const file of readdirSync(join(repo, folder)).filter((name) => name.endsWith('.txt'))) {
        const text = readFileSync(join(repo, folder, file), 'utf8');
        const ours = readDocument(file, text).sentences.map((s) => s.end);
        assert.deepEqual(ours, winkEnds(text), file);
      }
    });
  }
});
