// `score --enqueue --resume` with a SQLite review store: the progress file names the store as the store's
// own start line does ("review store: sqlite at FILE"), by one function, and a resume into the same file
// is accepted however NETRA_DATA_DIR writes its directory (relative, ./, a trailing slash, a symlink),
// and under the name an older netra wrote (sqlite:DIR). The progress file said sqlite:DIR where the start
// line said DIR/review.sqlite, and a symlinked directory was refused as another store.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { checkpointPath, readCheckpoint } from '../../src/batch/checkpoint.js';
import { ReviewStore } from '../../src/review/store/index.js';
import { examplePosts, jsonl, tempDir } from './helpers.js';
import { interruptedAt, scoreIn } from './resume-queue-helpers.js';

const saved = { dataDir: process.env.NETRA_DATA_DIR, url: process.env.DATABASE_URL };
beforeEach(() => {
  delete process.env.DATABASE_URL;
});
afterEach(() => {
  for (const [k, v] of [['NETRA_DATA_DIR', saved.dataDir], ['DATABASE_URL', saved.url]] as const) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
});

/** `score --enqueue` with NETRA_DATA_DIR as given (the queue opens from the process's environment, as in the CLI). */
function enqueue(dataDir: string, argv: string[]) {
  process.env.NETRA_DATA_DIR = dataDir;
  return scoreIn(process.env, [...argv, '--enqueue']);
}

/** The name the store's start line gives it (`store.rdb.where`), opened with NETRA_DATA_DIR as given. */
async function startLineName(dataDir: string): Promise<string> {
  const store = await ReviewStore.open({ dataDir });
  try {
    return store.rdb.where;
  } finally {
    await store.close();
  }
}

function job() {
  const dir = tempDir();
  const dataDir = path.join(dir, 'data');
  const input = path.join(dir, 'feed.jsonl');
  writeFileSync(input, jsonl(examplePosts(12, 7)));
  const output = path.join(dir, 'out.jsonl');
  return { dir, dataDir, input, output, argv: ['--input', input, '--output', output] };
}

describe('score --enqueue into a SQLite review store', () => {
  it('names the store in the progress file as its start line does', async () => {
    const { dataDir, output, argv } = job();
    const where = await startLineName(dataDir); // makes the store, as netra keys create does
    expect(where).toBe(path.join(dataDir, 'review.sqlite'));
    const relative = path.relative(process.cwd(), dataDir);
    for (const given of [dataDir, relative, `./${relative}`, `${relative}/`]) {
      const run = await enqueue(given, argv);
      expect(run.outcome.exitCode, run.stderr).toBe(0);
      expect((await readCheckpoint(checkpointPath(output)))?.fingerprint.enqueue, given).toBe(where);
      expect(await startLineName(given), given).toBe(where);
    }
  });

  it('resumes into the same store however NETRA_DATA_DIR names it, and under an older netra\'s sqlite:DIR', async () => {
    const { dir, dataDir, output, argv } = job();
    const where = await startLineName(dataDir);
    const link = path.join(dir, 'data-link');
    symlinkSync(dataDir, link);
    const relative = path.relative(process.cwd(), dataDir);
    expect((await enqueue(dataDir, argv)).outcome.exitCode).toBe(0);
    const whole = readFileSync(output, 'utf8');
    const cases: [recorded: string | undefined, given: string][] = [
      [undefined, relative],
      [undefined, `./${relative}`],
      [undefined, `${relative}/`],
      [undefined, link],
      [`sqlite:${dataDir}`, dataDir], // what a netra before this one wrote for the same store
      [`sqlite:${link}`, relative],
    ];
    for (const [recorded, given] of cases) {
      await interruptedAt(output, 5, recorded);
      const run = await enqueue(given, [...argv, '--resume']);
      expect(run.outcome.exitCode, `${recorded} → ${given}: ${run.stderr}`).toBe(0);
      expect(run.outcome.resumedAt).toBe(5);
      expect(readFileSync(output, 'utf8')).toBe(whole);
      // the resumed run's progress file names the store as this run's start line does
      expect((await readCheckpoint(checkpointPath(output)))?.fingerprint.enqueue).toBe(await startLineName(given));
    }
    expect(await startLineName(link)).toBe(path.join(link, 'review.sqlite'));
    expect(where).toBe(path.join(dataDir, 'review.sqlite'));
  });

  it('refuses another store, naming both files, under either name', async () => {
    const { dir, dataDir, output, argv } = job();
    const other = path.join(dir, 'other');
    await startLineName(dataDir);
    await startLineName(other);
    expect((await enqueue(dataDir, argv)).outcome.exitCode).toBe(0);
    for (const recorded of [undefined, `sqlite:${dataDir}`]) {
      const before = await interruptedAt(output, 5, recorded);
      const refused = await enqueue(other, [...argv, '--resume']).then(() => undefined, (e: unknown) => e as Error);
      expect(refused?.message).toBe(
        `cannot resume: the interrupted run sent the 5 records the interrupted run finished to the review queue at ${recorded ?? path.join(dataDir, 'review.sqlite')}, ` +
          `and this run would send the rest to ${path.join(other, 'review.sqlite')}; they are two SQLite files (NETRA_DATA_DIR names another directory); ` +
          'resume with the same DATABASE_URL or NETRA_DATA_DIR as then, or run the same command without --resume to start over (the review queue skips the posts it already holds, so none is queued twice)',
      );
      expect(JSON.parse(readFileSync(checkpointPath(output), 'utf8'))).toEqual(before);
    }
  });
});
