// Documents the language features answer for. Corpus files normally carry the corpus language;
// plain text is included for a corpus file the user switched back (providers check the file
// belongs to the corpus before answering).
import type * as vscode from 'vscode';

export const CORPUS_DOCUMENTS: vscode.DocumentSelector = [{ language: 'corpus' }, { language: 'plaintext' }];
