// "Find Conflicting Claims": a first version that counts the conflicts the analysis found (about
// the hovered entity when called from a hover card). The Conflicts view replaces it.
import * as vscode from 'vscode';
import { FIND_CONFLICTS_COMMAND } from '../hoverCard';
import { plural } from '../format';
import type { Feature } from './feature';

export const conflicts: Feature = ({ extension, service }) => {
  extension.subscriptions.push(vscode.commands.registerCommand(FIND_CONFLICTS_COMMAND, async (file?: string, offset?: number) => {
    await service.whenIdle();
    const lookup = service.lookup();
    const entity = file !== undefined && offset !== undefined ? lookup.mentionAt(file, offset)?.entity : undefined;
    const found = lookup.analysis.conflicts.filter((c) => !entity || c.subject === entity.id);
    const about = entity ? ` about ${entity.name}` : '';
    void vscode.window.showInformationMessage(found.length
      ? `Corpus Lens found ${plural(found.length, 'conflicting claim')}${about}: ${found.slice(0, 3).map((c) => c.summary).join('; ')}${found.length > 3 ? '; …' : ''}`
      : `Corpus Lens found no conflicting claims${about}.`);
  }));
};
