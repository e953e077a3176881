// Two supervisors deciding one item at once: the second's 409 said only why it was refused ("item is
// confirmed now, not new…"), not who decided, what, or when, so its client could not tell the user.
// The problem now carries `current`: the item's status and holder as they are, and its latest decision
// (reviewer label, the reviewer as the audit log records them, and when), never a key or secret.
import { expect, it } from 'vitest';
import { createScorer } from '../../src/pipeline/create.js';
import { describeOnStores } from './helpers/stores.js';
import { reviewServer, secondSupervisor } from './helpers/app.js';
import { apiCall, hiddenValue, itemHtml, postForm, webLogin } from './helpers/http.js';

describeOnStores('a refused concurrent decision on $name', (kind) => {
  const fx = reviewServer(kind, () => createScorer());
  const budi = secondSupervisor(fx);
  const call = (method: string, path: string, key?: string, body?: unknown) => apiCall(fx.srv.base, method, path, key, body);
  const newItem = async (text: string) => (await call('POST', '/v1/review/items', fx.keys.analyst, { text, author: `cc-${Math.random()}` })).json.id as string;

  it('names the status, label, decider and time of the decision that won, with or without fromStatus', async () => {
    for (const from of [{ fromStatus: 'new' }, {}]) {
      const id = await newItem(`Ayo dukung nomor 2 di TPS, konflik ${JSON.stringify(from)}`);
      const won = await call('POST', `/v1/review/items/${id}/decision`, budi.key, { outcome: 'confirmed', label: 'ajakan', reason: 'ajakan jelas', ...from });
      expect(won.status).toBe(201);
      const lost = await call('POST', `/v1/review/items/${id}/decision`, fx.keys.supervisor, { outcome: 'dismissed', reason: 'bukan ajakan', ...from });
      expect(lost.status).toBe(409);
      const trail = (await fx.store.record(id))!.audit.filter((a) => a.action === 'decision');
      expect(trail).toHaveLength(1);
      expect(lost.json.current).toEqual({ status: 'confirmed', assignee: null, label: 'ajakan', decidedBy: trail[0].actor, decidedAt: trail[0].at, updatedAt: won.json.createdAt });
      expect(lost.json.current.decidedBy).toBe(budi.actor);
      expect(lost.text).not.toContain(budi.key); // the winner's key itself is never told
    }
  });

  it('says an open item taken over meanwhile has no decision yet, and who holds it', async () => {
    const id = await newItem('Coblos nomor 3 besok pagi, diambil alih');
    expect((await call('POST', `/v1/review/items/${id}/assign`, budi.key, {})).status).toBe(200);
    const lost = await call('POST', `/v1/review/items/${id}/decision`, fx.keys.supervisor, { outcome: 'confirmed', reason: 'ajakan', fromAssignee: null });
    expect(lost.status).toBe(409);
    expect(lost.json.current).toMatchObject({ status: 'in_review', assignee: budi.actor, label: null, decidedBy: null, decidedAt: null });
  });

  it('the page refused the same way shows the status, label, decider and time too', async () => {
    const id = await newItem('Pilih nomor 1 ya, halaman konflik');
    const cookie = await webLogin(fx.srv.base, fx.keys.supervisor);
    const page = await itemHtml(fx.srv.base, cookie, id);
    expect((await call('POST', `/v1/review/items/${id}/decision`, budi.key, { outcome: 'confirmed', label: 'dukungan', reason: 'dukungan jelas' })).status).toBe(201);
    const form = { _csrf: String(hiddenValue(page, '_csrf')), fromStatus: 'new', fromAssignee: '', fromUpdatedAt: String(hiddenValue(page, 'fromUpdatedAt')), outcome: 'dismissed', reason: 'bukan' };
    const res = await postForm(fx.srv.base, cookie, `/review/items/${id}/decision`, form);
    expect(res.status).toBe(409);
    const html = await res.text();
    expect(html).toContain(`${budi.actor} mengonfirmasi item ini`);
    expect(html).toMatch(new RegExp(`<dt>Keputusan terakhir</dt><dd><b>dikonfirmasi</b> oleh ${budi.actor}, <time[^>]*>\\d\\d-\\d\\d-\\d{4} \\d\\d:\\d\\d WIB</time></dd>`));
    expect(html).toMatch(/<b>dikonfirmasi<\/b> · label dukungan/);
  });
});
