// The review-queue line of the summary: "of which N already decided" is said only when a supervisor
// decided some of the posts already queued; "of which 0 already decided (0 confirmed, 0 dismissed)"
// told nothing.
import { describe, expect, it } from 'vitest';
import { BatchStats, formatSummary, type SummaryContext } from '../../src/batch/stats.js';

function queueLine(queued: SummaryContext['queued']): string | undefined {
  const summary = formatSummary(new BatchStats(), { seconds: 1, startupSeconds: 0, mainThreadBusy: 0, processedThisRun: 0, threads: 0, minRisk: 0, sampleErrors: [], peakRssBytes: 0, queued });
  return summary.split('\n').find((l) => l.includes('review queue'))?.trim();
}

describe('the summary of posts already queued', () => {
  it('leaves out the decided clause when none of them is decided', () => {
    expect(queueLine({ created: 1, duplicates: 2, alreadyDecided: { confirmed: 0, dismissed: 0 } })).toBe('review queue: 1 added, 2 already queued (levels sedang and tinggi)');
  });

  it('says how many are decided when some are', () => {
    expect(queueLine({ created: 1, duplicates: 2, alreadyDecided: { confirmed: 1, dismissed: 0 } })).toBe('review queue: 1 added, 2 already queued (levels sedang and tinggi), of which 1 already decided (1 confirmed, 0 dismissed)');
  });
});
