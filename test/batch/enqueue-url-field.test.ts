// `score --enqueue --url-field NAME` stores each queued post's link with its item, as --author-field
// stores its author: trimmed; a blank value, or one that is not an http(s) link (which the review API
// would refuse), stores none and never makes the record bad.
import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { scoreCommand } from '../../src/cli/commands/score.js';
import { UsageError } from '../../src/cli/command.js';
import { ReviewStore } from '../../src/review/store/index.js';
import { cli, tempDir } from './helpers.js';

describe('score --enqueue --url-field', () => {
  it('stores the link of each queued post; none for a blank or non-http(s) value', async () => {
    const dir = tempDir();
    const dataDir = path.join(dir, 'data');
    await (await ReviewStore.open({ dataDir })).close();
    const feed = path.join(dir, 'bkd.csv');
    writeFileSync(
      feed,
      'id,text,link\n' +
        '1,Ayo coblos nomor 2 Khofifah-Emil!,  https://www.facebook.com/budi.asn/posts/1  \n' +
        '2,Dukung nomor 2 ya teman-teman!,\n' +
        '3,Ayo pilih nomor 2 besok di TPS!,javascript:alert(1)\n' +
        // monitoring tools export links without their scheme: read as a browser would
        '4,Coblos nomor 2 pokoknya!,facebook.com/rina.dishub/posts/222\n' +
        '5,Pilih nomor 2 ya!,www.instagram.com/p/Cx0Contoh1/\n' +
        '6,Nomor 2 mantap!,catatan rapat.docx\n',
    );
    const run = await cli(['score', '--input', feed, '--enqueue', '--url-field', 'link', '--output', path.join(dir, 'out.jsonl')], { env: { NETRA_DATA_DIR: dataDir, DATABASE_URL: '' } });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/review queue: 6 added/);
    const store = await ReviewStore.open({ dataDir });
    try {
      const urls = Object.fromEntries((await store.list({})).items.map((it) => [it.externalId, it.url]));
      expect(urls).toEqual({ 1: 'https://www.facebook.com/budi.asn/posts/1', 2: null, 3: null, 4: 'https://facebook.com/rina.dishub/posts/222', 5: 'https://www.instagram.com/p/Cx0Contoh1/', 6: null });
    } finally {
      await store.close();
    }
  }, 120_000);

  it('is a usage error without --enqueue, and a missing CSV column is named', async () => {
    const err = await scoreCommand.run(['--input', 'data/examples/hard-negatives.csv', '--url-field', 'link']).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UsageError);
    expect((err as Error).message).toMatch(/--url-field is for --enqueue/);
    const dir = tempDir();
    const dataDir = path.join(dir, 'data');
    await (await ReviewStore.open({ dataDir })).close();
    const feed = path.join(dir, 'feed.csv');
    writeFileSync(feed, 'id,text\n1,halo semua\n');
    const run = await cli(['score', '--input', feed, '--enqueue', '--url-field', 'link', '--output', path.join(dir, 'out.jsonl')], { env: { NETRA_DATA_DIR: dataDir, DATABASE_URL: '' } });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/no column "link".*--url-field/);
  }, 120_000);
});
