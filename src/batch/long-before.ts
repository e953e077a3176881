// Posting times long before every election netra knows. A numeric date read in the wrong order can
// still be a valid date: `--posted-at-order ymd` on a day-first file reads 05/11/24 (5 November 2024)
// as 24 November 2005, so no record is bad. A feed screened for these elections holds no posts from
// more than a year before the first scheduled date of the earliest of them, so such a time says the
// field is read wrongly (or holds a placeholder such as 1970-01-01). A year's margin leaves the
// posts made in the run-up to an election (its "before" stage) alone.
import type { ElectionConfig } from '../elections/schema.js';
import { WIB_OFFSET_MS } from '../elections/stage.js';

/** The election whose schedule starts first, and that first date (YYYY-MM-DD, WIB). */
export interface EarliestElection {
  id: string;
  first: string;
}

/** The earliest of the configs' scheduled dates; undefined when none has a schedule. */
export function earliestElection(elections: readonly ElectionConfig[]): EarliestElection | undefined {
  let earliest: EarliestElection | undefined;
  for (const config of elections) {
    const s = config.schedule;
    if (!s) continue;
    const dates = [s.candidateDetermination, s.campaign?.[0], s.quietPeriod?.[0], s.voting].filter((d): d is string => d !== undefined);
    for (const first of dates) if (earliest === undefined || first < earliest.first) earliest = { id: config.id, first };
  }
  return earliest;
}

/** The instant (ms) a posting time before which is long before `earliest`: a year before its first day begins in WIB. */
export function longBeforeCutoff(earliest: EarliestElection): number {
  const [y, m, d] = earliest.first.split('-').map(Number);
  return Date.UTC(y - 1, m - 1, d) - WIB_OFFSET_MS;
}
