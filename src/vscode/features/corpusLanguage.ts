// Corpus documents get the "corpus" language (TextMate grammar syntaxes/corpus.tmLanguage.json).
// The language claims no file extension in package.json, so a README.txt outside the corpus stays
// plain text; documents are switched here once the corpus is known. A document the user has
// switched back is left alone for the rest of the session.
import * as vscode from 'vscode';
import type { Feature } from './feature';

export const CORPUS_LANGUAGE = 'corpus';

export const corpusLanguage: Feature = ({ extension, service, log }) => {
  const switched = new Set<string>();
  const apply = (document: vscode.TextDocument): void => {
    const key = document.uri.toString();
    if (document.languageId !== 'plaintext' || switched.has(key) || !service.isCorpusFile(document.uri)) return;
    switched.add(key);
    vscode.languages.setTextDocumentLanguage(document, CORPUS_LANGUAGE)
      .then(undefined, (error) => log.warn(`could not set the corpus language on ${service.label(key)}`, error));
  };
  const applyToOpen = (): void => vscode.workspace.textDocuments.forEach(apply);
  applyToOpen();
  extension.subscriptions.push(
    vscode.workspace.onDidOpenTextDocument(apply),
    service.onDidChangeAnalysis(applyToOpen),
  );
};
