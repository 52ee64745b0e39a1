// Corpus-wide commands: re-index with progress, analyse a folder the rules left out, show the log.
import * as vscode from 'vscode';
import { plural } from '../format';
import type { Feature } from './feature';

export const commands: Feature = ({ extension, service, scope, log }) => {
  extension.subscriptions.push(
    vscode.commands.registerCommand('corpusLens.reindex', () => vscode.window.withProgress({
      location: vscode.ProgressLocation.Notification, title: 'Corpus Lens: indexing articles', cancellable: true,
    }, async (progress, token) => {
      token.onCancellationRequested(() => service.cancel());
      const report = service.onDidChangeProgress(({ done, total }) => {
        if (total) progress.report({ message: `${done} of ${plural(total, 'file')}` });
      });
      try {
        await service.refresh({ reanalyse: true });
        await service.whenIdle();
      } finally {
        report.dispose();
      }
    })),
    vscode.commands.registerCommand('corpusLens.treatAsCorpus', async () => {
      await scope.setForced(true);
      await service.refresh();
      const skipped = service.lastRecognition?.codeFolders.length ?? 0;
      if (service.fileCount === 0) {
        void vscode.window.showInformationMessage(skipped
          ? 'Corpus Lens still found no articles here. Set corpusLens.files.include to the files to analyse.'
          : 'Corpus Lens found no articles matching corpusLens.files.include in this workspace.');
      }
    }),
    vscode.commands.registerCommand('corpusLens.showLog', () => log.show()),
  );
};
