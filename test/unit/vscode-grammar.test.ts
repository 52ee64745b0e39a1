// The corpus TextMate grammar, tokenised by the same engine VS Code uses (vscode-textmate with
// the Oniguruma regex library), on sentences written for this test.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { INITIAL, parseRawGrammar, Registry, type IGrammar } from 'vscode-textmate';
import { createOnigScanner, createOnigString, loadWASM } from 'vscode-oniguruma';

const ROOT = path.join(__dirname, '../..');
let grammar: IGrammar;

/** The text of each token whose scopes include `scope`. */
function tokensWith(line: string, scope: string): string[] {
  const { tokens } = grammar.tokenizeLine(line, INITIAL);
  const found: string[] = [];
  for (const t of tokens) if (t.scopes.some((s) => s.startsWith(scope))) found.push(line.slice(t.startIndex, t.endIndex));
  return found;
}
const joined = (line: string, scope: string): string => tokensWith(line, scope).join('');

describe('corpus grammar', () => {
  before(async () => {
    const wasm = fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
    await loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer);
    const registry = new Registry({
      onigLib: Promise.resolve({ createOnigScanner, createOnigString }),
      loadGrammar: async () => parseRawGrammar(fs.readFileSync(path.join(ROOT, 'syntaxes/corpus.tmLanguage.json'), 'utf8'), 'corpus.tmLanguage.json'),
    });
    grammar = (await registry.loadGrammar('text.corpus'))!;
  });

  it('marks quotations, curly and straight, up to the end of the line when unclosed', () => {
    assert.strictEqual(joined('The mayor said: “We will reopen it in May.” Then she left.', 'string.quoted'), '“We will reopen it in May.”');
    assert.strictEqual(joined('Traders say the closure "cuts us off" from town.', 'string.quoted'), '"cuts us off"');
    assert.strictEqual(joined('He began: “This is not over', 'string.quoted'), '“This is not over');
  });

  it('marks English and Indonesian reporting verbs, not look-alikes', () => {
    assert.deepStrictEqual(tokensWith('Solvang said the bridge was safe, according to the council.', 'keyword.other.reporting-verb'), ['said', 'according to']);
    assert.deepStrictEqual(tokensWith('“Jembatan itu aman,” kata Solvang. Menurut dewan, perbaikan mahal, ujarnya.', 'keyword.other.reporting-verb'), ['kata', 'Menurut', 'ujarnya']);
    assert.deepStrictEqual(tokensWith('Satu kata saja; the sayings of a saint.', 'keyword.other.reporting-verb'), ['kata']);
    assert.deepStrictEqual(tokensWith('A warning was posted.', 'keyword.other.reporting-verb'), []);
  });

  it('marks money, percentages, figures and dates', () => {
    const line = 'On 14 March 2024 the council released £3.8 million, up 12% from 2,400 pounds, and Rp 5 miliar on Tuesday.';
    assert.deepStrictEqual(tokensWith(line, 'constant.other.date'), ['14 March 2024', 'Tuesday']);
    assert.deepStrictEqual(tokensWith(line, 'constant.numeric.money'), ['£3.8 million', '2,400 pounds', 'Rp 5 miliar']);
    assert.deepStrictEqual(tokensWith(line, 'constant.numeric.percentage'), ['12%']);
    assert.deepStrictEqual(tokensWith('It took 19 votes to 4, said the clerk on September 26-28, 2021.', 'constant.numeric.corpus'), ['19', '4']);
    assert.deepStrictEqual(tokensWith('Rapat pada 26 Agustus 2021 menyetujui US$1 trillion.', 'constant.other.date'), ['26 Agustus 2021']);
  });
});
