// Conflicting claims in the real editor: the Find Conflicting Claims command, the Conflicts view,
// Problems-panel diagnostics with related information, the side-by-side compare, the hover card's
// link, and conflicts following an unsaved edit. The fixture articles (test/integration/workspace)
// disagree on planted figures: the repair cost (4.2 vs 3.8 million pounds) and the repair time
// (eleven, thirteen, fourteen weeks). The tests assert on whatever conflicts the analysis reports,
// after asserting that it reports some.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { Claim, Conflict } from '../../../src/core/model';
import type { CorpusLensApi } from '../../../src/vscode/features/feature';
import { api, children, click, hoverText, labelOf, onlyIn, waitFor, type ShownNode } from './helpers';

const SOURCE = 'Corpus Lens';
const CLAIM_SCHEME = 'corpus-lens-claim';

interface ShownTree extends ShownNode {
  children: ShownTree[];
}

let lens: CorpusLensApi;

function conflicts(): Conflict[] {
  return lens.service.lookup().analysis.conflicts;
}

/** The analysed conflicts, failing the test when there are none (the fixtures plant some). */
function plantedConflicts(): Conflict[] {
  const found = conflicts();
  assert.ok(found.length > 0, 'no conflicting claims found: the fixtures disagree on the repair cost (4.2 vs 3.8 million pounds) and time (11, 13, 14 weeks)');
  return found;
}

/** The whole Conflicts view as it renders, from `node` down. */
async function shownTree(node?: unknown): Promise<ShownTree[]> {
  return Promise.all((await children(lens.conflicts, node)).map(async (shown) => ({ ...shown, children: await shownTree(shown.node) })));
}

/** The first conflict the view lists. */
async function firstConflictNode(): Promise<ShownTree> {
  plantedConflicts();
  return (await shownTree())[0].children[0].children[0];
}

const claimKey = (c: { file: string; start: number; end: number }): string => `${c.file}:${c.start}-${c.end}`;
const fileName = (file: string): string => file.slice(file.lastIndexOf('/') + 1);

/** The analysed conflict a conflict node shows (its id ends with its claims' places). */
function conflictOf(item: vscode.TreeItem): Conflict | undefined {
  const id = item.id!.replace(/#\d+$/, '');
  return conflicts().find((c) => id.endsWith(`/${c.claims.map(claimKey).join('|')}`));
}

/** The claim a claim node shows (its id ends with the claim's place). */
function claimOf(item: vscode.TreeItem): Claim | undefined {
  return conflicts().flatMap((c) => c.claims).find((c) => item.id!.endsWith(`/claim/${claimKey(c)}`));
}

async function documentOf(file: string): Promise<vscode.TextDocument> {
  return vscode.workspace.openTextDocument(lens.service.uriOf(file));
}

function corpusDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE);
}

async function closeEditors(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

describe('Conflicting claims (fixture workspace)', () => {
  before(async function () {
    onlyIn('fixture', this);
    lens = await api();
  });

  afterEach(closeEditors);

  it('the analysis finds the conflicts planted in the fixture articles', async () => {
    for (const conflict of plantedConflicts()) {
      assert.ok(new Set(conflict.claims.map((c) => c.file)).size >= 2, `${conflict.summary}: claims from one file only`);
      for (const claim of conflict.claims) {
        assert.strictEqual((await documentOf(claim.file)).getText().slice(claim.start, claim.end), claim.text, `claim offsets of ${conflict.summary}`);
      }
    }
  });

  it('Find Conflicting Claims shows the Conflicts view, grouped by subject and aspect', async () => {
    await vscode.commands.executeCommand('corpusLens.findConflicts');
    await waitFor('the Conflicts view to be visible', () => lens.conflictsView.visible);
    const found = plantedConflicts();
    assert.match(lens.conflictsView.description ?? '', new RegExp(`^${found.length} conflicts? · \\d+ files?$`));

    const subjects = await shownTree();
    const seen = new Set<string>();
    for (const subject of subjects) {
      assert.strictEqual(lens.conflicts.getParent?.(subject.node), undefined);
      assert.match(subject.item.description as string, /^\d+ conflicts? · \d+ files?$/);
      for (const aspect of subject.children) {
        assert.strictEqual(lens.conflicts.getParent?.(aspect.node), subject.node);
        for (const conflictNode of aspect.children) {
          assert.strictEqual(lens.conflicts.getParent?.(conflictNode.node), aspect.node);
          const conflict = conflictOf(conflictNode.item);
          assert.ok(conflict, `no analysed conflict matches the node “${labelOf(conflictNode.item)}”`);
          seen.add(conflict.id);
          const subjectName = conflict.subject === null ? 'Events and topics' : lens.service.lookup().entity(conflict.subject)?.name;
          assert.strictEqual(labelOf(subject.item), subjectName);
          assert.match(conflictNode.item.description as string, new RegExp(`^${conflict.claims.length} claims · \\d+ files? · \\d+% sure$`));
          assert.deepStrictEqual(conflictNode.children.map((c) => claimOf(c.item)), conflict.claims, 'the conflict lists its claims');
          conflictNode.children.forEach((claimNode, i) => {
            assert.strictEqual(lens.conflicts.getParent?.(claimNode.node), conflictNode.node);
            assert.ok((claimNode.item.description as string).startsWith(`${fileName(conflict.claims[i].file)}:`), 'a claim shows its file name');
          });
        }
      }
    }
    assert.deepStrictEqual([...seen].sort(), found.map((c) => c.id).sort(), 'every conflict appears once in the view');
  });

  it('opening a claim selects it in its article', async () => {
    const [claimNode] = (await firstConflictNode()).children;
    await click(claimNode.item);
    const opened = (claimNode.item.command!.arguments![0] as vscode.Uri).toString();
    const editor = await waitFor('the claim to open', () => vscode.window.activeTextEditor?.document.uri.toString() === opened && vscode.window.activeTextEditor);
    const claim = claimOf(claimNode.item);
    assert.ok(claim, 'the node names a claim of the analysis');
    assert.strictEqual(lens.service.uriOf(claim.file).toString(), editor.document.uri.toString());
    assert.strictEqual(editor.document.getText(editor.selection), claim.text);
  });

  it('puts one diagnostic per claim in the Problems panel, related to the other claims', async () => {
    const byFile = new Map<string, Array<{ claim: Claim; conflict: Conflict }>>();
    for (const conflict of plantedConflicts()) for (const claim of conflict.claims) byFile.set(claim.file, [...(byFile.get(claim.file) ?? []), { claim, conflict }]);
    for (const file of lens.service.lookup().analysis.files) {
      const uri = lens.service.uriOf(file);
      const expected = byFile.get(file) ?? [];
      const diagnostics = corpusDiagnostics(uri);
      assert.strictEqual(diagnostics.length, expected.length, `${fileName(file)}: one diagnostic per claim`);
      const document = await documentOf(file);
      for (const { claim, conflict } of expected) {
        const others = conflict.claims.filter((c) => c !== claim);
        const diagnostic = diagnostics.find((d) => d.range.isEqual(new vscode.Range(document.positionAt(claim.start), document.positionAt(claim.end))) &&
          d.relatedInformation?.length === others.length &&
          d.relatedInformation.every((r, i) => r.location.range.start.isEqual(lens.service.range(others[i].file, others[i].start, others[i].end).start)));
        assert.ok(diagnostic, `${fileName(file)}: no diagnostic on “${claim.text}” related to the ${others.length} other claim(s)`);
        assert.strictEqual(diagnostic.severity, vscode.DiagnosticSeverity.Information, 'default severity');
        assert.strictEqual(diagnostic.code, conflict.aspect);
        assert.ok(diagnostic.message.includes(conflict.aspect), diagnostic.message);
        for (const [i, related] of diagnostic.relatedInformation!.entries()) {
          assert.strictEqual(related.location.uri.toString(), lens.service.uriOf(others[i].file).toString());
          assert.strictEqual((await documentOf(others[i].file)).getText(related.location.range), others[i].text);
          assert.ok(related.message.startsWith(`“${others[i].text.replace(/\s+/g, ' ').slice(0, 100)}`), related.message);
        }
      }
    }
  });

  it('takes the diagnostics severity from corpusLens.conflicts.severity', async () => {
    const config = vscode.workspace.getConfiguration('corpusLens.conflicts');
    const uri = lens.service.uriOf(plantedConflicts()[0].claims[0].file);
    try {
      await config.update('severity', 'warning', vscode.ConfigurationTarget.Global);
      await waitFor('warnings', () => {
        const diagnostics = corpusDiagnostics(uri);
        return diagnostics.length > 0 && diagnostics.every((d) => d.severity === vscode.DiagnosticSeverity.Warning);
      });
      await config.update('showInProblems', false, vscode.ConfigurationTarget.Global);
      await waitFor('the diagnostics to go', () => corpusDiagnostics(uri).length === 0);
    } finally {
      await config.update('severity', undefined, vscode.ConfigurationTarget.Global);
      await config.update('showInProblems', undefined, vscode.ConfigurationTarget.Global);
    }
    await waitFor('information diagnostics again', () => {
      const diagnostics = corpusDiagnostics(uri);
      return diagnostics.length > 0 && diagnostics.every((d) => d.severity === vscode.DiagnosticSeverity.Information);
    });
  });

  it('compares the two claims of a conflict side by side, in read-only documents', async () => {
    // The conflict with the most claims: with more than two, the user picks which pair.
    plantedConflicts();
    const conflictNodes = (await shownTree()).flatMap((s) => s.children.flatMap((a) => a.children));
    const conflictNode = conflictNodes.reduce((most, n) => (n.children.length > most.children.length ? n : most));
    const conflict = conflictOf(conflictNode.item);
    assert.ok(conflict, 'the conflict node names a conflict of the analysis');
    // The pair compared: the only two claims, or the first pair from different files offered.
    const [first, second] = conflict.claims.flatMap((a, i) => conflict.claims.slice(i + 1).filter((b) => b.file !== a.file).map((b) => [a, b]))[0];
    const comparing = vscode.commands.executeCommand('corpusLens.conflicts.compare', conflictNode.node);
    const diff = await waitFor('the diff editor', async () => {
      const input = vscode.window.tabGroups.activeTabGroup.activeTab?.input;
      if (input instanceof vscode.TabInputTextDiff) return input;
      // Take the first pair offered.
      if (conflict.claims.length > 2) await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
      return undefined;
    });
    await comparing;
    assert.strictEqual(diff.original.scheme, CLAIM_SCHEME);
    assert.strictEqual(diff.modified.scheme, CLAIM_SCHEME);
    const left = await vscode.workspace.openTextDocument(diff.original);
    const right = await vscode.workspace.openTextDocument(diff.modified);
    assert.ok(left.getText().includes(first.text), `left side shows “${first.text}”`);
    assert.ok(right.getText().includes(second.text), `right side shows “${second.text}”`);
    assert.ok(diff.original.path.endsWith(fileName(first.file)), 'the left side is named after its article');
    assert.ok(vscode.workspace.textDocuments.every((d) => !d.isDirty), 'no article was changed');
  });

  it('compares two claims selected together', async () => {
    const claims = (await firstConflictNode()).children;
    await vscode.commands.executeCommand('corpusLens.conflicts.compare', claims[1].node, [claims[1].node, claims[0].node]);
    const diff = await waitFor('the diff editor', () => {
      const input = vscode.window.tabGroups.activeTabGroup.activeTab?.input;
      return input instanceof vscode.TabInputTextDiff && input;
    });
    const [left, right] = await Promise.all([diff.original, diff.modified].map((uri) => vscode.workspace.openTextDocument(uri)));
    assert.ok(left.getText().includes(claimOf(claims[1].item)!.text), 'the first selected claim is on the left');
    assert.ok(right.getText().includes(claimOf(claims[0].item)!.text), 'the second selected claim is on the right');
  });

  it('the hover card links to the conflicts about the hovered entity', async function () {
    const about = plantedConflicts().find((c) => c.subject !== null);
    if (!about) this.skip(); // every conflict on the fixtures is about an event, not a named entity
    const entity = lens.service.lookup().entity(about!.subject!)!;
    const mention = entity.mentions[0];
    const text = (await documentOf(mention.file)).getText();
    const name = text.slice(mention.start, mention.end);
    const markdown = await hoverText(lens.service.uriOf(mention.file), name, text.slice(0, mention.start).split(name).length - 1);
    const link = /\(command:corpusLens\.findConflicts\?([^ )]+)/.exec(markdown);
    assert.ok(link, `the hover card has no Conflicting Claims link:\n${markdown}`);

    await vscode.commands.executeCommand('corpusLens.findConflicts', ...(JSON.parse(decodeURIComponent(link[1])) as unknown[]));
    const roots = await shownTree();
    assert.deepStrictEqual(roots.map((r) => labelOf(r.item)), [entity.name], 'the view is narrowed to the entity');
    assert.ok(lens.conflictsView.message?.includes(entity.name), lens.conflictsView.message);
    await vscode.commands.executeCommand('corpusLens.conflicts.showAll');
    assert.strictEqual((await shownTree()).length, new Set(conflicts().map((c) => c.subject)).size);
    assert.strictEqual(lens.conflictsView.message, undefined);
  });

  it('asking about an entity without conflicts leaves the view unfiltered', async () => {
    const subjects = new Set(conflicts().map((c) => c.subject));
    const entity = lens.service.lookup().analysis.entities.find((e) => !subjects.has(e.id));
    assert.ok(entity, 'the fixtures name someone no conflict is about');
    const before = (await shownTree()).length;
    await vscode.commands.executeCommand('corpusLens.findConflicts', entity.mentions[0].file, entity.mentions[0].start);
    assert.strictEqual((await shownTree()).length, before);
  });

  it('follows an unsaved edit, re-analysing only the edited article', async () => {
    const claim = plantedConflicts()[0].claims[0];
    const document = await documentOf(claim.file);
    const editor = await vscode.window.showTextDocument(document);
    const progress: number[] = [];
    const listening = lens.service.onDidChangeProgress(({ total }) => progress.push(total));
    const claimsIn = (file: string): Claim[] => conflicts().flatMap((c) => c.claims).filter((c) => c.file === file);
    const diagnosticsMatchText = (): boolean => {
      const expected = claimsIn(claim.file).map((c) => c.text).sort();
      const shown = corpusDiagnostics(document.uri).map((d) => document.getText(d.range)).sort();
      return JSON.stringify(expected) === JSON.stringify(shown);
    };
    try {
      // Delete the claim's paragraph (without saving): its claims leave the conflicts.
      const line = document.positionAt(claim.start).line;
      await editor.edit((edit) => edit.delete(document.lineAt(line).rangeIncludingLineBreak));
      await waitFor('the claim to leave the conflicts', async () => {
        await lens.service.whenIdle();
        return lens.service.isCurrent(document) && !claimsIn(claim.file).some((c) => c.text === claim.text);
      });
      // The diagnostics and the view are updated once the conflicts are found again, in slices.
      await waitFor('the diagnostics of the edited article to follow the edit', diagnosticsMatchText);
      const shownClaims = (await shownTree()).flatMap((s) => s.children.flatMap((a) => a.children.flatMap((c) => c.children)));
      assert.ok(!shownClaims.some((c) => c.item.id!.includes(`/claim/${claimKey(claim)}`)), 'the view dropped the deleted claim');
      assert.ok(progress.length > 0 && progress.every((total) => total === 1), `only the edited article was analysed again (queue sizes ${progress.join(', ')})`);
    } finally {
      listening.dispose();
      await vscode.window.showTextDocument(document);
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
    await waitFor('the claim to come back', async () => {
      await lens.service.whenIdle();
      return lens.service.isCurrent(document) && claimsIn(claim.file).some((c) => c.text === claim.text);
    });
    await waitFor('the diagnostics to come back after the revert', diagnosticsMatchText);
  });
});
