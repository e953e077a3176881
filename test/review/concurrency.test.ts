// Two reviewers acting on one item at the same moment, over real HTTP on both stores: a decision or
// an assignment made on what the reviewer saw never silently overrides another's.
import { beforeAll, expect, it } from 'vitest';
import { createScorer } from '../../src/pipeline/create.js';
import type { Scorer } from '../../src/pipeline/scorer.js';
import { createKey } from '../../src/review/keys.js';
import { describeOnStores } from './helpers/stores.js';
import { reviewServer } from './helpers/app.js';
import { apiCall, flashAfter, flashOf, hiddenValue, itemHtml, postForm, webLogin } from './helpers/http.js';

let scorer: Scorer;
beforeAll(async () => {
  scorer = await createScorer();
}, 60_000);

describeOnStores('concurrent reviewers on $name', (kind) => {
  const fx = reviewServer(kind, () => scorer);
  let other: string;
  beforeAll(async () => {
    other = (await createKey(fx.store.rdb, { name: 'Budi Supervisor', role: 'supervisor' }, 'test')).key;
  });
  const call = (method: string, path: string, key?: string, body?: unknown) => apiCall(fx.srv.base, method, path, key, body);
  const newItem = async (text: string) => (await call('POST', '/v1/review/items', fx.keys.analyst, { text, author: `c-${Math.random()}` })).json.id as string;

  it('lets only one of an escalation and a confirmation made on the same status win (409 names fromStatus)', async () => {
    for (let round = 0; round < 5; round++) {
      const id = await newItem(`Ayo dukung nomor 2, putaran ${round}`);
      const [esc, conf] = await Promise.all([
        call('POST', `/v1/review/items/${id}/decision`, fx.keys.supervisor, { outcome: 'escalated', reason: 'alasan uji', fromStatus: 'new' }),
        call('POST', `/v1/review/items/${id}/decision`, other, { outcome: 'confirmed', reason: 'alasan uji', fromStatus: 'new' }),
      ]);
      expect([esc.status, conf.status].sort()).toEqual([201, 409]);
      const loser = esc.status === 409 ? esc : conf;
      expect(loser.json.errors).toEqual([{ field: 'fromStatus', message: expect.stringMatching(/^item is (escalated|confirmed) now, not new/) }]);
      expect((await fx.store.record(id))?.decisions).toHaveLength(1);
    }
  });

  it('refuses a decision whose fromStatus is no longer the item\'s; without fromStatus an escalated item can still be decided', async () => {
    const id = await newItem('Pilih nomor 1 ya, jangan golput');
    expect((await call('POST', `/v1/review/items/${id}/decision`, fx.keys.supervisor, { outcome: 'escalated', reason: 'alasan uji', fromStatus: 'new' })).status).toBe(201);
    const stale = await call('POST', `/v1/review/items/${id}/decision`, other, { outcome: 'confirmed', reason: 'alasan uji', fromStatus: 'new' });
    expect(stale.status).toBe(409);
    expect(stale.json.detail).toMatch(/escalated now, not new/);
    expect((await call('POST', `/v1/review/items/${id}/decision`, other, { outcome: 'confirmed', reason: 'alasan uji', fromStatus: 'escalated' })).status).toBe(201);
    expect((await call('POST', `/v1/review/items/${id}/decision`, other, { outcome: 'dismissed', reason: 'alasan uji', fromStatus: 'bogus' })).status).toBe(400);
  });

  it('the page sends the status it showed: a decision form from before an escalation is refused', async () => {
    const id = await newItem('Coblos nomor 3 besok pagi');
    const cookie = await webLogin(fx.srv.base, fx.keys.supervisor);
    const page = await itemHtml(fx.srv.base, cookie, id);
    expect(hiddenValue(page, 'fromStatus')).toBe('new');
    expect((await call('POST', `/v1/review/items/${id}/decision`, other, { outcome: 'escalated', reason: 'alasan uji' })).status).toBe(201);
    const res = await postForm(fx.srv.base, cookie, `/review/items/${id}/decision`, { _csrf: String(hiddenValue(page, '_csrf')), fromStatus: 'new', outcome: 'confirmed', reason: 'ajakan' });
    expect(res.status).toBe(409);
    expect(flashOf(await res.text())).toMatch(/^Tidak diubah: item ini sudah berubah/);
    expect((await fx.store.record(id))?.item.status).toBe('escalated');
  });

  it('a decision conflict brings the item back as it is now, with the message and what was typed (escaped); nothing is saved', async () => {
    const id = await newItem('Coblos nomor 2, alasan sudah diketik');
    const cookie = await webLogin(fx.srv.base, fx.keys.supervisor);
    const page = await itemHtml(fx.srv.base, cookie, id);
    const csrf = String(hiddenValue(page, '_csrf'));
    expect((await call('POST', `/v1/review/items/${id}/decision`, other, { outcome: 'escalated', reason: 'alasan uji' })).status).toBe(201);
    const auditBefore = (await fx.store.record(id))?.audit.length;
    const reason = '<script>alert("x")</script> & ajakan \'nomor 2\'';
    const res = await postForm(fx.srv.base, cookie, `/review/items/${id}/decision?status=new&level=tinggi`, { _csrf: csrf, fromStatus: 'new', fromAssignee: '', outcome: 'confirmed', reason, label: 'ajakan' });
    expect(res.status).toBe(409);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(res.headers.getSetCookie().some((c) => c.startsWith('netra_review_flash='))).toBe(false);
    const again = await res.text();
    expect(flashOf(again)).toMatch(/^Tidak diubah: item ini sudah berubah/);
    const form = /<form[^>]*id="decide"[\s\S]*?<\/form>/.exec(again)?.[0] ?? '';
    expect(form).toContain('>\n&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; ajakan &#39;nomor 2&#39;</textarea>');
    expect(again).not.toContain('<script>alert');
    expect(form).toContain('<option value="ajakan" selected>');
    expect(form).toContain(`action="/review/items/${id}/decision?status=new&amp;level=tinggi"`);
    expect(hiddenValue(form, '_csrf')).toBe(csrf);
    expect(hiddenValue(form, 'fromStatus')).toBe('escalated'); // the form now decides on what is shown
    const rec = await fx.store.record(id);
    expect(rec?.decisions.map((d) => d.outcome)).toEqual(['escalated']);
    expect(rec?.audit.length).toBe(auditBefore);
    // Sending the re-shown form as it is decides, with the reason typed once.
    const ok = await postForm(fx.srv.base, cookie, `/review/items/${id}/decision`, { _csrf: csrf, fromStatus: 'escalated', fromAssignee: '', outcome: 'confirmed', reason, label: 'ajakan' });
    expect(await flashAfter(fx.srv.base, cookie, ok)).toBe('Tersimpan: dikonfirmasi');
    expect((await fx.store.record(id))?.decisions.at(-1)).toMatchObject({ outcome: 'confirmed', reason, reviewerLabel: 'ajakan' });
    // Decided meanwhile: the message, no decision form to fill, nothing saved.
    const done = await newItem('Coblos nomor 1, sudah diputuskan orang lain');
    const donePage = await itemHtml(fx.srv.base, cookie, done);
    expect((await call('POST', `/v1/review/items/${done}/decision`, other, { outcome: 'dismissed', reason: 'alasan uji' })).status).toBe(201);
    const late = await postForm(fx.srv.base, cookie, `/review/items/${done}/decision`, { _csrf: String(hiddenValue(donePage, '_csrf')), fromStatus: 'new', fromAssignee: '', outcome: 'confirmed', reason: 'terlambat' });
    expect(late.status).toBe(409);
    const latePage = await late.text();
    expect(flashOf(latePage)).toMatch(/^Tidak diubah: item ini sudah berubah/);
    expect(latePage).not.toContain('id="decide"');
    expect((await fx.store.record(done))?.decisions.map((d) => d.outcome)).toEqual(['dismissed']);
  });

  it('refuses a decision whose fromAssignee is no longer the holder (the item was taken over meanwhile), naming fromAssignee', async () => {
    const id = await newItem('Coblos nomor 2, diambil alih sebelum keputusan');
    const held = (await call('POST', `/v1/review/items/${id}/assign`, fx.keys.supervisor, {})).json.assignee as string;
    const taker = (await call('POST', `/v1/review/items/${id}/assign`, other, { fromAssignee: held })).json.assignee as string;
    expect((await fx.store.get(id))?.status).toBe('in_review');
    const stale = await call('POST', `/v1/review/items/${id}/decision`, fx.keys.supervisor, { outcome: 'confirmed', reason: 'alasan uji', fromStatus: 'in_review', fromAssignee: held });
    expect(stale.status).toBe(409);
    expect(stale.json.errors).toEqual([{ field: 'fromAssignee', message: expect.stringMatching(/^item is assigned to "Budi Supervisor#.*" now, not "Sari Supervisor#/) }]);
    expect((await call('POST', `/v1/review/items/${id}/decision`, fx.keys.supervisor, { outcome: 'confirmed', reason: 'alasan uji', fromAssignee: null })).status).toBe(409);
    expect((await fx.store.record(id))?.decisions).toEqual([]);
    expect((await call('POST', `/v1/review/items/${id}/decision`, other, { outcome: 'confirmed', reason: 'alasan uji', fromStatus: 'in_review', fromAssignee: taker })).status).toBe(201);
  });

  it('refuses a decision whose fromUpdatedAt is no longer the item\'s, also once it is back in the status and holder it had (API)', async () => {
    const id = await newItem('Coblos nomor 1, diambil lalu dilepas sebelum keputusan');
    const seen = (await call('GET', `/v1/review/items/${id}`, fx.keys.supervisor)).json.updatedAt as string;
    const held = (await call('POST', `/v1/review/items/${id}/assign`, other, {})).json.assignee as string;
    expect((await call('POST', `/v1/review/items/${id}/assign`, other, { assignee: null, fromAssignee: held })).status).toBe(200);
    // not a time at all is a bad request naming it, not a conflict with the item
    const garbage = await call('POST', `/v1/review/items/${id}/decision`, fx.keys.supervisor, { outcome: 'confirmed', reason: 'alasan uji', fromUpdatedAt: 'garbage' });
    expect([garbage.status, garbage.json.errors?.map((e: { field: string }) => e.field)]).toEqual([400, ['fromUpdatedAt']]);
    // a time without a zone names no instant (it would be read in the server's zone): refused the same way
    const noZone = await call('POST', `/v1/review/items/${id}/decision`, fx.keys.supervisor, { outcome: 'confirmed', reason: 'alasan uji', fromUpdatedAt: seen.replace('Z', '') });
    expect([noZone.status, noZone.json.errors?.map((e: { field: string }) => e.field)]).toEqual([400, ['fromUpdatedAt']]);
    const stale = await call('POST', `/v1/review/items/${id}/decision`, fx.keys.supervisor, { outcome: 'confirmed', reason: 'alasan uji', fromStatus: 'new', fromAssignee: null, fromUpdatedAt: seen });
    expect(stale.status).toBe(409);
    expect(stale.json.errors).toEqual([{ field: 'fromUpdatedAt', message: expect.stringMatching(/^item changed at .*, after .* as the decision expected/) }]);
    expect((await fx.store.record(id))?.decisions).toEqual([]);
    const now = (await call('GET', `/v1/review/items/${id}`, fx.keys.supervisor)).json.updatedAt as string;
    // The version seen, written in WIB (2026-12-05T06:53:30.699+07:00 for …04T23:53:30.699Z): the same instant, not a change.
    const wib = new Date(Date.parse(now) + 7 * 3600_000).toISOString().replace('Z', '+07:00');
    expect((await call('POST', `/v1/review/items/${id}/decision`, fx.keys.supervisor, { outcome: 'confirmed', reason: 'alasan uji', fromStatus: 'new', fromAssignee: null, fromUpdatedAt: wib })).status).toBe(201);
  });

  it('the page sends the holder it showed: a decision form from before a take-over is refused', async () => {
    const id = await newItem('Pilih nomor 1, halaman sebelum diambil alih');
    const cookie = await webLogin(fx.srv.base, fx.keys.supervisor);
    await call('POST', `/v1/review/items/${id}/assign`, fx.keys.supervisor, {});
    const page = await itemHtml(fx.srv.base, cookie, id);
    const form = /<form[^>]*id="decide"[\s\S]*?<\/form>/.exec(page)?.[0] ?? '';
    const held = String(hiddenValue(form, 'fromAssignee'));
    expect(held).toMatch(/^Sari Supervisor#/);
    expect((await call('POST', `/v1/review/items/${id}/assign`, other, { fromAssignee: held })).status).toBe(200);
    const res = await postForm(fx.srv.base, cookie, `/review/items/${id}/decision`, { _csrf: String(hiddenValue(page, '_csrf')), fromStatus: 'in_review', fromAssignee: held, outcome: 'confirmed', reason: 'ajakan' });
    expect(res.status).toBe(409);
    expect(flashOf(await res.text())).toMatch(/^Tidak diubah: item ini sudah berubah/);
    expect((await fx.store.record(id))?.decisions).toEqual([]);
    // An unassigned item's form says so ('' = nobody) and decides while nobody took it.
    const free = await newItem('Pilih nomor 3, belum ada peninjau');
    const freePage = await itemHtml(fx.srv.base, cookie, free);
    expect(hiddenValue(/<form[^>]*id="decide"[\s\S]*?<\/form>/.exec(freePage)?.[0] ?? '', 'fromAssignee')).toBe('');
    const ok = await postForm(fx.srv.base, cookie, `/review/items/${free}/decision`, { _csrf: String(hiddenValue(freePage, '_csrf')), fromStatus: 'new', fromAssignee: '', outcome: 'dismissed', reason: 'bukan ajakan' });
    expect(await flashAfter(fx.srv.base, cookie, ok)).toBe('Tersimpan: ditolak');
  });

  it('lets only one of two supervisors taking the same item at once have it; taking over is explicit', async () => {
    for (let round = 0; round < 5; round++) {
      const id = await newItem(`Dukung pasangan nomor 3, ambil ${round}`);
      const both = await Promise.all([call('POST', `/v1/review/items/${id}/assign`, fx.keys.supervisor, {}), call('POST', `/v1/review/items/${id}/assign`, other, {})]);
      expect(both.map((r) => r.status).sort()).toEqual([200, 409]);
      const loser = both.find((r) => r.status === 409)!;
      expect(loser.json.errors).toEqual([{ field: 'fromAssignee', message: expect.stringMatching(/^item is assigned to "(Sari|Budi) Supervisor#/) }]);
    }
    const id = await newItem('Coblos nomor 1, ambil alih');
    const mine = await call('POST', `/v1/review/items/${id}/assign`, fx.keys.supervisor, {});
    const holder = mine.json.assignee as string;
    expect((await call('POST', `/v1/review/items/${id}/assign`, other, {})).status).toBe(409);
    expect((await call('POST', `/v1/review/items/${id}/assign`, other, { fromAssignee: null })).status).toBe(409);
    const taken = await call('POST', `/v1/review/items/${id}/assign`, other, { fromAssignee: holder });
    expect(taken.status).toBe(200);
    expect(taken.json.assignee).toMatch(/^Budi Supervisor#/);
    // The first holder, acting on the page they saw, cannot take it back unnoticed.
    expect((await call('POST', `/v1/review/items/${id}/assign`, fx.keys.supervisor, { fromAssignee: null })).status).toBe(409);
    // Re-assigning one's own item, or to the person who holds it, needs nothing more.
    expect((await call('POST', `/v1/review/items/${id}/assign`, other, {})).status).toBe(200);
  });

  it('the page offers "Ambil" for an unassigned item and a distinct "Ambil alih dari X" for a held one', async () => {
    const id = await newItem('Pilih nomor 2, halaman ambil alih');
    const cookie = await webLogin(fx.srv.base, fx.keys.supervisor);
    expect(await itemHtml(fx.srv.base, cookie, id)).toContain('Ambil (tugaskan ke saya)');
    const held = (await call('POST', `/v1/review/items/${id}/assign`, other, {})).json.assignee as string;
    const page = await itemHtml(fx.srv.base, cookie, id);
    expect(page).not.toContain('Ambil (tugaskan ke saya)');
    expect(page).toContain(`Ambil alih dari ${held}`);
    const form = /<form[^>]*id="take"[\s\S]*?<\/form>/.exec(page)?.[0] ?? '';
    expect(hiddenValue(form, 'fromAssignee')).toBe(held);
    const csrf = String(hiddenValue(page, '_csrf'));
    // A take-over form made when the item was free is refused once someone holds it.
    const stale = await postForm(fx.srv.base, cookie, `/review/items/${id}/assign`, { _csrf: csrf, fromAssignee: '' });
    expect(stale.status).toBe(409); // the item as it is now, naming who took it
    expect(flashOf(await stale.text())).toMatch(/^Tidak diubah: item ini sudah berubah — .* mengambil item ini pada /);
    const ok = await postForm(fx.srv.base, cookie, `/review/items/${id}/assign`, { _csrf: csrf, fromAssignee: held });
    expect(await flashAfter(fx.srv.base, cookie, ok)).toBe('Ditugaskan');
    expect((await fx.store.get(id))?.assignee).toMatch(/^Sari Supervisor#/);
    expect(await itemHtml(fx.srv.base, cookie, id)).not.toContain('id="take"');
  });
});
