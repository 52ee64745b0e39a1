// The per-file analysis depends on the file's text alone: whatever was analysed before it (the
// analysis reuses its working arrays from one document to the next, see src/core/scratch.ts).
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeFile, analyzeFiles } from '../../src/core/analyzeFile';
import { splitParagraphs } from '../../src/core/document';

const fixture = (set: string, file: string): string => readFileSync(join(__dirname, '..', 'fixtures', set, file), 'utf8');

describe('analyzeFile', () => {
  it('gives a file the same analysis after longer, shorter and other-language files', () => {
    const article = fixture('court-ruling', '01_coastline-herald.txt');
    const first = JSON.stringify(analyzeFile('a.txt', article));
    analyzeFile('b.txt', fixture('indonesian', '01_warta-sagara.txt'));
    analyzeFile('c.txt', `${article}\n${fixture('interview-feature', '01_weekend-feature.txt')}`);
    analyzeFile('d.txt', 'Ravel Ostrander said “yes.”');
    const again = JSON.stringify(analyzeFile('a.txt', article));
    assert.ok(JSON.parse(first).passages.length > 0, 'the fixture has passages to compare');
    assert.equal(again, first);
  });
});

describe('analyzeFiles', () => {
  it('gives each file of a batch the analysis it has alone (each stage runs over the whole batch)', () => {
    const files = [
      ['court-ruling', '01_coastline-herald.txt'], ['indonesian', '01_warta-sagara.txt'],
      ['interview-feature', '01_weekend-feature.txt'], ['court-ruling', '01_coastline-herald.txt'],
    ].map(([set, file], i) => ({ file: `${i}.txt`, text: fixture(set, file) }));
    const batch = analyzeFiles(files);
    assert.equal(batch.length, files.length);
    files.forEach(({ file, text }, i) => assert.equal(JSON.stringify(batch[i]), JSON.stringify(analyzeFile(file, text))));
    assert.ok(batch.every((analysis) => analysis.passages.length > 0), 'every fixture has passages to compare');
  });
});

describe('splitParagraphs', () => {
  it('trims each line as String.prototype.trim does, no-break and em spaces included', () => {
    const text = '\u00a0 Indented line\u2003\r\n\t\n Second\u3000line  \nlast';
    assert.deepEqual(splitParagraphs(text).map((p) => text.slice(p.start, p.end)), ['Indented line', 'Second\u3000line', 'last']);
  });
});
