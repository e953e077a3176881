// The review pages' forms over real HTTP (the item page's, the audit log's filters): what a refused
// form says and keeps, and what a resent one may do.
import { describe, expect, it } from 'vitest';
import { createScorer } from '../../src/pipeline/create.js';
import { sqliteKind } from './helpers/stores.js';
import { reviewServer } from './helpers/app.js';
import { wibTime } from '../../src/review/web/format.js';
import { apiCall, flashAfter, flashOf, hiddenValue, itemHtml, postForm, webLogin } from './helpers/http.js';

const fx = reviewServer(sqliteKind(), () => createScorer());

const newItem = async (text: string, author: string): Promise<string> => (await apiCall(fx.srv.base, 'POST', '/v1/review/items', fx.keys.analyst, { text, author })).json.id as string;
/** A new item's note form, sent as an analyst with `fields`. */
async function sendNote(post: string, fields: Record<string, string>): Promise<{ id: string; cookie: string; res: Response }> {
  const id = await newItem(post, `note-${fields.text.length}-${fields.suggestedLabel}`);
  const cookie = await webLogin(fx.srv.base, fx.keys.analyst);
  const csrf = String(hiddenValue(await itemHtml(fx.srv.base, cookie, id), '_csrf'));
  return { id, cookie, res: await postForm(fx.srv.base, cookie, `/review/items/${id}/notes`, { _csrf: csrf, ...fields }) };
}
/** The messages of a refused form's error box. */
const formErrors = (page: string): string[] => [...(/id="form-error"[^>]*>([\s\S]*?)<\/div>/.exec(page)?.[1] ?? '').matchAll(/<li>([^<]*)<\/li>/g)].map((m) => m[1]);

describe('a note of invisible characters only', () => {
  it('gets one message naming the note text, on the page and in the API', async () => {
    const { id, res } = await sendNote('Ayo coblos nomor 2, catatan tak terlihat', { text: '\u200b\u200b', suggestedLabel: '' });
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
    const taken = await apiCall(fx.srv.base, 'POST', `/v1/review/items/${id}/assign`, fx.keys.supervisor, { assignee: 'Adi Admin' });
    expect(taken.status).toBe(200);
    const other = taken.json.assignee as string; // Adi Admin#<key id>
    const refused = await postForm(fx.srv.base, cookie, `/review/items/${id}/decision`, form);
    expect(refused.status).toBe(409);
    expect(hiddenValue(await refused.text(), 'fromAssignee')).toBe(other);
    // He hands it back: status and holder are again what the first page showed. The reviewer reloads the
    // 409 page and the browser sends the same form again; it decided what the reviewer had been told was not saved.
    expect((await apiCall(fx.srv.base, 'POST', `/v1/review/items/${id}/assign`, fx.keys.supervisor, { assignee: null, fromAssignee: other })).status).toBe(200);
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

describe('a refused audit log filter', () => {
  it('brings back the audit page with what was typed in the filters and the error in Indonesian', async () => {
    const cookie = await webLogin(fx.srv.base, fx.keys.admin);
    const bad = async (query: string) => {
      const res = await fetch(`${fx.srv.base}/review/audit?${query}`, { headers: { cookie } });
      expect(res.status, query).toBe(400);
      return res.text();
    };
    const page = await bad('action=decision&actor=Sari%23abc&since=kemarin&until=2024-02-01T00%3A00%3A00%2B07%3A00');
    expect(formErrors(page)).toEqual(['Sejak: harus tanggal dan jam, mis. 2024-01-10T09:30 (tanpa zona dibaca sebagai WIB) atau ISO 8601 dengan zona, mis. 2024-01-10T02:30:00Z.']);
    expect(page).toContain('<option value="decision" selected>decision</option>');
    expect(page).toMatch(/id="f-actor" value="Sari#abc"/);
    expect(page).toMatch(/id="f-since" value="kemarin"/);
    expect(page).toMatch(/id="f-until" value="2024-02-01T00:00:00\+07:00"/);
    expect(page).not.toMatch(/must be|is not valid|Invalid option/);
    expect(page).not.toContain('id="audit-log"'); // no listing of an unfiltered log
    expect(formErrors(await bad('since=2024-02-01T00%3A00%3A00Z&until=2024-01-01T00%3A00%3A00Z'))).toEqual(['Sampai: harus lebih lambat dari Sejak.']);
    expect(formErrors(await bad('actions=decision'))).toEqual(['actions: saringan tidak dikenal.']);
    expect(formErrors(await bad('action=bogus'))).toEqual(['Aksi: pilihan tidak dikenal.']);
    expect(formErrors(await bad('cursor=zz'))).toEqual(['Halaman: tidak valid.']);
  });
});

describe('an empty note form (no text, no label)', () => {
  it('says that nothing was saved and what the form needs', async () => {
    const id = await newItem('Rapat dinas pagi, catatan kosong', 'empty-note');
    const cookie = await webLogin(fx.srv.base, fx.keys.analyst);
    const csrf = String(hiddenValue(await itemHtml(fx.srv.base, cookie, id), '_csrf'));
    for (const text of ['', '   ']) {
      const res = await postForm(fx.srv.base, cookie, `/review/items/${id}/notes`, { _csrf: csrf, text, suggestedLabel: '' });
      expect(await flashAfter(fx.srv.base, cookie, res), JSON.stringify(text)).toBe('Catatan tidak disimpan: isi teks catatan atau pilih usulan label.');
    }
    expect((await fx.store.record(id))?.notes).toEqual([]);
  });
});

describe('a label suggestion with only spaces left in the note field', () => {
  it('is saved as the label alone, as with the field empty (spaces are nothing typed)', async () => {
    const { id, cookie, res } = await sendNote('Ayo dukung nomor 1, usulan saja', { text: '  ', suggestedLabel: 'dukungan' });
    expect(await flashAfter(fx.srv.base, cookie, res)).toBe('Catatan tersimpan');
    expect((await fx.store.record(id))?.notes.map((n) => [n.text, n.suggestedLabel])).toEqual([['', 'dukungan']]);
  });
});

describe('a decision with only spaces in the reason field', () => {
  it('is refused as with the field empty: the page requires a reason', async () => {
    const id = await newItem('Ayo dukung nomor 1, alasan spasi', 'reason-spaces');
    const cookie = await webLogin(fx.srv.base, fx.keys.supervisor);
    const page = await itemHtml(fx.srv.base, cookie, id);
    const form = { _csrf: String(hiddenValue(page, '_csrf')), fromStatus: 'new', fromAssignee: '', fromUpdatedAt: String(hiddenValue(page, 'fromUpdatedAt')) };
    const res = await postForm(fx.srv.base, cookie, `/review/items/${id}/decision`, { ...form, outcome: 'escalated', reason: '   ' });
    expect(res.status).toBe(400);
    expect(formErrors(await res.text())).toEqual(['Alasan: wajib diisi untuk setiap keputusan (Konfirmasi, Tolak, Eskalasi); tulis singkat mengapa.']);
    expect((await fx.store.record(id))?.decisions).toEqual([]);
  });
});

describe('an item whose text retention purged', () => {
  it('shows no note form, which could only lose what is typed in it, but says why', async () => {
    const id = await newItem('Ayo coblos nomor 2, dihapus retensi', 'purged-form');
    expect((await apiCall(fx.srv.base, 'POST', `/v1/review/items/${id}/decision`, fx.keys.supervisor, { outcome: 'confirmed', reason: 'alasan uji' })).status).toBe(201);
    const cookie = await webLogin(fx.srv.base, fx.keys.analyst);
    expect(await itemHtml(fx.srv.base, cookie, id)).toContain('class="note"'); // before the purge
    expect(await fx.store.purgeExpired(30, 'system:retention', new Date(Date.now() + 31 * 86_400_000))).toBeGreaterThan(0);
    const page = await itemHtml(fx.srv.base, cookie, id);
    expect(page).not.toContain('class="note"');
    expect(page).toContain('<p class="hint" id="notes-closed">Catatan tidak diterima lagi: teks item ini sudah dihapus oleh retensi.</p>');
  });
});

describe('a HEAD request for the item page after a form', () => {
  it('leaves its one-time status message for the GET that shows it', async () => {
    const { cookie, res } = await sendNote('Rapat dinas, pesan sekali', { text: 'catatan HEAD', suggestedLabel: '' });
    const flash = String(res.headers.getSetCookie().find((c) => c.startsWith('netra_review_flash='))).split(';')[0];
    const headers = { cookie: `${cookie}; ${flash}` };
    const head = await fetch(fx.srv.base + String(res.headers.get('location')), { method: 'HEAD', headers });
    expect(head.status).toBe(200);
    expect(head.headers.getSetCookie().filter((c) => c.startsWith('netra_review_flash='))).toEqual([]); // not cleared
    const shown = await fetch(fx.srv.base + String(res.headers.get('location')), { headers });
    expect(flashOf(await shown.text())).toBe('Catatan tersimpan');
    expect(shown.headers.getSetCookie().filter((c) => c.startsWith('netra_review_flash='))).toHaveLength(1); // the GET clears it
  });
});

describe('"Lepaskan" on an item the reviewer holds', () => {
  /** The hidden fields of the page's form with this id (undefined when the page has none). */
  const formOf = (page: string, id: string): Record<string, string> | undefined => {
    const form = new RegExp(`<form [^>]*id="${id}">(.*?)</form>`).exec(page)?.[1];
    return form === undefined ? undefined : Object.fromEntries([...form.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)">/g)].map((m) => [m[1], m[2]]));
  };

  it('gives it back (status new, held by nobody), audited as an assignment, with the filters kept', async () => {
    const id = await newItem('Ayo coblos nomor 2, dilepaskan lagi', 'release-1');
    const cookie = await webLogin(fx.srv.base, fx.keys.supervisor);
    const take = formOf(await itemHtml(fx.srv.base, cookie, id), 'take');
    expect(take).toMatchObject({ fromAssignee: '' });
    expect(await flashAfter(fx.srv.base, cookie, await postForm(fx.srv.base, cookie, `/review/items/${id}/assign`, take as Record<string, string>))).toBe('Ditugaskan');
    const me = String((await fx.store.get(id))?.assignee);
    expect(me).toMatch(/^Sari Supervisor#/);
    // Held: no take button, a "Lepaskan" one sending the holder shown (the stale-page check) and no assignee.
    const page = await itemHtml(fx.srv.base, cookie, id);
    expect(formOf(page, 'take')).toBeUndefined();
    const release = formOf(page, 'release');
    expect(release).toEqual({ _csrf: take?._csrf, fromAssignee: me, assignee: '' });
    expect(page).toMatch(/<form method="post" action="\/review\/items\/[^"/]+\/assign" class="inline" id="release">.*<button type="submit" class="b-release">Lepaskan \(kembalikan ke antrean\)<\/button><\/form>/);
    const res = await postForm(fx.srv.base, cookie, `/review/items/${id}/assign?status=in_review`, release as Record<string, string>);
    expect(res.headers.get('location')).toBe(`/review/items/${id}?status=in_review`);
    expect(await flashAfter(fx.srv.base, cookie, res)).toBe('Dilepaskan');
    const rec = await fx.store.record(id);
    expect([rec?.item.status, rec?.item.assignee]).toEqual(['new', null]);
    expect(rec?.audit.at(-1)).toMatchObject({ action: 'assign', actor: me, before: { status: 'in_review', assignee: me }, after: { status: 'new', assignee: null } });
    // The item can be taken again from the page.
    expect(formOf(await itemHtml(fx.srv.base, cookie, id), 'take')).toMatchObject({ fromAssignee: '' });
  });

  it('from a stale page (taken over, given back elsewhere, decided meanwhile) changes nothing and says so', async () => {
    const id = await newItem('Ayo coblos nomor 1, lepas basi', 'release-2');
    const cookie = await webLogin(fx.srv.base, fx.keys.supervisor);
    await postForm(fx.srv.base, cookie, `/review/items/${id}/assign`, formOf(await itemHtml(fx.srv.base, cookie, id), 'take') as Record<string, string>);
    const release = formOf(await itemHtml(fx.srv.base, cookie, id), 'release') as Record<string, string>;
    const me = release.fromAssignee;
    // The item page comes back as it is now (409), naming who changed it, how and when (it said only
    // "sudah berubah (lihat status dan riwayatnya)").
    const refused = async (last: string) => {
      const audit = (await fx.store.record(id))?.audit.length;
      const res = await postForm(fx.srv.base, cookie, `/review/items/${id}/assign`, release);
      expect(res.status).toBe(409);
      const line = String(flashOf(await res.text()));
      expect(line).toMatch(/^Tidak diubah: item ini sudah berubah — /);
      expect(line.endsWith(last), line).toBe(true);
      expect((await fx.store.record(id))?.audit.length).toBe(audit);
    };
    const at = (iso: string) => ` pada ${wibTime(iso)}`;
    const lastAt = async () => String((await fx.store.record(id))?.audit.at(-1)?.at);
    // Taken over by Budi: still his.
    await fx.store.assign(id, 'Budi', 'Budi', { fromAssignee: me });
    await refused(`Budi mengambil alih item ini dari ${me}${at(await lastAt())}`);
    expect((await fx.store.get(id))?.assignee).toBe('Budi');
    // Back with the reviewer, then given back in another tab: nobody's, and the old form does not take it over.
    await fx.store.assign(id, me, me, { fromAssignee: 'Budi' });
    await fx.store.assign(id, null, me, { fromAssignee: me });
    await refused(`${me} melepaskan item ini${at(await lastAt())}`);
    // Taken again and decided: a decided item cannot be given back (and its page has no button).
    await fx.store.assign(id, me, me, { fromAssignee: null });
    await fx.store.decide(id, { outcome: 'confirmed' }, me);
    const label = String((await fx.store.record(id))?.audit.at(-1)?.after?.reviewer_label);
    await refused(`${me} mengonfirmasi item ini (label ${label}, status dikonfirmasi)${at(await lastAt())}`);
    // Still confirmed; a decided item is held by nobody (its decision's audit entry names who held it).
    expect(await fx.store.get(id)).toMatchObject({ status: 'confirmed', assignee: null });
    expect(formOf(await itemHtml(fx.srv.base, cookie, id), 'release')).toBeUndefined();
  });

  it('"Ambil" after another supervisor took the item: 409 naming who took it and when, and the page offers the take-over', async () => {
    const id = await newItem('Ayo coblos nomor 2, diambil duluan', 'take-stale-1');
    const cookie = await webLogin(fx.srv.base, fx.keys.supervisor);
    const take = formOf(await itemHtml(fx.srv.base, cookie, id), 'take') as Record<string, string>;
    await fx.store.assign(id, 'Budi', 'Budi');
    const res = await postForm(fx.srv.base, cookie, `/review/items/${id}/assign`, take);
    expect(res.status).toBe(409);
    const page = await res.text();
    const taken = (await fx.store.record(id))?.audit.at(-1);
    expect(flashOf(page)).toBe(`Tidak diubah: item ini sudah berubah — Budi mengambil item ini pada ${wibTime(String(taken?.at))}`);
    expect(page).toContain('Ambil alih dari Budi');
    expect((await fx.store.get(id))?.assignee).toBe('Budi');
  });

  it('keeps an escalated item escalated, now held by nobody', async () => {
    const id = await newItem('Ayo coblos nomor 3, eskalasi dilepas', 'release-3');
    const cookie = await webLogin(fx.srv.base, fx.keys.supervisor);
    await postForm(fx.srv.base, cookie, `/review/items/${id}/assign`, formOf(await itemHtml(fx.srv.base, cookie, id), 'take') as Record<string, string>);
    const me = String((await fx.store.get(id))?.assignee);
    await fx.store.decide(id, { outcome: 'escalated' }, me);
    const release = formOf(await itemHtml(fx.srv.base, cookie, id), 'release') as Record<string, string>;
    expect(await flashAfter(fx.srv.base, cookie, await postForm(fx.srv.base, cookie, `/review/items/${id}/assign`, release))).toBe('Dilepaskan');
    const item = await fx.store.get(id);
    expect([item?.status, item?.assignee]).toEqual(['escalated', null]);
  });
});
