// An officer re-running a month's export wants to know which of the posts already queued a supervisor
// has already handled: the enqueuer counts, of the posts already queued, those confirmed and those
// dismissed (final decisions) when it met them. Escalated and open ones are still to be decided.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openEnqueuer } from '../../src/review/enqueue.js';
import { ReviewStore } from '../../src/review/store/index.js';
import { describeOnStores } from './helpers/stores.js';
import { fakeResult } from './helpers/fixtures.js';

describeOnStores('posts already queued and already decided on $name', (kind) => {
  beforeAll(() => kind.setup(), 60_000);
  afterAll(() => kind.teardown());

  it('counts the confirmed and dismissed among the posts already queued', async () => {
    const where = await kind.fresh();
    const opts = { databaseUrl: where.url, dataDir: where.dataDir, source: 'batch:bkd-bulanan', minLevel: 'sedang' as const };
    const posts = ['Ayo coblos nomor 2', 'Dukung nomor 1 sampai menang', 'Jangan pilih calon itu', 'Pilih yang amanah ya'].map((text, i) => ({ text, externalId: `r${i + 1}`, result: fakeResult(0.9) }));
    const first = await openEnqueuer(opts);
    await first.enqueueMany(posts.slice(0, 3));
    await first.close();

    const store = await ReviewStore.open(where);
    const ids = (await store.list({ sort: 'oldest' })).items.map((it) => [it.externalId, it.id]);
    const id = (externalId: string) => String(ids.find(([e]) => e === externalId)?.[1]);
    await store.decide(id('r1'), { outcome: 'confirmed' }, 'sup');
    await store.decide(id('r2'), { outcome: 'dismissed' }, 'sup');
    await store.decide(id('r3'), { outcome: 'escalated' }, 'sup');
    await store.close();

    const again = await openEnqueuer(opts);
    await again.enqueueMany(posts);
    expect(again.counts).toEqual({ created: 1, duplicates: 3, skipped: 0, alreadyDecided: { confirmed: 1, dismissed: 1 }, recognised: { withoutId: 0, withId: 0, withoutAuthor: 0, withAuthor: 0, withTime: 0, otherZone: 0 } });
    await again.close();
  }, 30_000);
});
