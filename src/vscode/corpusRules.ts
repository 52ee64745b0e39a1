// How a workspace folder is recognised as a corpus of articles, and which of its files belong to
// it. Pure (no `vscode` import) so the rules are unit-tested; src/vscode/corpusScope.ts applies
// them to the workspace. The same defaults are declared in package.json (corpusLens.files.*).
import picomatch from 'picomatch';

export const DEFAULT_INCLUDE = '**/*.txt';

/** Folders that hold tooling, dependencies or build output, and the plain-text files that code
 * projects carry (READMEs, licences, dependency lists). Matched case-insensitively. */
export const DEFAULT_EXCLUDE: readonly string[] = [
  '**/{node_modules,bower_components,vendor,.git,.hg,.svn,.vscode,.idea,dist,out,build,target,.venv,venv,__pycache__,.tox,site-packages}/**',
  '**/{readme,license,licence,copying,notice,notices,authors,contributors,contributing,changelog,changes,history,news,install,todo,version,third_party_notices,thirdpartynotices}{,[-_.]*}.txt',
  '**/{requirements,constraints}{,[-_.]*}.txt',
  '**/{cmakelists,robots,llms}.txt',
];

/** Files at a folder's root that mark it as a code project rather than a folder of articles. */
const CODE_PROJECT_MARKERS = new Set([
  'package.json', 'pyproject.toml', 'setup.py', 'setup.cfg', 'pipfile', 'requirements.txt', 'cargo.toml',
  'go.mod', 'pom.xml', 'build.gradle', 'build.gradle.kts', 'gemfile', 'composer.json', 'cmakelists.txt',
  'makefile', 'mix.exs', 'deno.json', 'tsconfig.json', 'pubspec.yaml', 'package.swift',
]);
const CODE_PROJECT_EXTENSIONS = /\.(sln|csproj|fsproj|vcxproj|xcodeproj|cabal)$/i;

/** The root entry that makes a folder a code project, if any (file names as listed in the folder). */
export function codeProjectMarker(rootFileNames: Iterable<string>): string | undefined {
  for (const name of rootFileNames) {
    if (CODE_PROJECT_MARKERS.has(name.toLowerCase()) || CODE_PROJECT_EXTENSIONS.test(name)) return name;
  }
  return undefined;
}

export interface CorpusFilter {
  include: string;
  exclude: readonly string[];
}

/** A predicate on "/"-separated paths relative to a workspace folder, case-insensitive so that
 * README.txt and readme.txt are treated alike on every platform. */
export function corpusPathMatcher(filter: CorpusFilter): (relativePath: string) => boolean {
  const options = { nocase: true, dot: true };
  const included = picomatch(filter.include, options);
  const excluded = filter.exclude.length ? picomatch([...filter.exclude], options) : () => false;
  return (relativePath) => included(relativePath) && !excluded(relativePath);
}

/** One glob for `workspace.findFiles`' exclude argument, which takes a single pattern: the
 * patterns with their braces expanded, joined as alternatives (globs do not nest braces reliably). */
export function combinedExcludeGlob(exclude: readonly string[]): string | undefined {
  const alternatives = exclude.flatMap(expandBraces);
  if (alternatives.length === 0) return undefined;
  return alternatives.length === 1 ? alternatives[0] : `{${alternatives.join(',')}}`;
}

/** "a/{b,c}{,.x}" → ["a/b", "a/b.x", "a/c", "a/c.x"]; innermost groups first, so nesting works. */
export function expandBraces(glob: string): string[] {
  const group = /\{([^{}]*)\}/.exec(glob);
  if (!group) return [glob];
  const before = glob.slice(0, group.index);
  const after = glob.slice(group.index + group[0].length);
  return group[1].split(',').flatMap((alternative) => expandBraces(before + alternative + after));
}
