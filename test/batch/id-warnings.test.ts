// Ids that no longer tell posts apart: Excel's scientific notation (`1.74568E+18`, `1,74568E+18` with a
// decimal comma), and ids that repeat for any reason, get a summary warning with the count and the
// first record; JSONL ids under "ID" or "Id" (lost to record numbers) get the warning the CSV header
// already gets. No record is refused: every one is scored, and queued with its id.
import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { jsonl, options, runCaptured, tempDir } from './helpers.js';
import type { BatchOptions } from '../../src/batch/run.js';
import type { FlaggedItem } from '../../src/batch/types.js';
import type { ReviewQueue } from '../../src/batch/enqueue.js';
import { checkpointPath, readCheckpoint } from '../../src/batch/checkpoint.js';
import { BatchStats } from '../../src/batch/stats.js';

const lines = (s: string) => s.split('\n').filter(Boolean);

async function run(file: string, content: string, opts: Partial<BatchOptions> = {}) {
  const input = path.join(tempDir(), file);
  writeFileSync(input, content);
  const format = file.endsWith('.csv') ? 'csv' : 'jsonl';
  return runCaptured(options({ input, format, ...opts }));
}

describe('ids in scientific notation', () => {
  it('warns with the count and the first record, and scores every record', async () => {
    const r = await run('feed.csv', 'id,text\n1745680000000000123,Ayo coblos nomor 2!\n1.74568E+18,Dukung nomor 2 ya\n1.74568E+18,Harga cabai naik lagi\n');
    expect(lines(r.stdout)).toHaveLength(3);
    expect(r.stderr).toContain('\n  warning: 2 records had an id in scientific notation (field "id", such as 1.74568E+18; the first is record 2): a spreadsheet turned long ids into numbers');
    expect(r.stderr).toContain('export the id column as text');
    expect(r.stderr).toContain('\n  warning: 1 record had an id an earlier record had (field "id"; record 3):');
  });

  it('reads the decimal comma of a semicolon export', async () => {
    const r = await run('feed.csv', 'id;text\n1,74568E+18;Ayo coblos nomor 2!\n', { delimiter: ';' });
    expect(r.stderr).toContain('\n  warning: 1 record had an id in scientific notation (field "id", such as 1.74568E+18; record 1)');
    expect(r.stderr).not.toContain('an earlier record had');
  });

  it('says nothing of ids written out in full', async () => {
    const r = await run('feed.csv', 'id,text\n1745680000000000123,Ayo coblos nomor 2!\n1745680000000000124,Dukung nomor 2 ya\n');
    expect(r.stderr).not.toMatch(/warning/);
  });
});

describe('ids that repeat', () => {
  const posts = [
    { id: 'a', text: 'Ayo coblos nomor 2!' },
    { id: 'b', text: 'Dukung nomor 2 ya teman-teman' },
    { id: 'a', text: 'Harga cabai naik lagi' },
    { id: 'b', text: 'Selamat pagi semua' },
    { text: 'Tanpa id' },
    { text: 'Tanpa id juga' },
  ];

  it('warns with the count of records repeating an earlier id and the first of them; record numbers are not ids', async () => {
    const r = await run('feed.jsonl', jsonl(posts));
    expect(lines(r.stdout)).toHaveLength(6);
    expect(r.stderr).toContain('\n  warning: 2 records had an id an earlier record had (field "id"; the first is record 3): the ids no longer tell those posts apart');
  });

  it('keeps the count in the progress file, and still queues each post with its id', async () => {
    const dir = tempDir();
    const input = path.join(dir, 'feed.jsonl');
    const output = path.join(dir, 'out.jsonl');
    writeFileSync(input, jsonl(posts));
    const added: FlaggedItem[] = [];
    const queue: ReviewQueue = {
      counts: { created: 0, duplicates: 0, skipped: 0 },
      async add(items) {
        added.push(...items);
        queue.counts.created += items.length;
      },
      async close() {},
    };
    await runCaptured(options({ input, output, openQueue: async () => queue }));
    const saved = (await readCheckpoint(checkpointPath(output)))!.stats;
    expect(saved.ids).toMatchObject({ repeated: 2, firstRepeated: 3 });
    expect(BatchStats.from(saved).ids).toMatchObject({ repeated: 2, firstRepeated: 3 }); // what a resume goes on from
    for (const a of added) expect(a.externalId).toBe(posts[a.record - 1].id);
  });
});

describe('JSONL ids under "ID" or "Id"', () => {
  it('warns once, with the count, the first record and the flag', async () => {
    const r = await run('feed.jsonl', jsonl([{ id: 'x', text: 'Ayo coblos nomor 2!' }, { ID: 7, text: 'Dukung nomor 2 ya' }, { ID: 8, text: 'Harga cabai naik lagi' }]));
    expect(lines(r.stdout).map((l) => JSON.parse(l).id)).toEqual(['x', '2', '3']);
    const warnings = r.stderr.match(/warning: .*/g) ?? [];
    expect(warnings).toEqual(['warning: 2 records had no key "id", so they were numbered by record in place of their ids; the first is record 2; they have "ID": keys are matched exactly, give --id-field "ID"']);
  });

  it('names "Id" too, and says nothing when --id-field names the key', async () => {
    const one = await run('feed.jsonl', jsonl([{ Id: 7, text: 'Dukung nomor 2 ya' }]));
    expect(one.stderr).toContain('\n  warning: 1 record had no key "id", so it was numbered by record in place of its id; record 1; it has "Id": keys are matched exactly, give --id-field "Id"\n');
    const named = await run('feed.jsonl', jsonl([{ ID: 7, text: 'Dukung nomor 2 ya' }]), { idField: 'ID' });
    expect(named.stderr).not.toMatch(/warning/);
  });
});
