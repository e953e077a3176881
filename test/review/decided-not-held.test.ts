// A decision did not clear the holder: a confirmed or dismissed item kept its assignee, so
// `GET /items?assignee=Sari`, the page's `?assignee=` filter and "Dipegang oleh" listed finished items as
// work Sari still held, and `assignee=none` left them out. An item is held only while it is open (new,
// in review, escalated); who held it when it was decided stays in its audit trail, who decided it in its
// decisions.
import { beforeAll, expect, it } from 'vitest';
import { createScorer } from '../../src/pipeline/create.js';
import { describeOnStores } from './helpers/stores.js';
import { reviewServer } from './helpers/app.js';
import { apiCall, itemHtml, webLogin } from './helpers/http.js';
import { fakeResult } from './helpers/fixtures.js';

describeOnStores('decided items are held by nobody on $name', (kind) => {
  const fx = reviewServer(kind, () => createScorer());
  const SARI = 'Sari#0000000000000001';
  const ids: Record<'confirmed' | 'dismissed' | 'escalated' | 'open', string> = { confirmed: '', dismissed: '', escalated: '', open: '' };
  beforeAll(async () => {
    for (const k of Object.keys(ids) as (keyof typeof ids)[]) {
      const { item } = await fx.store.add({ text: `Posting dipegang ${k}`, author: 'uji', election: 'dipegang' }, fakeResult(0.9, 'dukungan', 'tinggi', 'dipegang'), 'batch');
      await fx.store.assign(item.id, SARI, 'sup');
      if (k !== 'open') await fx.store.decide(item.id, { outcome: k }, SARI);
      ids[k] = item.id;
    }
  });
  const listed = async (assignee: string) =>
    new Set((await apiCall(fx.srv.base, 'GET', `/v1/review/items?election=dipegang&assignee=${encodeURIComponent(assignee)}`, fx.keys.analyst)).json.items.map((it: { id: string }) => it.id));

  it("lists the holder's open items only, and decided ones as unassigned", async () => {
    expect(await listed(SARI)).toEqual(new Set([ids.open, ids.escalated]));
    expect(await listed('none')).toEqual(new Set([ids.confirmed, ids.dismissed]));
  });

  it('shows a decided item held by nobody, and keeps who held it in its audit trail', async () => {
    const item = (await apiCall(fx.srv.base, 'GET', `/v1/review/items/${ids.confirmed}`, fx.keys.analyst)).json;
    expect(item.assignee).toBeNull();
    expect(item.decisions.at(-1).reviewer).toBe(SARI);
    expect(item.audit.find((a: { action: string }) => a.action === 'decision').before).toEqual({ status: 'in_review', assignee: SARI });
    expect((await apiCall(fx.srv.base, 'GET', `/v1/review/items/${ids.escalated}`, fx.keys.analyst)).json.assignee).toBe(SARI);
  });

  it('the page says "Dipegang oleh –" for a decided item, and its assignee filter lists open items only', async () => {
    const cookie = await webLogin(fx.srv.base, fx.keys.supervisor);
    const facts = (page: string) => /<dt>Dipegang oleh<\/dt><dd>([^<]*)<\/dd>/.exec(page)?.[1];
    expect(facts(await itemHtml(fx.srv.base, cookie, ids.dismissed))).toBe('–');
    expect(facts(await itemHtml(fx.srv.base, cookie, ids.open))).toBe(SARI);
    const queue = await (await fetch(`${fx.srv.base}/review?election=dipegang&assignee=${encodeURIComponent(SARI)}`, { headers: { cookie } })).text();
    const rows = [...queue.matchAll(/data-id="([^"]*)"/g)].map((m) => m[1]);
    expect(new Set(rows)).toEqual(new Set([ids.open, ids.escalated]));
  });
});
