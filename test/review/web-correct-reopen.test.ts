// The item page's "Koreksi keputusan" offers everything the normal flow allows: besides Konfirmasi and
// Tolak, Eskalasi and Buka kembali (back to the queue). It used to offer only the first two, so a
// supervisor who dismissed by mistake could not send the item back for review from the page.
import { describe, expect, it } from 'vitest';
import { sqliteKind } from './helpers/stores.js';
import { reviewServer } from './helpers/app.js';
import { fakeResult } from './helpers/fixtures.js';
import { flashAfter, hiddenValue, itemHtml, messageOf, postForm, webLogin } from './helpers/http.js';

const fx = reviewServer(sqliteKind(), () => ({ score: () => fakeResult(0.95, 'ajakan') }));

describe('correcting to escalated or back to the queue from the item page', () => {
  it('reopens a dismissed item: the page says so, the item is new and can be decided again', async () => {
    const { item } = await fx.store.add({ text: 'Ayo coblos nomor 2, dibuka dari halaman' }, fakeResult(0.95, 'ajakan'), 'cli:budi');
    const first = await fx.store.decide(item.id, { outcome: 'dismissed', reason: 'salah klik' }, 'Sari#k1');
    const cookie = await webLogin(fx.srv.base, fx.keys.supervisor);
    const html = await itemHtml(fx.srv.base, cookie, item.id);
    for (const outcome of ['confirmed', 'dismissed', 'escalated', 'reopened']) expect(html).toContain(`id="correct-${outcome}"`);
    const form = { _csrf: String(hiddenValue(html, '_csrf')), fromStatus: 'dismissed', fromUpdatedAt: String(hiddenValue(html, 'fromUpdatedAt')), corrects: first.id };
    // A label with a reopening is refused in the page's words, nothing saved.
    const labeled = await postForm(fx.srv.base, cookie, `/review/items/${item.id}/decision`, { ...form, outcome: 'reopened', label: 'ajakan', reason: 'tinjau ulang' });
    expect(labeled.status).toBe(400);
    expect(await labeled.text()).toContain('<li>Label peninjau: Buka kembali tidak mencatat label');
    const sent = await postForm(fx.srv.base, cookie, `/review/items/${item.id}/decision`, { ...form, outcome: 'reopened', reason: 'tinjau ulang' });
    expect(await flashAfter(fx.srv.base, cookie, sent)).toBe('Tersimpan: koreksi, dibuka kembali (kembali ke antrean)');
    expect((await fx.store.record(item.id))?.item.status).toBe('new');
    const page = await itemHtml(fx.srv.base, cookie, item.id);
    expect(page).not.toContain('id="correct"'); // open again: the decision form, not a correction
    expect(page).toContain('value="confirmed" data-key="c"');
    expect(page).toContain('Keputusan: Buka kembali');
  });

  it('escalates a confirmed item by a correction', async () => {
    const { item } = await fx.store.add({ text: 'Jangan pilih calon ingkar janji, eskalasi dari halaman' }, fakeResult(0.95, 'serangan'), 'cli:budi');
    const first = await fx.store.decide(item.id, { outcome: 'confirmed', reason: 'serangan' }, 'Sari#k1');
    const cookie = await webLogin(fx.srv.base, fx.keys.supervisor);
    const html = await itemHtml(fx.srv.base, cookie, item.id);
    const sent = await postForm(fx.srv.base, cookie, `/review/items/${item.id}/decision`, { _csrf: String(hiddenValue(html, '_csrf')), fromStatus: 'confirmed', fromUpdatedAt: String(hiddenValue(html, 'fromUpdatedAt')), corrects: first.id, outcome: 'escalated', reason: 'minta pendapat ketua' });
    expect(await flashAfter(fx.srv.base, cookie, sent)).toBe('Tersimpan: koreksi, dieskalasi');
    expect((await fx.store.record(item.id))?.item.status).toBe('escalated');
  });
});

describe('correcting an item whose text retention purged, from its page', () => {
  it('shows no correction form but says why, and a correction sent from a page opened before the purge is refused (409)', async () => {
    const { item } = await fx.store.add({ text: 'Dukung nomor 2, halaman dibuka sebelum retensi' }, fakeResult(0.95, 'dukungan'), 'cli:budi');
    const first = await fx.store.decide(item.id, { outcome: 'dismissed', reason: 'salah klik' }, 'Sari#k1');
    const cookie = await webLogin(fx.srv.base, fx.keys.supervisor);
    const html = await itemHtml(fx.srv.base, cookie, item.id);
    await fx.store.purgeExpired(1, 'cli:retention', new Date(Date.now() + 2 * 86_400_000));
    const sent = await postForm(fx.srv.base, cookie, `/review/items/${item.id}/decision`, { _csrf: String(hiddenValue(html, '_csrf')), fromStatus: 'dismissed', fromUpdatedAt: String(hiddenValue(html, 'fromUpdatedAt')), corrects: first.id, outcome: 'reopened', reason: 'tinjau ulang' });
    expect(sent.status).toBe(409);
    expect(messageOf(await sent.text())).toMatchObject({ text: 'Tidak diubah: teks item ini sudah dihapus oleh retensi; keputusannya tidak dapat dikoreksi lagi', role: 'alert' });
    expect((await fx.store.record(item.id))?.decisions).toHaveLength(1);
    const now = await itemHtml(fx.srv.base, cookie, item.id);
    expect(now).not.toContain('id="correct"');
    expect(now).toContain('Koreksi keputusan tidak tersedia: teks unggahan sudah dihapus oleh retensi');
  });
});
