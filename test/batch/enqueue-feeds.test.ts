// `score --enqueue` of the same posts under another file name (a browser's re-download, next month's
// overlapping export) or a --source name: they are already queued, and the summary says so.
import { describe, expect, it } from 'vitest';
import { copyFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { queueSource, scoreCommand } from '../../src/cli/commands/score.js';
import { UsageError } from '../../src/cli/command.js';
import { ReviewStore } from '../../src/review/store/index.js';
import { cli, tempDir } from './helpers.js';

describe('score --enqueue of one export under several names', () => {
  it('queues each post once, whatever the file or --source calls the feed', async () => {
    const dir = tempDir();
    const dataDir = path.join(dir, 'data');
    await (await ReviewStore.open({ dataDir })).close();
    const env = { NETRA_DATA_DIR: dataDir, DATABASE_URL: '' };
    const feed = path.join(dir, 'feed.csv');
    writeFileSync(feed, 'id,text\n1,Ayo coblos nomor 2 Khofifah-Emil!\n2,Rapat jam 9\n');
    copyFileSync(feed, path.join(dir, 'feed (1).csv'));
    writeFileSync(path.join(dir, 'bulan-2.csv'), 'id,text\n1,Ayo coblos nomor 2 Khofifah-Emil!\n3,Dukung nomor 2 ya teman-teman!\n');
    const enqueue = async (file: string, ...flags: string[]) => {
      const run = await cli(['score', '--input', path.join(dir, file), '--enqueue', '--output', path.join(dir, 'out.jsonl'), ...flags], { env });
      expect(run.code, run.stderr).toBe(0);
      return /review queue: [^(]*/.exec(run.stderr)?.[0].trim();
    };
    expect(await enqueue('feed.csv')).toBe('review queue: 1 added, 0 already queued');
    expect(await enqueue('feed.csv')).toBe('review queue: 0 added, 1 already queued');
    expect(await enqueue('feed (1).csv')).toBe('review queue: 0 added, 1 already queued');
    expect(await enqueue('bulan-2.csv', '--source', 'bkd-bulanan')).toBe('review queue: 1 added, 1 already queued');

    const store = await ReviewStore.open({ dataDir });
    try {
      const items = (await store.list({ sort: 'oldest' })).items;
      expect(items.map((it) => [it.source, it.externalId])).toEqual([['batch:feed.csv', '1'], ['batch:bkd-bulanan', '3']]);
    } finally {
      await store.close();
    }
  }, 120_000);
});

describe('queueSource', () => {
  it('names the feed batch:<file name>, batch:stdin or batch:<--source>', () => {
    expect(queueSource('/srv/ekspor/export-bkd (1).csv', undefined)).toBe('batch:export-bkd (1).csv');
    expect(queueSource('-', undefined)).toBe('batch:stdin');
    expect(queueSource('-', ' bkd-bulanan ')).toBe('batch:bkd-bulanan');
  });

  it('refuses a blank name, and one longer than the review API takes a source', () => {
    expect(() => queueSource('feed.csv', '  ')).toThrow(UsageError);
    expect(() => queueSource('feed.csv', 'x'.repeat(94))).not.toThrow();
    expect(() => queueSource('feed.csv', 'x'.repeat(95))).toThrow('--source must be at most 94 characters');
  });

  it('--source without --enqueue is bad usage: it would name nothing', async () => {
    const err = await scoreCommand.run(['--input', 'data/examples/hard-negatives.csv', '--source', 'bkd']).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UsageError);
    expect((err as Error).message).toBe('--source names the feed in the review queue; add --enqueue or drop it');
  });
});
