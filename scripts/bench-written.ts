// What `written` evidence costs (ScoreOptions.written: each phrase found in the post as written).
// Scores the same generated posts without and with it, alternating rounds in one run, and reports
// CPU µs per post for each (median of the rounds) and their ratio. Also checks that the option
// changes nothing else: the JSON of every post with `written` removed hashes the same as without it.
//   npm run bench:written [-- --posts N] [--rounds N] [--json FILE]
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { postsBench } from './lib/posts-bench.js';
import { median } from './lib/percentile.js';
import type { ScoreOptions } from '../src/pipeline/scorer.js';

const { scorer, posts, rounds: ROUNDS, json } = await postsBench('bench:written', 'CPU µs per post of Scorer.score without and with written evidence, their ratio, and an output check.', 5);
const N = posts.length;

/** CPU µs per post of scoring every post with `options`. */
function cpuPerPost(options: ScoreOptions): number {
  const t0 = process.cpuUsage();
  for (let i = 0; i < N; i++) scorer.score({ text: posts[i], id: String(i) }, options);
  const t = process.cpuUsage(t0);
  return (t.user + t.system) / N;
}

/** SHA-256 of every post's result JSON, `written` left out when `strip`. */
function outputHash(options: ScoreOptions, strip: boolean): { hash: string; found: number } {
  const h = createHash('sha256');
  let found = 0;
  for (let i = 0; i < N; i++) {
    const r = scorer.score({ text: posts[i], id: String(i) }, options);
    for (const e of r.evidence) {
      if (e.written) found++;
      if (strip) delete e.written;
    }
    h.update(`${JSON.stringify(r)}\n`);
  }
  return { hash: h.digest('hex'), found };
}

const plain = { written: false };
const written = { written: true };
cpuPerPost(plain); // warm-up, both paths
cpuPerPost(written);
const runs = { plain: [] as number[], written: [] as number[] };
for (let r = 0; r < ROUNDS; r++) {
  // Alternating, so a busy neighbour slows both alike.
  runs.plain.push(cpuPerPost(plain));
  runs.written.push(cpuPerPost(written));
}
const [a, b] = [median(runs.plain), median(runs.written)];
console.log(`Scorer.score:                ${a.toFixed(2)} µs CPU per post`);
console.log(`Scorer.score, written:       ${b.toFixed(2)} µs CPU per post`);
console.log(`written costs ${(b - a).toFixed(2)} µs per post: ×${(b / a).toFixed(3)} (+${((100 * (b - a)) / a).toFixed(1)} %)`);
const before = outputHash(plain, false);
const after = outputHash(written, true);
const evidence = posts.reduce((n, text) => n + scorer.score({ text }).evidence.length, 0);
console.log(`output without written ${before.hash.slice(0, 16)}, with it removed ${after.hash.slice(0, 16)}: ${before.hash === after.hash ? 'identical' : 'DIFFERENT'}`);
console.log(`${after.found} of ${evidence} evidence phrases found as written; ${N} generated posts, ${ROUNDS} rounds (median)`);
if (json) {
  const report = { date: new Date().toISOString(), posts: N, rounds: ROUNDS, model: scorer.model.spec.version, usPerPost: { plain: +a.toFixed(2), written: +b.toFixed(2) }, ratio: +(b / a).toFixed(3), identical: before.hash === after.hash, phrasesFound: after.found, phrases: evidence };
  writeFileSync(json, JSON.stringify(report, null, 2) + '\n');
}
if (before.hash !== after.hash) process.exitCode = 1;
