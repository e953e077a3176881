// The item page's forms over real HTTP: what a refused form says, and what a resent one may do.
import { describe, expect, it } from 'vitest';
import { createScorer } from '../../src/pipeline/create.js';
import { sqliteKind } from './helpers/stores.js';
import { reviewServer } from './helpers/app.js';
import { apiCall, hiddenValue, itemHtml, postForm, webLogin } from './helpers/http.js';

const fx = reviewServer(sqliteKind(), () => createScorer());

const newItem = async (text: string, author: string): Promise<string> => (await apiCall(fx.srv.base, 'POST', '/v1/review/items', fx.keys.analyst, { text, author })).json.id as string;
/** The messages of a refused form's error box. */
const formErrors = (page: string): string[] => [...(/id="form-error">([\s\S]*?)<\/div>/.exec(page)?.[1] ?? '').matchAll(/<li>([^<]*)<\/li>/g)].map((m) => m[1]);

describe('a note of invisible characters only', () => {
  it('gets one message naming the note text, on the page and in the API', async () => {
    const id = await newItem('Ayo coblos nomor 2, catatan tak terlihat', 'zw-note');
    const cookie = await webLogin(fx.srv.base, fx.keys.analyst);
    const csrf = String(hiddenValue(await itemHtml(fx.srv.base, cookie, id), '_csrf'));
    const res = await postForm(fx.srv.base, cookie, `/review/items/${id}/notes`, { _csrf: csrf, text: '\u200b\u200b', suggestedLabel: '' });
    expect(res.status).toBe(400);
    expect(formErrors(await res.text())).toEqual(['Catatan: tidak boleh kosong atau hanya berisi spasi dan karakter tak terlihat.']);
    const api = await apiCall(fx.srv.base, 'POST', `/v1/review/items/${id}/notes`, fx.keys.analyst, { text: '\u200b\u200b' });
    expect(api.json.errors).toEqual([{ field: 'text', message: 'must not be empty' }]);
    // Nothing at all is still "text or label" (one message too).
    expect((await apiCall(fx.srv.base, 'POST', `/v1/review/items/${id}/notes`, fx.keys.analyst, {})).json.errors).toEqual([{ field: '(body)', message: 'a note needs text or suggestedLabel' }]);
    expect((await fx.store.record(id))?.notes).toEqual([]);
  });
});

describe('a decision form sent again after a conflict (reloading the 409 page resends the POST)', () => {
  it('is refused again even when the item has come back to what the page showed: nothing saved, nothing audited', async () => {
    const id = await newItem('Dukung nomor 1 ya, kirim ulang', 'resend-1');
    const cookie = await webLogin(fx.srv.base, fx.keys.supervisor);
    const page = await itemHtml(fx.srv.base, cookie, id);
    const form = { _csrf: String(hiddenValue(page, '_csrf')), fromStatus: 'new', fromAssignee: '', fromUpdatedAt: String(hiddenValue(page, 'fromUpdatedAt')), outcome: 'confirmed', reason: 'ajakan jelas' };
    // Someone takes the item meanwhile: the form is refused (409) and the page shows the item as it is now.
    const other = { assignee: 'Budi' };
    expect((await apiCall(fx.srv.base, 'POST', `/v1/review/items/${id}/assign`, fx.keys.supervisor, other)).status).toBe(200);
    const refused = await postForm(fx.srv.base, cookie, `/review/items/${id}/decision`, form);
    expect(refused.status).toBe(409);
    expect(hiddenValue(await refused.text(), 'fromAssignee')).toBe('Budi');
    // He hands it back: status and holder are again what the first page showed. The reviewer reloads the
    // 409 page and the browser sends the same form again; it decided what the reviewer had been told was not saved.
    expect((await apiCall(fx.srv.base, 'POST', `/v1/review/items/${id}/assign`, fx.keys.supervisor, { assignee: null, fromAssignee: 'Budi' })).status).toBe(200);
    const audit = (await fx.store.record(id))?.audit.length;
    const resent = await postForm(fx.srv.base, cookie, `/review/items/${id}/decision`, form);
    expect(resent.status).toBe(409);
    const rec = await fx.store.record(id);
    expect(rec?.decisions).toEqual([]);
    expect(rec?.audit.length).toBe(audit);
    // The form on the page now (its status, holder and version) decides.
    const now = await resent.text();
    const fresh = { ...form, fromUpdatedAt: String(hiddenValue(now, 'fromUpdatedAt')) };
    expect((await postForm(fx.srv.base, cookie, `/review/items/${id}/decision`, fresh)).status).toBe(303);
    expect((await fx.store.record(id))?.decisions.map((d) => d.reason)).toEqual(['ajakan jelas']);
  });
});
