// Review export benchmark (not a test): a store of N decided items (default 20,000; SQLite in a temp
// directory, or PostgreSQL when DATABASE_URL is set: use an empty database), then
//  1. the decisions export (JSONL) into a sink that takes everything: time to the first line and in all;
//  2. the same export into a sink that stops for 2 s after 1,500 lines, while another connection decides
//     an item: whether the decision succeeds, and how long it takes, while the export is mid-file.
//
//   node --import tsx scripts/bench-review-export.ts [--items 20000]
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import type { Response } from 'express';
import { sendDecisionsExport } from '../src/review/http/export.js';
import { ReviewStore } from '../src/review/store/index.js';
import type { ScoreResult } from '../src/pipeline/scorer.js';

const arg = (name: string, dflt: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : dflt;
};
const N = arg('items', 20000);

const result = (): ScoreResult => ({
  id: undefined, label: 'dukungan', risk: 0.9, level: 'tinggi', scores: { ajakan: 0, dukungan: 0.9, serangan: 0, netral: 0.1 },
  evidence: [{ text: 'dukung', weight: 1.5 }], mentions: [], election: 'pilpres-2024', model: { version: 'bench', backend: 'bench' }
});

function sink(onLine: (n: number) => Promise<void> | undefined) {
  let lines = 0;
  let first = 0;
  const out = new Writable({
    write(chunk, _enc, cb) {
      if (!first) first = performance.now();
      lines += String(chunk).split('\n').length - 1;
      const wait = onLine(lines);
      if (wait) wait.then(() => cb(), cb);
      else cb();
    },
  });
  const res = Object.assign(out, { req: { method: 'GET' }, set: () => res, type: () => res }) as unknown as Response;
  return { res, lines: () => lines, first: () => first };
}

async function main() {
  const dir = process.env.DATABASE_URL ? undefined : mkdtempSync(path.join(os.tmpdir(), 'netra-bench-export-'));
  const where = dir ? { dataDir: dir, url: '' } : {};
  const store = await ReviewStore.open(where);
  const other = await ReviewStore.open(where);
  try {
    const texts = Array.from({ length: N + 1 }, (_, i) => ({ post: { text: `Dukung nomor ${i % 9} sampai menang, pos ke-${i} ${'lorem ipsum '.repeat(10)}`, author: `bench-${i}` }, result: result() }));
    const ids: string[] = [];
    for (let i = 0; i < texts.length; i += 1000) ids.push(...(await store.addMany(texts.slice(i, i + 1000), 'bench')).map((a) => a.item.id));
    const spare = ids.pop() as string;
    const base = Date.now() - 86_400_000;
    for (let i = 0; i < N; i += 500) {
      await store.rdb.db
        .insertInto('decisions')
        .values(ids.slice(i, i + 500).map((id, j) => ({ id: randomUUID(), item_id: id, outcome: 'confirmed', reviewer_label: 'dukungan', reason: 'bench', reviewer: 'rev', created_at: new Date(base + i + j).toISOString() })))
        .execute();
    }
    for (let round = 1; round <= 3; round++) {
      const started = performance.now();
      const s = sink(() => undefined);
      await sendDecisionsExport(store, s.res, 'jsonl', 'bench');
      console.log(`${store.rdb.dialect} export of ${s.lines()} rows, round ${round}: first line ${(s.first() - started).toFixed(0)} ms, all ${(performance.now() - started).toFixed(0)} ms`);
    }
    let decided = 'not tried';
    const s = sink((n) => {
      if (n < 1500 || decided !== 'not tried') return undefined;
      decided = 'pending';
      const t = performance.now();
      return other
        .decide(spare, { outcome: 'dismissed' }, 'rev2')
        .then(() => void (decided = `succeeded in ${(performance.now() - t).toFixed(0)} ms`), (e) => void (decided = `failed: ${(e as Error).message}`))
        .then(() => new Promise((r) => setTimeout(r, 2000)));
    });
    await sendDecisionsExport(store, s.res, 'jsonl', 'bench');
    console.log(`${store.rdb.dialect} a decision on another connection at line 1,500 of ${s.lines()}: ${decided}`);
  } finally {
    await other.close();
    await store.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
}

await main();
