// A bulk export while an admin deletes a decided item. The export read where it ends (and how many rows
// that was) in one statement, and the items it holds in another, inside its audit transaction: an item
// deleted between the two was counted in `rows` but sent by no line, and on PostgreSQL an item deleted
// after the items were read (the export held no lock on them) was named by the entry (`items`,
// audit_shown) though the file never held it. The entry must count what the file holds.
import { Writable } from 'node:stream';
import type { Response } from 'express';
import { expect, it } from 'vitest';
import { sendDecisionsExport } from '../../src/review/http/export.js';
import { ReviewStore } from '../../src/review/store/index.js';
import { deleteItem } from '../../src/review/store/retention.js';
import type { ReviewDb } from '../../src/review/db/open.js';
import { describeOnStores, withStorePair } from './helpers/stores.js';
import { fakeResult } from './helpers/fixtures.js';
import { interleave } from './helpers/interleave.js';

/** A response that keeps the JSONL lines written to it. */
function collectingResponse() {
  const lines: string[] = [];
  const out = new Writable({
    write(chunk, _enc, cb) {
      lines.push(...String(chunk).split('\n').filter((l) => l !== ''));
      cb();
    },
  });
  const res = Object.assign(out, { req: { method: 'GET' }, set: () => res, type: () => res }) as unknown as Response;
  return { res, rows: () => lines.map((l) => JSON.parse(l) as { item_id: string }) };
}

describeOnStores('a bulk export and a concurrent deletion on $name', (kind) => {
  let a: ReviewStore;
  let b: ReviewStore;
  withStorePair(kind, (one, two) => ((a = one), (b = two)));
  const between = kind.name === 'postgres' ? 'between' : 'after';

  const decided = async (tag: string) => {
    const id = (await a.add({ text: `Coblos nomor 2, ${tag}`, author: `akun-${tag}` }, fakeResult(0.9, 'ajakan'), 'cli:uji')).item.id;
    await a.decide(id, { outcome: 'confirmed', reason: 'ajakan jelas' }, 'Sari#k1');
    return id;
  };

  /** Exports on `rdb` (the paused connection), then compares the newest export entry with what the file holds. */
  const exportAndCompare = async (run: (exporting: (rdb: ReviewDb) => Promise<string[]>) => Promise<void>) => {
    let sent: string[] = [];
    await run(async (rdb) => {
      const client = collectingResponse();
      await sendDecisionsExport(new ReviewStore(rdb), client.res, 'jsonl', 'Sari#k1');
      sent = client.rows().map((r) => r.item_id);
      return sent;
    });
    const entry = (await a.auditLog({ action: 'export' })).entries[0];
    const held = (await a.entryItems(entry, { limit: 500 })).items.map((i) => i.id).sort();
    expect(entry.after).toEqual({ format: 'jsonl', rows: sent.length, items: new Set(sent).size });
    expect(held).toEqual([...new Set(sent)].sort());
    return { entry, sent };
  };

  it('an item deleted just after the export read where it ends is neither counted nor named', async () => {
    const kept = await decided('tetap');
    const gone = await decided('dihapus sesudah batas');
    await exportAndCompare(async (exporting) => {
      const run = await interleave(a.rdb, /^select "d"\."created_at", "d"\."id"/, exporting, () => deleteItem(b.rdb, gone, 'admin#k9', 'permintaan subjek data'));
      expect(run.first.status).toBe('fulfilled');
      expect(run.second.status).toBe('fulfilled');
      const sent = (run.first as PromiseFulfilledResult<string[]>).value;
      expect(sent).toContain(kept);
      // On SQLite the deletion waits for the export's write lock when the read is inside its transaction.
      if (run.ran === 'between') expect(sent).not.toContain(gone);
    });
  });

  it('a deletion reaching an item the export has read waits for its entry: the file holds the item, then it is deleted', async () => {
    const held = await decided('dibaca lalu dihapus');
    const { entry, sent } = await exportAndCompare(async (exporting) => {
      const run = await interleave(a.rdb, { sql: /^select/, nth: 2 }, exporting, () => deleteItem(b.rdb, held, 'admin#k9', 'permintaan subjek data'));
      expect(run.ran).toBe(between);
      expect(run.first.status).toBe('fulfilled');
      expect(run.second.status).toBe('fulfilled');
    });
    expect(sent).toContain(held);
    const trail = await a.auditLog({ itemId: held });
    expect(trail.entries.map((e) => e.action)).toEqual(['delete', 'export', 'decision', 'create']);
    expect(trail.entries[1].seq).toBe(entry.seq);
  });
});
