// Two batch jobs queueing the same post at once, one with its id and one without (an export queued with
// --id-field while the same chat runs without it): the keys differ, so only the lookup of the other's
// item (same-post.ts) makes them one. That lookup ran before the write transaction, so a job whose
// lookup came before the other's commit queued the post a second time, on SQLite too (the lookup held
// no lock); on PostgreSQL two lookups inside transactions would still miss each other's uncommitted row.
import { expect, it } from 'vitest';
import type { ReviewStore } from '../../src/review/store/index.js';
import { addItems } from '../../src/review/store/items.js';
import { describeOnStores, withStorePair } from './helpers/stores.js';
import { fakeResult } from './helpers/fixtures.js';
import { interleave } from './helpers/interleave.js';

const result = fakeResult(0.9);
// The last lookup of both posts (same-post.ts's, by the text's hash): the window is between it and the insert.
const LAST_LOOKUP = /^select .* from "items" where "text_hash" = /;

describeOnStores('two jobs queueing one post at once, under two keys, on $name', (kind) => {
  let a: ReviewStore;
  let b: ReviewStore;
  withStorePair(kind, (one, two) => ((a = one), (b = two)));
  const itemsOf = async (text: string) => (await a.list({ status: 'new' }, { limit: 500 })).items.filter((it) => it.text === text);
  type Added = Awaited<ReturnType<typeof addItems>>;

  // The post is looked up once without the write lock and, not found, again inside the write
  // transaction: the other job commits after the first lookup, or (on PostgreSQL: SQLite's write lock
  // makes it wait) after the second.
  for (const [nth, between] of [
    [1, 'between'],
    [2, kind.name === 'postgres' ? 'between' : 'after'],
  ] as const) {
    for (const first of ['with its id', 'without its id'] as const) {
      it(`queues it once when the job ${first} looks it up (lookup ${nth}) before the other commits`, async () => {
        const text = `Ayo coblos nomor 2, dua job sekaligus (${first}, ${nth})`;
        const withId = { post: { text, source: 'batch:ekspor.csv', externalId: 'fb-77' }, result };
        const withoutId = { post: { text, source: 'batch:chat.txt' }, result };
        const [mine, theirs] = first === 'with its id' ? [withId, withoutId] : [withoutId, withId];
        const run = await interleave(a.rdb, { sql: LAST_LOOKUP, nth }, (rdb) => addItems(rdb, [mine], 'batch'), () => b.addMany([theirs], 'batch'));
        expect(run.first.status, String((run.first as PromiseRejectedResult).reason)).toBe('fulfilled');
        expect(run.second.status, String((run.second as PromiseRejectedResult).reason)).toBe('fulfilled');
        const stored = await itemsOf(text);
        expect(stored).toHaveLength(1);
        const [x] = (run.first as PromiseFulfilledResult<Added>).value;
        const [y] = (run.second as PromiseFulfilledResult<Added>).value;
        expect([x, y].filter((r) => r.created)).toHaveLength(1);
        expect([x.item.id, y.item.id]).toEqual([stored[0].id, stored[0].id]);
        expect(run.ran).toBe(between);
      });
    }
  }
});
