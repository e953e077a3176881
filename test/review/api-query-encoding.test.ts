// A query parameter that is not valid percent-encoding or UTF-8. Express reads such a query leniently:
// `DELETE /items/:id?reason=%C3%28` deleted the item with "\uFFFD(" as its reason in the audit log (kept
// as the log is), `?reason=%ZZ` with "%ZZ", and `GET /audit?actor=%ZZ` answered an empty page as if no
// one of that name had done anything. The API refuses a path `:id` or a body so written; its query too now.
import { expect, it } from 'vitest';
import { describeOnStores } from './helpers/stores.js';
import { reviewServer } from './helpers/app.js';
import { apiCall } from './helpers/http.js';
import { fakeResult } from './helpers/fixtures.js';

describeOnStores('a review API query that is not valid percent-encoding on $name', (kind) => {
  const fx = reviewServer(kind, () => ({ score: () => fakeResult(0.9) }));
  const newItem = async (tag: string) => (await fx.store.add({ text: `Coblos nomor 2, ${tag}`, author: 'akun-uji' }, fakeResult(0.9, 'ajakan'), 'test')).item.id;

  it('deletes nothing and writes no reason nobody wrote: 400 naming the parameter', async () => {
    const id = await newItem('hapus dengan alasan rusak');
    for (const reason of ['%C3%28', 'permintaan%ZZ', '%E0%A4%A']) {
      const res = await apiCall(fx.srv.base, 'DELETE', `/v1/review/items/${id}?reason=${reason}`, fx.keys.admin);
      expect(res.status, reason).toBe(400);
      expect(res.json.errors, reason).toEqual([{ field: 'reason', message: 'is not valid percent-encoding' }]);
    }
    expect(await fx.store.get(id)).toBeDefined();
    expect((await fx.store.auditLog({ action: 'delete' })).entries).toEqual([]);
    // Written right (a literal %, + for a space, an emoji), it deletes with that reason.
    expect((await apiCall(fx.srv.base, 'DELETE', `/v1/review/items/${id}?reason=100%25+permintaan+%F0%9F%99%8F`, fx.keys.admin)).status).toBe(204);
    expect((await fx.store.auditLog({ action: 'delete' })).entries[0].after).toEqual({ deleted: true, reason: '100% permintaan 🙏' });
  });

  it('filters nothing as if it matched no one: the audit log refuses it', async () => {
    const res = await apiCall(fx.srv.base, 'GET', '/v1/review/audit?actor=Sari%ZZ', fx.keys.admin);
    expect([res.status, res.json.errors]).toEqual([400, [{ field: 'actor', message: 'is not valid percent-encoding' }]]);
  });
});
