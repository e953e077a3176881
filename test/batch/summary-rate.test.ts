// The summary's throughput line: the rate is a count per second, "1 record/s" in the singular like every
// count of the summary, and a slow job's rate keeps its first figures (a job of 1 record in 4 s said
// "0 records/s"; one of 1 record in 1 s said "1 records/s").
import { describe, expect, it } from 'vitest';
import { BatchStats, formatSummary, type SummaryContext } from '../../src/batch/stats.js';

function throughput(processedThisRun: number, seconds: number): string | undefined {
  const ctx: SummaryContext = { seconds, startupSeconds: 0.5, mainThreadBusy: 0.1, processedThisRun, threads: 2, minRisk: 0, sampleErrors: [], peakRssBytes: 2 ** 27 };
  return /^ {2}throughput: .*$/m.exec(formatSummary(new BatchStats(), ctx))?.[0].trim();
}

describe('the throughput line', () => {
  it('gives the rate as a count of records per second, singular for one', () => {
    expect(throughput(1, 1)).toBe('throughput: 1 record in 1.0 s (startup 0.5 s), 1 record/s with 2 worker threads');
    expect(throughput(2, 1)).toBe('throughput: 2 records in 1.0 s (startup 0.5 s), 2 records/s with 2 worker threads');
    expect(throughput(0, 1)).toBe('throughput: 0 records in 1.0 s (startup 0.5 s), 0 records/s with 2 worker threads');
    expect(throughput(1_000_000, 55.6)).toBe('throughput: 1,000,000 records in 55.6 s (startup 0.5 s), 17,986 records/s with 2 worker threads');
  });

  it('keeps two figures of a rate under 10 a second, rather than rounding a slow job to 0', () => {
    expect(throughput(1, 4)).toBe('throughput: 1 record in 4.0 s (startup 0.5 s), 0.25 records/s with 2 worker threads');
    expect(throughput(3, 2)).toBe('throughput: 3 records in 2.0 s (startup 0.5 s), 1.5 records/s with 2 worker threads');
    expect(throughput(299, 30)).toBe('throughput: 299 records in 30.0 s (startup 0.5 s), 10 records/s with 2 worker threads');
  });
});
