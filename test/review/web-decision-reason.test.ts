// A decision from the page names what it records: the reviewer label's default option says which
// label it is ("(bawaan: dukungan bila Konfirmasi, netral bila Tolak)"), and a reason is required for
// every decision made there (the API requires one too). Before, "(bawaan)" hid the label recorded and
// a final decision could be saved with no reason at all.
import { describe, expect, it } from 'vitest';
import { createScorer } from '../../src/pipeline/create.js';
import { sqliteKind } from './helpers/stores.js';
import { reviewServer } from './helpers/app.js';
import { apiCall, hiddenValue, itemHtml, postForm, webLogin } from './helpers/http.js';

const fx = reviewServer(sqliteKind(), () => createScorer());
const newItem = async (text: string, author: string): Promise<string> => (await apiCall(fx.srv.base, 'POST', '/v1/review/items', fx.keys.analyst, { text, author })).json.id as string;
const formErrors = (page: string): string[] => [...(/id="form-error"[^>]*>([\s\S]*?)<\/div>/.exec(page)?.[1] ?? '').matchAll(/<li>([^<]*)<\/li>/g)].map((m) => m[1]);

describe('the item page decision form', () => {
  it('names the label the default records', async () => {
    const id = await newItem('Ayo dukung pasangan nomor 1 sampai menang', 'default-label');
    const item = await fx.store.get(id);
    const cookie = await webLogin(fx.srv.base, fx.keys.supervisor);
    const page = await itemHtml(fx.srv.base, cookie, id);
    const partisan = item?.label === 'netral' ? undefined : item?.label;
    expect(partisan).toBeDefined();
    expect(page).toContain(`<option value="">(bawaan: ${partisan} bila Konfirmasi, netral bila Tolak)</option>`);
  });

  it('refuses a decision without a reason (empty or spaces), keeping the label chosen; the API takes one with a reason', async () => {
    const id = await newItem('Ayo coblos nomor 2, tanpa alasan', 'no-reason');
    const cookie = await webLogin(fx.srv.base, fx.keys.supervisor);
    const page = await itemHtml(fx.srv.base, cookie, id);
    const form = { _csrf: String(hiddenValue(page, '_csrf')), fromStatus: 'new', fromAssignee: '', fromUpdatedAt: String(hiddenValue(page, 'fromUpdatedAt')), label: 'ajakan' };
    for (const [outcome, reason] of [['confirmed', ''], ['dismissed', '   '], ['escalated', '']]) {
      const res = await postForm(fx.srv.base, cookie, `/review/items/${id}/decision`, { ...form, label: outcome === 'confirmed' ? 'ajakan' : '', outcome, reason });
      expect(res.status).toBe(400);
      const body = await res.text();
      expect(formErrors(body)).toEqual(['Alasan: wajib diisi untuk setiap keputusan (Konfirmasi, Tolak, Eskalasi); tulis singkat mengapa.']);
      if (outcome === 'confirmed') expect(body).toContain('<option value="ajakan" selected>');
    }
    expect((await fx.store.record(id))?.decisions).toEqual([]);
    expect((await apiCall(fx.srv.base, 'POST', `/v1/review/items/${id}/decision`, fx.keys.supervisor, { outcome: 'escalated', reason: 'alasan uji' })).status).toBe(201);
  });
});
