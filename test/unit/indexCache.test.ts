import { strict as assert } from 'node:assert';
import * as v8 from 'node:v8';
import { analyzeFile, ANALYZER_VERSION } from '../../src/core/analyzeFile';
import {
  contentHash, INDEX_CACHE_SCHEMA, indexCacheChunks, packAnalysis, readIndexCache, readIndexCacheInSlices,
  unpackAnalysis, writeIndexCache, writeIndexCacheInSlices,
} from '../../src/core/indexCache';

const FIRST = 'Harbour master Jonas Brandt said the ferry would run again in May.\n“We are ready,” Brandt said.';
const SECOND = 'Saltmarsh Port Authority said the ferry would not run before June.';

/** The index as its bytes: what is read back from disk. */
const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

function written(): string {
  return writeIndexCache([FIRST, SECOND].map((text, i) => ({ hash: contentHash(text), analysis: analyzeFile(`${i}.txt`, text) })));
}

describe('index cache', () => {
  it('gives back each analysis for the same text, and nothing for changed text', () => {
    const read = readIndexCache(bytes(written()));
    assert.ok(read.ok);
    // Analyses are plain JSON data: properties left undefined are not stored.
    assert.deepEqual(read.cache.reuse('0.txt', contentHash(FIRST)), JSON.parse(JSON.stringify(analyzeFile('0.txt', FIRST))));
    assert.equal(read.cache.reuse('0.txt', contentHash(FIRST + ' Edited.')), undefined);
  });

  it('reuses the analysis of a renamed file under its new name', () => {
    const read = readIndexCache(bytes(written()));
    assert.ok(read.ok);
    const renamed = read.cache.reuse('moved/1.txt', contentHash(SECOND));
    assert.equal(renamed?.file, 'moved/1.txt');
    assert.equal(read.cache.reuse('1.txt', contentHash(SECOND))?.file, '1.txt', 'the cached entry is not changed');
  });

  it('knows what each file had, to show it while the file is checked', () => {
    const read = readIndexCache(bytes(written()));
    assert.ok(read.ok);
    assert.equal(read.cache.entry('1.txt')?.hash, contentHash(SECOND));
    assert.equal(read.cache.entry('1.txt')?.analysis.localEntities[0]?.name, 'Saltmarsh Port Authority');
    assert.equal(read.cache.entry('missing.txt'), undefined);
  });

  it('writes back what it read unchanged, whether or not the analyses were used', () => {
    const data = written();
    const read = readIndexCache(bytes(data));
    assert.ok(read.ok);
    const entries = ['0.txt', '1.txt'].map((file) => read.cache.entry(file)!);
    void entries[0].analysis.passages.length; // parses one entry's lazy part
    assert.equal(writeIndexCache(entries), data);
  });

  it('packs an analysis into one line and unpacks it, parsing the rest only when it is read', () => {
    const analysis = analyzeFile('0.txt', FIRST);
    const unpacked = unpackAnalysis(packAnalysis(analysis))!;
    assert.equal(typeof Object.getOwnPropertyDescriptor(unpacked, 'mentions')?.get, 'function', 'not parsed yet');
    assert.equal(unpacked.localEntities[0].name, 'Jonas Brandt');
    assert.deepEqual(unpacked, JSON.parse(JSON.stringify(analysis)));
    assert.equal(Object.getOwnPropertyDescriptor(unpacked, 'mentions')?.get, undefined, 'parsed once read');
    assert.equal(packAnalysis(unpacked), packAnalysis(analysis));
    assert.equal(unpackAnalysis('not a packed analysis'), undefined);
  });

  it('packs at one byte a character, even from an article with curly quotes', () => {
    // FIRST's quotes are beyond Latin-1, so V8 holds its text, and strings built from slices of
    // it, at two bytes a character. V8's serializer tags a string by how it is held, after its
    // two-byte header and any padding (zero bytes): '"' one byte a character, 'c' two.
    const heldAs = (text: string): string => String.fromCharCode(v8.serialize(text).subarray(2).find((byte) => byte !== 0) ?? 0);
    assert.equal(heldAs(FIRST), 'c');
    assert.equal(heldAs(packAnalysis(analyzeFile('0.txt', FIRST))), '"');
  });

  it('refuses a cache from another analyser version as stale', () => {
    const data = written().replace(`"analyzer":${ANALYZER_VERSION}`, `"analyzer":${ANALYZER_VERSION + 1}`);
    const read = readIndexCache(bytes(data));
    assert.ok(!read.ok);
    assert.match(read.reason, /^stale: .*analyser version/);
  });

  it('refuses a cache from another build of the analyser as stale', () => {
    const read = readIndexCache(bytes(written().replace('"build":"source"', '"build":"0123456789abcdef"')));
    assert.ok(!read.ok);
    assert.match(read.reason, /^stale: .*build/);
  });

  it('detects damage anywhere: a changed character, a cut, garbage, an empty file', () => {
    const data = written();
    const at = data.indexOf('Brandt', data.indexOf('\n'));
    const damaged = [
      data.slice(0, at) + 'Brendt' + data.slice(at + 6),
      data.slice(0, data.length - 20),
      'not an index at all',
      '',
      '{"format":"corpus-lens-index"}\n[]',
      data.replace(/"files":\d+/, '"files":7'),
    ];
    for (const bad of damaged) {
      const read = readIndexCache(bytes(bad));
      assert.ok(!read.ok, JSON.stringify(bad.slice(0, 40)));
      assert.match(read.reason, /^(corrupt|stale):/);
    }
  });

  it('reads in slices what it wrote in slices', async () => {
    const entries = [FIRST, SECOND].map((text, i) => ({ hash: contentHash(text), analysis: analyzeFile(`${i}.txt`, text) }));
    const data = await writeIndexCacheInSlices(entries);
    assert.equal(new TextDecoder().decode(data), writeIndexCache(entries));
    assert.equal([...indexCacheChunks(entries)].join(''), writeIndexCache(entries));
    const read = await readIndexCacheInSlices(data);
    assert.ok(read.ok);
    assert.equal(read.cache.size, 2);
  });

  it('checks the content even when the checksum matches', () => {
    const body = `nothex\t{}\n`;
    const header = JSON.stringify({ format: 'corpus-lens-index', schema: INDEX_CACHE_SCHEMA, analyzer: ANALYZER_VERSION, build: 'source' });
    const trailer = JSON.stringify({ files: 1, checksum: contentHash(body) });
    const read = readIndexCache(bytes(`${header}\n${body}${trailer}`));
    assert.ok(!read.ok);
    assert.equal(read.reason, 'corrupt: unexpected content');
  });
});
