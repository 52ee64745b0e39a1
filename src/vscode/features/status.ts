// The one status-bar item: indexing progress, then the corpus totals; hidden while there are no
// articles (a folder being checked, or one that is not a corpus).
import * as vscode from 'vscode';
import { plural } from '../format';
import type { Feature } from './feature';
import { SPEAKERS_VIEW } from './speakersTree';

export const status: Feature = ({ extension, service }) => {
  const item = vscode.window.createStatusBarItem('corpusLens.status', vscode.StatusBarAlignment.Left, 10);
  item.name = 'Corpus Lens';
  item.command = `${SPEAKERS_VIEW}.focus`;
  const update = (): void => {
    if (service.state === 'dormant' || service.fileCount === 0) {
      item.hide();
      return;
    }
    if (service.state === 'indexing') {
      const { done, total } = service.progress;
      item.text = `$(sync~spin) Corpus Lens ${total ? `${done}/${total}` : ''}`.trimEnd();
      item.tooltip = 'Corpus Lens is indexing the articles of this workspace';
    } else {
      const analysis = service.lookup().analysis;
      item.text = `$(quote) ${plural(analysis.passages.length, 'passage')}`;
      item.tooltip = `Corpus Lens: ${plural(service.fileCount, 'article')} · ${plural(analysis.entities.length, 'person or organisation', 'people and organisations')} · ` +
        `${plural(analysis.passages.length, 'passage')}. Click to show the speakers.`;
    }
    item.show();
  };
  extension.subscriptions.push(item, service.onDidChangeState(update), service.onDidChangeProgress(update), service.onDidChangeAnalysis(update));
  update();
};
