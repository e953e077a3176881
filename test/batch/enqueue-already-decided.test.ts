// `score --enqueue` run again on an export (next month's, overlapping this one) says how many of the
// posts already queued a supervisor has already decided, confirmed or dismissed, in its summary.
import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { ReviewStore } from '../../src/review/store/index.js';
import { cli, tempDir } from './helpers.js';

describe('score --enqueue of posts a supervisor already decided', () => {
  it('counts them, by outcome, among the posts already queued', async () => {
    const dir = tempDir();
    const dataDir = path.join(dir, 'data');
    await (await ReviewStore.open({ dataDir })).close();
    const env = { NETRA_DATA_DIR: dataDir, DATABASE_URL: '' };
    const feed = path.join(dir, 'bkd.csv');
    writeFileSync(feed, 'id,text\n1,Ayo coblos nomor 2 Khofifah-Emil!\n2,Dukung nomor 2 ya teman-teman!\n');
    const enqueue = async () => {
      const run = await cli(['score', '--input', feed, '--enqueue', '--output', path.join(dir, 'out.jsonl')], { env });
      expect(run.code, run.stderr).toBe(0);
      return /^ {2}review queue: .*$/m.exec(run.stderr)?.[0].trim();
    };
    // Nothing was queued before: no count of decided ones to give.
    expect(await enqueue()).toBe('review queue: 2 added, 0 already queued (levels sedang and tinggi)');

    const store = await ReviewStore.open({ dataDir });
    try {
      const [first] = (await store.list({ sort: 'oldest' })).items;
      await store.decide(first.id, { outcome: 'confirmed' }, 'sup');
    } finally {
      await store.close();
    }
    expect(await enqueue()).toBe('review queue: 0 added, 2 already queued (levels sedang and tinggi), of which 1 already decided (1 confirmed, 0 dismissed)');
  }, 120_000);
});
