// Everything learnt from one file alone: the unit of work for workers, the cache and
// incremental updates.
import { readDocument } from './document';
import { findMentions } from './mentions';
import { linkMentions } from './coreference';
import { findPassages } from './passages';
import { findClaims } from './claims';
import type { FileAnalysis, FileIssue } from './model';

/** Bump when the analysis changes what it produces: cached results of older versions are dropped. */
export const ANALYZER_VERSION = 2;

export function analyzeFile(file: string, text: string, issues: FileIssue[] = []): FileAnalysis {
  const doc = readDocument(file, text);
  const { entities, mentions } = linkMentions(findMentions(doc));
  const passages = findPassages(doc, entities, mentions);
  const claims = findClaims(doc, entities, mentions, passages);
  return {
    file, language: doc.language, length: text.length,
    localEntities: entities, mentions, passages, claims, issues,
  };
}

/** The analysis of a file that could not be read: no content, only the reason. */
export function unreadableFile(file: string, issue: FileIssue): FileAnalysis {
  return { file, language: 'other', length: 0, localEntities: [], mentions: [], passages: [], claims: [], issues: [issue] };
}
