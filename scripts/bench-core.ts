// Benchmark of the scoring core on one thread, stage by stage, on generated posts: where a post's
// time goes (normalize → mentions → features → model → explain → the whole Scorer.score → JSON, as
// the batch CLI writes a result's line).
// Each stage is timed over the same posts, in pipeline order, after a warm-up; the median of the
// rounds is reported, with each stage's share of the full score + JSON in the same run. Then long
// posts (five generated posts as paragraphs, which Scorer.score also scores part by part) apart, whole
// and part by part: the generated posts are all short, so the table above is the common path.
//   npm run bench:core [-- --posts N] [--rounds N] [--json FILE]
import { writeFileSync } from 'node:fs';
import { postsBench } from './lib/posts-bench.js';
import { normalize } from '../src/text/normalize.js';
import { postVector, type PreparedPost } from '../src/features/featurizer.js';
import { explain } from '../src/explain/evidence.js';
import { MentionIndex } from '../src/elections/mentions.js';
import { Utf8Builder } from '../src/util/utf8-builder.js';
import { formatter } from '../src/batch/format.js';
import type { ScoreResult } from '../src/pipeline/scorer.js';

const { scorer, posts, rounds: ROUNDS, json } = await postsBench('bench:core', 'µs per post for each stage of the scoring core on one thread, and its share of score + JSON.', 3);
const N = posts.length;
const index = new MentionIndex(scorer.elections, scorer.names);
const { spec, vocabulary, sparse } = scorer.model;
const normalized = posts.map((p) => normalize(p, scorer.names));
const prepared: PreparedPost[] = normalized.map((n) => ({ normalized: n, mentions: index.detect(n) }));
const vectors = prepared.map((p) => postVector(p, spec.features, vocabulary, true));

// A result's JSONL line as the batch CLI writes it (its formatter: UTF-8 bytes, no string), into one
// reused buffer emptied as a chunk's would be.
const lines = new Utf8Builder();
const writeLine = formatter('jsonl');
function jsonLine(r: ScoreResult): void {
  if (lines.length > 1 << 20) lines.clear();
  writeLine(lines, r);
}

/** µs per post of `f` over every post, median of the rounds (after one warm-up pass). */
function time(f: (i: number) => unknown): number {
  for (let i = 0; i < N; i++) f(i);
  const runs: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    const t0 = performance.now();
    for (let i = 0; i < N; i++) f(i);
    runs.push(((performance.now() - t0) * 1000) / N);
  }
  return runs.sort((a, b) => a - b)[Math.floor(runs.length / 2)];
}

const stages: [string, (i: number) => unknown][] = [
  ['normalize', (i) => normalize(posts[i], scorer.names)],
  ['mentions', (i) => index.detect(normalized[i])],
  ['features (TF-IDF vector)', (i) => postVector(prepared[i], spec.features, vocabulary, true)],
  ['model (sparse logits)', (i) => sparse.logits(vectors[i].vector)],
  ['explain', (i) => explain(vectors[i], prepared[i].mentions, sparse, 1, 3)],
  ['Scorer.score (all of the above + decision)', (i) => scorer.score({ text: posts[i] })],
  ['Scorer.score + JSON (the JSONL line, as the batch CLI writes it)', (i) => jsonLine(scorer.score({ text: posts[i], id: String(i) }))],
];
const rows = stages.map(([stage, f]) => ({ stage, usPerPost: +time(f).toFixed(2) }));
const whole = rows[rows.length - 1].usPerPost;
console.table(rows.map((r) => ({ ...r, share: `${((100 * r.usPerPost) / whole).toFixed(0)} %` })));
console.log(`${N} generated posts, ${ROUNDS} rounds (median); one thread: ${Math.round(1e6 / whole)} posts/s for score + JSON`);

const long: string[] = [];
for (let i = 0; i + 5 <= Math.min(N, 20_000); i += 5) long.push(posts.slice(i, i + 5).join('\n\n'));
/** µs per long post of score + JSON, median of the rounds (over `long`, not `posts`). */
function timeLong(segments: boolean): number {
  const once = () => {
    const t0 = performance.now();
    for (const text of long) jsonLine(scorer.score({ text }, { segments }));
    return ((performance.now() - t0) * 1000) / long.length;
  };
  once();
  const runs = Array.from({ length: ROUNDS }, once);
  return runs.sort((a, b) => a - b)[Math.floor(runs.length / 2)];
}
const longRows = [
  { stage: 'long posts: Scorer.score + JSON, whole only', usPerPost: +timeLong(false).toFixed(2) },
  { stage: 'long posts: Scorer.score + JSON, whole and part by part', usPerPost: +timeLong(true).toFixed(2) },
];
console.table(longRows);
console.log(`${long.length} long posts of ${Math.round(long.reduce((a, t) => a + t.length, 0) / long.length)} characters on average (5 generated posts each, as paragraphs)`);
if (json) writeFileSync(json, JSON.stringify({ date: new Date().toISOString(), posts: N, rounds: ROUNDS, model: spec.version, rows, longRows }, null, 2) + '\n');
