import { beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { readFileSync, writeFileSync, existsSync, symlinkSync, linkSync, openSync, rmSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { createScorer } from '../../src/pipeline/create.js';
import type { Scorer } from '../../src/pipeline/scorer.js';
import { checkpointPath, readCheckpoint } from '../../src/batch/checkpoint.js';
import { BatchUsageError } from '../../src/batch/errors.js';
import { queueLocation, scoreCommand } from '../../src/cli/commands/score.js';
import { UsageError } from '../../src/cli/command.js';
import { scoreUsage } from './score-usage.js';
import { openReviewQueue, type ReviewQueue } from '../../src/batch/enqueue.js';
import type { FlaggedItem } from '../../src/batch/types.js';
import { ROOT, examplePosts, jsonl, killAfter, options, runCaptured, tempDir } from './helpers.js';
import { ReviewStore } from '../../src/review/store/index.js';

let scorer: Scorer;
beforeAll(async () => {
  scorer = await createScorer();
});

const lines = (s: string): string[] => s.split('\n').filter((l) => l.length > 0);

/**
 * The real review queue in a SQLite store under `dataDir` for this test (NETRA_DATA_DIR, no
 * DATABASE_URL). The store is made first, as the service or `keys create` makes it: --enqueue never
 * starts one (`create: false` leaves it missing).
 */
async function useReviewStore(dataDir: string, { create = true } = {}): Promise<void> {
  const saved = { dataDir: process.env.NETRA_DATA_DIR, url: process.env.DATABASE_URL };
  process.env.NETRA_DATA_DIR = dataDir;
  delete process.env.DATABASE_URL;
  onTestFinished(() => {
    for (const [k, v] of [['NETRA_DATA_DIR', saved.dataDir], ['DATABASE_URL', saved.url]] as const) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  });
  if (create) await (await ReviewStore.open({ dataDir })).close();
}

describe('batch scoring', () => {
  it('writes one scorer result per good record, in order, and every bad record to the errors file', async () => {
    const dir = tempDir();
    const input = path.join(dir, 'feed.jsonl');
    const long = 'a'.repeat(10_001);
    writeFileSync(
      input,
      [
        '{"id":"a1","text":"Ayo coblos 02 tanggal 14 Februari!"}',
        '',
        '{"text":"harga cabai naik lagi di pasar"}', // no id → record number 2
        '{"id":"bad-json","text":"tidak ditutup',
        '{"id":"no-text"}',
        `{"id":"long","text":"${long}"}`,
        '[1,2,3]',
        '{"id":"a7","text":"Ã¢â‚¬Å“Pilih Prabowo-SandiÃ¢â‚¬Â jangan golput"}', // mojibake text is scored, not refused
        '',
      ].join('\r\n'),
    );
    const output = path.join(dir, 'out.jsonl');
    const errors = path.join(dir, 'errors.jsonl');
    const run = await runCaptured(options({ input, output, errors }));
    expect(run.outcome.exitCode).toBe(0);
    expect(run.stdout).toBe('');

    const expected = [
      scorer.score({ text: 'Ayo coblos 02 tanggal 14 Februari!', id: 'a1' }),
      scorer.score({ text: 'harga cabai naik lagi di pasar', id: '2' }),
      scorer.score({ text: 'Ã¢â‚¬Å“Pilih Prabowo-SandiÃ¢â‚¬Â jangan golput', id: 'a7' }),
    ];
    expect(readFileSync(output, 'utf8')).toBe(expected.map((r) => JSON.stringify(r) + '\n').join(''));

    expect(lines(readFileSync(errors, 'utf8')).map((l) => JSON.parse(l))).toEqual([
      { record: 3, line: 4, reason: expect.stringMatching(/^invalid JSON/) },
      { record: 4, line: 5, id: 'no-text', reason: 'missing text (field "text")' },
      { record: 5, line: 6, id: 'long', reason: 'text is 10001 characters long; the limit is 10000 characters (NETRA_MAX_TEXT_LENGTH sets it)' },
      { record: 6, line: 7, reason: 'not a JSON object (got an array)' },
    ]);
    expect(run.outcome.stats).toMatchObject({ read: 7, scored: 3, skipped: 0, errors: 4 });
    expect(run.stderr).toMatch(/^netra score: 7 records read, 3 scored, 4 errors \(see .*errors\.jsonl\)$/m);
    expect(run.stderr).toMatch(/labels: ajakan \d+, dukungan \d+, serangan \d+, netral \d+/);
    expect(run.stderr).toMatch(/levels: tinggi \d+, sedang \d+, rendah \d+/);
    expect(run.stderr).toMatch(/records\/s/);
    expect(run.stderr).not.toMatch(/\r|\x1b\[/); // no progress line when stderr is not a TTY
  });

  it('reads an old Mac JSONL file (CR line ends): blank lines skipped, bad records with their record and line numbers', async () => {
    const dir = tempDir();
    const input = path.join(dir, 'feed.jsonl');
    writeFileSync(input, ['{"id":"a1","text":"Ayo coblos 02 tanggal 14 Februari!"}', '', '   ', '{"id":"bad-json","text":"tidak ditutup', '{"text":"harga cabai naik lagi di pasar"}', '[1,2,3]', ''].join('\r'));
    const output = path.join(dir, 'out.jsonl');
    const errors = path.join(dir, 'errors.jsonl');
    const run = await runCaptured(options({ input, output, errors }));
    expect(run.outcome.exitCode).toBe(0);
    const expected = [scorer.score({ text: 'Ayo coblos 02 tanggal 14 Februari!', id: 'a1' }), scorer.score({ text: 'harga cabai naik lagi di pasar', id: '3' })];
    expect(readFileSync(output, 'utf8')).toBe(expected.map((r) => JSON.stringify(r) + '\n').join(''));
    expect(lines(readFileSync(errors, 'utf8')).map((l) => JSON.parse(l))).toEqual([
      { record: 2, line: 4, reason: expect.stringMatching(/^invalid JSON/) },
      { record: 4, line: 6, reason: 'not a JSON object (got an array)' },
    ]);
    expect(run.outcome.stats).toMatchObject({ read: 4, scored: 2, errors: 2 });
  });

  it('--min-risk writes only records at or above it and counts the rest as skipped', async () => {
    const dir = tempDir();
    const input = path.join(dir, 'feed.jsonl');
    writeFileSync(input, jsonl(examplePosts(300, 3)));
    const all = (await runCaptured(options({ input }))).stdout;
    const filtered = await runCaptured(options({ input, minRisk: 0.5 }));
    const kept = lines(all).filter((l) => JSON.parse(l).risk >= 0.5);
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.length).toBeLessThan(300);
    expect(filtered.stdout).toBe(kept.map((l) => l + '\n').join(''));
    expect(filtered.outcome.stats).toMatchObject({ read: 300, scored: 300, skipped: 300 - kept.length });
    expect(filtered.stderr).toContain(`${300 - kept.length} skipped by --min-risk 0.5, ${kept.length} written`);
  });

  it('reads CSV (BOM, CRLF, quoted newlines, another delimiter) and writes flattened CSV', async () => {
    const dir = tempDir();
    const input = path.join(dir, 'feed.csv');
    writeFileSync(input, '\uFEFFpost_id;isi;author\r\nx1;"Ayo; coblos ""02""\r\nbesok!";budi\r\n;harga beras naik\r\nx3;\r\n');
    const run = await runCaptured(options({ input, format: 'csv', delimiter: ';', textField: 'isi', idField: 'post_id', outputFormat: 'csv' }));
    const rows = parse(run.stdout, { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0])).toEqual(['id', 'label', 'risk', 'level', 'score_ajakan', 'score_dukungan', 'score_serangan', 'score_netral', 'evidence', 'stage', 'election']);
    const first = scorer.score({ text: 'Ayo; coblos "02"\r\nbesok!', id: 'x1' });
    expect(rows.map((r) => r.id)).toEqual(['x1', '2']);
    expect(rows[0]).toMatchObject({ label: first.label, risk: String(first.risk), level: first.level, score_ajakan: String(first.scores.ajakan) });
    expect(rows[0].evidence).toBe(first.evidence.map((e) => `${e.text}${e.candidate ? ` [${e.candidate}]` : ''} (${e.weight})`).join(' | '));
    expect(run.outcome.stats).toMatchObject({ read: 3, scored: 2, errors: 1 });
    expect(run.stderr).toContain('record 3 (line 5): missing text (field "isi")');
  });

  it('gives CSV errors the line an editor shows, also after a bare CR inside a quoted field', async () => {
    const dir = tempDir();
    const input = path.join(dir, 'feed.csv');
    // a CRLF export whose first post held a lone CR (a line break pasted from an old Mac)
    writeFileSync(input, 'id,text\r\nx1,"rapat dinas\rbesok pagi"\r\nx2,\r\nx3,"dua\r\nbaris"\r\nx4,\r\n');
    const errors = path.join(dir, 'errors.jsonl');
    const run = await runCaptured(options({ input, format: 'csv', errors }));
    expect(lines(readFileSync(errors, 'utf8')).map((l) => JSON.parse(l))).toEqual([
      { record: 2, line: 3, id: 'x2', reason: 'missing text (field "text")' },
      { record: 4, line: 6, id: 'x4', reason: 'missing text (field "text")' },
    ]);
    const unsaved = await runCaptured(options({ input, format: 'csv' }));
    expect(unsaved.stderr).toContain('record 2 (line 3): missing text');
    expect(unsaved.stderr).toContain('record 4 (line 6): missing text');
    expect(run.outcome.stats).toMatchObject({ read: 4, scored: 2, errors: 2 });
  });

  it('reads an old Mac CSV with a stray quote in a header name (it read no record, silently); warns when a header takes in the data', async () => {
    const dir = tempDir();
    const input = path.join(dir, 'feed.csv');
    writeFileSync(input, 'id,text,no"te\rr1,Ayo coblos nomor 2,a\rr2,harga cabai naik,b\r');
    const run = await runCaptured(options({ input, format: 'csv' }));
    expect(run.outcome).toMatchObject({ exitCode: 0, stats: { read: 2, scored: 2, errors: 0 } });
    expect(lines(run.stdout).map((l) => JSON.parse(l).id)).toEqual(['r1', 'r2']);
    expect(run.stderr).not.toMatch(/warning/);

    // a quote at the start of a header field that closes at the end of the data: the header is all there is
    writeFileSync(input, 'id,text,"note\r\nr1,Ayo coblos nomor 2,a\r\nr2,harga cabai naik,b"\r\n');
    const swallowed = await runCaptured(options({ input, format: 'csv' }));
    expect(swallowed.outcome).toMatchObject({ exitCode: 0, stats: { read: 0 } });
    expect(swallowed.stderr).toMatch(/^netra score: 0 records read, 0 scored, 0 errors\n {2}warning: no records were read, but the CSV header \(line 1\) runs on to line 3: a quote in it opened a field that holds those lines \(columns: "id", "text", "note…"\)$/m);
  });

  it('warns in the summary how many records had bytes that are not UTF-8 (a Windows-1252 export); output and exit code as before', async () => {
    const dir = tempDir();
    const input = path.join(dir, 'feed.csv');
    const w1252 = (s: string) => Buffer.from(s, 'latin1');
    writeFileSync(input, Buffer.concat([
      Buffer.from('id,text\r\nw1,Selamat pagi warga Depok\r\nw2,'), w1252('Kata Pak Lurah \x93semua aman\x94'),
      Buffer.from('\r\nw3,Tanda \uFFFD ini ditulis apa adanya\r\nw4,'), w1252('Kopi caf\xe9 di alun-alun'), Buffer.from('\r\n'),
    ]));
    const run = await runCaptured(options({ input, format: 'csv' }));
    expect(run.outcome).toMatchObject({ exitCode: 0, stats: { read: 4, scored: 4, errors: 0 } });
    expect(lines(run.stdout).map((l) => JSON.parse(l).id)).toEqual(['w1', 'w2', 'w3', 'w4']);
    expect(run.stderr).toContain(
      `\n  warning: 2 records had bytes that are not UTF-8 (shown as U+FFFD); if the export is Windows-1252, convert it first: iconv -f WINDOWS-1252 -t UTF-8 ${input} | netra score --input - --format csv …\n`,
    );
    // JSONL from stdin: one record; a U+FFFD that is valid UTF-8 is text, and a clean feed has no warning
    const feed = path.join(dir, 'feed.jsonl');
    writeFileSync(feed, Buffer.concat([Buffer.from('{"id":"j1","text":"Rapat RT '), Buffer.from([0xe9]), Buffer.from(' jam 8"}\n{"id":"j2","text":"Tanda \uFFFD asli"}\n')]));
    const jsonlRun = await runCaptured(options({ input: feed }));
    expect(jsonlRun.outcome).toMatchObject({ exitCode: 0, stats: { read: 2, scored: 2 } });
    expect(jsonlRun.stderr).toContain(`\n  warning: 1 record had bytes that are not UTF-8 (shown as U+FFFD); if the export is Windows-1252, convert it first: iconv -f WINDOWS-1252 -t UTF-8 ${feed} | netra score --input - --format jsonl …\n`);
    const clean = await runCaptured(options({ input: '-', format: 'jsonl' }), '{"id":"j3","text":"Tanda \uFFFD asli, Rapat RT jam 8"}\n');
    expect(clean.stderr).not.toMatch(/not UTF-8/);
    // a file name the shell would split is quoted; from stdin, iconv goes in the pipe (there was a literal FILE)
    const spaced = path.join(dir, "ekspor pak'lurah.jsonl");
    writeFileSync(spaced, readFileSync(feed));
    expect((await runCaptured(options({ input: spaced }))).stderr).toContain(`convert it first: iconv -f WINDOWS-1252 -t UTF-8 '${dir}/ekspor pak'\\''lurah.jsonl' | netra score --input - --format jsonl …\n`);
    expect((await runCaptured(options({ input: '-' }), readFileSync(feed))).stderr).toContain('convert it first: … | iconv -f WINDOWS-1252 -t UTF-8 | netra score --input - --format jsonl …\n');
  });

  it('counts UTF-16 records with an unpaired surrogate among those that are not text, in words for UTF-16 (no iconv advice)', async () => {
    const dir = tempDir();
    const le = (s: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')]);
    const input = path.join(dir, 'feed.csv');
    // a lone high and a lone low surrogate; a whole pair and a U+FFFD written as such are text
    writeFileSync(input, le('id,text\r\nu1,Rapat RT \uD83D jam 8\r\nu2,Salam \u{1F64F} dari Depok\r\nu3,\uDE4F Kerja bakti Minggu\r\nu4,Tanda \uFFFD asli\r\n'));
    const run = await runCaptured(options({ input, format: 'csv' }));
    expect(run.outcome).toMatchObject({ exitCode: 0, stats: { read: 4, scored: 4, errors: 0 } });
    expect(lines(run.stdout)[0]).toBe(JSON.stringify(scorer.score({ id: 'u1', text: 'Rapat RT \uFFFD jam 8' })));
    expect(run.stderr).toContain('\n  warning: 2 records had UTF-16 that is not valid text (an unpaired surrogate, or an odd last byte; shown as U+FFFD): the export is damaged or was cut there\n');
    expect(run.stderr).not.toMatch(/iconv/);
    // UTF-16BE JSONL from stdin
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from('{"id":"b1","text":"Pagi \uDC00 semua"}\n{"id":"b2","text":"Siang"}\n', 'utf16le').swap16()]);
    const stdin = await runCaptured(options({ input: '-', format: 'jsonl' }), be);
    expect(stdin.stderr).toContain('\n  warning: 1 record had UTF-16 that is not valid text');
  });

  it('reads on after an 18 MB CSV field, unquoted or in a quote never closed: each is one bad record (exit 0)', async () => {
    const dir = tempDir();
    const input = path.join(dir, 'feed.csv');
    const runaway = `x4,"${'tanpa tutup '.repeat(1_500_000)}\nx5,tidak terbaca\n`; // swallows the rest of the input
    writeFileSync(input, `id,text\nx1,halo semua\nx2,${'tanpa koma '.repeat(1_700_000)}\nx3,rapat dinas\n${runaway}`);
    const output = path.join(dir, 'out.jsonl');
    const errors = path.join(dir, 'errors.jsonl');
    const run = await runCaptured(options({ input, format: 'csv', output, errors }));
    expect(run.outcome.exitCode).toBe(0);
    expect(run.outcome.stats).toMatchObject({ read: 4, scored: 2, errors: 2 });
    expect(lines(readFileSync(output, 'utf8')).map((l) => JSON.parse(l).id)).toEqual(['x1', 'x3']);
    expect(lines(readFileSync(errors, 'utf8')).map((l) => JSON.parse(l))).toEqual([
      { record: 2, line: 3, reason: 'record is longer than 16777216 bytes' },
      { record: 4, line: 5, reason: 'quoted field is never closed (the record runs to the end of the input)' },
    ]);
    expect(run.stderr).not.toMatch(/stopped early/);
    expect((await readCheckpoint(checkpointPath(output)))?.done).toBe(true);
  });

  it('applies --election and --posted-at-field to every record', async () => {
    const dir = tempDir();
    const input = path.join(dir, 'feed.jsonl');
    writeFileSync(input, jsonl([{ text: 'Ayo pilih 01!', at: '2024-01-20T10:00:00+07:00' }]));
    const config = JSON.parse(readFileSync(path.join('data', 'elections', 'pilpres-2024.json'), 'utf8'));
    const run = await runCaptured(options({ input, postedAtField: 'at', election: { config, fromFile: false } }));
    const expected = scorer.score({ text: 'Ayo pilih 01!', id: '1', election: 'pilpres-2024', postedAt: '2024-01-20T03:00:00.000Z' });
    expect(run.stdout).toBe(JSON.stringify(expected) + '\n');
    expect(JSON.parse(run.stdout)).toMatchObject({ election: 'pilpres-2024', stage: expected.stage });
  });

  it('takes each record\'s election from --election-field; an unknown one is an error record', async () => {
    const dir = tempDir();
    const input = path.join(dir, 'feed.jsonl');
    const errors = path.join(dir, 'errors.jsonl');
    writeFileSync(input, jsonl([
      { text: 'Ayo pilih 01!', el: 'pilpres-2024', at: '2024-01-20T10:00:00+07:00' },
      { text: 'Ayo pilih 01!', at: '2024-01-20T10:00:00+07:00' },
      { text: 'Ayo pilih 01!', el: 'pilkada-atlantis' },
    ]));
    const config = JSON.parse(readFileSync(path.join('data', 'elections', 'pilgub-banten-2024.json'), 'utf8'));
    const run = await runCaptured(options({ input, errors, postedAtField: 'at', electionField: 'el', election: { config, fromFile: false } }));
    const out = lines(run.stdout).map((l) => JSON.parse(l));
    expect(out.map((r) => r.election)).toEqual(['pilpres-2024', 'pilgub-banten-2024']);
    expect(out[0]).toEqual(JSON.parse(JSON.stringify(scorer.score({ text: 'Ayo pilih 01!', id: '1', election: 'pilpres-2024', postedAt: '2024-01-20T03:00:00.000Z' }))));
    expect(JSON.parse(readFileSync(errors, 'utf8'))).toMatchObject({ record: 3, reason: expect.stringMatching(/unknown election: pilkada-atlantis/) });
  });

  it('keeps input order with worker threads (same bytes as the single-threaded run)', async () => {
    const dir = tempDir();
    const input = path.join(dir, 'feed.jsonl');
    const posts = examplePosts(2000, 5);
    // Uneven work per chunk (tiny chunks, long and short texts) so chunks finish out of order.
    posts.forEach((p, i) => {
      if (i % 37 === 0) p.text = `${p.text} `.repeat(20);
    });
    writeFileSync(input, jsonl(posts));
    const single = await runCaptured(options({ input, workers: 0 }));
    const threaded = await runCaptured(options({ input, workers: 2, chunkSize: 7 }));
    expect(threaded.outcome.exitCode).toBe(0);
    expect(threaded.stderr).toMatch(/with 2 worker threads/);
    const ids = lines(threaded.stdout).map((l) => JSON.parse(l).id);
    expect(ids).toEqual(posts.map((p) => p.id));
    expect(threaded.stdout).toBe(single.stdout);
  });

  it('cuts chunks by size as well as by count: records of megabytes keep their order and all arrive', async () => {
    const dir = tempDir();
    const input = path.join(dir, 'big.jsonl');
    const posts = examplePosts(12, 9).map((p, i) => ({ ...p, attachment: String(i).repeat(1_500_000) })); // 1.5 MB each
    writeFileSync(input, jsonl(posts));
    const run = await runCaptured(options({ input, workers: 2 }));
    expect(run.outcome.exitCode).toBe(0);
    expect(lines(run.stdout).map((l) => JSON.parse(l).id)).toEqual(posts.map((p) => p.id));
  });

  it('reads stdin and writes stdout with -', async () => {
    const posts = examplePosts(50, 9);
    const run = await runCaptured(options({ input: '-', output: '-' }), jsonl(posts));
    expect(lines(run.stdout).map((l) => JSON.parse(l).id)).toEqual(posts.map((p) => p.id));
    expect(JSON.parse(lines(run.stdout)[0])).toEqual(JSON.parse(JSON.stringify(scorer.score(posts[0]))));
  });

  it('writes to a non-regular output (/dev/null) as a stream, with no progress file beside it', async () => {
    const input = path.join(tempDir(), 'feed.jsonl');
    writeFileSync(input, jsonl(examplePosts(20, 4)));
    const run = await runCaptured(options({ input, output: '/dev/null' }));
    expect(run.outcome.exitCode).toBe(0);
    expect(run.outcome.stats.scored).toBe(20);
    expect(existsSync(checkpointPath('/dev/null'))).toBe(false);
  });

  it('fails (exit 1, not usage) naming the output when it cannot be created, before writing anything', async () => {
    const dir = tempDir();
    const input = path.join(dir, 'feed.jsonl');
    writeFileSync(input, jsonl(examplePosts(3)));
    const missing = path.join(dir, 'no-such-dir', 'out.jsonl');
    const err = await runCaptured(options({ input, output: missing })).then(() => undefined, (e: unknown) => e as Error);
    expect(err).toBeInstanceOf(Error);
    expect(err).not.toBeInstanceOf(BatchUsageError);
    expect(err?.message).toBe(`cannot write output ${missing}: the directory ${path.dirname(missing)} does not exist`);
    const asDir = await runCaptured(options({ input, output: dir })).then(() => undefined, (e: unknown) => e as Error);
    expect(asDir?.message).toMatch(/it is a directory/);
    expect(existsSync(checkpointPath(dir))).toBe(false);
  });

  it.skipIf(!existsSync('/dev/full'))('names the file a failed write was to: the output or the errors file (/dev/full)', async () => {
    const input = path.join(tempDir(), 'feed.jsonl');
    writeFileSync(input, jsonl(examplePosts(3)) + 'bukan json\n');
    await expect(runCaptured(options({ input, output: '/dev/full' }))).rejects.toThrow(/^cannot write output: ENOSPC/);
    await expect(runCaptured(options({ input, output: '/dev/null', errors: '/dev/full' }))).rejects.toThrow(/^cannot write errors file: ENOSPC/);
  });

  it('reads zone-less posting times only with --posted-at-zone, whatever the host zone', async () => {
    const input = path.join(tempDir(), 'feed.jsonl');
    writeFileSync(input, jsonl([{ text: 'Ayo pilih 01!', at: '2024-01-20 10:00:00' }]));
    const config = JSON.parse(readFileSync(path.join('data', 'elections', 'pilpres-2024.json'), 'utf8'));
    const errors = path.join(tempDir(), 'errors.jsonl');
    const without = await runCaptured(options({ input, errors, postedAtField: 'at', election: { config, fromFile: false } }));
    expect(without.outcome.stats.errors).toBe(1);
    expect(JSON.parse(readFileSync(errors, 'utf8')).reason).toMatch(/\(posted at\) has no time zone/);
    const wib = await runCaptured(options({ input, postedAtField: 'at', postedAtZone: 420, election: { config, fromFile: false } }));
    const expected = scorer.score({ text: 'Ayo pilih 01!', id: '1', election: 'pilpres-2024', postedAt: '2024-01-20T03:00:00.000Z' });
    expect(wib.stdout).toBe(JSON.stringify(expected) + '\n');
  });

  it('refuses a CSV whose header lacks a column a flag names (a typo must not pass silently)', async () => {
    const input = path.join(tempDir(), 'feed.csv');
    writeFileSync(input, 'id,text,created_at\n1,debat semalam prabowo bagus,2024-01-10T10:00:00+07:00\n');
    const typo = (partial: Parameters<typeof options>[0]) => runCaptured(options({ format: 'csv', ...partial })).then(() => undefined, (e: unknown) => e as Error);
    expect((await typo({ input, postedAtField: 'createdAt' }))?.message).toMatch(/no column "createdAt".*--posted-at-field/);
    expect((await typo({ input, idField: 'post_id' }))?.message).toMatch(/no column "post_id".*--id-field/);
    expect((await typo({ input, electionField: 'pemilu' }))?.message).toMatch(/no column "pemilu".*--election-field/);
    expect(await typo({ input, postedAtField: 'created_at' })).toBeUndefined();
  });
});

describe('--enqueue', () => {
  it('hands records at level sedang or tinggi to the queue, with the input id as externalId', async () => {
    const dir = tempDir();
    const input = path.join(dir, 'feed.jsonl');
    const posts: { id?: string; text: string }[] = examplePosts(200, 4);
    delete posts[0].id;
    writeFileSync(input, jsonl(posts));
    const added: FlaggedItem[] = [];
    let closed = false;
    const queue: ReviewQueue = {
      counts: { created: 0, duplicates: 0, skipped: 0 },
      async add(items) {
        added.push(...items);
        queue.counts.created += items.length;
      },
      async close() {
        closed = true;
      },
    };
    const run = await runCaptured(options({ input, openQueue: async () => queue }));
    const results = lines(run.stdout).map((l) => JSON.parse(l));
    const flagged = results.filter((r) => r.level !== 'rendah');
    expect(flagged.length).toBeGreaterThan(0);
    expect(added.map((a) => a.result.id)).toEqual(flagged.map((r) => r.id));
    expect(added.map((a) => a.result)).toEqual(flagged);
    for (const a of added) expect(a.externalId).toBe(a.record === 1 ? undefined : posts[a.record - 1].id);
    expect(added.every((a) => a.text === posts[a.record - 1].text)).toBe(true);
    expect(closed).toBe(true);
    expect(run.stderr).toContain(`review queue: ${flagged.length} added`);
  });

  it('works with the real review queue, and a second run adds nothing twice', async () => {
    const dir = tempDir();
    await useReviewStore(path.join(dir, 'data'));
    const input = path.join(dir, 'feed.jsonl');
    writeFileSync(input, jsonl(examplePosts(60, 6)));
    const first = await runCaptured(options({ input, openQueue: () => openReviewQueue('batch:test') }));
    const flagged = lines(first.stdout).filter((l) => JSON.parse(l).level !== 'rendah').length;
    expect(first.stderr).toContain(`review queue: ${flagged} added, 0 already queued`);
    const second = await runCaptured(options({ input, openQueue: () => openReviewQueue('batch:test') }));
    expect(second.stderr).toContain(`review queue: 0 added, ${flagged} already queued`);
  });

  it('refuses a review store that does not exist, naming it, before the model loads, and starts none', async () => {
    const dir = tempDir();
    const dataDir = path.join(dir, 'salah-ketik', 'data');
    await useReviewStore(dataDir, { create: false });
    const input = path.join(dir, 'feed.jsonl');
    writeFileSync(input, jsonl(examplePosts(5, 6)));
    const output = path.join(dir, 'out.jsonl');
    // a model that cannot load: the store is refused first, so the job had not started on the model
    const run = runCaptured(options({ input, output, model: path.join(dir, 'no-model'), openQueue: () => openReviewQueue('batch:test') }));
    await expect(run).rejects.toThrow(`no review store at ${path.join(dataDir, 'review.sqlite')} (check NETRA_DATA_DIR, or DATABASE_URL for PostgreSQL; netra keys create starts a new one)`);
    expect(existsSync(path.join(dir, 'salah-ketik'))).toBe(false);
    expect(existsSync(output)).toBe(false);
    expect(existsSync(checkpointPath(output))).toBe(false);
  });
});

describe('--author-field', () => {
  it('stores each flagged post\'s author with its item (trimmed, at most 200 characters), from CSV and JSONL', async () => {
    const dir = tempDir();
    const dataDir = path.join(dir, 'data');
    await useReviewStore(dataDir);
    const posts = examplePosts(40, 9).map((p, i) => ({ ...p, user: i % 4 === 0 ? '' : i % 4 === 1 ? `  @pegawai_${i}  ` : i % 4 === 2 ? 'x'.repeat(250) : 12345 }));
    const csvInput = path.join(dir, 'feed.csv');
    writeFileSync(csvInput, `id,text,user\n${posts.map((p) => `${p.id},"${p.text.replace(/"/g, '""')}",${p.user}`).join('\n')}\n`);
    const jsonlInput = path.join(dir, 'feed.jsonl');
    // other text than the CSV's: the same ids and texts would be the CSV's posts, already queued
    writeFileSync(jsonlInput, jsonl(posts.map((p) => ({ ...p, text: `${p.text} (jsonl)` }))));
    const want = (user: string | number): string | null => (user === '' ? null : String(user).trim().slice(0, 200));
    for (const [input, format] of [[csvInput, 'csv'], [jsonlInput, 'jsonl']] as const) {
      const run = await runCaptured(options({ input, format, authorField: 'user', openQueue: () => openReviewQueue(`batch:${format}`) }));
      const flagged = lines(run.stdout).map((l) => JSON.parse(l)).filter((r) => r.level !== 'rendah');
      expect(flagged.length).toBeGreaterThan(3);
      const store = await ReviewStore.open({ dataDir });
      try {
        const items = (await store.list({}, { limit: 500 })).items.filter((it) => it.source === `batch:${format}`);
        expect(items).toHaveLength(flagged.length);
        for (const it of items) expect(it.author, it.externalId ?? '').toBe(want(posts.find((p) => p.id === it.externalId)!.user));
      } finally {
        await store.close();
      }
    }
  });

  it('is a usage error without --enqueue, and a missing CSV column is named', async () => {
    const err = await scoreCommand.run(['--input', 'data/examples/hard-negatives.csv', '--author-field', 'user']).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UsageError);
    expect((err as Error).message).toMatch(/--author-field is for --enqueue/);
    const dir = tempDir();
    const input = path.join(dir, 'feed.csv');
    writeFileSync(input, 'id,text\n1,halo semua\n');
    await expect(runCaptured(options({ input, format: 'csv', authorField: 'user', openQueue: async () => ({ counts: { created: 0, duplicates: 0, skipped: 0 }, add: async () => {}, close: async () => {} }) }))).rejects.toThrow(/user/);
  });
});

describe('resume bookkeeping', () => {
  it('keeps a progress file, and a resume of a finished run changes nothing', async () => {
    const dir = tempDir();
    const input = path.join(dir, 'feed.jsonl');
    writeFileSync(input, jsonl(examplePosts(100, 2)));
    const output = path.join(dir, 'out.jsonl');
    await runCaptured(options({ input, output }));
    const cp = await readCheckpoint(checkpointPath(output));
    expect(cp).toMatchObject({ records: 100, done: true, outputBytes: readFileSync(output).length });
    const before = readFileSync(output);
    const again = await runCaptured(options({ input, output, resume: true }));
    expect(again.outcome.alreadyDone).toBe(true);
    expect(again.stderr).toMatch(/already complete/);
    expect(readFileSync(output).equals(before)).toBe(true);
  });

  it('a crash before the first real checkpoint resumes from zero, dropping whatever was written', async () => {
    const dir = tempDir();
    const input = path.join(dir, 'feed.jsonl');
    writeFileSync(input, jsonl(examplePosts(120, 8)) + 'not json\n');
    const output = path.join(dir, 'out.jsonl');
    const errors = path.join(dir, 'errors.jsonl');
    await runCaptured(options({ input, output, errors }));
    const want = { out: readFileSync(output), errs: readFileSync(errors) };
    // The state a kill leaves right after the job's initial checkpoint: "0 records", partial writes.
    const cp = (await readCheckpoint(checkpointPath(output)))!;
    const zero = { read: 0, scored: 0, skipped: 0, errors: 0, labels: {}, levels: {} };
    writeFileSync(checkpointPath(output), JSON.stringify({ ...cp, records: 0, outputBytes: 0, errorsBytes: 0, stats: zero, done: false }));
    writeFileSync(output, want.out.subarray(0, 1234));
    writeFileSync(errors, '{"record":');
    const resumed = await runCaptured(options({ input, output, errors, resume: true }));
    expect(resumed.outcome.resumedAt).toBe(0);
    expect(readFileSync(output).equals(want.out)).toBe(true);
    expect(readFileSync(errors).equals(want.errs)).toBe(true);
    expect(resumed.outcome.stats).toMatchObject({ read: 121, scored: 120, errors: 1 });
  });

  it('resumes an old Mac JSONL file (CR line ends) at its place, with the output and errors of an uninterrupted run', async () => {
    const dir = tempDir();
    const rows = examplePosts(120, 5).map((r) => JSON.stringify(r));
    rows[30] = 'not json';
    rows[90] = '{"id":"x"';
    rows.splice(80, 0, '', '  '); // blank lines after the resume point shift lines, not record numbers
    const crLines = (rs: string[]) => rs.join('\r') + '\r';
    const input = path.join(dir, 'feed.jsonl');
    writeFileSync(input, crLines(rows));
    const output = path.join(dir, 'out.jsonl');
    const errors = path.join(dir, 'errors.jsonl');
    await runCaptured(options({ input, output, errors }));
    const want = { out: readFileSync(output), errs: readFileSync(errors) };
    expect(lines(want.errs.toString()).map((l) => JSON.parse(l)).map((e) => [e.record, e.line])).toEqual([[31, 31], [91, 93]]);

    // The state a kill leaves after a checkpoint at record 60, with output written past it.
    const at = await killAfter({ dir, head: crLines(rows.slice(0, 60)), format: 'jsonl', output, errors, want }, (at) => ({
      out: want.out.subarray(0, at.outputBytes + 1234),
      errs: Buffer.concat([want.errs.subarray(0, at.errorsBytes), Buffer.from('{"record":')]),
    }));
    expect(at.records).toBe(60);

    const resumed = await runCaptured(options({ input, output, errors, resume: true }));
    expect(resumed.outcome.resumedAt).toBe(60);
    expect(readFileSync(output).equals(want.out)).toBe(true);
    expect(readFileSync(errors).equals(want.errs)).toBe(true);
    expect(resumed.outcome.stats).toMatchObject({ read: 120, scored: 118, errors: 2 });
  });

  it("resumes an Excel CSV with a sep= first line at its place; its errors keep the real input lines", async () => {
    const dir = tempDir();
    const cell = (t: string) => `"${t.replace(/"/g, '""')}"`;
    const rows = examplePosts(120, 6).map((r) => `${r.id};${cell(r.text)}`);
    rows[20] = 'kosong1;';
    rows[100] = 'kosong2;   ';
    const excel = (rs: string[]) => `sep=;\r\nid;text\r\n${rs.join('\r\n')}\r\n`;
    const input = path.join(dir, 'feed.csv');
    writeFileSync(input, excel(rows));
    const output = path.join(dir, 'out.jsonl');
    const errors = path.join(dir, 'errors.jsonl');
    await runCaptured(options({ input, format: 'csv', output, errors }));
    const want = { out: readFileSync(output), errs: readFileSync(errors) };
    // record k starts on line k + 2 (the sep= line, the header), and one line later for each line
    // break inside an earlier quoted text (some written examples span lines)
    const lineOf = (k: number) => k + 2 + rows.slice(0, k - 1).reduce((n, r) => n + r.split('\n').length - 1, 0);
    expect(lines(want.errs.toString()).map((l) => JSON.parse(l)).map((e) => [e.record, e.line, e.id])).toEqual([[21, lineOf(21), 'kosong1'], [101, lineOf(101), 'kosong2']]);
    expect(lines(want.out.toString()).map((l) => JSON.parse(l).id).slice(0, 2)).toEqual(['p1', 'p2']);

    // the state a kill leaves after a checkpoint at record 60
    const at = await killAfter({ dir, head: excel(rows.slice(0, 60)), format: 'csv', output, errors, want }, (at) => ({
      out: want.out.subarray(0, at.outputBytes + 999),
      errs: want.errs,
    }));
    expect(at.records).toBe(60);
    const resumed = await runCaptured(options({ input, format: 'csv', output, errors, resume: true }));
    expect(resumed.outcome.resumedAt).toBe(60);
    expect(readFileSync(output).equals(want.out)).toBe(true);
    expect(readFileSync(errors).equals(want.errs)).toBe(true);
    expect(resumed.outcome.stats).toMatchObject({ read: 120, scored: 118, errors: 2 });

    // --delimiter that the sep line contradicts is bad usage before anything is written; the same one is fine
    const other = path.join(dir, 'other.jsonl');
    await expect(runCaptured(options({ input, format: 'csv', output: other, delimiter: ',', delimiterGiven: true }))).rejects.toThrow(
      new BatchUsageError('the CSV\'s first line "sep=;" sets the delimiter ";", but --delimiter gives ","; drop --delimiter, or fix or delete that first line'),
    );
    expect(existsSync(other)).toBe(false);
    await runCaptured(options({ input, format: 'csv', output: other, delimiter: ';', delimiterGiven: true }));
    expect(readFileSync(other).equals(want.out)).toBe(true);
  });

  it('refuses to resume into another job, or without a progress file', async () => {
    const dir = tempDir();
    const input = path.join(dir, 'feed.jsonl');
    writeFileSync(input, jsonl(examplePosts(20, 2)));
    const output = path.join(dir, 'out.jsonl');
    await runCaptured(options({ input, output }));
    await expect(runCaptured(options({ input, output, resume: true, minRisk: 0.3 }))).rejects.toThrow(/cannot resume: --min-risk differs from the interrupted run/);
    // another order would read the rest of the file's numeric dates differently
    await expect(runCaptured(options({ input, output, resume: true, postedAtOrder: 'mdy' }))).rejects.toThrow(/cannot resume: --posted-at-order differs from the interrupted run/);
    await expect(runCaptured(options({ input, output, resume: true, minRisk: 0.3, outputFormat: 'csv', maxTextLength: 500 }))).rejects.toThrow(
      /cannot resume: --output-format, --min-risk, NETRA_MAX_TEXT_LENGTH differ from the interrupted run/,
    );
    writeFileSync(input, jsonl(examplePosts(21, 2)));
    await expect(runCaptured(options({ input, output, resume: true }))).rejects.toThrow(/the input's size, the input's first 64 KiB differ/);
    const other = path.join(dir, 'other.jsonl');
    writeFileSync(other, 'something\n');
    await expect(runCaptured(options({ input, output: other, resume: true }))).rejects.toThrow(BatchUsageError);
    expect(existsSync(checkpointPath(other))).toBe(false);
    await expect(runCaptured(options({ input, output: '-', resume: true }))).rejects.toThrow(/--resume needs --output FILE/);
  });
});

describe('what a refused or resumed run leaves alone', () => {
  it('a CSV header without the named column is bad usage that keeps the previous output and progress file', async () => {
    const dir = tempDir();
    const input = path.join(dir, 'feed.csv');
    writeFileSync(input, 'id,text\n1,ayo coblos nomor 2\n2,rapat dinas\n');
    const output = path.join(dir, 'out.jsonl');
    await runCaptured(options({ input, format: 'csv', output }));
    const before = readFileSync(output, 'utf8');
    const progress = readFileSync(checkpointPath(output), 'utf8');
    await expect(runCaptured(options({ input, format: 'csv', output, textField: 'txt' }))).rejects.toThrow(/no column "txt"/);
    expect(readFileSync(output, 'utf8')).toBe(before);
    expect(readFileSync(checkpointPath(output), 'utf8')).toBe(progress);
  });

  it('refuses a gzip file or an .xlsx as input (exit 2; read as text they were garbled records and exit 0), keeping the previous output', async () => {
    const dir = tempDir();
    const csv = 'id,text\n1,ayo coblos nomor 2\n2,rapat dinas\n';
    const input = path.join(dir, 'feed.csv');
    writeFileSync(input, csv);
    const output = path.join(dir, 'out.jsonl');
    await runCaptured(options({ input, format: 'csv', output }));
    const before = readFileSync(output, 'utf8');
    writeFileSync(input, gzipSync(csv));
    await expect(runCaptured(options({ input, format: 'csv', output }))).rejects.toThrow(new BatchUsageError(`cannot read input ${input}: it is gzip-compressed, not CSV or JSONL text; decompress it into stdin: zcat ${input} | netra score --input - --format csv …`));
    // the command given runs as it is: the job's own format, not "csv|jsonl"
    await expect(runCaptured(options({ input, format: 'jsonl', output }))).rejects.toThrow(`it is gzip-compressed, not CSV or JSONL text; decompress it into stdin: zcat ${input} | netra score --input - --format jsonl …`);
    await expect(runCaptured(options({ input, format: 'whatsapp', postedAtZone: 420, output }))).rejects.toThrow(`it is gzip-compressed, not a chat export's text; decompress it into stdin: zcat ${input} | netra score --input - --format whatsapp …`);
    const spaced = path.join(dir, 'feed 2.csv');
    writeFileSync(spaced, gzipSync(csv));
    await expect(runCaptured(options({ input: spaced, format: 'csv', output }))).rejects.toThrow(`; decompress it into stdin: zcat '${spaced}' | netra score --input - --format csv …`);
    const xlsx = path.join(dir, 'feed.xlsx');
    writeFileSync(xlsx, Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]), Buffer.alloc(100)]));
    await expect(runCaptured(options({ input: xlsx, format: 'csv', output }))).rejects.toThrow(/it is a zip archive \(an Excel \.xlsx workbook is one: save the sheet as CSV\)/);
    expect(readFileSync(output, 'utf8')).toBe(before);
  });

  it('refuses a JSON array given as JSONL (pretty-printed or on one line, after a BOM or blank lines), keeping the previous output', async () => {
    const dir = tempDir();
    const posts = [{ id: 'a', text: 'ayo coblos nomor 2' }, { id: 'b', text: 'rapat dinas jam 9' }];
    const input = path.join(dir, 'feed.json');
    writeFileSync(input, jsonl(posts));
    const output = path.join(dir, 'out.jsonl');
    await runCaptured(options({ input, format: 'jsonl', output }));
    const before = readFileSync(output, 'utf8');
    for (const array of [JSON.stringify(posts, null, 2), JSON.stringify(posts), `\ufeff\n\n  ${JSON.stringify(posts)}\n`]) {
      writeFileSync(input, array);
      await expect(runCaptured(options({ input, format: 'jsonl', output }))).rejects.toThrow(
        new BatchUsageError(`the input is a JSON array ('[' before its first record), not JSON Lines (one object per line); convert it: jq -c '.[]' ${input} | netra score --input - --format jsonl …`),
      );
    }
    // the input named as the shell needs it (it said FILE); from stdin, jq goes in the pipe
    const spaced = path.join(dir, 'ekspor (1).json');
    writeFileSync(spaced, JSON.stringify(posts));
    await expect(runCaptured(options({ input: spaced, format: 'jsonl', output }))).rejects.toThrow(`convert it: jq -c '.[]' '${spaced}' | netra score --input - --format jsonl …`);
    await expect(runCaptured(options({ input: '-', format: 'jsonl', output }), JSON.stringify(posts))).rejects.toThrow(
      new BatchUsageError("the input is a JSON array ('[' before its first record), not JSON Lines (one object per line); convert it: … | jq -c '.[]' | netra score --input - --format jsonl …"),
    );
    expect(readFileSync(output, 'utf8')).toBe(before);
    // an array later in the feed is one bad record, as before
    writeFileSync(input, `${JSON.stringify(posts[0])}\n[1, 2]\n`);
    const run = await runCaptured(options({ input, format: 'jsonl', output }));
    expect(run.outcome.stats).toMatchObject({ read: 2, scored: 1, errors: 1 });
  });

  it('--resume refuses when the output is gone or shorter than its progress file says', async () => {
    const dir = tempDir();
    const input = path.join(dir, 'feed.jsonl');
    writeFileSync(input, jsonl(examplePosts(4, 5)));
    const output = path.join(dir, 'out.jsonl');
    await runCaptured(options({ input, output }));
    writeFileSync(output, readFileSync(output, 'utf8').slice(0, 10));
    await expect(runCaptured(options({ input, output, resume: true }))).rejects.toThrow(/cannot resume: the output .* has 10 bytes, fewer than/);
    rmSync(output);
    await expect(runCaptured(options({ input, output, resume: true }))).rejects.toThrow(/cannot resume: the output .* is gone/);
  });

  it('--resume refuses to start enqueueing halfway (the records before would never be queued)', async () => {
    const dir = tempDir();
    const input = path.join(dir, 'feed.jsonl');
    writeFileSync(input, jsonl(examplePosts(4, 6)));
    const output = path.join(dir, 'out.jsonl');
    await runCaptured(options({ input, output }));
    const cp = await readCheckpoint(checkpointPath(output));
    writeFileSync(checkpointPath(output), JSON.stringify({ ...cp, done: false }));
    const queue: ReviewQueue = { counts: { created: 0, duplicates: 0, skipped: 0 }, async add() {}, async close() {} };
    await expect(runCaptured(options({ input, output, resume: true, openQueue: async () => queue }))).rejects.toThrow(/^cannot resume: the interrupted run did not use --enqueue .*; resume without --enqueue, or run the same command without --resume to start over/);
    // nor into another review store than the interrupted run's
    await runCaptured(options({ input, output, openQueue: async () => queue, queueLocation: 'sqlite:/a' }));
    const cp2 = await readCheckpoint(checkpointPath(output));
    writeFileSync(checkpointPath(output), JSON.stringify({ ...cp2, done: false }));
    await expect(runCaptured(options({ input, output, resume: true, openQueue: async () => queue, queueLocation: 'sqlite:/b' }))).rejects.toThrow(/^cannot resume: the interrupted run sent the 4 records .* to the review queue at sqlite:\/a, and this run would send the rest to sqlite:\/b;/);
    await expect(runCaptured(options({ input, output, resume: true }))).rejects.toThrow(/^cannot resume: the interrupted run sent .* at sqlite:\/a \(--enqueue\); resume with --enqueue/);
    expect((await runCaptured(options({ input, output, resume: true, openQueue: async () => queue, queueLocation: 'sqlite:/a' }))).outcome.exitCode).toBe(0);
  });
});

describe('a progress file from an older --enqueue run (which recorded only that it enqueued, not where)', () => {
  it('is refused, saying to start over; doing so queues every flagged post once', async () => {
    const dir = tempDir();
    const dataDir = path.join(dir, 'data');
    await useReviewStore(dataDir);
    const posts = examplePosts(120, 13);
    const input = path.join(dir, 'feed.jsonl');
    writeFileSync(input, jsonl(posts));
    const output = path.join(dir, 'out.jsonl');
    const enqueue = { openQueue: () => openReviewQueue('batch:feed.jsonl'), queueLocation: `sqlite:${dataDir}` };
    // What the older run left when it was killed: its first 50 records written and queued, and a
    // progress file whose fingerprint says `"enqueue": true`.
    const first50 = path.join(dir, 'first-50.jsonl');
    writeFileSync(first50, jsonl(posts.slice(0, 50)));
    const older = await runCaptured(options({ input: first50, ...enqueue }));
    await runCaptured(options({ input, output }));
    const full = lines(readFileSync(output, 'utf8'));
    const cp = (await readCheckpoint(checkpointPath(output)))!;
    const progress = JSON.stringify({ ...cp, records: 50, outputBytes: Buffer.byteLength(full.slice(0, 50).map((l) => `${l}\n`).join('')), done: false, fingerprint: { ...cp.fingerprint, enqueue: true } });
    writeFileSync(checkpointPath(output), progress);
    const before = readFileSync(output);

    for (const queue of [enqueue, {}]) {
      const refused = await runCaptured(options({ input, output, resume: true, ...queue })).then(() => undefined, (e: unknown) => e as Error);
      expect(refused).toBeInstanceOf(BatchUsageError);
      expect(refused?.message).toBe(
        'cannot resume: the progress file is from an older netra, which did not record which review queue --enqueue sent the 50 records the interrupted run finished to, ' +
          "so a resume could leave them out of this run's queue; run the same command without --resume to start over (the review queue skips the posts it already holds, so none is queued twice)",
      );
    }
    expect(readFileSync(output).equals(before)).toBe(true);
    expect(readFileSync(checkpointPath(output), 'utf8')).toBe(progress);

    const flaggedIn = (rows: string[]) => rows.filter((l) => JSON.parse(l).level !== 'rendah').length;
    const queuedBefore = flaggedIn(lines(older.stdout));
    expect(older.stderr).toContain(`review queue: ${queuedBefore} added`);
    const again = await runCaptured(options({ input, output, ...enqueue }));
    expect(again.stderr).toContain(`review queue: ${flaggedIn(full) - queuedBefore} added, ${queuedBefore} already queued`);
    expect(readFileSync(output, 'utf8')).toBe(full.map((l) => `${l}\n`).join(''));
  });
});

describe('outputs that are the input under another name', () => {
  it('refuses a symlink or hard link to the input, or errors linked to the output, and leaves the input whole', async () => {
    const dir = tempDir();
    const input = path.join(dir, 'in.jsonl');
    const content = jsonl(examplePosts(5, 3));
    writeFileSync(input, content);
    symlinkSync(input, path.join(dir, 'link.jsonl'));
    linkSync(input, path.join(dir, 'hard.jsonl'));
    await expect(runCaptured(options({ input, output: path.join(dir, 'link.jsonl') }))).rejects.toThrow(/--output must not be the input file/);
    await expect(runCaptured(options({ input, output: path.join(dir, 'hard.jsonl') }))).rejects.toThrow(BatchUsageError);
    await expect(runCaptured(options({ input, output: path.join(dir, 'o.jsonl'), errors: path.join(dir, 'link.jsonl') }))).rejects.toThrow(/--errors must not be the input file/);
    await expect(runCaptured(options({ input, output: path.join(dir, 'o.jsonl'), errors: path.join(dir, 'hard.jsonl') }))).rejects.toThrow(/--errors must not be the input file/);
    writeFileSync(path.join(dir, 'o.jsonl'), '');
    symlinkSync(path.join(dir, 'o.jsonl'), path.join(dir, 'o-link.jsonl'));
    await expect(runCaptured(options({ input, output: path.join(dir, 'o.jsonl'), errors: path.join(dir, 'o-link.jsonl') }))).rejects.toThrow(/--errors must not be the output file/);
    linkSync(path.join(dir, 'o.jsonl'), path.join(dir, 'o-hard.jsonl'));
    await expect(runCaptured(options({ input, output: path.join(dir, 'o.jsonl'), errors: path.join(dir, 'o-hard.jsonl') }))).rejects.toThrow(/--errors must not be the output file/);
    // also before the output exists: the job would create it through both names
    symlinkSync(path.join(dir, 'new.jsonl'), path.join(dir, 'new-link.jsonl'));
    await expect(runCaptured(options({ input, output: path.join(dir, 'new.jsonl'), errors: path.join(dir, 'new-link.jsonl') }))).rejects.toThrow(/^--errors must not be the output file$/);
    await expect(runCaptured(options({ input, output: path.join(dir, 'new-link.jsonl'), errors: path.join(dir, 'new.jsonl') }))).rejects.toThrow(/^--errors must not be the output file$/);
    expect(existsSync(path.join(dir, 'new.jsonl'))).toBe(false);
    // the progress file would overwrite errors written there
    await expect(runCaptured(options({ input, output: path.join(dir, 'o.jsonl'), errors: path.join(dir, 'o.jsonl.netra-progress') }))).rejects.toThrow(/--errors must not be the progress file/);
    expect(readFileSync(input, 'utf8')).toBe(content);
  });

  it('refuses an output that stdin is read from (exit 2), keeping it whole', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'st.jsonl');
    const content = jsonl(examplePosts(3, 4));
    writeFileSync(file, content);
    /** The real CLI with stdin or stdout set to a file descriptor, as a shell redirection would. */
    const scoreWith = (args: string[], stdio: [number | 'ignore', number | 'ignore']) =>
      new Promise<{ code: number | null; stderr: string }>((resolve) => {
        const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'score', ...args], { cwd: ROOT, stdio: [...stdio, 'pipe'] });
        let stderr = '';
        child.stderr?.on('data', (c: Buffer) => (stderr += c));
        child.on('close', (code) => resolve({ code, stderr }));
      });
    const run = await scoreWith(['--input', '-', '--format', 'jsonl', '--output', file], [openSync(file, 'r'), 'ignore']);
    expect(run.code, run.stderr).toBe(2);
    expect(run.stderr).toMatch(/--output must not be the input file \(stdin reads from it\)/);
    expect(readFileSync(file, 'utf8')).toBe(content);
    // stdout appended to the input (`--input f >> f`): it would read its own output back
    const appended = await scoreWith(['--input', file], ['ignore', openSync(file, 'a')]);
    expect(appended.code, appended.stderr).toBe(2);
    expect(appended.stderr).toMatch(/--output must not be the input file/);
    expect(readFileSync(file, 'utf8')).toBe(content);
  }, 30_000);
});

describe('the review store --enqueue names in the resume fingerprint', () => {
  it('is where pg connects, without credentials: the query and PG* variables count', () => {
    expect(queueLocation({ DATABASE_URL: 'postgres://qa:secret@127.0.0.1:55437/q_r' })).toBe('postgres://127.0.0.1:55437/q_r');
    expect(queueLocation({ DATABASE_URL: 'postgres://qa@127.0.0.1:55437/q_r?port=55438' })).toBe('postgres://127.0.0.1:55438/q_r');
    expect(queueLocation({ DATABASE_URL: 'postgres:///q_r', PGPORT: '6000', PGHOST: '/run/pg' })).toBe('postgres:///run/pg:6000/q_r');
    expect(queueLocation({ NETRA_DATA_DIR: '/tmp/q' })).toBe('/tmp/q/review.sqlite'); // the file, as the store's start line names it
  });
});

describe('score command flags', () => {
  const usage = scoreUsage;

  it('refuses bad usage with a one-line reason', async () => {
    expect(await usage()).toMatch(/give --input/);
    expect(await usage('--input', '-')).toMatch(/cannot tell the format of stdin/);
    expect(await usage('--input', 'README.md')).toBe('cannot tell the format of README.md; give --format csv|jsonl|whatsapp');
    // a missing file or a directory is said to be one, not asked for a --format that would not help
    expect(await usage('--input', 'no-such-feed')).toBe('cannot read input no-such-feed: no such file');
    expect(await usage('--input', 'test')).toBe('cannot read input test: it is a directory');
    // a compressed feed is named as such at once, not after a second try with --format
    expect(await usage('--input', 'feed.csv.gz')).toBe('feed.csv.gz looks .gz-compressed, and netra reads CSV or JSONL text; decompress it into stdin: zcat feed.csv.gz | netra score --input - --format csv …');
    expect(await usage('--input', 'x.xz')).toMatch(/^x\.xz looks \.xz-compressed.*: xzcat x\.xz \| netra score --input - --format csv\|jsonl …$/);
    expect(await usage('--input', 'ekspor 5 nov.csv.gz')).toBe("ekspor 5 nov.csv.gz looks .gz-compressed, and netra reads CSV or JSONL text; decompress it into stdin: zcat 'ekspor 5 nov.csv.gz' | netra score --input - --format csv …");
    expect(await usage('--input', 'x.csv', '--format', 'xml')).toMatch(/--format must be csv, jsonl or whatsapp/);
    expect(await usage('--input', 'x.jsonl', '--output-format', 'xlsx')).toMatch(/--output-format/);
    expect(await usage('--input', 'x.csv', '--delimiter', ';;')).toMatch(/--delimiter must be one character/);
    expect(await usage('--input', 'x.jsonl', '--delimiter', ';')).toMatch(/CSV input only/);
    expect(await usage('--input', 'x.jsonl', '--min-risk', '1.5')).toMatch(/--min-risk must be a number in \[0, 1\]/);
    expect(await usage('--input', 'x.jsonl', '--workers', '1.5')).toMatch(/--workers must be a whole number/);
    expect(await usage('--input', 'x.jsonl', '--min-risk', '')).toMatch(/--min-risk must be a number/);
    expect(await usage('--input', 'x.jsonl', '--min-risk', '0x1')).toMatch(/--min-risk must be a number/);
    expect(await usage('--input', 'x.jsonl', '--workers', ' ')).toMatch(/--workers must be a number/);
    expect(await usage('--input', 'x.jsonl', '--workers', String(4 * availableParallelism() + 1))).toMatch(/--workers must be a number in \[0, \d+\]/);
    expect(await usage('--input', 'x.jsonl', '--posted-at-zone', 'WIB')).toMatch(/--posted-at-zone needs --posted-at-field/);
    expect(await usage('--input', 'x.jsonl', '--posted-at-field', 'at', '--posted-at-zone', 'Jakarta')).toMatch(/--posted-at-zone must be an offset/);
    expect(await usage('--input', 'x.jsonl', '--posted-at-order', 'mdy')).toMatch(/--posted-at-order needs --posted-at-field/);
    expect(await usage('--input', 'x.jsonl', '--posted-at-field', 'at', '--posted-at-order', 'd/m/y')).toMatch(/--posted-at-order must be one of dmy, mdy, ymd; got "d\/m\/y"/);
    expect(await usage('--input', 'x.jsonl', '--output', '/dev/null', '--resume')).toMatch(/--resume needs --output FILE, a regular file/);
    expect(await usage('--input', 'x.jsonl', '--election', 'pilkada-atlantis')).toMatch(/--election pilkada-atlantis: unknown election id/);
    expect(await usage('--input', 'x.jsonl', '--election', '')).toMatch(/^--election must not be empty; /);
    expect(await usage('--input', 'x.jsonl', '--model', ' ')).toMatch(/^--model must not be empty; /);
    for (const argv of [['--input', ''], ['--input', 'x.jsonl', '--output', ''], ['--input', 'x.jsonl', '--errors', ' ']]) {
      expect(await usage(...argv)).toMatch(new RegExp(`^${argv.at(-2)} must not be empty; give `)); // "" was a file name
    }
    for (const [bad, problem] of [['abc', 'must be a whole number'], ['-5', 'must be at least 0'], ['0x10', 'must be a whole number']]) {
      process.env.NETRA_BATCH_CHECKPOINT_MS = bad;
      try {
        expect(await usage('--input', 'x.jsonl')).toContain(`NETRA_BATCH_CHECKPOINT_MS: ${problem}`);
      } finally {
        delete process.env.NETRA_BATCH_CHECKPOINT_MS;
      }
    }
    expect(await usage('--input', '/nonexistent/feed.jsonl')).toMatch(/cannot read input .*no such file/);
    expect(await usage('--input', 'x.jsonl', 'stray')).toMatch(/positional/i);
    for (const msg of [await usage('--input', 'x.jsonl', '--bogus')]) expect(msg.split('\n')).toHaveLength(1);
  });
});
