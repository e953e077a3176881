// `score --enqueue` run again on a feed without ids, without the --posted-at-field the first run had,
// queued every post again (decided ones included): a post without a time was never the item queued
// with one. It is now that item, and the summary says how the queue knew it. On both stores.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { ReviewStore } from '../../src/review/store/index.js';
import { describeOnStores } from '../review/helpers/stores.js';
import { cli, tempDir } from './helpers.js';

describeOnStores('score --enqueue run again without --posted-at-field, on $name', (kind) => {
  beforeAll(() => kind.setup(), 60_000);
  afterAll(() => kind.teardown());

  it('queues none of the posts again, and says they were queued with a posting time', async () => {
    const dir = tempDir();
    const conn = await kind.fresh();
    await (await ReviewStore.open(conn)).close();
    const env = conn.url ? { DATABASE_URL: conn.url } : { NETRA_DATA_DIR: conn.dataDir, DATABASE_URL: '' };
    const feed = path.join(dir, 'bkd.csv');
    writeFileSync(feed, 'akun,created_at,text\n@rina,2024-11-01T08:00:00+07:00,Ayo coblos nomor 2 Khofifah-Emil!\n@budi,2024-11-01T09:00:00+07:00,Dukung nomor 2 ya teman-teman!\n');
    const enqueue = async (...flags: string[]) => {
      const run = await cli(['score', '--input', feed, '--workers', '1', '--enqueue', '--output', '-', '--author-field', 'akun', ...flags], { env });
      expect(run.code, run.stderr).toBe(0);
      return /^ {2}review queue: (.*)$/m.exec(run.stderr)?.[1];
    };
    expect(await enqueue('--posted-at-field', 'created_at')).toBe('2 added, 0 already queued (levels sedang and tinggi)');
    const store = await ReviewStore.open(conn);
    try {
      const [first] = (await store.list({ sort: 'oldest' })).items;
      await store.decide(first.id, { outcome: 'dismissed' }, 'sup');
      expect(await enqueue()).toBe('0 added, 2 already queued (levels sedang and tinggi), of which 1 already decided (0 confirmed, 1 dismissed); 2 queued before with a posting time (a run with --posted-at-field), known by author and text');
      expect((await store.list({})).items).toHaveLength(2);
    } finally {
      await store.close();
    }
  }, 240_000);
});
