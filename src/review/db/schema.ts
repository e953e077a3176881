// Kysely table types for the review store. One schema for SQLite and PostgreSQL: ids are text,
// timestamps are ISO-8601 UTC strings, JSON (scores, evidence, mentions, audit before/after) is text.
import type { Generated } from 'kysely';

export const STATUSES = ['new', 'in_review', 'confirmed', 'dismissed', 'escalated'] as const;
export type Status = (typeof STATUSES)[number];
/**
 * What a decision records. `reopened` only in a correction: it sends a confirmed or dismissed item back
 * to the queue (status `new`) and decides nothing (store/corrections.ts).
 */
export const OUTCOMES = ['confirmed', 'dismissed', 'escalated', 'reopened'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export interface ItemsTable {
  id: string;
  dedupe_key: string;
  source: string;
  external_id: string | null;
  author: string | null;
  /**
   * The link to the post (http or https; migration 010); null when none was given, and once purged.
   * Optional here: a row written without one leaves the column's default (null), and stores at an
   * older migration (the migration tests' setup) have no such column.
   */
  url?: string | null;
  /**
   * The part of a long post its result is about, [start, end) in UTF-16 code units of the text
   * (migration 011); null when the whole post was scored, and once purged. Optional as `url` is.
   */
  part_start?: number | null;
  part_end?: number | null;
  /**
   * A batch item's text hash (migration 012; store/same-post.ts looks posts up by it), kept once
   * purged as the key is. Optional as `url` is: only batch items have one.
   */
  text_hash?: string | null;
  /** The post text; null once purged by retention. */
  text: string | null;
  posted_at: string | null;
  election: string | null;
  stage: string | null;
  label: string;
  risk: number;
  level: string;
  scores: string;
  evidence: string;
  mentions: string;
  model_version: string;
  status: string;
  assignee: string | null;
  created_at: string;
  updated_at: string;
  decided_at: string | null;
  purged_at: string | null;
}

export interface DecisionsTable {
  id: string;
  item_id: string;
  outcome: string;
  /** The reviewer's label (one of the guide's four), for retraining; null when escalated. */
  reviewer_label: string | null;
  reason: string;
  reviewer: string;
  created_at: string;
  /**
   * A correction's: the id of the final decision it replaces (migration 013); null for every other
   * decision. Optional as items.url is: stores at an older migration have no such column.
   */
  supersedes?: string | null;
}

export interface NotesTable {
  id: string;
  item_id: string;
  author: string;
  /** Note text; null once purged by retention. */
  text: string | null;
  suggested_label: string | null;
  created_at: string;
}

export interface AuditTable {
  seq: Generated<number>;
  item_id: string | null;
  actor: string;
  action: string;
  before: string | null;
  after: string | null;
  at: string;
}

/** Which items a queue-page `read` entry (of no item) showed: an index of its `after.ids` (migration 004). */
export interface AuditShownTable {
  item_id: string;
  seq: number;
}

export interface ApiKeysTable {
  id: string;
  name: string;
  role: string;
  salt: string;
  hash: string;
  created_at: string;
  revoked_at: string | null;
  /** When the key stops working; null: never (migration 006). */
  expires_at: string | null;
  /** When the key was last accepted, to the minute; null: never since migration 007. */
  last_used_at: string | null;
}

export interface SessionsTable {
  /** sha256 of the session token (the cookie value is never stored). */
  token_hash: string;
  key_id: string;
  csrf: string;
  created_at: string;
  expires_at: string;
}

export interface Database {
  items: ItemsTable;
  decisions: DecisionsTable;
  notes: NotesTable;
  audit: AuditTable;
  audit_shown: AuditShownTable;
  api_keys: ApiKeysTable;
  sessions: SessionsTable;
}
