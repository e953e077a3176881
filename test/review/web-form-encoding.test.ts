// A page form whose body is not valid UTF-8 or not valid percent-encoding (no browser sends one from
// these UTF-8 pages; a broken script or a proxy re-encoding does). The forms kept it by decoding
// leniently: a reason `%ZZ%E0` was saved as "%ZZ\uFFFD" and raw bytes C3 28 as "\uFFFD(", a decision
// on record with text nobody wrote. The API refuses such a body (400 invalid-encoding); so do the pages now.
import { describe, expect, it } from 'vitest';
import { sqliteKind } from './helpers/stores.js';
import { reviewServer } from './helpers/app.js';
import { hiddenValue, itemHtml, webLogin } from './helpers/http.js';
import { fakeResult } from './helpers/fixtures.js';

const fx = reviewServer(sqliteKind(), () => ({ score: () => fakeResult(0.9, 'ajakan') }));

async function itemForm(text: string) {
  const { item } = await fx.store.add({ text, author: 'akun-uji' }, fakeResult(0.9, 'ajakan'), 'test');
  const cookie = await webLogin(fx.srv.base, fx.keys.supervisor);
  const page = await itemHtml(fx.srv.base, cookie, item.id);
  const send = (form: 'decision' | 'notes', body: string | Blob, type = 'application/x-www-form-urlencoded') =>
    fetch(`${fx.srv.base}/review/items/${item.id}/${form}`, { method: 'POST', redirect: 'manual', headers: { cookie, 'content-type': type }, body });
  const decisionFields = `_csrf=${hiddenValue(page, '_csrf')}&fromStatus=new&fromAssignee=&fromUpdatedAt=${encodeURIComponent(String(hiddenValue(page, 'fromUpdatedAt')))}&outcome=confirmed&label=ajakan`;
  const noteFields = `_csrf=${hiddenValue(page, '_csrf')}`;
  return { id: item.id, send, decisionFields, noteFields };
}

const h1 = (page: string) => /<h1>([^<]*)<\/h1>/.exec(page)?.[1];

describe('a page form that is not valid UTF-8 or percent-encoding', () => {
  it('is refused (400, nothing saved) for a reason with a bad percent escape', async () => {
    const f = await itemForm('Coblos nomor 2, alasan rusak');
    const res = await f.send('decision', `${f.decisionFields}&reason=ajakan%ZZ%E0`);
    expect(res.status).toBe(400);
    expect(h1(await res.text())).toBe('Permintaan tidak valid');
    expect((await fx.store.get(f.id))?.status).toBe('new');
    expect((await fx.store.audit(f.id)).map((e) => e.action)).toEqual(['create']);
  });

  it('is refused for a percent-encoded byte sequence that is no UTF-8, and for raw bytes that are none', async () => {
    const f = await itemForm('Coblos nomor 2, catatan rusak');
    expect((await f.send('notes', `${f.noteFields}&text=caf%C3%28`)).status).toBe(400);
    const raw = new Blob([`${f.noteFields}&text=caf`, new Uint8Array([0xc3, 0x28])]);
    expect((await f.send('notes', raw)).status).toBe(400);
    expect((await fx.store.record(f.id))?.notes).toEqual([]);
  });

  it('still takes a literal percent sign, a plus for a space, and a form declared ISO-8859-1', async () => {
    const f = await itemForm('Coblos nomor 2, catatan benar');
    expect((await f.send('notes', `${f.noteFields}&text=100%25+yakin+%F0%9F%99%84`)).status).toBe(303);
    expect((await f.send('notes', `${f.noteFields}&text=caf%E9`, 'application/x-www-form-urlencoded; charset=ISO-8859-1')).status).toBe(303);
    expect((await fx.store.record(f.id))?.notes.map((n) => n.text)).toEqual(['100% yakin 🙄', 'café']);
  });
});
