// A/B of the scoring core: this checkout against another one (`--base DIR`, e.g. a clone at the commit
// before a change, with its node_modules) in ONE process, Scorer.score + the result's JSONL line as UTF-8
// (as the batch CLI writes it, with each checkout's own writer: its src/pipeline/result-json.ts, or
// JSON.stringify where it has none) over the same posts in alternating blocks (which side goes first swaps every pair), timed as the process's CPU time.
// Reports each side's median µs per post and the median of the pair ratios (this / base). Both sides
// share the machine's state from block to block, so the ratio holds on a loaded machine, where separate
// runs of the same code swing by ±10 %. The side loaded second ran ≈ 2 % faster when both were the same
// code: run it from each checkout (with the other as --base) and read both ratios.
//   npm run bench:ab -- --base DIR [--feed FILE.jsonl] [--posts N] [--block N] [--pairs N] [--json FILE]
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkedArg, jsonOutArg, scriptArgs, usageError, wholeArg } from './lib/args.js';
import { syntheticPosts } from './lib/synthetic-posts.js';
import { median } from './lib/percentile.js';
import { modelFlag } from '../src/cli/model-flag.js';

interface ScoresPosts {
  score(input: { text: string; id?: string }): unknown;
}

interface Bytes {
  append(text: string): void;
  take(): Uint8Array;
}

/** One checkout's scorer and the way it writes a result's JSONL line into its byte builder. */
interface Side {
  scorer: ScoresPosts;
  out: Bytes;
  line(out: Bytes, result: unknown): void;
}

const SCRIPT = 'bench:ab';
const values = scriptArgs(SCRIPT, {
  base: { type: 'string' },
  feed: { type: 'string' },
  posts: { type: 'string' },
  block: { type: 'string' },
  pairs: { type: 'string' },
  json: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
});
if (values.help) {
  console.log(`usage: npm run ${SCRIPT} -- --base DIR [--feed FILE.jsonl] [--posts N] [--block N] [--pairs N] [--json FILE]
Scorer.score + the JSONL line (UTF-8) of this checkout against the checkout at DIR, in one process, alternating blocks of
posts: median µs of CPU per post of each and the median pair ratio (this / base). The posts are the
generated posts of bench:core (default 30,000), or the texts of a JSONL feed (bench:batch --keep).`);
  process.exit(0);
}
if (values.base === undefined) usageError(SCRIPT, '--base is required: the directory of the checkout to compare with');
const baseCreate = path.resolve(values.base, 'src/pipeline/create.ts');
if (!existsSync(baseCreate)) usageError(SCRIPT, `--base ${values.base}: no src/pipeline/create.ts there; give the directory of a netra checkout`);
if (values.feed !== undefined && !existsSync(values.feed)) usageError(SCRIPT, `--feed ${values.feed} does not exist; give a JSONL file with a "text" field`);
const n = wholeArg(SCRIPT, values.posts, 'posts', 30_000, 1000);
const block = wholeArg(SCRIPT, values.block, 'block', 3000, 100);
const pairs = wholeArg(SCRIPT, values.pairs, 'pairs', 30);
const json = jsonOutArg(SCRIPT, values.json);
checkedArg(SCRIPT, () => modelFlag(undefined)); // NETRA_MODEL naming no model: exit 2, not a stack trace

const texts = values.feed === undefined
  ? [...syntheticPosts(n, 7)]
  : readFileSync(values.feed, 'utf8').split('\n').filter((l) => l.trim() !== '').slice(0, n).map((l) => String(JSON.parse(l).text));

/** The checkout at `dir`: its scorer, its byte builder, and its result writer when it has one. */
async function side(dir: string): Promise<Side> {
  const scorer = (await (await import(path.resolve(dir, 'src/pipeline/create.ts'))).createScorer()) as ScoresPosts;
  const { Utf8Builder } = await import(path.resolve(dir, 'src/util/utf8-builder.ts'));
  const writer = path.resolve(dir, 'src/pipeline/result-json.ts');
  if (!existsSync(writer)) return { scorer, out: new Utf8Builder(), line: (out, r) => out.append(`${JSON.stringify(r)}\n`) };
  const { appendResultJson } = await import(writer);
  return { scorer, out: new Utf8Builder(), line: (out, r) => appendResultJson(out, r, '\n') };
}
const base = await side(values.base);
const mine = await side(path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..'));

let bytes = 0;
/** µs of CPU per post for one block of `block` posts from `from`; the lines taken as a 256-record chunk's are. */
function run({ scorer, out, line }: Side, from: number): number {
  const start = process.cpuUsage();
  for (let i = from; i < from + block; i++) {
    line(out, scorer.score({ text: texts[i % texts.length], id: String(i) }));
    if (i % 256 === 255) bytes += out.take().length;
  }
  bytes += out.take().length;
  const used = process.cpuUsage(start);
  return (used.user + used.system) / block;
}

// Warm-up: every post once on each side (JIT, and caches of words filled).
for (let i = 0; i < texts.length; i += block) {
  run(base, i);
  run(mine, i);
}
const baseUs: number[] = [];
const mineUs: number[] = [];
const ratios: number[] = [];
for (let p = 0; p < pairs; p++) {
  const from = (p * block) % texts.length;
  let b: number;
  let m: number;
  if (p % 2 === 0) {
    b = run(base, from);
    m = run(mine, from);
  } else {
    m = run(mine, from);
    b = run(base, from);
  }
  baseUs.push(b);
  mineUs.push(m);
  ratios.push(m / b);
}
const result = { posts: texts.length, pairs, block, baseUsPerPost: +median(baseUs).toFixed(2), thisUsPerPost: +median(mineUs).toFixed(2), medianPairRatio: +median(ratios).toFixed(3) };
console.log(`${result.posts} posts, ${pairs} pairs of ${block}: base ${result.baseUsPerPost} µs/post, this ${result.thisUsPerPost} µs/post, median pair ratio ${result.medianPairRatio} (this / base)`);
if (json) writeFileSync(json, `${JSON.stringify(result, null, 2)}\n`);
