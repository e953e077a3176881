// Which stage of an election a post falls in, from the config's schedule and the post's time.
// Dates are calendar days in Western Indonesia Time (UTC+7), the zone of the KPU's published schedule.
import type { ElectionConfig } from './schema.js';

export const STAGES = ['before', 'candidate_determination', 'campaign', 'quiet_period', 'voting', 'after'] as const;
export type Stage = (typeof STAGES)[number];

export const WIB_OFFSET_MS = 7 * 3600 * 1000;

/**
 * The WIB calendar date (YYYY-MM-DD) of an instant. Dates are compared as strings, so years outside
 * 0000–9999 (whose ISO form is "+010000-…") are clamped to the first or last day that sorts right.
 */
export function wibDate(instant: Date): string {
  const shifted = new Date(instant.getTime() + WIB_OFFSET_MS);
  const year = shifted.getUTCFullYear();
  if (Number.isNaN(year)) return instant.getTime() > 0 ? '9999-12-31' : '0000-01-01';
  if (year > 9999) return '9999-12-31';
  if (year < 0) return '0000-01-01';
  return shifted.toISOString().slice(0, 10);
}

const within = (day: string, [start, end]: [string, string]): boolean => day >= start && day <= end;

/**
 * The stage on `instant`, or undefined when the schedule cannot tell (no schedule, or a gap the
 * config leaves open). Order of checks follows the calendar's precedence: voting day, then quiet
 * period, campaign, candidate determination.
 */
export function electionStage(config: ElectionConfig, instant: Date): Stage | undefined {
  const s = config.schedule;
  if (!s || Number.isNaN(instant.getTime())) return undefined;
  const day = wibDate(instant);
  const last = s.voting ?? s.quietPeriod?.[1] ?? s.campaign?.[1];
  const first = s.candidateDetermination ?? s.campaign?.[0] ?? s.quietPeriod?.[0] ?? s.voting;
  if (s.voting && day === s.voting) return 'voting';
  if (last && day > last) return 'after';
  if (s.quietPeriod && within(day, s.quietPeriod)) return 'quiet_period';
  if (s.campaign && within(day, s.campaign)) return 'campaign';
  if (first && day < first) return 'before';
  if (s.candidateDetermination && day >= s.candidateDetermination && (!s.campaign || day < s.campaign[0])) {
    return 'candidate_determination';
  }
  return undefined;
}
