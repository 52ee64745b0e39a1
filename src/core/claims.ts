// Claims: what an article asserts about an entity or event (role, number, date, stance, quote
// wording, name), extracted per file so that conflicts can be found by comparing files. Each
// aspect has its reader in claims/; conflicts.ts compares them across files.
import type { Document } from './document';
import type { ClaimRecord, LocalEntity, MentionRecord, PassageRecord } from './model';
import { claimContext } from './claims/context';
import { findRoleClaims } from './claims/roles';
import { findNumberClaims } from './claims/numbers';
import { findDateClaims } from './claims/dates';
import { findStanceClaims, findStatementClaims } from './claims/stance';
import { findQuoteClaims } from './claims/quotes';
import { findNameClaims } from './claims/names';

export function findClaims(doc: Document, entities: LocalEntity[], mentions: MentionRecord[], passages: PassageRecord[]): ClaimRecord[] {
  const ctx = claimContext(doc, entities, mentions, passages);
  return findRoleClaims(ctx).concat(
    findNumberClaims(ctx),
    findDateClaims(ctx),
    findStanceClaims(ctx),
    findStatementClaims(ctx),
    findQuoteClaims(ctx),
    findNameClaims(ctx),
  ).sort((a, b) => a.start - b.start);
}
