import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import {
  codeProjectMarker, combinedExcludeGlob, corpusPathMatcher, DEFAULT_EXCLUDE, DEFAULT_INCLUDE, expandBraces,
} from '../../src/vscode/corpusRules';

const matches = corpusPathMatcher({ include: DEFAULT_INCLUDE, exclude: DEFAULT_EXCLUDE });

describe('corpus recognition rules', () => {
  it('takes articles anywhere in the folder, whatever their names', () => {
    for (const file of ['000_3d2296f0c717625d.txt', 'guardian.txt', 'outlets/reuters/2021-09-26 summit.txt', 'Notes on the READMEs.txt']) {
      assert.ok(matches(file), file);
    }
  });

  it('leaves out the text files code projects carry, in any case', () => {
    for (const file of ['README.txt', 'readme.txt', 'docs/ReadMe.txt', 'LICENSE.txt', 'LICENSE-MIT.txt', 'CHANGELOG.txt',
      'requirements.txt', 'requirements-dev.txt', 'CMakeLists.txt', 'robots.txt', 'THIRD_PARTY_NOTICES.txt']) {
      assert.ok(!matches(file), file);
    }
  });

  it('leaves out dependency, tool and build folders, and anything that is not .txt', () => {
    for (const file of ['node_modules/pkg/notes.txt', '.git/description.txt', 'dist/article.txt', 'a/venv/lib/x.txt', 'article.md', 'article.txt.bak']) {
      assert.ok(!matches(file), file);
    }
  });

  it('follows a chosen include glob', () => {
    const only = corpusPathMatcher({ include: 'samples/corpus/**/*.txt', exclude: DEFAULT_EXCLUDE });
    assert.ok(only('samples/corpus/a.txt'));
    assert.ok(!only('test/b.txt'));
  });

  it('recognises a code project by a manifest at its root', () => {
    assert.strictEqual(codeProjectMarker(['README.txt', 'index.js', 'package.json']), 'package.json');
    assert.strictEqual(codeProjectMarker(['App.sln', 'x.txt']), 'App.sln');
    assert.strictEqual(codeProjectMarker(['001.txt', '002.txt', 'notes']), undefined);
  });

  it('gives findFiles one exclude glob without nested braces', () => {
    assert.deepStrictEqual(expandBraces('a/{b,c}{,.x}'), ['a/b', 'a/b.x', 'a/c', 'a/c.x']);
    const glob = combinedExcludeGlob(DEFAULT_EXCLUDE)!;
    assert.ok(glob.startsWith('{') && glob.endsWith('}'));
    assert.ok(!glob.slice(1, -1).includes('{'), 'no nested braces');
    assert.ok(glob.includes('**/node_modules/**') && glob.includes('**/readme.txt'));
    assert.strictEqual(combinedExcludeGlob([]), undefined);
  });

  it('declares the same defaults in package.json', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, '../../package.json'), 'utf8'));
    const settings = Object.assign({}, ...pkg.contributes.configuration.map((section: { properties: object }) => section.properties));
    assert.strictEqual(settings['corpusLens.files.include'].default, DEFAULT_INCLUDE);
    assert.deepStrictEqual(settings['corpusLens.files.exclude'].default, DEFAULT_EXCLUDE);
  });
});
