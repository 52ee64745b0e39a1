// Corpus Lens — VS Code entry point. Builds the one analysis service and registers every feature
// from features/index.ts; returns the API the integration tests read.
import * as os from 'node:os';
import * as vscode from 'vscode';
import { AnalysisPool } from '../node/workerPool';
import { AnalysisService } from './analysisService';
import { CorpusScope } from './corpusScope';
import { FEATURES } from './features';
import type { CorpusLensApi, FeatureContext } from './features/feature';

export function activate(extension: vscode.ExtensionContext): CorpusLensApi {
  const log = vscode.window.createOutputChannel('Corpus Lens', { log: true });
  const scope = new CorpusScope(extension.workspaceState);
  const service = new AnalysisService(scope, () => createPool(extension), log, extension.storageUri);
  extension.subscriptions.push(log, service);
  void vscode.commands.executeCommand('setContext', 'corpusLens.state', service.state);

  const context: FeatureContext = { extension, service, scope, log, api: { service } };
  for (const feature of FEATURES) feature(context);
  void service.refresh();
  return context.api as CorpusLensApi;
}

export function deactivate(): void {
  // Everything is disposed through the extension context's subscriptions.
}

/** Worker threads for the analysis (corpusLens.index.workers; 0: one per core but one, which is
 * left to the extension host and the editor). */
function createPool(extension: vscode.ExtensionContext): AnalysisPool {
  const chosen = vscode.workspace.getConfiguration('corpusLens.index').get<number>('workers', 0);
  const workers = chosen > 0 ? Math.floor(chosen) : Math.max(1, os.availableParallelism() - 1);
  return new AnalysisPool({ workers, workerScript: vscode.Uri.joinPath(extension.extensionUri, 'dist', 'worker.js').fsPath });
}
