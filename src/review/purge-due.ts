// When retention will purge one item's text under the current settings: the rule purgeExpired applies
// (store/retention.ts, in SQL), said for one item so the item page can tell its reviewer. Decided items go
// NETRA_RETENTION_DAYS after their first final decision; open escalations NETRA_RETENTION_ESCALATED_DAYS
// after their first escalation, never before they would go as decided; new and in-review items never
// while open. A test checks the dates against the purge itself, on both stores.
import type { Status } from './db/schema.js';
import { escalatedDaysOf, type RetentionSettings } from './retention-run.js';

const DAY_MS = 86_400_000;

export type PurgeDue =
  /** Purged at `at` (the first hourly purge after it): a decided item, or an open escalation unless decided first. */
  | { kind: 'at'; at: string; escalated: boolean }
  /** Kept while open; once decided, purged `days` after its first final decision (`at`, when it already has one). */
  | { kind: 'when-decided'; days: number; at?: string }
  /** Never purged: NETRA_RETENTION_DAYS is 0. */
  | { kind: 'never' };

export interface PurgeDueItem {
  status: Status;
  /** The first final decision (confirmed or dismissed), which nothing moves after it. */
  decidedAt: string | null;
  /** The item's first escalation, a plain one or a correction's; null when never escalated. */
  firstEscalatedAt: string | null;
}

const plusDays = (at: string, days: number): string => new Date(Date.parse(at) + days * DAY_MS).toISOString();

/** When retention purges `item`'s text under `s` (for an item whose text is still stored). */
export function purgeDueAt(item: PurgeDueItem, s: RetentionSettings): PurgeDue {
  if (s.retentionDays <= 0) return { kind: 'never' };
  const afterDecision = item.decidedAt === null ? undefined : plusDays(item.decidedAt, s.retentionDays);
  // (A decided item always has decidedAt; one without would never match the purge's query.)
  if (item.status === 'confirmed' || item.status === 'dismissed') return afterDecision ? { kind: 'at', at: afterDecision, escalated: false } : { kind: 'never' };
  const escalatedDays = escalatedDaysOf(s);
  if (item.status === 'escalated' && escalatedDays > 0 && item.firstEscalatedAt !== null) {
    const afterEscalation = plusDays(item.firstEscalatedAt, escalatedDays);
    return { kind: 'at', at: afterDecision !== undefined && afterDecision > afterEscalation ? afterDecision : afterEscalation, escalated: true };
  }
  return { kind: 'when-decided', days: s.retentionDays, ...(afterDecision ? { at: afterDecision } : {}) };
}
