// Micro-benchmark: normalize+tokenize throughput on 100k generated posts (one core), against
// natural's Indonesian aggressive tokenizer measured in the same run, plus stemmer cost with and
// without our bounded cache. Prints a table; `--json FILE` also writes the numbers.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { normalize } from '../src/text/normalize.js';
import { naturalStem, stem, stemUncached } from '../src/text/stem.js';
import { syntheticPosts } from './lib/synthetic-posts.js';
import { jsonOutArg, scriptArgs, wholeArg } from './lib/args.js';

const values = scriptArgs('bench:text', { posts: { type: 'string' }, json: { type: 'string' }, help: { type: 'boolean' } });
if (values.help) {
  console.log('usage: npm run bench:text [-- --posts N] [--json FILE]\nPrints posts/s for normalize+tokenize on N generated posts (default 100000).');
  process.exit(0);
}
jsonOutArg('bench:text', values.json);
const N = wholeArg('bench:text', values.posts, 'posts', 100_000, 1000);
const jsonOut = values.json;
const posts = [...syntheticPosts(N, 7)];
const require = createRequire(import.meta.url);
const AggressiveTokenizerId = require('natural/lib/natural/tokenizers/aggressive_tokenizer_id.js');
const naturalTokenizer = new AggressiveTokenizerId();

function time(label: string, fn: () => number): { label: string; seconds: number; items: number } {
  fn(); // warm-up pass (JIT, caches)
  const t0 = process.hrtime.bigint();
  const items = fn();
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  return { label, seconds, items };
}

let sink = 0;
const ours = time('netra normalize+tokenize', () => {
  for (const p of posts) sink += normalize(p).tokens.length;
  return posts.length;
});
const baseline = time('natural aggressive tokenizer (baseline)', () => {
  for (const p of posts) sink += naturalTokenizer.tokenize(p).length;
  return posts.length;
});
const words = [...new Set(posts.flatMap((p) => normalize(p).tokens))].filter((w) => /^[a-z]{4,}$/.test(w));
const stemNatural = time("natural's Sastrawi stemmer, uncached (per word; the reference)", () => {
  for (const w of words) sink += naturalStem(w).length;
  return words.length;
});
const stemUn = time('netra Sastrawi port, uncached (per word, same stems)', () => {
  for (const w of words) sink += stemUncached(w).length;
  return words.length;
});
const stemTokens = posts.slice(0, 20_000).flatMap((p) => normalize(p).tokens);
const stemCached = time('stem() with bounded cache (per token)', () => {
  for (const w of stemTokens) sink += stem(w).length;
  return stemTokens.length;
});

const rows = [ours, baseline].map((r) => ({ what: r.label, 'posts/s': Math.round(r.items / r.seconds) }));
console.table(rows);
console.table([stemNatural, stemUn, stemCached].map((r) => ({ what: r.label, 'µs/item': +((r.seconds * 1e6) / r.items).toFixed(3) })));
const ratio = ours.items / ours.seconds / (baseline.items / baseline.seconds);
console.log(`netra normalize+tokenize: ${Math.round(ours.items / ours.seconds)} posts/s on ${N} posts (${ratio.toFixed(2)}× natural's tokenizer, which does far less); target ≥ 100000`);
if (jsonOut) writeFileSync(jsonOut, JSON.stringify({ posts: N, rows, stem: { naturalUncachedUs: (stemNatural.seconds * 1e6) / stemNatural.items, uncachedUs: (stemUn.seconds * 1e6) / stemUn.items, cachedUs: (stemCached.seconds * 1e6) / stemCached.items }, ratio, sink }, null, 2));
