import { strict as assert } from 'node:assert';
import { decodeArticle } from '../../src/core/decode';

const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('decodeArticle', () => {
  it('removes a byte-order mark and keeps CRLF, so offsets match the editor', () => {
    const result = decodeArticle('a.txt', new Uint8Array([0xef, 0xbb, 0xbf, ...bytes('Hi\r\nthere')]));
    assert.ok(result.ok);
    assert.equal(result.text, 'Hi\r\nthere');
  });

  it('refuses binary content with a message naming the file', () => {
    const result = decodeArticle('photo.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]));
    assert.ok(!result.ok);
    assert.equal(result.issue.file, 'photo.txt');
    assert.match(result.issue.message, /binary/);
  });

  it('reads invalid UTF-8 with replacement characters and says how many', () => {
    const result = decodeArticle('latin1.txt', new Uint8Array([...bytes('caf'), 0xe9, ...bytes(' ok')]));
    assert.ok(result.ok);
    assert.equal(result.text, 'caf\uFFFD ok');
    assert.match(result.issues[0].message, /1 byte sequence/);
  });

  it('skips a file over the size limit', () => {
    const result = decodeArticle('huge.txt', new Uint8Array(2048), 1024);
    assert.ok(!result.ok);
    assert.match(result.issue.message, /limit/);
  });

  it('accepts an empty file as an empty article', () => {
    const result = decodeArticle('empty.txt', new Uint8Array());
    assert.ok(result.ok);
    assert.equal(result.text, '');
  });
});
