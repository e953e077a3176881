// `score --enqueue` run on an export without --id-field (its ids were record numbers, which the queue
// does not keep), then on the same export with --id-field: no post is queued twice, a supervisor's
// decision stays, and the summary says how many posts were known from the run without ids. On both
// stores.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { ReviewStore } from '../../src/review/store/index.js';
import { describeOnStores } from '../review/helpers/stores.js';
import { cli, tempDir } from './helpers.js';

describeOnStores('score --enqueue with --id-field added on a later run, on $name', (kind) => {
  beforeAll(() => kind.setup(), 60_000);
  afterAll(() => kind.teardown());

  it('queues none of the posts again, and says they were known by author and text', async () => {
    const dir = tempDir();
    const conn = await kind.fresh();
    await (await ReviewStore.open(conn)).close();
    const env = conn.url ? { DATABASE_URL: conn.url } : { NETRA_DATA_DIR: conn.dataDir, DATABASE_URL: '' };
    const feed = path.join(dir, 'bkd.csv');
    writeFileSync(feed, 'post_id,text\nfb-101,Ayo coblos nomor 2 Khofifah-Emil!\nfb-102,Dukung nomor 2 ya teman-teman!\n');
    const enqueue = async (...flags: string[]) => {
      const run = await cli(['score', '--input', feed, '--enqueue', '--output', path.join(dir, 'out.jsonl'), ...flags], { env });
      expect(run.code, run.stderr).toBe(0);
      return /^ {2}review queue: .*$/m.exec(run.stderr)?.[0].trim();
    };
    expect(await enqueue()).toBe('review queue: 2 added, 0 already queued (levels sedang and tinggi)');
    const store = await ReviewStore.open(conn);
    try {
      const [first] = (await store.list({ sort: 'oldest' })).items;
      await store.decide(first.id, { outcome: 'confirmed' }, 'sup');

      expect(await enqueue('--id-field', 'post_id')).toBe(
        'review queue: 0 added, 2 already queued (levels sedang and tinggi), of which 1 already decided (1 confirmed, 0 dismissed); 2 queued before without an id (a run without --id-field), known by author and text',
      );
      expect((await store.list({ sort: 'oldest' })).items.map((i) => [i.externalId, i.status])).toEqual([
        [null, 'confirmed'],
        [null, 'new'],
      ]);
      // the next run with ids finds them as before, and says so again
      expect(await enqueue('--id-field', 'post_id')).toMatch(/^review queue: 0 added, 2 already queued .*; 2 queued before without an id/);
    } finally {
      await store.close();
    }
  }, 180_000);
});
