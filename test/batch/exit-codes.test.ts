// Exit codes of the real `netra score`: 2 with a one-line reason for bad usage, 1 for a failure.
// (The many usage errors themselves are checked in-process in batch.test.ts.)
import { describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { ROOT, cli, examplePosts, jsonl, tempDir } from './helpers.js';
import { checkpointPath } from '../../src/batch/checkpoint.js';

describe('netra score exit codes', () => {
  it('exits 2 with one line on bad usage, 1 on failure', async () => {
    const dir = tempDir();
    const feed = path.join(dir, 'feed.jsonl');
    writeFileSync(feed, jsonl(examplePosts(3)));
    // (the other usage errors are checked in-process in batch.test.ts)
    // A directory with a model card that is no model: found, then failing to load.
    const broken = path.join(dir, 'broken-model');
    mkdirSync(broken);
    writeFileSync(path.join(broken, 'netra.json'), '{}');
    const [noInput, noModel, brokenModel] = await Promise.all([
      cli(['score', '--output', 'x.jsonl']),
      cli(['score', '--input', feed, '--model', path.join(dir, 'no-model'), '--workers', '0']),
      cli(['score', '--input', feed, '--model', broken, '--workers', '0']),
    ]);
    expect(noInput.code, noInput.stderr).toBe(2);
    expect(noInput.stderr).toBe('netra score: give --input FILE (or - for stdin)\n');
    expect(noInput.stdout).toBe('');
    // --model naming no model is bad usage, as for explain, before any worker starts
    expect(noModel.code, noModel.stderr.slice(-500)).toBe(2);
    expect(noModel.stderr).toBe(`netra score: --model ${path.join(dir, 'no-model')}: no model at ${path.join(dir, 'no-model')} (give a model directory, or a version under models/)\n`);
    expect(brokenModel.code, brokenModel.stderr.slice(-500)).toBe(1);
    expect(brokenModel.stdout).toBe('');
  });

  it('exits 1 naming the output or errors file it cannot open, and leaves nothing it created (no progress file, no empty output)', async () => {
    const dir = tempDir();
    const feed = path.join(dir, 'feed.jsonl');
    writeFileSync(feed, jsonl(examplePosts(3)));
    // a link into a share that is not mounted: its directory exists, the file cannot be opened (as a
    // read-only directory, which root could still write to)
    const unopenable = path.join(dir, 'share.jsonl');
    symlinkSync(path.join(dir, 'not-mounted', 'x.jsonl'), unopenable);
    const out = path.join(dir, 'out.jsonl');
    const [badOutput, badErrors] = await Promise.all([
      cli(['score', '--input', feed, '--output', unopenable, '--workers', '0']),
      cli(['score', '--input', feed, '--output', out, '--errors', unopenable, '--workers', '0']),
    ]);
    expect(badOutput.code).toBe(1);
    // the lock goes next to the file the link points to (one lock per file written), so it is what fails first
    const lockThere = path.join(dir, 'not-mounted', 'x.jsonl.netra-lock');
    expect(badOutput.stderr).toBe(`netra score: cannot write output ${unopenable}: cannot create its lock ${lockThere}: no such file or directory (ENOENT)\n`);
    expect(badErrors.code).toBe(1);
    expect(badErrors.stderr).toBe(`netra score: cannot write errors file ${unopenable}: cannot create its lock ${lockThere}: no such file or directory (ENOENT)\n`);
    expect(readdirSync(dir).sort()).toEqual(['feed.jsonl', 'share.jsonl']);
  });

  it('exits 0 on an input with no records (an empty daily export is no failure), and the summary says why there were none', async () => {
    const dir = tempDir();
    const file = (name: string, content: string) => {
      writeFileSync(path.join(dir, name), content);
      return path.join(dir, name);
    };
    const [emptyCsv, emptyJsonl, headerOnly, blankLines] = [file('empty.csv', ''), file('empty.jsonl', ''), file('header.csv', 'id,text\r\n'), file('blank.jsonl', '\n  \n\n')];
    const score = (input: string, ...more: string[]) => cli(['score', '--input', input, '--workers', '0', ...more]);
    const runs = await Promise.all([score(emptyCsv), score(emptyJsonl), score('-', '--format', 'csv'), score(headerOnly), score(blankLines)]);
    const warnings = [
      `the input ${emptyCsv} is empty (0 bytes): nothing was read`,
      `the input ${emptyJsonl} is empty (0 bytes): nothing was read`,
      'the input stdin is empty (0 bytes): nothing was read',
      'no records were read: the CSV has its header (line 1; columns: "id", "text") and nothing after it',
      `no records were read: the input ${blankLines} has 5 bytes, all blank lines (or a byte order mark)`,
    ];
    runs.forEach((run, k) => {
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout).toBe('');
      expect(run.stderr.split('\n').slice(0, 2)).toEqual(['netra score: 0 records read, 0 scored, 0 errors', `  warning: ${warnings[k]}`]);
    });
  });

  it('exits 0 when the job is done but stderr was closed early (2>&1 | head): EPIPE there is no failure', async () => {
    const dir = tempDir();
    const feed = path.join(dir, 'feed.jsonl');
    const out = path.join(dir, 'out.jsonl');
    writeFileSync(feed, jsonl(examplePosts(3)));
    // a worker thread keeps the process up long enough for the summary's EPIPE to surface
    const run = await cli(['score', '--input', feed, '--output', out, '--workers', '1'], { closeStderr: true });
    expect(run.code).toBe(0);
    expect(readFileSync(out, 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l).id)).toEqual(['p1', 'p2', 'p3']);
  });

  // `| head -1` takes a line and goes: the rest of the output has no reader. That is the reader
  // stopping, not netra failing: no message, and 141 as for a Unix tool that SIGPIPE ends.
  it('stops quietly with exit 141 when the reader of its output goes away (| head -1)', () => {
    const dir = tempDir();
    const feed = path.join(dir, 'feed.jsonl');
    writeFileSync(feed, jsonl(examplePosts(3000))); // far more output than a pipe holds
    const run = spawnSync('bash', ['-c', `"${process.execPath}" --import tsx src/cli/main.ts score --input "${feed}" --workers 0 | head -1; exit \${PIPESTATUS[0]}`], { cwd: ROOT, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(141);
    expect(JSON.parse(run.stdout).id).toBe('p1');
  });

  it('stops quietly (141) when --errors /dev/stdout loses its reader, and leaves a progress file a --resume completes byte for byte', () => {
    const dir = tempDir();
    const feed = path.join(dir, 'feed.jsonl');
    const posts = examplePosts(3000).map((p) => JSON.stringify(p));
    // every other record bad: far more errors lines than a pipe holds
    writeFileSync(feed, posts.map((p, i) => (i % 2 ? 'bukan json' : p)).join('\n') + '\n');
    const score = (out: string, pipe: string, more = '') =>
      spawnSync('bash', ['-c', `"${process.execPath}" --import tsx src/cli/main.ts score --input "${feed}" --output "${out}" --errors /dev/stdout --workers 0 ${more} | ${pipe}; exit \${PIPESTATUS[0]}`], {
        cwd: ROOT,
        encoding: 'utf8',
        env: { ...process.env, NETRA_BATCH_CHECKPOINT_MS: '0' }, // a checkpoint after every chunk
      });
    const whole = path.join(dir, 'whole.jsonl');
    expect(score(whole, 'cat >/dev/null').status).toBe(0);

    const out = path.join(dir, 'out.jsonl');
    const cut = score(out, 'head -c 1 >/dev/null');
    expect(cut.stderr).toBe('');
    expect(cut.status).toBe(141);
    const progress = JSON.parse(readFileSync(checkpointPath(out), 'utf8'));
    expect(progress.done).toBe(false);
    expect(progress.records).toBeGreaterThan(0); // the resume below starts within the job
    const resumed = score(out, 'cat >/dev/null', '--resume');
    expect(resumed.status, resumed.stderr).toBe(0);
    expect(resumed.stderr).toMatch(new RegExp(`resumed after record ${progress.records.toLocaleString('en-US')}$`, 'm'));
    expect(readFileSync(out).equals(readFileSync(whole))).toBe(true);
  });

  it('refuses --errors /dev/stdout when the output goes to that same pipe (errors landed amid the results)', async () => {
    const dir = tempDir();
    const feed = path.join(dir, 'feed.jsonl');
    writeFileSync(feed, jsonl(examplePosts(2)) + 'bukan json\n');
    // stdout a real pipe (a child's piped stdio is a socket, which /dev/stdout cannot open)
    const run = spawnSync('bash', ['-c', `"${process.execPath}" --import tsx src/cli/main.ts score --input "${feed}" --errors /dev/stdout --workers 0 | cat; exit \${PIPESTATUS[0]}`], { cwd: ROOT, encoding: 'utf8' });
    expect(run.status, run.stderr.slice(-500)).toBe(2);
    expect(run.stderr).toBe('netra score: --errors must not be the output file\n');
    expect(run.stdout).toBe('');
  });

  it('resumes a progress file without a format version as version 1, and refuses another version (exit 2), keeping the output', async () => {
    const dir = tempDir();
    const feed = path.join(dir, 'feed.jsonl');
    const out = path.join(dir, 'out.jsonl');
    writeFileSync(feed, jsonl(examplePosts(5)));
    const args = ['score', '--input', feed, '--output', out, '--workers', '0'];
    expect((await cli(args)).code).toBe(0);
    const progress = checkpointPath(out);
    const written = JSON.parse(readFileSync(progress, 'utf8'));
    expect(written.version).toBe(1);
    const done = readFileSync(out);
    // an older netra's file: no version; the state a kill leaves before the first real checkpoint
    const { version: _v, ...old } = written;
    const zero = { read: 0, scored: 0, skipped: 0, errors: 0, labels: {}, levels: {} };
    writeFileSync(progress, JSON.stringify({ ...old, records: 0, outputBytes: 0, stats: zero, done: false }));
    writeFileSync(out, done.subarray(0, 100));
    const resumed = await cli([...args, '--resume']);
    expect(resumed.code, resumed.stderr).toBe(0);
    expect(resumed.stderr).toMatch(/^netra score: 5 records read, 5 scored, 0 errors$/m);
    expect(readFileSync(out).equals(done)).toBe(true);

    writeFileSync(progress, JSON.stringify({ ...written, version: 2 }));
    const refused = await cli([...args, '--resume']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe(
      `netra score: cannot resume: ${progress} has progress format version 2, and this netra reads only version 1 (another netra version wrote it); ` +
        `run the same command without --resume to start over, or delete ${progress}\n`,
    );
    expect(readFileSync(out).equals(done)).toBe(true);
  });
});
