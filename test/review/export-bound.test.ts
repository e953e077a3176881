// The decisions export ends at the last decision there was when it was audited: decisions made while a
// slow client downloads it are neither sent nor counted, so its `export` audit row counts what was sent.
import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import type { Response } from 'express';
import { expect, it } from 'vitest';
import { sendDecisionsExport } from '../../src/review/http/export.js';
import type { ReviewStore } from '../../src/review/store/index.js';
import { describeOnStores, withStore } from './helpers/stores.js';
import { fakeResult } from './helpers/fixtures.js';

/** A response whose client reads nothing until release(): the export waits on back-pressure meanwhile. */
function stalledResponse() {
  let lines = 0;
  let release!: () => void;
  const released = new Promise<void>((r) => (release = r));
  let firstWrite!: () => void;
  const writing = new Promise<void>((r) => (firstWrite = r));
  const out = new Writable({
    highWaterMark: 16,
    write(chunk, _enc, cb) {
      lines += String(chunk).split('\n').length - 1;
      firstWrite();
      void released.then(() => cb());
    },
  });
  const res = Object.assign(out, { req: { method: 'GET' }, set: () => res, type: () => res }) as unknown as Response;
  return { res, writing, release, lines: () => lines };
}

describeOnStores('the decisions export on $name', (kind) => {
  let store: ReviewStore;
  withStore(kind, (opened) => (store = opened));

  it('counts in its audit row exactly the rows it sends, though decisions are made while it streams', async () => {
    const added = await store.addMany(
      Array.from({ length: 5 }, (_, i) => ({ post: { text: `Dukung nomor ${i} sampai menang`, author: `eb-${i}` }, result: fakeResult(0.9) })),
      'analis',
    );
    const [old, ...fresh] = added.map((a) => a.item.id);
    // More decisions than one export page (1,000), so the export reads a second page after the first is sent.
    // Written directly: an escalated item may carry any number of decisions, and 1,001 decide() calls are slow.
    const base = Date.now() - 86_400_000; // before the decisions made below
    const rows = Array.from({ length: 1001 }, (_, i) => ({
      id: randomUUID(), item_id: old, outcome: 'escalated', reviewer_label: null, reason: '', reviewer: 'rev', created_at: new Date(base + i).toISOString(),
    }));
    await store.rdb.db.insertInto('decisions').values(rows).execute();

    const client = stalledResponse();
    const exporting = sendDecisionsExport(store, client.res, 'jsonl', 'sup');
    await client.writing;
    // Supervisors go on deciding while the client has not read the first page yet.
    for (const id of fresh) await store.decide(id, { outcome: 'dismissed' }, 'rev2');
    client.release();
    await exporting;

    const audit = await store.auditLog({ action: 'export' });
    expect(audit.entries).toHaveLength(1);
    expect(audit.entries[0].after).toEqual({ format: 'jsonl', rows: 1001, items: 1 }); // the 1,001 decisions are one item's
    expect(client.lines()).toBe(1001);
    // A later export has them all.
    const again = stalledResponse();
    again.release();
    await sendDecisionsExport(store, again.res, 'jsonl', 'sup');
    expect(again.lines()).toBe(1005);
    expect((await store.auditLog({ action: 'export' })).entries[0].after).toEqual({ format: 'jsonl', rows: 1005, items: 5 });
  });
});
