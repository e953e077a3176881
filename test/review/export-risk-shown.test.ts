// The decisions export keeps `risk` as the stored number (scripts and retraining read it), and adds
// `risk_shown`, the risk as the review page shows it: a spreadsheet shows a stored 1 (the scorer rounds
// to 6 digits) as the certainty "1", which no calibrated risk is.
import { describe, expect, it } from 'vitest';
import { sqliteKind } from './helpers/stores.js';
import { reviewServer } from './helpers/app.js';
import { apiCall } from './helpers/http.js';
import { fakeResult } from './helpers/fixtures.js';

const fx = reviewServer(sqliteKind(), () => ({ score: ({ text }: { text: string }) => fakeResult(text.startsWith('Pasti') ? 1 : 0.5617) }));

describe('the decisions export\'s risk_shown', () => {
  it('is the page\'s text for the risk, after part_end in both formats, next to the unchanged number', async () => {
    const ids: string[] = [];
    for (const text of ['Pasti coblos nomor 2', 'Mungkin dukung nomor 2']) {
      const id = (await apiCall(fx.srv.base, 'POST', '/v1/review/items', fx.keys.analyst, { text, author: 'shown' })).json.id as string;
      expect((await apiCall(fx.srv.base, 'POST', `/v1/review/items/${id}/decision`, fx.keys.supervisor, { outcome: 'confirmed', reason: 'alasan uji' })).status).toBe(201);
      ids.push(id);
    }
    const csv = (await apiCall(fx.srv.base, 'GET', '/v1/review/export?format=csv', fx.keys.supervisor)).text.trim().split('\n');
    expect(csv[0]).toContain(',part_start,part_end,risk_shown,'); // after the columns before it
    const shownAt = csv[0].split(',').indexOf('risk_shown');
    const riskAt = csv[0].split(',').indexOf('risk');
    const line = (id: string) => csv.find((l) => l.startsWith(`${id},`))!.split(',');
    expect([line(ids[0])[riskAt], line(ids[0])[shownAt]]).toEqual(['1', '> 0.999']);
    expect([line(ids[1])[riskAt], line(ids[1])[shownAt]]).toEqual(['0.5617', '0.561']);

    const jsonl = (await apiCall(fx.srv.base, 'GET', '/v1/review/export?format=jsonl', fx.keys.supervisor)).text.trim().split('\n').map((l) => JSON.parse(l));
    const row = jsonl.find((r) => r.item_id === ids[0]);
    expect([row.risk, row.risk_shown]).toEqual([1, '> 0.999']);
    expect(Object.keys(row).indexOf('risk_shown')).toBe(Object.keys(row).indexOf('part_end') + 1);
  });
});
