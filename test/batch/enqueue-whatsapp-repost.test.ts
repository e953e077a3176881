// `score --format whatsapp --enqueue`: a chat message has no id of its own, so the queue knows it by
// sender, text and posting time to the minute. The same message posted again in the quiet period, or
// into another group on another day, is queued as an item of its own (each is an event a supervisor
// needs); the same export run again, or a later export of the chat under another file name that
// repeats its older messages (from an iOS phone, with seconds), queues nothing twice. On both stores.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { ReviewStore } from '../../src/review/store/index.js';
import { describeOnStores } from '../review/helpers/stores.js';
import { cli, tempDir } from './helpers.js';

const MSG = 'Jangan lupa coblos nomor 2 ya bapak ibu, Bu Khofifah! 🤟';

describeOnStores('score --enqueue of a chat message posted again, on $name', (kind) => {
  beforeAll(() => kind.setup(), 60_000);
  afterAll(() => kind.teardown());

  it('queues the quiet-period repeat and the other group\'s posting as items of their own, and a re-export not again', async () => {
    const dir = tempDir();
    const conn = await kind.fresh();
    await (await ReviewStore.open(conn)).close();
    const env = conn.url ? { DATABASE_URL: conn.url } : { NETRA_DATA_DIR: conn.dataDir, DATABASE_URL: '' };
    const chat = (name: string, body: string): string => {
      const file = path.join(dir, name);
      writeFileSync(file, body);
      return file;
    };
    const enqueue = async (input: string, ...flags: string[]) => {
      const run = await cli(['score', '--input', input, '--posted-at-zone', 'WIB', '--election', 'pilgub-jatim-2024', '--workers', '1', '--enqueue', '--output', '-', ...flags], { env });
      expect(run.code, run.stderr).toBe(0);
      return /^ {2}review queue: (\d+ added, \d+ already queued)/m.exec(run.stderr)?.[1];
    };

    const first = chat('chat.txt', `01/11/24 08.00 - Pak Hadi: ${MSG}\n24/11/24 08.00 - Pak Hadi: ${MSG}\n`);
    expect(await enqueue(first)).toBe('2 added, 0 already queued');
    expect(await enqueue(first)).toBe('0 added, 2 already queued');
    // next week's export of the same chat, from an iPhone (seconds), repeats both and adds one
    const later = chat('chat (1).txt', `[01/11/24 08.00.41] Pak Hadi: ${MSG}\n[24/11/24 08.00.05] Pak Hadi: ${MSG}\n[25/11/24 19.30.00] Pak Hadi: ${MSG}\n`);
    expect(await enqueue(later)).toBe('1 added, 2 already queued');
    const otherGroup = chat('rt05.txt', `03/11/24 09.15 - Pak Hadi: ${MSG}\n`);
    expect(await enqueue(otherGroup, '--source', 'grup-rt-05')).toBe('1 added, 0 already queued');

    const store = await ReviewStore.open(conn);
    try {
      // items queued by one run share a creation time, so their order is the store's: compare as a set
      const items = (await store.list({ sort: 'oldest' })).items;
      const rows = items.map((i) => [i.postedAt, i.stage, i.source, i.author]);
      const byPostedAt = (a: (string | null)[], b: (string | null)[]) => String(a[0]).localeCompare(String(b[0]));
      expect(rows.sort(byPostedAt)).toEqual([
        ['2024-11-01T01:00:00.000Z', 'campaign', 'batch:chat.txt', 'Pak Hadi'],
        ['2024-11-03T02:15:00.000Z', 'campaign', 'batch:grup-rt-05', 'Pak Hadi'],
        ['2024-11-24T01:00:00.000Z', 'quiet_period', 'batch:chat.txt', 'Pak Hadi'],
        ['2024-11-25T12:30:00.000Z', 'quiet_period', 'batch:chat (1).txt', 'Pak Hadi'],
      ].sort(byPostedAt));
      expect(items.every((i) => i.externalId === null)).toBe(true);
    } finally {
      await store.close();
    }
  }, 240_000);
});
