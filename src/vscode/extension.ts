// Corpus Lens — VS Code entry point (placeholder; features will replace this).
import type * as vscode from 'vscode';

export function activate(_context: vscode.ExtensionContext): void {
  // Nothing yet.
}

export function deactivate(): void {
  // Nothing to clean up yet.
}
