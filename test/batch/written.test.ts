// `netra score --written`: evidence with the words as the post writes them, in JSONL as the API gives
// it and in CSV as one appended column; without the flag the output is as before.
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { createScorer } from '../../src/pipeline/create.js';
import type { Scorer } from '../../src/pipeline/scorer.js';
import { checkpointPath, readCheckpoint } from '../../src/batch/checkpoint.js';
import { CSV_COLUMNS } from '../../src/batch/format.js';
import { openReviewQueue } from '../../src/batch/enqueue.js';
import { ReviewStore } from '../../src/review/store/index.js';
import { cli, examplePosts, jsonl, options, runCaptured, tempDir } from './helpers.js';

let scorer: Scorer;
beforeAll(async () => {
  scorer = await createScorer();
});

const POSTS = [
  { id: 'a', text: 'gak usah ragu, c0bl0s nomor 02 ✌️' },
  { id: 'b', text: '🇮🇩🇮🇩 Salam dua jari! #coblos02 menang' },
  ...examplePosts(40, 9),
];
const lines = (s: string): string[] => s.split('\n').filter((l) => l.length > 0);

function feed(): string {
  const input = path.join(tempDir(), 'feed.jsonl');
  writeFileSync(input, jsonl(POSTS));
  return input;
}

describe.each([0, 1])('--written with %i worker thread(s)', (workers) => {
  it('gives each JSONL result the written words, as Scorer.score does; without it, the results as before', async () => {
    const input = feed();
    const withIt = await runCaptured(options({ input, workers, written: true }));
    expect(lines(withIt.stdout)).toEqual(POSTS.map((p) => JSON.stringify(scorer.score(p, { written: true }))));
    const first = JSON.parse(lines(withIt.stdout)[0]);
    expect(first.evidence.find((e: { text: string }) => e.text === 'coblos').written).toEqual([{ text: 'c0bl0s', start: 15, end: 21 }]);
    const without = await runCaptured(options({ input, workers }));
    expect(lines(without.stdout)).toEqual(POSTS.map((p) => JSON.stringify(scorer.score(p))));
  });

  it('appends an evidence_written column to CSV, leaving the other columns as they were', async () => {
    const input = feed();
    const withIt = parse(( await runCaptured(options({ input, workers, outputFormat: 'csv', written: true }))).stdout) as string[][];
    const without = parse((await runCaptured(options({ input, workers, outputFormat: 'csv' }))).stdout) as string[][];
    expect(without[0]).toEqual([...CSV_COLUMNS]);
    expect(withIt[0]).toEqual([...CSV_COLUMNS, 'evidence_written']);
    expect(withIt.map((row) => row.slice(0, -1))).toEqual(without);
    const cell = withIt[1][CSV_COLUMNS.length];
    expect(cell.split(' | ')).toEqual(expect.arrayContaining(['coblos → c0bl0s', 'nomor 2 → nomor 02', 'salam 2 jari → ✌️']));
  });
});

describe('--written', () => {
  it('is a flag of `netra score`', async () => {
    const run = await cli(['score', '--input', '-', '--format', 'jsonl', '--written', '--workers', '0'], { stdin: jsonl(POSTS.slice(0, 1)) });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(JSON.parse(JSON.stringify(scorer.score(POSTS[0], { written: true }))));
  });

  it('must be given again to resume a run that had it, and not to resume one that had not', async () => {
    const input = feed();
    const output = path.join(tempDir(), 'out.csv');
    await runCaptured(options({ input, output, outputFormat: 'csv', written: true }));
    const cp = await readCheckpoint(checkpointPath(output));
    writeFileSync(checkpointPath(output), JSON.stringify({ ...cp, done: false }));
    await expect(runCaptured(options({ input, output, outputFormat: 'csv', resume: true }))).rejects.toThrow(/--written/);
    expect((await runCaptured(options({ input, output, outputFormat: 'csv', resume: true, written: true }))).outcome.exitCode).toBe(0);
    expect(parse(readFileSync(output, 'utf8'))[0]).toContain('evidence_written');
  });

  it('leaves the review queue as without it: the page finds the written words itself', async () => {
    const dir = tempDir();
    const saved = { dataDir: process.env.NETRA_DATA_DIR, url: process.env.DATABASE_URL };
    process.env.NETRA_DATA_DIR = path.join(dir, 'data');
    delete process.env.DATABASE_URL;
    try {
      await (await ReviewStore.open({ dataDir: process.env.NETRA_DATA_DIR })).close();
      const input = feed();
      await runCaptured(options({ input, written: true, openQueue: () => openReviewQueue('batch:test') }));
      const store = await ReviewStore.open({ dataDir: process.env.NETRA_DATA_DIR });
      try {
        const page = await store.list({});
        expect(page.items.length).toBeGreaterThan(0);
        for (const item of page.items) {
          expect(item.evidence.length).toBeGreaterThan(0);
          for (const e of item.evidence) expect(e).not.toHaveProperty('written');
        }
      } finally {
        await store.close();
      }
    } finally {
      if (saved.dataDir === undefined) delete process.env.NETRA_DATA_DIR;
      else process.env.NETRA_DATA_DIR = saved.dataDir;
      if (saved.url !== undefined) process.env.DATABASE_URL = saved.url;
    }
  });
});
