// "Dipegang oleh …" after the holder let go: a decision form sent from a page that showed the item held
// by Sari (an old page, or the 409 page reloaded, which sends the refused form again) was answered
// with "Tidak diubah: item ini dipegang oleh Sari; ambil alih dulu", read from the form, after Sari
// had released or decided the item. The answer names who holds it now, or what changed.
import { describe, expect, it } from 'vitest';
import { createScorer } from '../../src/pipeline/create.js';
import { sqliteKind } from './helpers/stores.js';
import { reviewServer } from './helpers/app.js';
import { hiddenValue, itemHtml, messageOf, postForm, webLogin } from './helpers/http.js';
import { fakeResult } from './helpers/fixtures.js';
import { wibTime } from '../../src/review/web/format.js';

const fx = reviewServer(sqliteKind(), () => createScorer());

const SARI = 'Sari (Bawaslu Kab.)#0123456789abcdef';
const esc = (s: string) => s.replace(/&/g, '&amp;');

/** An item Sari holds, Budi's session and the decision form his page shows for it. */
async function heldBySari(externalId: string) {
  const { item } = await fx.store.add({ text: `Ayo coblos nomor 2, ${externalId}`, source: 'held-stale', externalId, author: 'uji' }, fakeResult(0.9, 'ajakan'), 'batch');
  await fx.store.assign(item.id, SARI, SARI);
  const cookie = await webLogin(fx.srv.base, fx.keys.supervisor);
  const page = await itemHtml(fx.srv.base, cookie, item.id);
  expect(page).toContain(`<dt>Dipegang oleh</dt><dd>${esc(SARI)}</dd>`);
  const form = { _csrf: String(hiddenValue(page, '_csrf')), fromStatus: 'in_review', fromAssignee: SARI, fromUpdatedAt: String(hiddenValue(page, 'fromUpdatedAt')), outcome: 'dismissed', reason: 'bukan ajakan' };
  const send = () => postForm(fx.srv.base, cookie, `/review/items/${item.id}/decision`, form);
  return { id: item.id, send };
}

describe('a decision form naming a holder who has let go', () => {
  it('while Sari still holds the item: refused, naming her', async () => {
    const { send } = await heldBySari('still-held');
    const res = await send();
    expect(res.status).toBe(409);
    expect(messageOf(await res.text())?.text).toBe(`Tidak diubah: item ini dipegang oleh ${esc(SARI)}; ambil alih dulu untuk memutuskan`);
  });

  it('after Sari released it: refused, saying she released it, and the page holds nobody', async () => {
    const { id, send } = await heldBySari('released');
    await fx.store.assign(id, null, SARI, { fromAssignee: SARI });
    const res = await send();
    expect(res.status).toBe(409);
    const page = await res.text();
    expect(messageOf(page)?.text).toMatch(new RegExp(`^Tidak diubah: item ini sudah berubah — ${esc(SARI).replace(/[.()]/g, '\\$&')} melepaskan item ini pada \\d\\d-\\d\\d-\\d{4} \\d\\d:\\d\\d WIB$`));
    expect(page).toContain('<dt>Dipegang oleh</dt><dd>–</dd>');
    expect(page).not.toContain('id="held-notice"');
    expect((await fx.store.record(id))?.decisions).toEqual([]);
  });

  it('after Sari decided it: refused, saying she confirmed it', async () => {
    const { id, send } = await heldBySari('decided');
    const decided = await fx.store.decide(id, { outcome: 'confirmed', reason: 'ajakan' }, SARI);
    const res = await send();
    expect(res.status).toBe(409);
    expect(messageOf(await res.text())?.text).toBe(`Tidak diubah: item ini sudah berubah — ${esc(SARI)} mengonfirmasi item ini (label ${decided.reviewerLabel}, status dikonfirmasi) pada ${wibTime(decided.createdAt)}`);
    expect((await fx.store.record(id))?.decisions.map((d) => d.reviewer)).toEqual([SARI]);
  });
});
