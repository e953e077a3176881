// A decisions export is one moment's picture of the store, from its audit entry to its last line: what
// happens while a long file streams (an item deleted, a decision committed late with an earlier time,
// a new decision) neither appears in nor vanishes from it, and the entry counts exactly the file's rows.
// Before, only the first 1,000 rows were read in the entry's transaction; the later pages were read
// afterwards, each on its own, so an item deleted meanwhile lost its row from the file while the entry
// still counted and named it.
import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import type { Response } from 'express';
import { expect, it } from 'vitest';
import { sendDecisionsExport } from '../../src/review/http/export.js';
import type { ReviewStore } from '../../src/review/store/index.js';
import { describeOnStores, withStore } from './helpers/stores.js';
import { fakeResult } from './helpers/fixtures.js';
import { sql } from '../../src/review/db/kysely.js';

/** A response that keeps its JSONL lines and, once `at` lines are in, waits for `meanwhile` before taking more. */
function pausingResponse(at: number, meanwhile: () => Promise<void>) {
  const lines: { item_id: string; decision_id: string }[] = [];
  let paused = false;
  const out = new Writable({
    write(chunk, _enc, cb) {
      for (const l of String(chunk).split('\n')) if (l !== '') lines.push(JSON.parse(l));
      if (paused || lines.length < at) return cb();
      paused = true;
      meanwhile().then(() => cb(), cb);
    },
  });
  const res = Object.assign(out, { req: { method: 'GET' }, set: () => res, type: () => res }) as unknown as Response;
  return { res, lines };
}

describeOnStores('a decisions export streaming while the store changes on $name', (kind) => {
  let store: ReviewStore;
  withStore(kind, (opened) => (store = opened));

  it('holds what was there when it was audited: a deletion, a late decision and a new one at row 1,500 of 3,000 change nothing in it', async () => {
    const N = 3000;
    const added = await store.addMany(
      Array.from({ length: N + 1 }, (_, i) => ({ post: { text: `Dukung nomor ${i % 9} sampai menang, pos ${i}`, author: `snap-${i}` }, result: fakeResult(0.9) })),
      'analis',
    );
    const ids = added.map((a) => a.item.id);
    const undecided = ids.pop() as string;
    // One decision per item, 2 ms apart (written directly: 3,000 decide() calls are slow), so a decision can fall between two.
    const base = Date.now() - 86_400_000;
    const at = (i: number) => new Date(base + 2 * i).toISOString();
    for (let i = 0; i < N; i += 500) {
      await store.rdb.db
        .insertInto('decisions')
        .values(ids.slice(i, i + 500).map((id, j) => ({ id: randomUUID(), item_id: id, outcome: 'confirmed', reviewer_label: 'dukungan', reason: 'dukungan jelas', reviewer: 'rev', created_at: at(i + j) })))
        .execute();
    }
    const deleted = ids[2500];
    const lateAt = new Date(base + 2 * 2600 + 1).toISOString(); // between rows 2,600 and 2,601
    const client = pausingResponse(1500, async () => {
      await store.delete(deleted, 'admin#k9', 'permintaan subjek data');
      // A decision whose transaction took its time: stamped before the export's end, committed after its entry.
      await store.rdb.db.insertInto('decisions').values({ id: randomUUID(), item_id: ids[10], outcome: 'escalated', reviewer_label: null, reason: 'terlambat', reviewer: 'rev', created_at: lateAt }).execute();
      await store.decide(undecided, { outcome: 'dismissed' }, 'rev2');
    });
    await sendDecisionsExport(store, client.res, 'jsonl', 'sup');

    const sent = client.lines.map((l) => l.item_id);
    expect(sent).toHaveLength(N);
    expect(sent).toEqual(ids);
    expect(sent).toContain(deleted);
    expect(sent).not.toContain(undecided);
    const entry = (await store.auditLog({ action: 'export' })).entries[0];
    expect(entry.after).toEqual({ format: 'jsonl', rows: N, items: N });
    // The deletion came after the entry, and the file held the item.
    expect((await store.auditLog({ itemId: deleted })).entries.map((e) => e.action).slice(0, 2)).toEqual(['delete', 'export']);
  }, 120_000);

  // The snapshot holds a connection (PostgreSQL) or a reader of the file (SQLite) for the download's length:
  // a client that goes away mid-file ends it, or the pool would run dry and the WAL could never be truncated.
  it('ends its snapshot when the client goes away mid-file (the 3,000 decisions above)', async () => {
    let out!: Writable;
    let lines = 0;
    out = new Writable({
      write(chunk, _enc, cb) {
        lines += String(chunk).split('\n').length - 1;
        if (lines >= 1500) out.destroy();
        cb();
      },
    });
    const res = Object.assign(out, { req: { method: 'GET' }, set: () => res, type: () => res }) as unknown as Response;
    await sendDecisionsExport(store, res, 'jsonl', 'sup');
    expect(lines).toBeLessThan(3000);
    if (kind.name === 'postgres') {
      const open = await sql<{ n: number }>`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND state LIKE 'idle in transaction%'`.execute(store.rdb.db);
      expect(open.rows[0].n).toBe(0);
    } else {
      // No reader left: the checkpoint empties the whole WAL.
      const [ck] = (await sql<{ busy: number; log: number; checkpointed: number }>`PRAGMA wal_checkpoint(TRUNCATE)`.execute(store.rdb.db)).rows;
      expect(ck).toEqual({ busy: 0, log: 0, checkpointed: 0 });
    }
  });
});
