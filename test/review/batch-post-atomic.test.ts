// POST /v1/review/items with a batch stores all of it or, when the store fails midway, none of it: the
// client is told 500 and may send the batch again as it was, with nothing half-queued meanwhile.
import { beforeAll, expect, it } from 'vitest';
import { sql } from '../../src/review/db/kysely.js';
import { describeOnStores } from './helpers/stores.js';
import { reviewServer } from './helpers/app.js';
import { apiCall } from './helpers/http.js';
import { fakeResult } from './helpers/fixtures.js';

const REFUSED = 'ditolak penyimpanan';

describeOnStores('a batch of posts on $name', (kind) => {
  const fx = reviewServer(kind, () => ({ score: () => fakeResult(0.9) }));
  beforeAll(async () => {
    // A store that fails on one insert (as a full disk or a lost connection would), whatever the code path.
    if (kind.name === 'sqlite') {
      await sql.raw(`CREATE TRIGGER refuse_post BEFORE INSERT ON items WHEN NEW.text LIKE '%${REFUSED}%' BEGIN SELECT RAISE(ABORT, 'store failed (test)'); END`).execute(fx.store.rdb.db);
    } else {
      await sql.raw(`CREATE FUNCTION refuse_post() RETURNS trigger AS $$ BEGIN IF NEW.text LIKE '%${REFUSED}%' THEN RAISE EXCEPTION 'store failed (test)'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql`).execute(fx.store.rdb.db);
      await sql.raw('CREATE TRIGGER refuse_post BEFORE INSERT ON items FOR EACH ROW EXECUTE FUNCTION refuse_post()').execute(fx.store.rdb.db);
    }
  });
  const post = (items: unknown[]) => apiCall(fx.srv.base, 'POST', '/v1/review/items', fx.keys.analyst, { items });
  const texts = async () => (await fx.store.list({}, { limit: 500 })).items.map((i) => i.text).sort();

  it('stores none of a batch when the store fails on one of its posts', async () => {
    const res = await post([{ text: 'Dukung nomor 1, pertama' }, { text: 'Dukung nomor 1, kedua' }, { text: `Dukung nomor 1, ${REFUSED}` }, { text: 'Dukung nomor 1, keempat' }]);
    expect(res.status).toBe(500);
    expect(await texts()).toEqual([]);
    expect((await fx.store.auditLog({ action: 'create' })).entries).toEqual([]);
  });

  it('counts as created and duplicates what was committed, repeats within the batch included', async () => {
    expect((await post([{ text: 'Coblos nomor 2, sudah ada' }])).status).toBe(201);
    const res = await post([{ text: 'Coblos nomor 2, baru' }, { text: 'Coblos nomor 2, sudah ada' }, { text: 'Coblos nomor 2, baru' }]);
    expect(res.status).toBe(201);
    expect(res.json).toMatchObject({ created: 1, duplicates: 2 });
    const items = res.json.items as { id: string; created: boolean }[];
    expect(items.map((i) => i.created)).toEqual([true, false, false]);
    expect(items[2].id).toBe(items[0].id);
    expect(await texts()).toEqual(['Coblos nomor 2, baru', 'Coblos nomor 2, sudah ada']);
  });
});
