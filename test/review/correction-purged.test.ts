// A purged item's decision is not corrected: its post is gone, so nobody can review it again, and a
// reopened or escalated item without text would sit in the queue. The store refuses it (409 naming
// corrects in the API), as it refuses notes on a purged item, and writes nothing, audit included.
// On SQLite and PostgreSQL, over the store and the API.
import { beforeAll, expect, it } from 'vitest';
import { createKey } from '../../src/review/keys.js';
import { PurgedError } from '../../src/review/store/index.js';
import { describeOnStores } from './helpers/stores.js';
import { reviewServer } from './helpers/app.js';
import { fakeResult } from './helpers/fixtures.js';
import { apiCall } from './helpers/http.js';

describeOnStores('correcting a purged item on $name', (kind) => {
  const fx = reviewServer(kind, () => ({ score: () => fakeResult(0.95, 'ajakan') }));
  let other: string;
  beforeAll(async () => {
    other = (await createKey(fx.store.rdb, { name: 'Ketua Tim', role: 'supervisor' }, 'test')).key;
  });
  const purgedDismissed = async (text: string) => {
    const { item } = await fx.store.add({ text }, fakeResult(0.95, 'ajakan'), 'cli:budi');
    const first = await fx.store.decide(item.id, { outcome: 'dismissed', reason: 'salah klik' }, 'Sari#k1');
    await fx.store.purgeExpired(1, 'cli:retention', new Date(Date.now() + 2 * 86_400_000));
    return { id: item.id, first };
  };

  it('refuses every correction of a purged item, writing nothing', async () => {
    const { id, first } = await purgedDismissed('Ayo coblos nomor 2, teksnya sudah dihapus');
    const trail = (await fx.store.record(id))?.audit.length;
    for (const outcome of ['confirmed', 'reopened', 'escalated'] as const) {
      await expect(fx.store.decide(id, { outcome, reason: 'koreksi terlambat', corrects: first.id }, 'Ketua#k2')).rejects.toSatisfy((e) => e instanceof PurgedError && (e as PurgedError).field === 'corrects');
    }
    const rec = await fx.store.record(id);
    expect([rec?.item.status, rec?.decisions.length, rec?.audit.length]).toEqual(['dismissed', 1, trail]);
  });

  it('answers 409 naming corrects, saying the text was purged', async () => {
    const { id, first } = await purgedDismissed('Pilih nomor 1, koreksi lewat API setelah retensi');
    const res = await apiCall(fx.srv.base, 'POST', `/v1/review/items/${id}/decision`, other, { outcome: 'reopened', reason: 'tinjau ulang', corrects: first.id });
    expect(res.status).toBe(409);
    expect(res.json.errors).toEqual([{ field: 'corrects', message: expect.stringMatching(/purged by retention: its decision can no longer be corrected/) }]);
  });
});
