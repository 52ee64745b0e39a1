// The article's Outline (and breadcrumbs, Go to Symbol in Editor): who speaks in it, each with
// what they said here.
import * as vscode from 'vscode';
import type { Passage } from '../../core/model';
import { oneLine, plural } from '../format';
import type { Feature } from './feature';
import { CORPUS_DOCUMENTS } from './selectors';

export const outline: Feature = ({ extension, service }) => {
  extension.subscriptions.push(vscode.languages.registerDocumentSymbolProvider(CORPUS_DOCUMENTS, {
    async provideDocumentSymbols(document) {
      if (!service.isCorpusFile(document.uri) || !service.isCurrent(document)) return undefined;
      const file = service.keyOf(document.uri);
      const lookup = await service.preparedLookup();
      const bySpeaker = new Map<string | null, Passage[]>();
      for (const p of lookup.passagesIn(file)) {
        const list = bySpeaker.get(p.speaker);
        if (list) list.push(p);
        else bySpeaker.set(p.speaker, [p]);
      }
      const symbols: vscode.DocumentSymbol[] = [];
      for (const [speaker, passages] of bySpeaker) {
        const entity = speaker === null ? undefined : lookup.entity(speaker);
        const mentions = entity?.mentions.filter((m) => m.file === file) ?? [];
        const spans = [...mentions, ...passages];
        const range = service.range(file, Math.min(...spans.map((s) => s.start)), Math.max(...spans.map((s) => s.end)));
        const first = mentions[0] ?? passages[0];
        const symbol = new vscode.DocumentSymbol(entity?.name ?? 'Unknown speaker', plural(passages.length, 'passage'),
          entity?.type === 'organization' ? vscode.SymbolKind.Module : vscode.SymbolKind.Object, range, service.range(file, first.start, first.end));
        symbol.children = passages.map((p) => {
          const at = service.range(file, p.start, p.end);
          return new vscode.DocumentSymbol(oneLine(p.text, 70), p.kind === 'direct' ? 'quoted' : 'reported', vscode.SymbolKind.String, at, at);
        });
        symbols.push(symbol);
      }
      return symbols.sort((a, b) => a.range.start.compareTo(b.range.start));
    },
  }, { label: 'Corpus Lens' }));
};
