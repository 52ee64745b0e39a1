// Which files of the workspace form the corpus (README "How a corpus is recognised"):
// 1. files matching corpusLens.files.include and none of corpusLens.files.exclude or files.exclude
//    (case-insensitive; defaults: every .txt outside dependency/build folders, without READMEs,
//    licences, changelogs or dependency lists);
// 2. in workspace folders that are not code projects (no package.json, pyproject.toml, go.mod, …
//    at the root) — unless the include setting was changed from its default, or the user ran
//    "Corpus Lens: Analyse This Folder as a Corpus", which is remembered for the workspace;
// 3. at most corpusLens.files.maxFiles files, the user told once when there are more.
import * as vscode from 'vscode';
import { codeProjectMarker, combinedExcludeGlob, corpusPathMatcher, DEFAULT_EXCLUDE, DEFAULT_INCLUDE } from './corpusRules';

const FORCED_KEY = 'corpusLens.treatAsCorpus';

export interface CorpusFolder {
  folder: vscode.WorkspaceFolder;
  /** Whether a path relative to the folder ("/"-separated) belongs to the corpus. */
  matches: (relativePath: string) => boolean;
}

export interface Recognition {
  folders: CorpusFolder[];
  /** Workspace folders left out because they look like code projects, with the file that says so. */
  codeFolders: Array<{ folder: vscode.WorkspaceFolder; marker: string }>;
  files: vscode.Uri[];
  /** More files matched than corpusLens.files.maxFiles; only the first ones are in `files`. */
  truncated: boolean;
}

export interface FileSettings {
  include: string;
  exclude: string[];
  maxFiles: number;
  maxFileBytes: number;
  detectCodeProjects: boolean;
  /** Whether the include glob was chosen by the user (then code projects are analysed too). */
  includeChosen: boolean;
}

export function readFileSettings(scope?: vscode.ConfigurationScope): FileSettings {
  const config = vscode.workspace.getConfiguration('corpusLens.files', scope);
  const include = config.inspect<string>('include');
  const chosen = include?.workspaceFolderValue ?? include?.workspaceValue ?? include?.globalValue;
  // Files hidden from the Explorer (files.exclude) are not articles either; a folder pattern there
  // hides what is inside it, so it is matched with and without "/**".
  const hidden = Object.entries(vscode.workspace.getConfiguration('files', scope).get<Record<string, unknown>>('exclude') ?? {})
    .filter(([, on]) => on === true).flatMap(([glob]) => [glob, `${glob}/**`]);
  return {
    include: config.get<string>('include') || DEFAULT_INCLUDE,
    exclude: [...(config.get<string[]>('exclude') ?? DEFAULT_EXCLUDE), ...hidden],
    maxFiles: Math.max(1, config.get<number>('maxFiles') ?? 10000),
    maxFileBytes: Math.max(0.1, config.get<number>('maxFileSizeMB') ?? 5) * 1024 * 1024,
    detectCodeProjects: config.get<boolean>('detectCodeProjects') ?? true,
    includeChosen: chosen !== undefined && chosen !== DEFAULT_INCLUDE,
  };
}

export class CorpusScope {
  private folders: CorpusFolder[] = [];

  constructor(private readonly workspaceState: vscode.Memento) {}

  /** Set by "Analyse This Folder as a Corpus": code-project detection is skipped in this workspace. */
  get forced(): boolean {
    return this.workspaceState.get<boolean>(FORCED_KEY, false);
  }

  async setForced(value: boolean): Promise<void> {
    await this.workspaceState.update(FORCED_KEY, value || undefined);
  }

  /** Which workspace folders are corpora (one directory listing each). Call listFiles() next;
   * watching can start in between, so that no file created meanwhile is missed. */
  async recogniseFolders(): Promise<Pick<Recognition, 'folders' | 'codeFolders'>> {
    const folders: CorpusFolder[] = [];
    const codeFolders: Recognition['codeFolders'] = [];
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const settings = readFileSettings(folder);
      if (settings.detectCodeProjects && !settings.includeChosen && !this.forced) {
        const marker = codeProjectMarker(await rootFileNames(folder.uri));
        if (marker) {
          codeFolders.push({ folder, marker });
          continue;
        }
      }
      folders.push({ folder, matches: corpusPathMatcher(settings) });
    }
    this.folders = folders;
    return { folders, codeFolders };
  }

  /** The corpus files of the folders last recognised, sorted, at most corpusLens.files.maxFiles. */
  async listFiles(token?: vscode.CancellationToken): Promise<Pick<Recognition, 'files' | 'truncated'>> {
    const files: vscode.Uri[] = [];
    let truncated = false;
    for (const { folder, matches } of this.folders) {
      const settings = readFileSettings(folder);
      const room = settings.maxFiles - files.length;
      const found = await vscode.workspace.findFiles(
        new vscode.RelativePattern(folder, settings.include), combinedExcludeGlob(settings.exclude), room + 1, token);
      const accepted = found.filter((uri) => matches(relativePath(folder, uri)));
      if (accepted.length > room) truncated = true;
      files.push(...accepted.slice(0, Math.max(0, room)));
    }
    files.sort((a, b) => a.toString().localeCompare(b.toString()));
    return { files, truncated };
  }

  /** Whether `uri` belongs to the corpus as last recognised (for files created or renamed since). */
  contains(uri: vscode.Uri): boolean {
    const corpusFolder = this.folderOf(uri);
    return corpusFolder !== undefined && corpusFolder.matches(relativePath(corpusFolder.folder, uri));
  }

  /** The corpus files below `directory` (a folder created or moved into the workspace), at most `limit`. */
  async filesUnder(directory: vscode.Uri, limit: number): Promise<vscode.Uri[]> {
    const found: vscode.Uri[] = [];
    const pending = [directory];
    for (let dir = pending.pop(); dir && found.length < limit; dir = pending.pop()) {
      let entries: Array<[string, vscode.FileType]>;
      try {
        entries = await vscode.workspace.fs.readDirectory(dir);
      } catch {
        continue; // gone again, or unreadable: nothing of it to index
      }
      for (const [name, type] of entries) {
        const uri = vscode.Uri.joinPath(dir, name);
        if (type & vscode.FileType.Directory) pending.push(uri);
        else if (this.contains(uri) && found.length < limit) found.push(uri);
      }
    }
    return found;
  }

  /** The include globs to watch, one per corpus folder. */
  watchPatterns(): vscode.RelativePattern[] {
    return this.folders.map(({ folder }) => new vscode.RelativePattern(folder, readFileSettings(folder).include));
  }

  maxFileBytes(uri: vscode.Uri): number {
    return readFileSettings(this.folderOf(uri)?.folder).maxFileBytes;
  }

  private folderOf(uri: vscode.Uri): CorpusFolder | undefined {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    return folder && this.folders.find((f) => f.folder.uri.toString() === folder.uri.toString());
  }
}

function relativePath(folder: vscode.WorkspaceFolder, uri: vscode.Uri): string {
  const root = folder.uri.path.endsWith('/') ? folder.uri.path : `${folder.uri.path}/`;
  return uri.path.startsWith(root) ? uri.path.slice(root.length) : uri.path;
}

async function rootFileNames(root: vscode.Uri): Promise<string[]> {
  try {
    return (await vscode.workspace.fs.readDirectory(root)).map(([name]) => name);
  } catch {
    return []; // an unreadable root holds no project markers
  }
}
