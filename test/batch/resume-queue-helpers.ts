// `netra score --enqueue` run in-process through the command's own option builder (so the review queue is
// named from the environment as the CLI names it), and the state a kill leaves after a checkpoint.
import { readFileSync, writeFileSync } from 'node:fs';
import { checkpointPath, readCheckpoint, type Checkpoint } from '../../src/batch/checkpoint.js';
import type { ReviewQueue } from '../../src/batch/enqueue.js';
import { parseScoreFlags } from '../../src/cli/score/flags.js';
import { scoreOptions } from '../../src/cli/score/score-options.js';
import { runCaptured, type Captured } from './helpers.js';

/** Runs `score ARGV` with `env` as the CLI would see it; `queue` replaces the real review queue when given. */
export async function scoreIn(env: NodeJS.ProcessEnv, argv: string[], queue?: ReviewQueue): Promise<Captured> {
  const opts = scoreOptions(parseScoreFlags(['--workers', '0', ...argv]), env);
  if (queue) opts.openQueue = async () => queue;
  return runCaptured(opts);
}

/** A review queue that takes everything and keeps nothing: for runs whose store is not reachable here. */
export function nullQueue(): ReviewQueue {
  return { counts: { created: 0, duplicates: 0, skipped: 0 }, async add() {}, async close() {} };
}

/**
 * Leaves a finished job's files as a kill right after the checkpoint at record `records` would: its
 * output cut to that many lines and the progress file saying so; `enqueue` replaces the queue's name in
 * the fingerprint (what an older netra wrote there).
 */
export async function interruptedAt(output: string, records: number, enqueue?: string): Promise<Checkpoint> {
  const cp = (await readCheckpoint(checkpointPath(output)))!;
  const kept = readFileSync(output, 'utf8').split('\n').slice(0, records).map((l) => `${l}\n`).join('');
  const at: Checkpoint = { ...cp, records, outputBytes: Buffer.byteLength(kept), done: false, fingerprint: { ...cp.fingerprint, ...(enqueue !== undefined ? { enqueue } : {}) } };
  writeFileSync(checkpointPath(output), JSON.stringify(at));
  writeFileSync(output, kept);
  return at;
}
