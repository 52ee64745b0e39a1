// The data the analysis produces. Plain, serialisable objects: the CLI prints them, the
// extension's views read them, a worker can send them across a thread boundary and the
// index cache can store them as JSON.

export type EntityType = 'person' | 'organization';
export type Language = 'en' | 'id' | 'other';
export type PassageKind = 'direct' | 'indirect';
export type ConflictAspect = 'role' | 'date' | 'number' | 'quote' | 'stance' | 'name' | 'other';

/** A range of UTF-16 code units in one file's text; `end` is exclusive. */
export interface Span {
  start: number;
  end: number;
}

/** A problem with one input file, reported to the user once and never fatal. */
export interface FileIssue {
  file: string;
  severity: 'error' | 'warning';
  message: string;
}

/** A name written in one file, before it is linked to the rest of the corpus. */
export interface MentionRecord extends Span {
  /** The surface form exactly as written (file text from start to end). */
  text: string;
  type: EntityType;
  /** Index into FileAnalysis.localEntities: the file-level cluster the mention belongs to. */
  local: number;
  /** A role or title written beside the name ("Xiaomi co-founder", "CEO of Alibaba Group"). */
  role?: RoleRecord;
}

export interface RoleRecord extends Span {
  text: string;
}

/** Mentions of one entity inside one file ("Daniel Zhang" … "Zhang"). */
export interface LocalEntity {
  type: EntityType;
  /** Longest full form used in the file. */
  name: string;
  /** Every distinct surface form used for it in the file, `name` included. */
  forms: string[];
  /** A person's gender as the file's honorifics give it ("Mrs. Varnow"), when they agree. */
  gender?: Gender;
  /** Whether the file gives it a passage, as speaker or co-speaker: read with the local entities,
   * it spares a view of what an entity said the passages of every file where it says nothing. */
  speaks?: true;
}
export type Gender = 'female' | 'male';

export interface PassageRecord extends Span {
  kind: PassageKind;
  text: string;
  /** Local entity indices of the speakers (usually one; "Both men said" gives two). */
  speakers: number[];
  /** The words that attribute it ("said", "kata", "according to"), when found. */
  cue?: RoleRecord;
}

export interface ClaimRecord extends Span {
  text: string;
  aspect: ConflictAspect;
  /** Local entity index of the subject, or -1 when the claim is about an event or topic. */
  subject: number;
  /** A topic key for subject-less claims (the event a number or date belongs to). */
  topic?: string;
  /** Normalised value compared across files ("co-founder", "3 day", "2021-09"). */
  value: string;
  /** Polarity for stance claims: +1 asserts, -1 denies. */
  polarity?: 1 | -1;
  /** Local entity indices of the other names in the claim's clause: a number or date is compared
   * only with claims that share one of these names, or that name none. */
  related?: number[];
}

/** Everything learnt from one file alone. Independent of other files, so it can be computed in
 * a worker, cached by content hash and replaced when that one file changes. */
export interface FileAnalysis {
  file: string;
  language: Language;
  length: number;
  /** Publication date found in the text (ISO yyyy-mm-dd), used to resolve "last year". */
  date?: string;
  localEntities: LocalEntity[];
  mentions: MentionRecord[];
  passages: PassageRecord[];
  claims: ClaimRecord[];
  issues: FileIssue[];
}

// ---- the linked corpus (the analysis contract, ../shared/CONTRACT.md) -------------------

export interface MentionRef extends Span {
  file: string;
}

export interface Entity {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  mentions: MentionRef[];
  /** Roles and titles written beside the entity's names, with where they were written. */
  roles: Array<MentionRef & { text: string }>;
}

export interface Passage extends Span {
  id: string;
  file: string;
  kind: PassageKind;
  speaker: string | null;
  /** Further speakers of a joint statement, beyond `speaker`. */
  coSpeakers?: string[];
  text: string;
}

export interface Claim extends Span {
  file: string;
  text: string;
}

export interface Conflict {
  id: string;
  aspect: ConflictAspect;
  subject: string | null;
  summary: string;
  claims: Claim[];
  /** 0..1: how sure the analysis is that the claims really disagree. */
  confidence: number;
  /** One line saying why the claims were judged to disagree. */
  rationale: string;
}

export interface CorpusAnalysis {
  version: 1;
  files: string[];
  entities: Entity[];
  passages: Passage[];
  conflicts: Conflict[];
  issues: FileIssue[];
}
