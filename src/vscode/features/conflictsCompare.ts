// Comparing two claims side by side: each claim's paragraph becomes a read-only virtual document
// (scheme corpus-lens-claim, named after its article) and VS Code's diff editor shows the two.
// The articles themselves are only read, never written.
import * as vscode from 'vscode';
import type { Claim } from '../../core/model';
import type { AnalysisService } from '../analysisService';

export const CLAIM_SCHEME = 'corpus-lens-claim';

/** What a claim document's query holds: where the claim is. */
interface ClaimRef {
  file: string;
  start: number;
  end: number;
}

export class ClaimDocuments implements vscode.TextDocumentContentProvider {
  constructor(private readonly service: AnalysisService) {}

  /** A virtual document showing the paragraph that holds `claim`, named after its article. */
  uriOf(claim: Claim): vscode.Uri {
    const ref: ClaimRef = { file: claim.file, start: claim.start, end: claim.end };
    return vscode.Uri.from({ scheme: CLAIM_SCHEME, path: `/${this.service.label(claim.file)}`, query: JSON.stringify(ref) });
  }

  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    const ref = JSON.parse(uri.query) as ClaimRef;
    const text = await this.service.readText(ref.file);
    if (text === undefined) return `(${this.service.label(ref.file)} can no longer be read)`;
    return `${paragraphAround(text, ref.start, ref.end).trim()}\n`;
  }
}

/** The lines of `text` that hold [start, end): the claim's paragraph, as articles put one per line. */
function paragraphAround(text: string, start: number, end: number): string {
  const before = text.slice(0, start);
  const from = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r')) + 1;
  const breakAt = text.slice(end).search(/[\r\n]/);
  return text.slice(from, breakAt < 0 ? text.length : end + breakAt);
}

/** Opens the diff editor on two claims. */
export async function compareClaims(documents: ClaimDocuments, service: AnalysisService, left: Claim, right: Claim): Promise<void> {
  const title = `${service.label(left.file)} ↔ ${service.label(right.file)} (claims)`;
  await vscode.commands.executeCommand('vscode.diff', documents.uriOf(left), documents.uriOf(right), title, { preview: true });
}
