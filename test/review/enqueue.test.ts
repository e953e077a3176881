// The batch → review enqueuer on both stores.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { openEnqueuer } from '../../src/review/enqueue.js';
import { ReviewStore } from '../../src/review/store/index.js';
import { describeOnStores } from './helpers/stores.js';
import { fakeResult } from './helpers/fixtures.js';

describeOnStores('openEnqueuer on $name', (kind) => {
  beforeAll(() => kind.setup(), 60_000);
  afterAll(() => kind.teardown());

  it('enqueues scored posts, skips below minLevel, dedupes, and closes', async () => {
    const where = await kind.fresh();
    const q = await openEnqueuer({ databaseUrl: where.url, dataDir: where.dataDir, source: 'batch:test', minLevel: 'sedang' });
    await q.enqueue({ text: 'Dukung nomor 2!', externalId: 'e1', result: fakeResult(0.9), postedAt: new Date('2024-01-10T00:00:00Z') });
    await q.enqueue({ text: 'Dukung nomor 2!', externalId: 'e1', result: fakeResult(0.9) });
    await q.enqueue({ text: 'Info kegiatan posyandu', externalId: 'e2', result: fakeResult(0.1, 'netral', 'rendah') });
    await q.enqueue({ text: 'Pilih yang jujur', author: 'x', result: fakeResult(0.6) });
    expect(q.counts).toEqual({ created: 2, duplicates: 1, skipped: 1, alreadyDecided: { confirmed: 0, dismissed: 0 }, recognised: { withoutId: 0, withId: 0, withoutAuthor: 0, withAuthor: 0, withTime: 0, otherZone: 0 } });
    await q.close();
    const store = await ReviewStore.open(where);
    const page = await store.list({});
    expect(page.items.map((i) => [i.source, i.externalId, i.level])).toEqual([
      ['batch:test', 'e1', 'tinggi'],
      ['batch:test', null, 'sedang'],
    ]);
    expect(page.items[0].postedAt).toBe('2024-01-10T00:00:00.000Z');
    expect((await store.audit(page.items[0].id))[0]).toMatchObject({ actor: 'batch', action: 'create' });
    await store.close();
  }, 30_000);

  it('enqueues a chunk in one transaction: duplicates within it and against the store counted once each', async () => {
    const where = await kind.fresh();
    const q = await openEnqueuer({ databaseUrl: where.url, dataDir: where.dataDir, source: 'batch:many', minLevel: 'sedang' });
    await q.enqueue({ text: 'Sudah ada sebelumnya', externalId: 'm0', result: fakeResult(0.9) });
    const chunk = Array.from({ length: 300 }, (_, i) => ({ text: `Ayo dukung nomor ${(i % 3) + 1}, pesan ${i}`, externalId: `m${i + 1}`, result: fakeResult(0.9) }));
    await q.enqueueMany([
      ...chunk,
      { text: 'Sudah ada sebelumnya', externalId: 'm0', result: fakeResult(0.9) }, // in the store
      { ...chunk[5] }, // twice in this chunk
      { text: 'Info posyandu', externalId: 'low', result: fakeResult(0.1, 'netral', 'rendah') },
    ]);
    expect(q.counts).toEqual({ created: 301, duplicates: 2, skipped: 1, alreadyDecided: { confirmed: 0, dismissed: 0 }, recognised: { withoutId: 0, withId: 0, withoutAuthor: 0, withAuthor: 0, withTime: 0, otherZone: 0 } });
    await q.close();
    const store = await ReviewStore.open(where);
    expect((await store.list({}, { limit: 500 })).items.length).toBe(301);
    await store.close();
  }, 60_000);

  // The batch CLI's --enqueue: a mistyped NETRA_DATA_DIR must not get a new, empty store.
  it.runIf(kind.name === 'sqlite')('with mustExist refuses a SQLite store that does not exist, naming it, and makes none', async () => {
    const where = await kind.fresh();
    const missing = path.join(where.dataDir!, 'salah-ketik');
    await expect(openEnqueuer({ dataDir: missing, mustExist: true })).rejects.toThrow(`no review store at ${path.join(missing, 'review.sqlite')} (`);
    expect(existsSync(missing)).toBe(false);
    const q = await openEnqueuer({ dataDir: where.dataDir, mustExist: false }); // without it, one is started
    await q.close();
    const existing = await openEnqueuer({ dataDir: where.dataDir, mustExist: true });
    await existing.enqueue({ text: 'Dukung nomor 2!', result: fakeResult(0.9) });
    expect(existing.counts.created).toBe(1);
    await existing.close();
  });

  // PostgreSQL only: SQLite takes the write lock up front (BEGIN IMMEDIATE), so writers queue; two
  // stores in one process cannot show it either (better-sqlite3 waits synchronously).
  it.runIf(kind.name === 'postgres')('lets two jobs enqueue overlapping chunks at once, in opposite orders, without a deadlock', async () => {
    const where = await kind.fresh();
    const a = await openEnqueuer({ databaseUrl: where.url, dataDir: where.dataDir, source: 'batch:a' });
    const b = await openEnqueuer({ databaseUrl: where.url, dataDir: where.dataDir, source: 'batch:b' });
    for (let round = 0; round < 5; round++) {
      // no ids: the same copy-pasted text is the same post in both feeds
      const chunk = Array.from({ length: 200 }, (_, i) => ({ text: `Salin tempel kampanye ${round}-${i}: coblos nomor 2`, result: fakeResult(0.9) }));
      await Promise.all([a.enqueueMany(chunk), b.enqueueMany([...chunk].reverse())]);
    }
    expect(a.counts.created + b.counts.created).toBe(1000);
    expect(a.counts.duplicates + b.counts.duplicates).toBe(1000);
    await a.close();
    await b.close();
  }, 60_000);
});
