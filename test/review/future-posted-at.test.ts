// POST /v1/review/items scores each post as /v1/score does, so a postedAt later than when it was scored
// (a placeholder, a typo in the year, a wrong zone; past the clock-skew tolerance) gets the same
// `warnings` entry in its answer, single and batch, new or already queued, and the same count in
// /metrics (netra_posted_at_future_total). The post is still scored and queued with that time.
import { describe, expect, it } from 'vitest';
import { reviewService } from './helpers/service.js';
import { REVIEW_OBJECT_SCHEMAS } from '../../src/review/http/openapi-schemas.js';
import { shapeProblems } from './helpers/shapes.js';

const FUTURE = '9999-12-31T00:00:00Z';
const PAST = '2024-01-10T10:00:00+07:00';
const WARNING = { type: 'urn:netra:warning:posted-at-in-future', field: 'postedAt', message: expect.stringMatching(/^is later than when the post was scored: no post is made in the future/) };

describe('a postedAt in the future sent to the review queue', () => {
  const svc = reviewService({ key: { name: 'Nina', role: 'analyst' } });

  const post = (body: unknown) =>
    fetch(`${svc.base}/v1/review/items`, { method: 'POST', headers: { authorization: `Bearer ${svc.key}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const futureCount = async (): Promise<number> => Number(/^netra_posted_at_future_total (\d+)$/m.exec(await (await fetch(`${svc.base}/metrics`)).text())?.[1] ?? 0);

  it('is queued, with the warning in the answer and a count in /metrics, as /v1/score gives them', async () => {
    const before = await futureCount();
    const single = await post({ text: 'Ayo coblos nomor 2 besok!', election: 'pilpres-2024', postedAt: FUTURE });
    expect(single.status).toBe(201);
    const one = await single.json();
    expect(one).toMatchObject({ created: true, warnings: [WARNING] });
    expect(shapeProblems(REVIEW_OBJECT_SCHEMAS.queued, one)).toEqual([]); // as the OpenAPI document gives it
    expect((await svc.review.store.get(one.id))?.postedAt).toBe('9999-12-31T00:00:00.000Z');
    // sent again: already queued, and still a time no post has
    expect(await (await post({ text: 'Ayo coblos nomor 2 besok!', election: 'pilpres-2024', postedAt: FUTURE })).json()).toMatchObject({ created: false, warnings: [WARNING] });

    const batch = await post({ items: [{ text: 'Pilih nomor 1 ya', postedAt: PAST }, { text: 'Dukung nomor 3', postedAt: FUTURE }, { text: 'Salam dari kantor' }] });
    expect(batch.status).toBe(201);
    const { items } = await batch.json();
    expect(items[1].warnings).toEqual([{ ...WARNING, field: 'items[1].postedAt' }]);
    for (const i of [0, 2]) expect(items[i]).not.toHaveProperty('warnings');
    expect(await futureCount()).toBe(before + 3);
  });

  it('says nothing of a past time, or one a fast clock put a minute ahead', async () => {
    const before = await futureCount();
    const soon = new Date(Date.now() + 60_000).toISOString();
    for (const postedAt of [PAST, soon]) expect(await (await post({ text: `Kabar kantor ${postedAt}`, postedAt })).json()).not.toHaveProperty('warnings');
    expect(await futureCount()).toBe(before);
  });
});
