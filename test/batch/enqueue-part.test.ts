// `score --enqueue` stores, with a long post's item, the part its result is about (Scorer.score's
// `part`), as the review API does: the batch workers hand it back with the rest of the result.
import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { ReviewStore } from '../../src/review/store/index.js';
import { createScorer } from '../../src/pipeline/create.js';
import { cli, tempDir } from './helpers.js';

const REPORT = 'Rapat koordinasi persiapan pemilu di kantor kecamatan bersama relawan. '.repeat(40);
const CALL = 'Ayo coblos 02 jangan golput!';

describe('score --enqueue and the scored part', () => {
  it("stores a long post's scored part with its item; a short post's item has none", async () => {
    const dir = tempDir();
    const dataDir = path.join(dir, 'data');
    await (await ReviewStore.open({ dataDir })).close();
    const feed = path.join(dir, 'feed.csv');
    writeFileSync(feed, `id,text\n1,"${REPORT}\n\n${CALL}"\n2,Ayo coblos nomor 2 besok di TPS!\n`);
    const run = await cli(['score', '--input', feed, '--enqueue', '--output', path.join(dir, 'out.jsonl')], { env: { NETRA_DATA_DIR: dataDir, DATABASE_URL: '' } });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/review queue: 2 added/);
    const store = await ReviewStore.open({ dataDir });
    try {
      const items = Object.fromEntries((await store.list({})).items.map((it) => [it.externalId, it]));
      const text = items[1].text as string;
      const { part } = (await createScorer()).score({ text });
      expect(part && text.slice(part.start, part.end)).toContain(CALL);
      expect(items[1].part).toEqual(part);
      expect(items[2].part).toBeNull();
    } finally {
      await store.close();
    }
  }, 120_000);
});
