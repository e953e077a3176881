// A risk stored with more places than the scorer writes (a caller of the store or the enqueuer may store
// any number in 0..1) came out of the decisions export as JavaScript prints it: 1e-9 as "1e-9", which a
// spreadsheet reads as text. The export writes `risk` to the scorer's 6 places, as the batch CSV does,
// in CSV (either decimal mark) and JSONL alike.
import { expect, it } from 'vitest';
import { describeOnStores } from './helpers/stores.js';
import { reviewServer } from './helpers/app.js';
import { apiCall } from './helpers/http.js';
import { fakeResult } from './helpers/fixtures.js';
import { csvRow } from '../../src/batch/format.js';

describeOnStores('the decisions export\'s risk places on $name', (kind) => {
  const fx = reviewServer(kind, () => ({ score: () => fakeResult(0.9) }));

  it('never writes a risk in exponent notation, and writes it as the batch CSV would', async () => {
    const risks = { tiny: 1e-9, long: 0.12345678, small: 0.0000004, edge: 0.0000015 };
    const ids: Record<string, string> = {};
    for (const [tag, risk] of Object.entries(risks)) {
      const { item } = await fx.store.add({ text: `Coblos nomor 2, ${tag}`, author: tag }, fakeResult(risk, 'netral', 'rendah'), 'test');
      await fx.store.decide(item.id, { outcome: 'dismissed', reason: tag }, 'test');
      ids[tag] = item.id;
    }
    const get = async (q: string) => (await apiCall(fx.srv.base, 'GET', `/v1/review/export?${q}`, fx.keys.supervisor)).text;
    const lines = (await get('format=csv')).trim().split('\n');
    const riskAt = lines[0].split(',').indexOf('risk');
    const csvRisk = (id: string) => lines.find((l) => l.startsWith(`${id},`))!.split(',')[riskAt];
    const semi = (await get('format=csv&delimiter=%3B&decimal=%2C')).trim().split('\n');
    const semiRisk = (id: string) => semi.find((l) => l.startsWith(`${id};`))!.split(';')[riskAt];
    const jsonl = (await get('format=jsonl')).trim().split('\n');
    const jsonRisk = (id: string) => /"risk":([^,]*),/.exec(jsonl.find((l) => l.includes(`"item_id":"${id}"`))!)![1];
    const expected = { tiny: '0', long: '0.123457', small: '0', edge: '0.000002' };
    for (const [tag, id] of Object.entries(ids)) {
      const want = expected[tag as keyof typeof expected];
      expect([csvRisk(id), semiRisk(id), jsonRisk(id)], tag).toEqual([want, want.replace('.', ','), want]);
      // The batch CSV's risk cell for the same risk as its scorer gives it (rounded to 6 places).
      expect(csvRow({ ...fakeResult(Number(want), 'netral', 'rendah'), id: 'x' }).split(',')[2], tag).toBe(want);
    }
  });

  it('takes no risk from an API client: the service scores the post itself (to 6 places)', async () => {
    const res = await apiCall(fx.srv.base, 'POST', '/v1/review/items', fx.keys.analyst, { text: 'Coblos nomor 2', risk: 1e-9 });
    expect(res.status).toBe(400);
    expect(res.json.errors.map((e: { field: string }) => e.field)).toEqual(['risk']);
  });
});
