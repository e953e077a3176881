// The real `netra score` as a child process: kill -9 and --resume, records far over the size limit,
// stdin/stdout piping (exit codes are in exit-codes.test.ts, which needs no scorer in this process).
import { describe, expect, it } from 'vitest';
import { closeSync, existsSync, openSync, readFileSync, rmSync, writeFileSync, writeSync, statSync } from 'node:fs';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { checkpointPath } from '../../src/batch/checkpoint.js';
import { lockPath } from '../../src/batch/output-lock.js';
import { pathToFileURL } from 'node:url';
import { ROOT, cli, examplePosts, jsonl, options, readProgress, runAndKill, runCaptured, tempDir } from './helpers.js';
import { ReviewStore } from '../../src/review/store/index.js';

describe('netra score (CLI)', () => {
  it('after kill -9 at any point, --resume produces exactly the uninterrupted output and errors', async () => {
    const dir = tempDir();
    const input = path.join(dir, 'feed.jsonl');
    const rows: string[] = jsonl(examplePosts(20_000, 11)).trimEnd().split('\n');
    let broken = 0;
    for (let i = 500; i < rows.length; i += 1500, broken++) rows[i] = '{"id":"broken", "text": '; // bad lines along the way
    writeFileSync(input, rows.join('\n') + '\n');

    const refOut = path.join(dir, 'ref.jsonl');
    const refErr = path.join(dir, 'ref-errors.jsonl');
    const ref = await runCaptured(options({ input, output: refOut, errors: refErr }));
    expect(ref.outcome.stats).toMatchObject({ read: 20_000, errors: broken });

    const out = path.join(dir, 'out.jsonl');
    const err = path.join(dir, 'errors.jsonl');
    const base = ['score', '--input', input, '--output', out, '--errors', err];
    const progress = checkpointPath(out);

    // 1. killed just after an early checkpoint, 2. killed between checkpoints in the second half,
    // 3. resumed to the end. The worker count changes between runs on purpose: it is not part of the
    // job, and the output must not depend on it.
    const first = await runAndKill([...base, '--workers', '0'], progress, (cp) => cp.records > 0, 7);
    expect(first.signal).toBe('SIGKILL');
    const afterFirst = readProgress(progress)!.records;
    expect(afterFirst).toBeLessThan(20_000);
    const second = await runAndKill([...base, '--workers', '2', '--resume'], progress, (cp) => cp.records >= Math.max(10_000, afterFirst + 1000), 23);
    expect(second.signal).toBe('SIGKILL');
    expect(readProgress(progress)!.records).toBeLessThan(20_000);

    const last = await cli([...base, '--workers', '0', '--resume']);
    expect(last.code, last.stderr.slice(-2000)).toBe(0);
    expect(last.stderr).toMatch(/resumed after record [\d,]+/);
    expect(last.stderr).toContain(`20,000 records read, ${(20_000 - broken).toLocaleString('en-US')} scored, ${broken} errors`);
    expect(readFileSync(out).equals(readFileSync(refOut))).toBe(true);
    expect(readFileSync(err).equals(readFileSync(refErr))).toBe(true);
    expect(readProgress(progress)).toMatchObject({ done: true, records: 20_000, outputBytes: statSync(refOut).size });
  });

  it('on SIGINT writes what it read, checkpoints there and says to --resume (exit 130); a resume on input that ends before the checkpoint is refused (exit 2); the resumed output is the uninterrupted one', async () => {
    const dir = tempDir();
    const rows = jsonl(examplePosts(600, 21));
    const half = rows.split('\n').slice(0, 300).join('\n') + '\n';
    const refOut = path.join(dir, 'ref.jsonl');
    await runCaptured(options({ input: '-', output: refOut }), rows);
    const firstBytes = Buffer.byteLength(readFileSync(refOut, 'utf8').split('\n').slice(0, 300).join('\n') + '\n');
    const out = path.join(dir, 'out.jsonl');
    const args = ['score', '--input', '-', '--format', 'jsonl', '--output', out, '--workers', '1'];
    // stdin stays open after the first 300 records, so the job is waiting to read when the signal comes
    const feed = new PassThrough();
    feed.write(half);
    let timer: NodeJS.Timeout | undefined;
    const stopped = await cli(args, {
      stdin: feed,
      onSpawn: (pid) => {
        timer = setInterval(() => {
          if (statSync(out, { throwIfNoEntry: false })?.size === firstBytes) {
            clearInterval(timer);
            process.kill(pid, 'SIGINT');
          }
        }, 10);
      },
    });
    clearInterval(timer);
    feed.end();
    expect(stopped.code, stopped.stderr.slice(-2000)).toBe(130);
    expect(stopped.stderr).toContain('stopped early: SIGINT after record 300: run the same command with --resume to go on');
    expect(readProgress(checkpointPath(out))).toMatchObject({ done: false, records: 300, outputBytes: statSync(out).size });
    expect(existsSync(lockPath(out))).toBe(false); // the job let go of its output

    // A resume whose input ends before record 300 (`head -100 feed | netra score --resume`, or nothing
    // piped) is bad usage, and leaves the progress file as it was: it was marked done, and a resume
    // with the whole feed then said "already complete", the records after 300 never scored.
    const progressBefore = readFileSync(checkpointPath(out));
    const outBefore = readFileSync(out);
    for (const [stdin, ended] of [[rows.split('\n').slice(0, 100).join('\n') + '\n', 'ends at record 100'], ['', 'has no records']] as const) {
      const short = await cli([...args, '--resume'], { stdin, env: { NETRA_BATCH_CHECKPOINT_MS: '0' } });
      expect([short.code, short.stdout, short.stderr]).toEqual([
        2,
        '',
        `netra score: cannot resume: the input stdin ${ended}, before record 300, where ${checkpointPath(out)} says the interrupted run got to; resume with the whole input that run read (pipe all of it again). The progress file is left as it was\n`,
      ]);
      expect(readFileSync(checkpointPath(out)).equals(progressBefore)).toBe(true);
      expect(readFileSync(out).equals(outBefore)).toBe(true);
      expect(existsSync(lockPath(out))).toBe(false);
    }

    const resumed = await cli([...args, '--resume'], { stdin: rows });
    expect(resumed.code, resumed.stderr.slice(-2000)).toBe(0);
    expect(resumed.stderr).toContain('resumed after record 300');
    expect(readFileSync(out).equals(readFileSync(refOut))).toBe(true);
  });

  it('a signal during start-up (the model loading, the first record awaited) stops it at once with one line saying so (exit 130/143), the output untouched', async () => {
    const dir = tempDir();
    const out = path.join(dir, 'out.jsonl');
    writeFileSync(out, 'earlier output\n');
    // The job opens the review queue first thing, before its worker loads the model: the store's WAL
    // file appearing shows the job has started, and watches for signals.
    const dataDir = path.join(dir, 'data');
    await (await ReviewStore.open({ dataDir })).close();
    const wal = path.join(dataDir, 'review.sqlite-wal');
    for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
      const feed = new PassThrough(); // no record ever comes: the job cannot get past its start-up
      let timer: NodeJS.Timeout | undefined;
      const run = await cli(['score', '--input', '-', '--format', 'jsonl', '--output', out, '--workers', '1', '--enqueue'], {
        stdin: feed,
        env: { NETRA_DATA_DIR: dataDir, DATABASE_URL: '' },
        onSpawn: (pid) => {
          timer = setInterval(() => {
            if (!existsSync(wal)) return;
            clearInterval(timer);
            process.kill(pid, signal);
          }, 2);
        },
      });
      clearInterval(timer);
      feed.end();
      expect([run.code, run.signal, run.stdout, run.stderr], signal).toEqual([code, null, '', `netra score: stopped early: ${signal} before reading any record; nothing was written\n`]);
      expect(existsSync(wal), signal).toBe(false); // the store was closed
    }
    expect(readFileSync(out, 'utf8')).toBe('earlier output\n');
    expect(existsSync(checkpointPath(out))).toBe(false);
    expect(existsSync(lockPath(out))).toBe(false);
  }, 60_000);

  it('a signal while the command\'s modules load (a second or more under tsx) stops it at once with the same line', async () => {
    const dir = tempDir();
    const held = path.join(dir, 'held');
    const out = path.join(dir, 'out.jsonl');
    const feed = path.join(dir, 'feed.jsonl');
    writeFileSync(feed, jsonl(examplePosts(5, 6)));
    // the score command's module never finishes loading: the signal can only come while it loads
    const hook = path.join(ROOT, 'test', 'helpers', 'hold-import.mjs');
    let timer: NodeJS.Timeout | undefined;
    const run = await cli(['score', '--input', feed, '--output', out], {
      env: { NODE_OPTIONS: `--import=${pathToFileURL(hook).href}`, NETRA_TEST_HOLD_IMPORT: 'commands/score\\.[jt]s$', NETRA_TEST_HELD: held },
      onSpawn: (pid) => {
        timer = setInterval(() => {
          if (!existsSync(held)) return;
          clearInterval(timer);
          process.kill(pid, 'SIGINT');
        }, 2);
      },
    });
    clearInterval(timer);
    expect(readFileSync(held, 'utf8')).toMatch(/commands\/score\.[jt]s$/);
    expect([run.code, run.signal, run.stdout, run.stderr]).toEqual([130, null, '', 'netra score: stopped early: SIGINT before reading any record; nothing was written\n']);
    expect(existsSync(out)).toBe(false);
  }, 30_000);

  it('a signal while the job opens its files, its first record read: before any change the documented line, after one it scores that record and says "after record 1" (never "after record 0" or the empty-input warning)', async () => {
    const dir = tempDir();
    const feed = path.join(dir, 'feed.jsonl');
    writeFileSync(feed, jsonl(examplePosts(50, 7)));
    const ref = path.join(dir, 'ref.jsonl');
    await runCaptured(options({ input: feed, output: ref }));
    const hook = path.join(ROOT, 'test', 'helpers', 'hold-open.mjs');
    /** Runs the job with the open of the first file matching `hold` held; SIGTERM comes while it is held. */
    const stopWhileOpening = async (hold: string, out: string, tag: string) => {
      const held = path.join(dir, `held-${tag}`);
      const release = path.join(dir, `release-${tag}`);
      let timer: NodeJS.Timeout | undefined;
      const run = await cli(['score', '--input', feed, '--output', out, '--workers', '1'], {
        env: { NODE_OPTIONS: `--import=${pathToFileURL(hook).href}`, NETRA_TEST_HOLD_OPEN: hold, NETRA_TEST_HELD: held, NETRA_TEST_RELEASE: release },
        onSpawn: (pid) => {
          timer = setInterval(() => {
            if (!existsSync(held)) return;
            clearInterval(timer);
            process.kill(pid, 'SIGTERM');
            setTimeout(() => writeFileSync(release, ''), 200); // the signal is handled while the open waits
          }, 2);
        },
      });
      clearInterval(timer);
      expect(readFileSync(held, 'utf8'), tag).toMatch(new RegExp(hold));
      return run;
    };

    // 1. the output being opened (nothing changed yet): stops at once, output and progress file as they were
    const untouched = path.join(dir, 'untouched.jsonl');
    writeFileSync(untouched, 'earlier output\n');
    const first = await stopWhileOpening('untouched\\.jsonl$', untouched, 'output');
    expect([first.code, first.stdout, first.stderr]).toEqual([143, '', 'netra score: stopped early: SIGTERM before reading any record; nothing was written\n']);
    expect(readFileSync(untouched, 'utf8')).toBe('earlier output\n');
    expect(existsSync(checkpointPath(untouched))).toBe(false);
    expect(existsSync(lockPath(untouched))).toBe(false);

    // 2. the progress file being written (the job has begun changing its files): the record it read is
    // scored, written and checkpointed, and a resume goes on from there
    const out = path.join(dir, 'out.jsonl');
    const second = await stopWhileOpening('out\\.jsonl\\.netra-progress\\.tmp$', out, 'progress');
    expect(second.code, second.stderr).toBe(143);
    expect(second.stderr).toMatch(/^netra score: 1 record read, 1 scored, 0 errors$/m);
    expect(second.stderr).toContain('stopped early: SIGTERM after record 1: run the same command with --resume to go on');
    expect(second.stderr).not.toContain('warning');
    expect(readProgress(checkpointPath(out))).toMatchObject({ done: false, records: 1, outputBytes: statSync(out).size });
    const resumed = await cli(['score', '--input', feed, '--output', out, '--workers', '1', '--resume']);
    expect(resumed.code, resumed.stderr).toBe(0);
    expect(readFileSync(out).equals(readFileSync(ref))).toBe(true);
  }, 60_000);

  it('skips a 100 MB record in the middle of a CSV or JSONL feed as one bad record, with peak RSS under 400 MB', async () => {
    const dir = tempDir();
    /** Writes `parts`, where a [text, times] pair is written `times` times (a record far over the 16 MB limit). */
    const write = (file: string, parts: (string | [string, number])[]) => {
      const fd = openSync(file, 'w');
      for (const part of parts) {
        if (typeof part === 'string') writeSync(fd, part);
        else for (let i = 0, block = Buffer.from(part[0]); i < part[1]; i++) writeSync(fd, block);
      }
      closeSync(fd);
    };
    const block: [string, number] = ['kata '.repeat(200_000), 100]; // 100 MB
    const csv = path.join(dir, 'feed.csv');
    // a 100 MB unquoted field, then a 120 MB quoted one full of line breaks
    write(csv, ['id,text\n1,ayo coblos nomor 2\n2,', block, '\n3,"rapat', ['dinas\n'.repeat(200_000), 100], '"\n4,harga cabai naik\n']);
    const jsonl = path.join(dir, 'feed.jsonl');
    write(jsonl, ['{"id":"1","text":"ayo coblos nomor 2"}\n{"id":"2","text":"', block, '"}\n{"id":"3","text":"harga cabai naik"}\n']);
    for (const [input, kept, bad] of [
      [csv, ['1', '4'], [{ record: 2, line: 3, reason: 'record is longer than 16777216 bytes' }, { record: 3, line: 4, reason: 'record is longer than 16777216 bytes' }]],
      [jsonl, ['1', '3'], [{ record: 2, line: 2, reason: 'line is longer than 16777216 bytes' }]],
    ] as const) {
      const out = `${input}.out.jsonl`;
      const err = `${input}.errors.jsonl`;
      const run = await cli(['score', '--input', input, '--output', out, '--errors', err, '--workers', '1']);
      expect(run.code, run.stderr.slice(-2000)).toBe(0);
      expect(readFileSync(out, 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l).id)).toEqual(kept);
      expect(readFileSync(err, 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l))).toEqual(bad);
      expect(Number(/peak RSS (\d+) MB/.exec(run.stderr)?.[1])).toBeLessThan(400);
      rmSync(input);
    }
  }, 60_000);

  it('pipes stdin to stdout with - (CSV in, CSV out), summary only on stderr', async () => {
    const posts = examplePosts(400, 12);
    const csv = 'id,text\r\n' + posts.map((p) => `${p.id},"${p.text.replace(/"/g, '""')}"`).join('\r\n') + '\r\n';
    const run = await cli(['score', '--input', '-', '--format', 'csv', '--output', '-', '--output-format', 'csv', '--workers', '0'], { stdin: csv });
    expect(run.code, run.stderr.slice(-2000)).toBe(0);
    const dir = tempDir();
    const file = path.join(dir, 'feed.csv');
    writeFileSync(file, csv);
    const local = await runCaptured(options({ input: file, format: 'csv', outputFormat: 'csv' }));
    expect(run.stdout).toBe(local.stdout);
    expect(run.stdout.split('\n')[0]).toBe('id,label,risk,level,score_ajakan,score_dukungan,score_serangan,score_netral,evidence,stage,election');
    expect(run.stderr).toMatch(/^netra score: 400 records read, 400 scored, 0 errors$/m);
  });

  it('--enqueue sends the flagged records to the review queue (no "when available" any more: the queue always exists)', async () => {
    const dir = tempDir();
    const feed = path.join(dir, 'feed.jsonl');
    writeFileSync(feed, jsonl(examplePosts(60, 6)));
    const env = { NETRA_DATA_DIR: path.join(dir, 'data'), DATABASE_URL: '' };
    await (await ReviewStore.open({ dataDir: env.NETRA_DATA_DIR })).close(); // as the service or `keys create` makes it
    const run = await cli(['score', '--input', feed, '--enqueue', '--workers', '0'], { env });
    expect(run.code, run.stderr).toBe(0);
    const flagged = run.stdout.trimEnd().split('\n').filter((l) => JSON.parse(l).level !== 'rendah').length;
    expect(flagged).toBeGreaterThan(0);
    expect(run.stderr).toContain(`review queue: ${flagged} added, 0 already queued`);
    const help = await cli(['score', '--help']);
    expect(help.stdout).toMatch(/^ {2}--enqueue {2,}send records at level sedang\/tinggi to the review queue$/m);
  });

  it('--enqueue refuses a review store that does not exist (a mistyped NETRA_DATA_DIR, another working directory): exit 1 naming it, nothing written or made', async () => {
    const dir = tempDir();
    const feed = path.join(dir, 'feed.jsonl');
    writeFileSync(feed, jsonl(examplePosts(20, 6)));
    const out = path.join(dir, 'out.jsonl');
    writeFileSync(out, 'earlier output\n');
    const missing = path.join(dir, 'x', 'sub');
    const run = await cli(['score', '--input', feed, '--enqueue', '--output', out, '--workers', '1'], { env: { NETRA_DATA_DIR: missing, DATABASE_URL: '' } });
    expect([run.code, run.stdout, run.stderr]).toEqual([1, '', `netra score: no review store at ${path.join(missing, 'review.sqlite')} (check NETRA_DATA_DIR, or DATABASE_URL for PostgreSQL; netra keys create starts a new one)\n`]);
    expect(existsSync(path.join(dir, 'x'))).toBe(false);
    expect(readFileSync(out, 'utf8')).toBe('earlier output\n');
    expect(existsSync(checkpointPath(out))).toBe(false);
  });
});
