// When retention will purge one item's text under the current settings: the rule purgeExpired applies
// (store/retention.ts, in SQL), said for one item so the item page can tell its reviewer and GET
// /items/:id its API clients. Decided items go NETRA_RETENTION_DAYS after their first final decision;
// open escalations NETRA_RETENTION_ESCALATED_DAYS after their first escalation, never before they would
// go as decided; new and in-review items never while open. A test checks the dates against the purge itself, on both stores; the purge's audit entry
// names the rule this says applied (store/retention.ts).
import type { Status } from './db/schema.js';
import { escalatedDaysOf, type RetentionSettings } from './retention-run.js';

const DAY_MS = 86_400_000;

/** Which time a purge date counts from: the first final decision, or the first escalation. */
export type PurgeCountedFrom = 'first_decision' | 'first_escalation';

export type PurgeDue =
  /**
   * Purged at `at` (the first hourly purge after it): a decided item, or an open escalation unless decided
   * first; `days` after `since`, the time named by `countedFrom` (the rule that sets the date).
   */
  | { kind: 'at'; at: string; escalated: boolean; days: number; countedFrom: PurgeCountedFrom; since: string }
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
  const { decidedAt, firstEscalatedAt } = item;
  const afterDecision = decidedAt === null ? undefined : plusDays(decidedAt, s.retentionDays);
  // (A decided item always has decidedAt; one without would never match the purge's query.)
  const byDecision = (escalated: boolean): PurgeDue =>
    decidedAt === null ? { kind: 'never' } : { kind: 'at', at: plusDays(decidedAt, s.retentionDays), escalated, days: s.retentionDays, countedFrom: 'first_decision', since: decidedAt };
  if (item.status === 'confirmed' || item.status === 'dismissed') return byDecision(false);
  const escalatedDays = escalatedDaysOf(s);
  if (item.status === 'escalated' && escalatedDays > 0 && firstEscalatedAt !== null) {
    const afterEscalation = plusDays(firstEscalatedAt, escalatedDays);
    // Escalated again after its first final decision: never purged sooner than it would go as decided.
    if (afterDecision !== undefined && afterDecision > afterEscalation) return byDecision(true);
    return { kind: 'at', at: afterEscalation, escalated: true, days: escalatedDays, countedFrom: 'first_escalation', since: firstEscalatedAt };
  }
  return { kind: 'when-decided', days: s.retentionDays, ...(afterDecision ? { at: afterDecision } : {}) };
}

/** An item as read with its decisions (store/retention.ts ItemRecord), in time order. */
export interface PurgeDueRecord {
  item: { status: Status; decidedAt: string | null };
  decisions: readonly { outcome: string; createdAt: string }[];
}

/** An item's first escalation among its decisions in time order (the first found); null when never escalated. */
export const firstEscalatedAtOf = (decisions: PurgeDueRecord['decisions']): string | null => decisions.find((d) => d.outcome === 'escalated')?.createdAt ?? null;

/** purgeDueAt for an item as read with its decisions (in time order, so the first escalation is the first found). */
export function purgeDueOf(rec: PurgeDueRecord, s: RetentionSettings): PurgeDue {
  return purgeDueAt({ status: rec.item.status, decidedAt: rec.item.decidedAt, firstEscalatedAt: firstEscalatedAtOf(rec.decisions) }, s);
}
