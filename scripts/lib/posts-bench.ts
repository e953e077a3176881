// The set-up shared by the one-thread benchmarks over generated posts (bench:core, bench:written):
// their flags (--posts, --rounds, --json, --help), the default model's scorer, and the posts.
import { syntheticPosts } from './synthetic-posts.js';
import { checkedArg, jsonOutArg, scriptArgs, wholeArg } from './args.js';
import { modelFlag } from '../../src/cli/model-flag.js';
import { createScorer } from '../../src/pipeline/create.js';
import type { Scorer } from '../../src/pipeline/scorer.js';

export interface PostsBench {
  scorer: Scorer;
  posts: string[];
  rounds: number;
  /** --json FILE, checked writable before the run. */
  json?: string;
}

/** Parses the flags (printing `what` under the usage line for --help), loads the scorer and makes the posts. */
export async function postsBench(script: string, what: string, defaultRounds: number): Promise<PostsBench> {
  const values = scriptArgs(script, { posts: { type: 'string' }, rounds: { type: 'string' }, json: { type: 'string' }, help: { type: 'boolean', short: 'h' } });
  if (values.help) {
    console.log(`usage: npm run ${script} [-- --posts N] [--rounds N] [--json FILE]\n${what}`);
    process.exit(0);
  }
  const json = jsonOutArg(script, values.json);
  const n = wholeArg(script, values.posts, 'posts', 50_000, 1000);
  const rounds = wholeArg(script, values.rounds, 'rounds', defaultRounds);
  checkedArg(script, () => modelFlag(undefined)); // NETRA_MODEL naming no model: exit 2, not a stack trace
  return { scorer: await createScorer(), posts: [...syntheticPosts(n, 7)], rounds, json };
}
