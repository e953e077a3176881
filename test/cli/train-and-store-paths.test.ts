// Where commands write: train never writes outside models/<new version>, and an empty NETRA_DATA_DIR
// means the default var/ under the project for every command (the service's rule), not the current directory.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { trainCommand } from '../../src/cli/commands/train.js';
import { UsageError } from '../../src/cli/command.js';
import { reviewCommand } from '../../src/cli/commands/review.js';
import { evalCommand } from '../../src/cli/commands/eval.js';
import { readFileSync, writeFileSync } from 'node:fs';
import { tempDir } from '../helpers/temp-dir.js';
import { emptyCorpus } from '../helpers/empty-corpus.js';

const root = path.resolve(import.meta.dirname, '..', '..');
/** The shipped model's version: a directory that exists under models/. */
const shipped = (JSON.parse(readFileSync(path.join(root, 'models', 'default.json'), 'utf8')) as { version: string }).version;

describe('train --out', () => {
  const versionsFile = path.join(root, 'models', 'versions.txt');
  const defaultFile = path.join(root, 'models', 'default.json');

  it('writes a scoring model to a new directory, claiming no version in models/ and leaving the default alone', async () => {
    const versions = readFileSync(versionsFile, 'utf8');
    const before = readFileSync(defaultFile, 'utf8');
    const out = path.join(tempDir('netra-train-out-'), 'percobaan-1');
    expect(await trainCommand.run(['--out', out, '--skip-eval', '--epochs', '2', '--max-features', '1024'])).toBe(0);
    expect(readFileSync(versionsFile, 'utf8')).toBe(versions);
    expect(readFileSync(defaultFile, 'utf8')).toBe(before);
    expect(existsSync(path.join(root, 'models', 'percobaan-1'))).toBe(false);
    const { createScorer } = await import('../../src/pipeline/create.js');
    const scorer = await createScorer({ model: out });
    expect(scorer.model.spec.version).toBe('percobaan-1');
    const r = scorer.score({ text: 'Ayo coblos nomor 2 ya' });
    expect(r.model.version).toBe('percobaan-1');
    expect(r.risk).toBeGreaterThanOrEqual(0);
    expect(r.risk).toBeLessThanOrEqual(1);
  }, 60_000);

  it('refuses a directory inside models/, a non-empty one, a file, a missing parent and an unusable name, before any work', async () => {
    const base = tempDir('netra-train-out-');
    writeFileSync(path.join(base, 'berkas'), 'x');
    const full = path.join(base, 'isi');
    (await import('node:fs')).mkdirSync(full);
    writeFileSync(path.join(full, 'model.json'), '{}');
    const cases: [string[], RegExp][] = [
      [['--out', path.join(root, 'models', 'coba')], /inside models\//],
      [['--out', full], /is not empty/],
      [['--out', path.join(base, 'berkas')], /is a file/],
      [['--out', path.join(base, 'tidak', 'ada')], /no directory .* to create it in/],
      [['--out', path.join(base, 'nama spasi')], /plain name.*give --version V/],
      [['--out', ''], /--out must not be empty/],
    ];
    for (const [argv, message] of cases) {
      const err = await trainCommand.run([...argv, '--skip-eval']).then(() => undefined, (e: unknown) => e as Error);
      expect(err, argv.join(' ')).toBeInstanceOf(UsageError);
      expect(err?.message, argv.join(' ')).toMatch(message);
    }
    expect(readFileSync(path.join(full, 'model.json'), 'utf8')).toBe('{}');
    expect(existsSync(path.join(base, 'nama spasi'))).toBe(false);
  });
});

describe('train --version', () => {
  it('refuses . and .. (models/ itself, the project root) and an existing version, before any work', async () => {
    for (const version of ['.', '..', '...', 'a/b', shipped]) {
      const err = await trainCommand.run(['--version', version]).then(() => undefined, (e: unknown) => e);
      expect(err, version).toBeInstanceOf(UsageError);
    }
    const taken = await trainCommand.run(['--version', shipped]).then(() => undefined, (e: unknown) => e as Error);
    expect(taken?.message).toContain(`models/${shipped} exists already`);
  });

  it('refuses the names models/ keeps for itself and hidden names, before claiming them', async () => {
    // eval's reports go to models/eval (untracked): a model there was never committed, and eval wrote over its reports.
    // Corpus files with none of the labeled rows: a name wrongly taken fails later, at the data, not as usage.
    for (const version of ['eval', 'default.json', 'versions.txt']) {
      const err = await trainCommand.run(['--version', version, '--no-default', '--skip-eval', '--corpus', emptyCorpus()]).then(() => undefined, (e: unknown) => e as Error);
      expect(err, version).toBeInstanceOf(UsageError);
      expect(err?.message).toBe(`--version ${version} is a name models/ keeps for itself (eval: eval's reports; default.json, versions.txt: the default model and the version list); give another`);
    }
    for (const version of ['.hidden', '.x']) {
      const err = await trainCommand.run(['--version', version, '--no-default', '--skip-eval', '--corpus', emptyCorpus()]).then(() => undefined, (e: unknown) => e as Error);
      expect(err, version).toBeInstanceOf(UsageError);
      expect(err?.message).toBe(`--version must be a plain directory name, not starting with ".", got ${JSON.stringify(version)}`);
    }
    expect(existsSync(path.join(root, 'models', '.hidden'))).toBe(false);
  }, 60_000);

  it('never reuses a version name once used, even after its directory is gone (models/versions.txt)', async () => {
    const used = readFileSync(path.join(root, 'models', 'versions.txt'), 'utf8').split('\n').filter((l) => /^\d{4}-/.test(l));
    const gone = used.find((v) => !existsSync(path.join(root, 'models', v)));
    expect(gone, 'an older version whose directory was deleted').toBeDefined();
    const err = await trainCommand.run(['--version', gone as string]).then(() => undefined, (e: unknown) => e as Error);
    expect(err).toBeInstanceOf(UsageError);
    expect(err?.message).toMatch(/used before/);
  });

  it('refuses fractional --epochs, --seed and --max-features (they would train something else than recorded)', async () => {
    for (const argv of [['--epochs', '1.5'], ['--seed', '0.5'], ['--max-features', '100.5']]) {
      const err = await trainCommand.run([...argv, '--version', 'never-made']).then(() => undefined, (e: unknown) => e as Error);
      expect(err, argv.join(' ')).toBeInstanceOf(UsageError);
      expect(err?.message).toMatch(/must be a whole number/);
    }
  });

  it('claims its version directory before any work, and a failed run leaves none behind', async () => {
    const { MODELS_DIR } = await import('../../src/model/artifact.js');
    const { existsSync: exists } = await import('node:fs');
    // Corpus files holding none of the labeled rows fail the run after the claim (a directory that is
    // none, or lacks the files, is refused before it); the claimed directory must be gone.
    const versions = readFileSync(path.join(MODELS_DIR, 'versions.txt'), 'utf8');
    const empty = emptyCorpus();
    const err = await trainCommand.run(['--version', 'qa-claim-test', '--no-default', '--skip-eval', '--corpus', empty]).then(() => undefined, (e: unknown) => e as Error);
    expect(err).toBeInstanceOf(Error);
    expect(err).not.toBeInstanceOf(UsageError);
    expect(err?.message).toMatch(/row 0 is not in the corpus/);
    expect(exists(path.join(MODELS_DIR, 'qa-claim-test'))).toBe(false);
    expect(readFileSync(path.join(MODELS_DIR, 'versions.txt'), 'utf8')).toBe(versions); // the name is given back
  }, 60_000);
});

describe('NETRA_DATA_DIR', () => {
  it('empty means the default var/ under the project for the keys command too, where the service looks', () => {
    const cwd = tempDir('netra-datadir-');
    // `keys list` refuses a missing store, naming the path it looked at: the project's, not the cwd's.
    const r = spawnSync(path.join(root, 'node_modules', '.bin', 'tsx'), [path.join(root, 'src/cli/main.ts'), 'keys', 'list'], {
      cwd,
      env: { ...process.env, NETRA_DATA_DIR: '', DATABASE_URL: '' },
      encoding: 'utf8',
    });
    if (r.status !== 0) expect(r.stderr).toContain(`no review store at ${path.join(root, 'var', 'review.sqlite')}`);
    expect(existsSync(path.join(cwd, 'var'))).toBe(false);
    expect(existsSync(path.join(cwd, 'review.sqlite'))).toBe(false);
  }, 30_000);
});

describe('review command flags', () => {
  it('refuses stray arguments and a fractional --n before opening the store', async () => {
    for (const argv of [['suggest', '--n', '1.5'], ['suggest', '--n', ''], ['purge', 'extra'], ['purge', '--n', '5'], ['suggest', 'extra']]) {
      const err = await reviewCommand.run(argv).then(() => undefined, (e: unknown) => e);
      expect(err, argv.join(' ')).toBeInstanceOf(UsageError);
    }
  });
});

describe('eval --out', () => {
  it('is checked before the evaluation runs (an unwritable one used to fail after a minute of work)', async () => {
    const file = path.join(tempDir('netra-eval-out-'), 'a-file');
    writeFileSync(file, '');
    const err = await evalCommand.run(['--out', path.join(file, 'reports')]).then(() => undefined, (e: unknown) => e as Error);
    expect(err).toBeInstanceOf(UsageError);
    expect(err?.message).toMatch(/--out .* cannot be written \(ENOTDIR\)/);
  });

  it('refuses an existing file before the evaluation runs (it passed the write check and failed at the end)', async () => {
    const file = path.join(tempDir('netra-eval-out-'), 'a-file');
    writeFileSync(file, '');
    const err = await evalCommand.run(['--out', file]).then(() => undefined, (e: unknown) => e as Error);
    expect(err).toBeInstanceOf(UsageError);
    expect(err?.message).toBe(`--out ${file} is a file, not a directory; give a directory the reports can go to`);
  });

  it('refuses a model directory (netra.json): its own evaluation reports would be written over', async () => {
    const model = tempDir('netra-eval-into-model-');
    for (const f of ['netra.json', 'evaluation.json', 'evaluation.md']) writeFileSync(path.join(model, f), '{}');
    // corpus files with none of the labeled rows: taken as --out, the run fails later, at the data
    const err = await evalCommand.run(['--out', model, '--corpus', emptyCorpus()]).then(() => undefined, (e: unknown) => e as Error);
    expect(err).toBeInstanceOf(UsageError);
    expect(err?.message).toBe(`--out ${model} holds a model (netra.json), whose evaluation reports eval would write over; give a directory of its own (default models/eval)`);
    expect(readFileSync(path.join(model, 'evaluation.md'), 'utf8')).toBe('{}');
  }, 60_000);

  it('a failed run removes the --out directory it made, still empty, and never one that existed', async () => {
    const before = tempDir('netra-eval-out-');
    const empty = emptyCorpus(); // fails when the data loads
    for (const out of [path.join(before, 'made'), before]) {
      const err = await evalCommand.run(['--out', out, '--corpus', empty]).then(() => undefined, (e: unknown) => e as Error);
      expect(err?.message).toMatch(/row 0 is not in the corpus/);
    }
    expect([existsSync(path.join(before, 'made')), existsSync(before)]).toEqual([false, true]);
  }, 60_000);
});

describe('train --with-reviews', () => {
  it('refuses a review store that does not exist (a mistyped NETRA_DATA_DIR), creating nothing', async () => {
    const { loadReviewExamples } = await import('../../src/review/training.js');
    const dir = path.join(tempDir('netra-no-store-'), 'typo');
    const saved = { data: process.env.NETRA_DATA_DIR, url: process.env.DATABASE_URL };
    process.env.NETRA_DATA_DIR = dir;
    delete process.env.DATABASE_URL;
    try {
      await expect(loadReviewExamples()).rejects.toThrow(/no review store at .*typo.*review\.sqlite/);
      expect(existsSync(dir)).toBe(false);
    } finally {
      if (saved.data === undefined) delete process.env.NETRA_DATA_DIR;
      else process.env.NETRA_DATA_DIR = saved.data;
      if (saved.url !== undefined) process.env.DATABASE_URL = saved.url;
    }
  });
});
