// The batch → review enqueuer on both stores.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openEnqueuer } from '../../src/review/enqueue.js';
import { ReviewStore } from '../../src/review/store/index.js';
import { storeKinds } from './helpers/stores.js';
import { fakeResult } from './helpers/fixtures.js';

describe.each(storeKinds())('openEnqueuer on $name', (kind) => {
  if (!kind.available) {
    it.skip(`${kind.name}: ${kind.skipReason}`, () => {});
    return;
  }
  beforeAll(() => kind.setup(), 60_000);
  afterAll(() => kind.teardown());

  it('enqueues scored posts, skips below minLevel, dedupes, and closes', async () => {
    const where = await kind.fresh();
    const q = await openEnqueuer({ databaseUrl: where.url, dataDir: where.dataDir, source: 'batch:test', minLevel: 'sedang' });
    await q.enqueue({ text: 'Dukung nomor 2!', externalId: 'e1', result: fakeResult(0.9), postedAt: new Date('2024-01-10T00:00:00Z') });
    await q.enqueue({ text: 'Dukung nomor 2!', externalId: 'e1', result: fakeResult(0.9) });
    await q.enqueue({ text: 'Info kegiatan posyandu', externalId: 'e2', result: fakeResult(0.1, 'netral', 'rendah') });
    await q.enqueue({ text: 'Pilih yang jujur', author: 'x', result: fakeResult(0.6) });
    expect(q.counts).toEqual({ created: 2, duplicates: 1, skipped: 1 });
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
});
