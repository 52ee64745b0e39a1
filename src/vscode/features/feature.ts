// What every editor feature receives, and what it may hand to tests through the extension's API.
import type * as vscode from 'vscode';
import type { AnalysisService } from '../analysisService';
import type { CorpusScope } from '../corpusScope';

export interface FeatureContext {
  extension: vscode.ExtensionContext;
  service: AnalysisService;
  scope: CorpusScope;
  log: vscode.LogOutputChannel;
  /** Filled by features that own something the integration tests inspect (see CorpusLensApi). */
  api: Partial<CorpusLensApi>;
}

/** Registers its providers, commands and views; everything it creates goes to extension.subscriptions. */
export type Feature = (context: FeatureContext) => void;

/** Returned by activate(): what the integration tests read instead of pixels. */
export interface CorpusLensApi {
  service: AnalysisService;
  speakers: vscode.TreeDataProvider<unknown>;
  speakersView: vscode.TreeView<unknown>;
  entities: vscode.TreeDataProvider<unknown>;
  conflicts: vscode.TreeDataProvider<unknown>;
  conflictsView: vscode.TreeView<unknown>;
}
