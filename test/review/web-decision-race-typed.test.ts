// Two supervisors decide one new item at once from their pages. The second is refused (409, "Tidak
// diubah: item ini sudah berubah — … mengonfirmasi item ini"), and the item, final now, shows the
// correction form instead of the decision form: the reason the second supervisor typed was dropped with
// the decision form, though a correction race brings it back. It goes into the correction form now (with
// the label), the outcome left for them to choose: they have only just read what the other decided.
import { describe, expect, it } from 'vitest';
import { sqliteKind } from './helpers/stores.js';
import { reviewServer } from './helpers/app.js';
import { hiddenValue, itemHtml, webLogin } from './helpers/http.js';
import { fakeResult } from './helpers/fixtures.js';

const fx = reviewServer(sqliteKind(), () => ({ score: () => fakeResult(0.9, 'ajakan') }));

const correctionForm = (page: string) => /<form[^>]*id="correct"[\s\S]*?<\/form>/.exec(page)?.[0] ?? '';

describe('the second of two supervisors deciding one item at once', () => {
  it('finds the reason and label typed in the correction form, no outcome chosen', async () => {
    const { item } = await fx.store.add({ text: 'Besok ke TPS ya, info jadwal', author: 'akun-uji' }, fakeResult(0.9, 'ajakan'), 'test');
    const sessions = [await webLogin(fx.srv.base, fx.keys.supervisor), await webLogin(fx.srv.base, fx.keys.admin)];
    const pages = await Promise.all(sessions.map((cookie) => itemHtml(fx.srv.base, cookie, item.id)));
    const send = (i: number, fields: Record<string, string>) =>
      fetch(`${fx.srv.base}/review/items/${item.id}/decision`, {
        method: 'POST',
        redirect: 'manual',
        headers: { cookie: sessions[i], 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ _csrf: String(hiddenValue(pages[i], '_csrf')), fromStatus: 'new', fromAssignee: '', fromUpdatedAt: String(hiddenValue(pages[i], 'fromUpdatedAt')), ...fields }).toString(),
      });
    expect((await send(0, { outcome: 'confirmed', reason: 'ajakan jelas' })).status).toBe(303);
    const second = await send(1, { outcome: 'dismissed', label: 'netral', reason: 'bukan ajakan, hanya info jadwal TPS' });
    expect(second.status).toBe(409);
    const page = await second.text();
    expect(page).toContain('Tidak diubah: item ini sudah berubah');
    const form = correctionForm(page);
    expect(form).toContain('>\nbukan ajakan, hanya info jadwal TPS</textarea>');
    expect(form).toMatch(/<option value="netral" selected>/);
    expect(form).not.toContain(' checked');
    // Nothing of it was saved.
    expect((await fx.store.record(item.id))?.decisions.map((d) => d.outcome)).toEqual(['confirmed']);
  });
});
