// Claims: what an article asserts about an entity (role, number, date, stance, quote wording),
// extracted per file so that conflicts can be found by comparing files.
import type { Document } from './document';
import type { ClaimRecord, LocalEntity, MentionRecord, PassageRecord } from './model';

export function findClaims(
  _doc: Document, _entities: LocalEntity[], _mentions: MentionRecord[], _passages: PassageRecord[],
): ClaimRecord[] {
  return [];
}
