// A calibrated risk is never 0 or 1, but the scorer rounds it to 6 digits, so a store can hold 1 (or 0):
// the pages a reviewer reads show such a risk as a bound ("> 0.999", "< 0.001"), never as a certainty.
import { describe, expect, it } from 'vitest';
import { sqliteKind } from './helpers/stores.js';
import { reviewServer } from './helpers/app.js';
import { apiCall, webLogin } from './helpers/http.js';
import { fakeResult } from './helpers/fixtures.js';

const fx = reviewServer(sqliteKind(), () => ({ score: ({ text }: { text: string }) => (text.startsWith('Pasti') ? fakeResult(1) : fakeResult(0, 'netral')) }));

describe('a risk stored as 1 or 0', () => {
  it('reads as a bound on the queue and item pages', async () => {
    const sure = (await apiCall(fx.srv.base, 'POST', '/v1/review/items', fx.keys.analyst, { text: 'Pasti coblos nomor 2', author: 'risk-1' })).json.id as string;
    const calm = (await apiCall(fx.srv.base, 'POST', '/v1/review/items', fx.keys.analyst, { text: 'Rapat pelayanan publik', author: 'risk-0' })).json.id as string;
    const cookie = await webLogin(fx.srv.base, fx.keys.supervisor);
    const page = async (path: string) => (await fetch(`${fx.srv.base}${path}`, { headers: { cookie } })).text();

    const queue = await page('/review');
    expect(queue).toContain('<td class="num">&gt; 0.999</td>');
    expect(queue).toContain('<td class="num">&lt; 0.001</td>');
    expect(queue).not.toMatch(/<td class="num">(1\.000|0\.000)<\/td>/);

    const high = await page(`/review/items/${sure}`);
    expect(high).toContain('Risiko &gt; 0.999 ·');
    expect(high).toContain('dukungan &gt; 0.99, serangan &lt; 0.01, netral &lt; 0.01');
    const low = await page(`/review/items/${calm}`);
    expect(low).toContain('Risiko &lt; 0.001 ·');
    expect(low).toContain('netral &gt; 0.99');
  });
});
