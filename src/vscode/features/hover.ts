// Hover cards on people and organisations, answered from the index (never by re-analysing).
import * as vscode from 'vscode';
import { HOVER_COMMANDS, renderHoverCard } from '../hoverCard';
import type { Feature } from './feature';
import { CORPUS_DOCUMENTS } from './selectors';

export const hover: Feature = ({ extension, service }) => {
  const provider: vscode.HoverProvider = {
    async provideHover(document, position, token) {
      const config = vscode.workspace.getConfiguration('corpusLens.hover', document.uri);
      if (!config.get<boolean>('enabled', true) || !service.isCorpusFile(document.uri) || !service.isCurrent(document)) return undefined;
      const lookup = service.lookup();
      // A name in thousands of articles has its mentions and passages read in slices first.
      const found = await lookup.resolveMentionAt(service.keyOf(document.uri), document.offsetAt(position));
      if (!found || token.isCancellationRequested || !service.isCurrent(document)) return undefined;
      const markdown = new vscode.MarkdownString(renderHoverCard(found.entity, found.mention, lookup, {
        maxPassages: config.get<number>('maxPassages', 3),
        fileLabel: (file) => service.label(file),
      }, found.bySurname));
      // Article text is escaped in renderHoverCard; links may run only the card's own commands.
      markdown.isTrusted = { enabledCommands: HOVER_COMMANDS };
      return new vscode.Hover(markdown, document.validateRange(service.range(found.mention.file, found.mention.start, found.mention.end)));
    },
  };
  extension.subscriptions.push(vscode.languages.registerHoverProvider(CORPUS_DOCUMENTS, provider));
};
