// `score --enqueue` run twice on the same posts with different flags queues none of them again, and the
// summary says how the queue knew them: an export queued with --id-field and run again without it, one
// queued without --author-field and run again with it, a chat scored again with another
// --posted-at-zone (its keys hold the minute as the chat writes it). On both stores.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { ReviewStore } from '../../src/review/store/index.js';
import { describeOnStores } from '../review/helpers/stores.js';
import { cli, tempDir } from './helpers.js';

describeOnStores('score --enqueue run again with other flags, on $name', (kind) => {
  beforeAll(() => kind.setup(), 60_000);
  afterAll(() => kind.teardown());

  it('queues no post twice, decided ones stay decided, and the summary says how they were known', async () => {
    const dir = tempDir();
    const conn = await kind.fresh();
    await (await ReviewStore.open(conn)).close();
    const env = conn.url ? { DATABASE_URL: conn.url } : { NETRA_DATA_DIR: conn.dataDir, DATABASE_URL: '' };
    const file = (name: string, body: string): string => {
      writeFileSync(path.join(dir, name), body);
      return path.join(dir, name);
    };
    const enqueue = async (input: string, ...flags: string[]) => {
      const run = await cli(['score', '--input', input, '--workers', '1', '--enqueue', '--output', '-', ...flags], { env });
      expect(run.code, run.stderr).toBe(0);
      return /^ {2}review queue: (.*)$/m.exec(run.stderr)?.[1];
    };

    const feed = file('bkd.csv', 'post_id,akun,text\nfb-101,@rina,Ayo coblos nomor 2 Khofifah-Emil!\nfb-102,@budi,Dukung nomor 2 ya teman-teman!\n');
    expect(await enqueue(feed, '--id-field', 'post_id')).toBe('2 added, 0 already queued (levels sedang and tinggi)');
    const store = await ReviewStore.open(conn);
    try {
      const [first] = (await store.list({ sort: 'oldest' })).items;
      await store.decide(first.id, { outcome: 'confirmed' }, 'sup');
      expect(await enqueue(feed)).toBe('0 added, 2 already queued (levels sedang and tinggi), of which 1 already decided (1 confirmed, 0 dismissed); 2 queued before with an id (a run with --id-field), known by author and text');
      // queued above without an author: a run that adds --author-field finds them
      const other = file('dinas.csv', 'text,akun\nPilih nomor 1 demi kemajuan!,@sari\n');
      expect(await enqueue(other)).toBe('1 added, 0 already queued (levels sedang and tinggi)');
      expect(await enqueue(other, '--author-field', 'akun')).toBe('0 added, 1 already queued (levels sedang and tinggi); 1 queued before without an author (a run without --author-field), known by text');

      const chat = file('grup.txt', '01/11/24 08.00 - Pak Hadi: Jangan lupa coblos nomor 2 ya bapak ibu!\n01/11/24 09.00 - Pak Hadi: Jangan lupa coblos nomor 2 ya bapak ibu!\n');
      const flags = ['--election', 'pilgub-jatim-2024'];
      expect(await enqueue(chat, '--posted-at-zone', 'WIB', ...flags)).toBe('2 added, 0 already queued (levels sedang and tinggi)');
      expect(await enqueue(chat, '--posted-at-zone', 'WITA', ...flags)).toBe('0 added, 2 already queued (levels sedang and tinggi); 2 queued before with another --posted-at-zone, known by the time as written');
      expect((await store.list({})).items).toHaveLength(5);
    } finally {
      await store.close();
    }
  }, 240_000);
});
