// Conflicting claims in the Problems panel: one diagnostic per claim, its related information
// pointing at the other claims of the conflict. Only the files whose diagnostics changed are
// republished, so an edit to one article leaves the others' entries alone.
import * as vscode from 'vscode';
import type { Conflict } from '../../core/model';
import type { AnalysisService } from '../analysisService';
import { oneLine } from '../format';

export const CONFLICTS_SOURCE = 'Corpus Lens';

export type SeveritySetting = 'error' | 'warning' | 'information' | 'hint';

const SEVERITIES: Record<SeveritySetting, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

export class ConflictDiagnostics implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('corpusLens.conflicts');
  /** Per file key: a fingerprint of what was last published there. */
  private readonly published = new Map<string, string>();

  constructor(private readonly service: AnalysisService) {}

  /** Publishes diagnostics for `conflicts` (nothing when `severity` is undefined). */
  update(conflicts: readonly Conflict[], severity: SeveritySetting | undefined): void {
    const byFile = new Map<string, vscode.Diagnostic[]>();
    if (severity) {
      for (const conflict of conflicts) {
        for (const claim of conflict.claims) {
          const diagnostic = new vscode.Diagnostic(this.service.range(claim.file, claim.start, claim.end),
            `Conflicting ${conflict.aspect} claim: ${oneLine(conflict.summary, 300)}`, SEVERITIES[severity]);
          diagnostic.source = CONFLICTS_SOURCE;
          diagnostic.code = conflict.aspect;
          diagnostic.relatedInformation = conflict.claims.filter((other) => other !== claim).map((other) => new vscode.DiagnosticRelatedInformation(
            this.service.location(other.file, other.start, other.end), `“${oneLine(other.text, 160)}”`));
          const list = byFile.get(claim.file);
          if (list) list.push(diagnostic);
          else byFile.set(claim.file, [diagnostic]);
        }
      }
    }
    for (const file of [...this.published.keys()]) {
      if (byFile.has(file)) continue;
      this.collection.delete(this.service.uriOf(file));
      this.published.delete(file);
    }
    for (const [file, diagnostics] of byFile) {
      const key = diagnostics.map(fingerprint).join('\n');
      if (this.published.get(file) === key) continue;
      this.collection.set(this.service.uriOf(file), diagnostics);
      this.published.set(file, key);
    }
  }

  dispose(): void {
    this.collection.dispose();
  }
}

/** Everything about a diagnostic the Problems panel shows, as one string. */
function fingerprint(d: vscode.Diagnostic): string {
  const at = (r: vscode.Range): string => `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;
  const related = (d.relatedInformation ?? []).map((r) => `${r.location.uri.toString()}@${at(r.location.range)} ${r.message}`);
  return [`${d.severity} ${at(d.range)} ${d.message}`, ...related].join('\t');
}
