// One retention run, as the service (on start and hourly), `netra review purge` and POST
// /retention/purge run it: decided items past NETRA_RETENTION_DAYS, and open escalations past
// NETRA_RETENTION_ESCALATED_DAYS, purged; and how many open escalations are past the normal period, so
// someone decides them before their evidence goes (an officer's case must not lose it silently).
import type { ReviewStore } from './store/index.js';

/** NETRA_RETENTION_ESCALATED_DAYS unset: a year after the escalation (twice the default period), or NETRA_RETENTION_DAYS when longer. */
export const DEFAULT_ESCALATED_RETENTION_DAYS = 365;

/** The default for a retention period: an escalation never keeps its text shorter than a decided item. */
export const defaultEscalatedDays = (retentionDays: number): number => Math.max(DEFAULT_ESCALATED_RETENTION_DAYS, retentionDays);

export interface RetentionSettings {
  /** NETRA_RETENTION_DAYS; 0: no retention at all (escalations included). */
  retentionDays: number;
  /** NETRA_RETENTION_ESCALATED_DAYS; 0: an open escalation keeps its text until decided. Unset: the default. */
  escalatedRetentionDays?: number;
}

export interface RetentionRun {
  /** Items whose text this run purged (decided and escalated). */
  purged: number;
  /** Open escalations escalated more than NETRA_RETENTION_DAYS ago whose text is still kept. */
  escalatedPastRetention: number;
}

export const escalatedDaysOf = (s: RetentionSettings): number => s.escalatedRetentionDays ?? defaultEscalatedDays(s.retentionDays);

export async function runRetention(store: ReviewStore, s: RetentionSettings, actor?: string): Promise<RetentionRun> {
  const purged = await store.purgeExpired(s.retentionDays, actor, undefined, escalatedDaysOf(s));
  return { purged, escalatedPastRetention: await store.escalatedPastRetention(s.retentionDays) };
}

/** The warning for open escalations past the normal period (none when there are none). */
export function escalatedNotice(run: RetentionRun, s: RetentionSettings): string | undefined {
  if (run.escalatedPastRetention === 0) return undefined;
  const until = escalatedDaysOf(s) > 0 ? `until ${escalatedDaysOf(s)} days after their first escalation (NETRA_RETENTION_ESCALATED_DAYS), then it is purged` : 'until they are decided (NETRA_RETENTION_ESCALATED_DAYS=0)';
  return `${run.escalatedPastRetention} escalated items open longer than ${s.retentionDays} days (NETRA_RETENTION_DAYS) keep their text ${until}: decide them`;
}
