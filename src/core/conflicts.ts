// Conflicts: claims about the same subject and aspect, in different files, that disagree.
import type { Conflict } from './model';
import type { LinkedClaim } from './corpus';

export function findConflicts(_claims: LinkedClaim[]): Conflict[] {
  return [];
}
