// Moving between the mentions of a name: Find All References (Shift+F12), highlights of the other
// mentions in the same article, workspace symbols (Ctrl+T) for people and organisations, and the
// "All Mentions" link of the hover card.
import * as vscode from 'vscode';
import type { Entity } from '../../core/model';
import type { AnalysisService } from '../analysisService';
import { SHOW_MENTIONS_COMMAND } from '../hoverCard';
import { plural } from '../format';
import type { Feature } from './feature';
import { CORPUS_DOCUMENTS } from './selectors';

/** Workspace symbol results beyond this many are left out (the list is for picking one). */
const MAX_SYMBOLS = 500;

export const navigation: Feature = ({ extension, service }) => {
  const entityAt = async (document: vscode.TextDocument, position: vscode.Position): Promise<Entity | undefined> => {
    if (!service.isCorpusFile(document.uri) || !service.isCurrent(document)) return undefined;
    return (await service.lookup().resolveMentionAt(service.keyOf(document.uri), document.offsetAt(position)))?.entity;
  };

  extension.subscriptions.push(
    vscode.languages.registerReferenceProvider(CORPUS_DOCUMENTS, {
      async provideReferences(document, position) {
        const entity = await entityAt(document, position);
        return entity && mentionLocations(service, entity);
      },
    }),
    vscode.languages.registerDocumentHighlightProvider(CORPUS_DOCUMENTS, {
      async provideDocumentHighlights(document, position) {
        const entity = await entityAt(document, position);
        const key = service.keyOf(document.uri);
        return entity?.mentions.filter((m) => m.file === key)
          .map((m) => new vscode.DocumentHighlight(service.range(key, m.start, m.end), vscode.DocumentHighlightKind.Text));
      },
    }),
    vscode.languages.registerWorkspaceSymbolProvider({
      async provideWorkspaceSymbols(query, token) {
        const wanted = query.toLowerCase();
        const symbols: vscode.SymbolInformation[] = [];
        for (const entity of (await service.preparedLookup()).analysis.entities) {
          if (token.isCancellationRequested || symbols.length >= MAX_SYMBOLS) break;
          const first = entity.mentions[0];
          if (!first || !matchesQuery(entity, wanted)) continue;
          const container = `${entity.type === 'person' ? 'person' : 'organisation'} · ${plural(entity.mentions.length, 'mention')}`;
          symbols.push(new vscode.SymbolInformation(entity.name, entity.type === 'person' ? vscode.SymbolKind.Object : vscode.SymbolKind.Module,
            container, service.location(first.file, first.start, first.end)));
        }
        return symbols;
      },
    }),
    // From the hover card: [file, offset] of the hovered mention.
    vscode.commands.registerCommand(SHOW_MENTIONS_COMMAND, async (file: string, offset: number) => {
      const found = await service.lookup().resolveMentionAt(file, offset);
      if (!found) return;
      const at = service.location(file, found.mention.start, found.mention.end);
      await vscode.commands.executeCommand('editor.action.showReferences', at.uri, at.range.start, mentionLocations(service, found.entity));
    }),
  );
};

function mentionLocations(service: AnalysisService, entity: Entity): vscode.Location[] {
  return entity.mentions.map((m) => service.location(m.file, m.start, m.end));
}

/** Every character of the query appears in order in the name or an alias (VS Code ranks them). */
function matchesQuery(entity: Entity, query: string): boolean {
  if (!query) return true;
  return [entity.name, ...entity.aliases].some((name) => {
    const lower = name.toLowerCase();
    let at = 0;
    for (const c of query) {
      at = lower.indexOf(c, at) + 1;
      if (at === 0) return false;
    }
    return true;
  });
}
