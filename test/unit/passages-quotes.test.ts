// Quotation marks, read from invented paragraphs: which stretches are quoted, paragraph by paragraph.
import { strict as assert } from 'node:assert';
import { splitParagraphs } from '../../src/core/document';
import { findQuotes } from '../../src/core/quotes';

/** The quoted texts of an article, with whether each is left open or continues the paragraph before. */
function quoted(text: string): Array<[string, boolean, boolean]> {
  return findQuotes(text, splitParagraphs(text)).map((q) => [text.slice(q.start, q.end), q.unclosed, q.continued]);
}

describe('passages: quotation marks', () => {
  it('pairs curly and straight double quotes, keeping the punctuation inside', () => {
    assert.deepEqual(quoted('“We are ready,” she said. He replied: "Not yet."'), [
      ['We are ready,', false, false],
      ['Not yet.', false, false],
    ]);
  });

  it('reads a curly mark by its surroundings when it is typed the wrong way round', () => {
    assert.deepEqual(quoted('”Fear is the word,” ― Ana Lind'), [['Fear is the word,', false, false]]);
  });

  it('leaves apostrophes alone and reads single quotes only when they close', () => {
    assert.deepEqual(quoted("The mayor’s plan, the ’90s, the workers' union and a ‘green corridor’ drive."), [['green corridor', false, false]]);
  });

  it('keeps a quotation within a quotation inside the outer one', () => {
    assert.deepEqual(quoted('"He told me “wait here” and left," she said.'), [['He told me “wait here” and left,', false, false]]);
  });

  it('reads NYT-style double apostrophes as marks', () => {
    assert.deepEqual(quoted("''It is a tax increase,'' said the economist."), [['It is a tax increase,', false, false]]);
  });

  it('reads every paragraph on its own, however far the next mark is', () => {
    assert.deepEqual(quoted('The council met on Monday.\n\nIt sat until late.\n\n“We will vote in May,” the mayor said.'), [
      ['We will vote in May,', false, false],
    ]);
    // A mark cannot pair with one in the next paragraph.
    assert.deepEqual(quoted("It was ''settled.\nThe vote'' came later."), [['settled.', true, false]]);
  });

  it('runs a quote left open to its paragraph end and marks the next paragraph as continuing it', () => {
    assert.deepEqual(quoted('“The first season was hard.\n“The second was worse.”'), [
      ['The first season was hard.', true, false],
      ['The second was worse.', false, true],
    ]);
  });

  it('starts every paragraph afresh after a stray mark', () => {
    assert.deepEqual(quoted('The vote was “close.” Then nothing. “\n“We start tomorrow,” said the chair.'), [
      ['close.', false, false],
      ['We start tomorrow,', false, false],
    ]);
  });
});
