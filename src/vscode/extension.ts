// Corpus Lens — VS Code entry point. Builds the one analysis service and registers every feature
// from features/index.ts; returns the API the integration tests read.
import * as vscode from 'vscode';
import { InProcessAnalyzer } from './analyzer';
import { AnalysisService } from './analysisService';
import { CorpusScope } from './corpusScope';
import { FEATURES } from './features';
import type { CorpusLensApi, FeatureContext } from './features/feature';

export function activate(extension: vscode.ExtensionContext): CorpusLensApi {
  const log = vscode.window.createOutputChannel('Corpus Lens', { log: true });
  const scope = new CorpusScope(extension.workspaceState);
  const service = new AnalysisService(scope, new InProcessAnalyzer(), log);
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
