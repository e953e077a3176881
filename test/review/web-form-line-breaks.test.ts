// A reason or note typed on the page with line breaks. A browser sends a textarea's breaks as CRLF, so
// the page's text was stored with "\r\n" where the API's has "\n", and counted one character longer per
// break than the reviewer sees: a reason of 2,000 characters over 10 lines came to 2,010 and was refused
// against the 2,000 limit. The pages' forms store a break as "\n", as it was typed.
import { describe, expect, it } from 'vitest';
import { sqliteKind } from './helpers/stores.js';
import { reviewServer } from './helpers/app.js';
import { hiddenValue, itemHtml, postForm, webLogin } from './helpers/http.js';
import { fakeResult } from './helpers/fixtures.js';

const fx = reviewServer(sqliteKind(), () => ({ score: () => fakeResult(0.9, 'ajakan') }));

describe('line breaks typed in a page form', () => {
  it('are stored as "\\n" and counted as one character each', async () => {
    const { item } = await fx.store.add({ text: 'Coblos nomor 2, alasan panjang', author: 'akun-uji' }, fakeResult(0.9, 'ajakan'), 'test');
    const cookie = await webLogin(fx.srv.base, fx.keys.supervisor);
    const page = await itemHtml(fx.srv.base, cookie, item.id);
    const csrf = String(hiddenValue(page, '_csrf'));
    // 10 lines: 1,990 letters and 10 breaks, 2,000 characters as typed.
    const reason = Array.from({ length: 10 }, () => 'a'.repeat(199)).join('\r\n') + '\r\n';
    expect(reason.replace(/\r\n/g, '\n')).toHaveLength(2000);
    const res = await postForm(fx.srv.base, cookie, `/review/items/${item.id}/decision`, { _csrf: csrf, fromStatus: 'new', fromAssignee: '', fromUpdatedAt: String(hiddenValue(page, 'fromUpdatedAt')), outcome: 'confirmed', reason });
    expect(res.status).toBe(303);
    const stored = (await fx.store.record(item.id))?.decisions[0].reason;
    expect(stored).toBe(reason.replace(/\r\n/g, '\n'));
    expect((await postForm(fx.srv.base, cookie, `/review/items/${item.id}/notes`, { _csrf: csrf, text: 'baris satu\r\nbaris dua' })).status).toBe(303);
    expect((await fx.store.record(item.id))?.notes.map((n) => n.text)).toEqual(['baris satu\nbaris dua']);
  });
});
