// The scripts (robustness, benchmarks) keep the CLI's contract: a bad flag, directory or model is a
// one-line reason and exit 2 before any work, never a stack trace after the model has loaded.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CORPUS_FILES, DEFAULT_CORPUS_DIR } from '../../src/data/corpus.js';
import { tempDir } from '../helpers/temp-dir.js';
import { escapeRegExp } from '../../src/util/escape-regexp.js';

const root = path.resolve(import.meta.dirname, '..', '..');

function script(name: string, args: string[], env: NodeJS.ProcessEnv = {}) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', `scripts/${name}.ts`, ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, ...env } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('scripts refuse a bad corpus or model as bad usage', () => {
  it('robustness --corpus that is no directory: exit 2 naming the flag', () => {
    const r = script('robustness', ['--corpus', 'no-such-corpus', '--limit', '1']);
    expect([r.code, r.out]).toEqual([2, '']);
    expect(r.err).toBe('robustness: --corpus no-such-corpus does not exist; give the directory of the unlabeled corpus (its CSV files), or leave it out for the default ../shared/corpus\n');
  });
  it('tune takes --corpus as train and eval do: one that is no directory is exit 2 naming the flag', () => {
    const r = script('tune', ['--current', '--corpus', 'no-such-corpus']);
    expect([r.code, r.out, r.err]).toEqual([2, '', 'tune: --corpus no-such-corpus does not exist; give the directory of the unlabeled corpus (its CSV files), or leave it out for the default ../shared/corpus\n']);
    expect(script('tune', ['--help']).out).toContain('--corpus DIR the unlabeled corpus the labels join with (default ../shared/corpus)');
  });
  it('robustness, bench:core and bench:written with a NETRA_MODEL naming no model: exit 2 naming the variable', () => {
    for (const [name, tag, args] of [['robustness', 'robustness', ['--limit', '1']], ['bench-core', 'bench:core', ['--posts', '1000']], ['bench-written', 'bench:written', ['--posts', '1000']]] as const) {
      const r = script(name, [...args], { NETRA_MODEL: 'no-such-model' });
      expect([r.code, r.out], name).toEqual([2, '']);
      expect(r.err, name).toMatch(new RegExp(`^${tag}: NETRA_MODEL no-such-model: no model at .*\\n$`));
    }
  });
});

/** A copy of the corpus files in which the text of Pilpres 2019 row 0 has one letter changed. */
function changedCorpus(): string {
  const dir = tempDir('netra-changed-corpus-');
  for (const { file } of CORPUS_FILES) {
    let text = readFileSync(path.join(DEFAULT_CORPUS_DIR, file), 'utf8');
    if (file === 'pilpres2019-tweets.csv') {
      const lines = text.split('\n');
      const at = lines.findIndex((l) => l.startsWith('0,'));
      const textStart = lines[at].indexOf(',', 2) + 1; // past `0,<sentimen>,`
      lines[at] = lines[at].slice(0, textStart) + lines[at].slice(textStart).replace(/[a-z]/, (c) => c.toUpperCase());
      text = lines.join('\n');
    }
    writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

describe('scripts fail on bad data as the CLI does', () => {
  // It printed the uncaught LabelIntegrityError's stack trace (exit 1); train and eval print
  // `netra <command>: label integrity check failed:` and the problems.
  it.runIf(existsSync(DEFAULT_CORPUS_DIR))('robustness with a corpus text changed since labeling: the integrity message, exit 1, no stack', () => {
    const corpus = changedCorpus();
    const r = script('robustness', ['--corpus', corpus, '--limit', '1']);
    expect([r.code, r.out]).toEqual([1, '']);
    const changed = escapeRegExp(path.join(corpus, 'pilpres2019-tweets.csv'));
    expect(r.err).toMatch(new RegExp(`^robustness: label integrity check failed:\n  ${escapeRegExp(root)}/data/labels/pilpres2019-tweets\\.csv line \\d+: row 0 text differs from when it was labeled \\(${changed}\\)\n$`));
  });
  // tune fails after the tfjs backend has loaded: the wasm backend rethrew the uncaught error, so it
  // printed a ~30 KB minified line of tfjs-backend-wasm and exited 7.
  it.runIf(existsSync(DEFAULT_CORPUS_DIR))('tune --corpus with a corpus text changed since labeling: the integrity message, exit 1', () => {
    const corpus = changedCorpus();
    const r = script('tune', ['--current', '--corpus', corpus], { NETRA_TF_BACKEND: 'wasm' });
    expect([r.code, r.out]).toEqual([1, '']);
    const changed = escapeRegExp(path.join(corpus, 'pilpres2019-tweets.csv'));
    expect(r.err).toMatch(new RegExp(`^tune: label integrity check failed:\n  ${escapeRegExp(root)}/data/labels/pilpres2019-tweets\\.csv line \\d+: row 0 text differs from when it was labeled \\(${changed}\\)\n$`));
  });
});

describe('bench:ab refuses a missing or wrong --base before loading anything', () => {
  it('no --base, or a --base that is no checkout: exit 2 with the reason', () => {
    const none = script('bench-ab', ['--posts', '1000']);
    expect([none.code, none.out, none.err]).toEqual([2, '', 'bench:ab: --base is required: the directory of the checkout to compare with\n']);
    const dir = tempDir('netra-no-checkout-');
    const wrong = script('bench-ab', ['--base', dir]);
    expect([wrong.code, wrong.out, wrong.err]).toEqual([2, '', `bench:ab: --base ${dir}: no src/pipeline/create.ts there; give the directory of a netra checkout\n`]);
    const model = script('bench-ab', ['--base', root], { NETRA_MODEL: 'no-such-model' });
    expect([model.code, model.out]).toEqual([2, '']);
    expect(model.err).toMatch(/^bench:ab: NETRA_MODEL no-such-model: no model at .*\n$/);
  });
});

describe('scripts check --json FILE before the run', () => {
  // The report is written last: a path that cannot take it used to fail with a stack trace after the
  // whole run (minutes for robustness, hours for tune).
  it('a --json in a missing directory, or naming a directory, is exit 2 at once', () => {
    const runs = [['bench-text', 'bench:text', ['--posts', '1000']], ['bench-core', 'bench:core', ['--posts', '1000', '--rounds', '1']], ['robustness', 'robustness', ['--limit', '1']]] as const;
    for (const [name, tag, args] of runs) {
      const missing = script(name, [...args, '--json', 'no-such-dir/report.json']);
      expect([missing.code, missing.out, missing.err], name).toEqual([2, '', `${tag}: --json no-such-dir/report.json: no-such-dir does not exist; give a file in an existing directory\n`]);
      const dir = script(name, [...args, '--json', 'data']);
      expect([dir.code, dir.out, dir.err], name).toEqual([2, '', `${tag}: --json data is a directory; give a file in an existing directory\n`]);
    }
  });
});

describe('scripts refuse a flag given twice', () => {
  it('as the CLI does: exit 2 naming it, before any work (the last one used to win silently)', () => {
    const r = script('bench-text', ['--posts', '1000', '--posts', '2000']);
    expect([r.code, r.out, r.err]).toEqual([2, '', 'bench:text: --posts given twice ("1000", "2000"); give it once\n']);
    const labels = script('import-labels', ['--file', 'a.csv', '--file=b.csv', 'x.csv']);
    expect([labels.code, labels.out, labels.err]).toEqual([2, '', 'import-labels: --file given twice ("a.csv", "b.csv"); give it once\n']);
  });
});

describe('agreement.ts flags', () => {
  // It looked only for --help: a mistyped flag ran the whole report as if it had meant something.
  it('an unknown flag is exit 2; -h is help, as for the other scripts', () => {
    const r = script('agreement', ['--written-only']);
    expect([r.code, r.out]).toEqual([2, '']);
    expect(r.err).toMatch(/^agreement: Unknown option '--written-only'[^\n]*\n$/);
    const h = script('agreement', ['-h']);
    expect([h.code, h.out]).toEqual([0, "usage: tsx scripts/agreement.ts — prints Cohen's kappa for the double-labeled subset\n"]);
  });
});

describe('import-labels.ts bad usage', () => {
  // These were exit 1 (a directory as a labels file with only "EISDIR: illegal operation on a
  // directory, read", naming no file), as if the data were at fault rather than the command line.
  it('an unknown --file, a --corpus that is no directory and a directory as labels file are exit 2', () => {
    const labels = 'test/cli/script-usage.test.ts'; // any existing file: every case stops before reading it
    const cases: [string[], string][] = [
      [['--file', 'nope.csv', labels], 'import-labels: --file nope.csv is no corpus file (known: pilpres2019-tweets.csv, pilgub-jatim2024-tweets.csv)\n'],
      [['--file', 'pilpres2019-tweets.csv', '--corpus', 'no-such-corpus', labels], 'import-labels: --corpus no-such-corpus does not exist; give the directory of the unlabeled corpus (its CSV files), or leave it out for the default ../shared/corpus\n'],
      [['--file', 'pilpres2019-tweets.csv', 'data'], 'import-labels: data is a directory; give labels files (CSV)\n'],
    ];
    for (const [args, err] of cases) expect(Object.values(script('import-labels', args)), args.join(' ')).toEqual([2, '', err]);
  });
});

describe('npm scripts run node directly', () => {
  // The tsx CLI runs the script in a child and relays Ctrl-C to it; when the child does not answer
  // within ~60 ms (a long synchronous training step), the relay SIGKILLs it, so `train` could not
  // remove its half-made model directory. `node --import tsx` takes the signal itself.
  it('every script that runs TypeScript starts node with --import tsx, not the tsx CLI', () => {
    const scripts = (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
    const ts = Object.entries(scripts).filter(([, cmd]) => /\.ts\b/.test(cmd));
    expect(ts.length).toBeGreaterThanOrEqual(9);
    for (const [name, cmd] of ts) expect(cmd, name).toMatch(/^(exec )?node (--[\w-]+(=\S+)? )*--import tsx \S+\.ts\b/);
  });
});
