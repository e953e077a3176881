// --min-risk with --enqueue: an officer lowers the supervisors' workload with --min-risk, so the queue
// gets only records that are also written (at or above both the review threshold and --min-risk).
import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ReviewQueue } from '../../src/batch/enqueue.js';
import type { FlaggedItem } from '../../src/batch/types.js';
import { examplePosts, jsonl, options, runCaptured, tempDir } from './helpers.js';

/** A queue that keeps what it is handed. */
function recordingQueue(): ReviewQueue & { added: FlaggedItem[] } {
  const added: FlaggedItem[] = [];
  const queue = {
    added,
    counts: { created: 0, duplicates: 0, skipped: 0 },
    async add(items: readonly FlaggedItem[]) {
      added.push(...items);
      queue.counts.created += items.length;
    },
    async close() {},
  };
  return queue;
}

describe('--enqueue with --min-risk', () => {
  it('queues only the flagged records that are written', async () => {
    const dir = tempDir();
    const input = path.join(dir, 'feed.jsonl');
    writeFileSync(input, jsonl(examplePosts(300, 4)));
    const all = await runCaptured(options({ input }));
    const flaggedRisks = all.stdout.trim().split('\n').map((l) => JSON.parse(l)).filter((r) => r.level !== 'rendah').map((r) => r.risk as number).sort((a, b) => a - b);
    // a --min-risk between the flagged records' risks: some flagged ones fall below it
    const minRisk = flaggedRisks[Math.floor(flaggedRisks.length / 2)];
    expect(flaggedRisks[0]).toBeLessThan(minRisk);
    const queue = recordingQueue();
    const run = await runCaptured(options({ input, minRisk, openQueue: async () => queue }));
    const written = run.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(written.every((r) => r.risk >= minRisk)).toBe(true);
    expect(queue.added.map((a) => a.result.id)).toEqual(written.filter((r) => r.level !== 'rendah').map((r) => r.id));
    expect(queue.added.length).toBe(flaggedRisks.filter((r) => r >= minRisk).length);
    expect(run.stderr).toContain(`review queue: ${queue.added.length} added, 0 already queued (levels sedang and tinggi, risk ≥ ${minRisk})`);
  });
});
