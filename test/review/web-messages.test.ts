// The item page's one-time message after a form: a refusal ("Tidak diubah…", "Catatan tidak
// disimpan…", the retention message) is shown and announced as one (a warning box, role=alert), not in
// the green box of "Tersimpan" (role=status).
import { describe, expect, it } from 'vitest';
import { createScorer } from '../../src/pipeline/create.js';
import { sqliteKind } from './helpers/stores.js';
import { reviewServer } from './helpers/app.js';
import { apiCall, hiddenValue, itemHtml, messageOf, postForm, webLogin } from './helpers/http.js';

const fx = reviewServer(sqliteKind(), () => createScorer());

const newItem = async (text: string, author: string): Promise<string> => (await apiCall(fx.srv.base, 'POST', '/v1/review/items', fx.keys.analyst, { text, author })).json.id as string;

/** Follows a form's 303 with the one-time message cookie; the page it leads to. */
async function after(cookie: string, res: Response): Promise<{ status: number; page: string }> {
  expect(res.status).toBe(303);
  const flash = res.headers.getSetCookie().find((c) => c.startsWith('netra_review_flash='))?.split(';')[0];
  const shown = await fetch(fx.srv.base + String(res.headers.get('location')), { headers: { cookie: `${cookie}; ${flash}` } });
  return { status: shown.status, page: await shown.text() };
}

describe('the item page\'s message after a form', () => {
  it('is a status for a success and an alert, styled as a refusal, for "not saved" and "not changed"', async () => {
    const id = await newItem('Ayo coblos nomor 2, pesan dan penolakan', 'messages-1');
    const cookie = await webLogin(fx.srv.base, fx.keys.supervisor);
    const page = await itemHtml(fx.srv.base, cookie, id);
    const csrf = String(hiddenValue(page, '_csrf'));
    const saved = await after(cookie, await postForm(fx.srv.base, cookie, `/review/items/${id}/notes`, { _csrf: csrf, text: 'catatan', suggestedLabel: '' }));
    expect(messageOf(saved.page)).toEqual({ text: 'Catatan tersimpan', className: 'flash', role: 'status' });
    const empty = await after(cookie, await postForm(fx.srv.base, cookie, `/review/items/${id}/notes`, { _csrf: csrf, text: '', suggestedLabel: '' }));
    expect(messageOf(empty.page)).toEqual({ text: 'Catatan tidak disimpan: isi teks catatan atau pilih usulan label.', className: 'flash refused', role: 'alert' });
    // A decision on the page as it was before the note (its version): 409, not changed.
    const stale = await postForm(fx.srv.base, cookie, `/review/items/${id}/decision`, { _csrf: csrf, fromStatus: 'new', fromAssignee: '', fromUpdatedAt: '2000-01-01T00:00:00.000Z', outcome: 'confirmed', reason: 'ajakan' });
    expect(stale.status).toBe(409);
    expect(messageOf(await stale.text())).toEqual({ text: 'Tidak diubah: item ini sudah berubah (lihat status dan riwayatnya)', className: 'flash refused', role: 'alert' });
    const decided = await after(cookie, await postForm(fx.srv.base, cookie, `/review/items/${id}/decision`, { _csrf: csrf, fromStatus: 'new', fromAssignee: '', fromUpdatedAt: String(hiddenValue(await itemHtml(fx.srv.base, cookie, id), 'fromUpdatedAt')), outcome: 'confirmed', reason: 'ajakan' }));
    expect(messageOf(decided.page)).toEqual({ text: 'Tersimpan: dikonfirmasi', className: 'flash', role: 'status' });
    // Retention purged the text while the page was open: the note is refused.
    expect(await fx.store.purgeExpired(30, 'system:retention', new Date(Date.now() + 31 * 86_400_000))).toBeGreaterThan(0);
    const purged = await after(cookie, await postForm(fx.srv.base, cookie, `/review/items/${id}/notes`, { _csrf: csrf, text: 'terlambat', suggestedLabel: '' }));
    expect(messageOf(purged.page)).toEqual({ text: 'Tidak diubah: teks item ini sudah dihapus oleh retensi; catatan tidak diterima lagi', className: 'flash refused', role: 'alert' });
  });
});
