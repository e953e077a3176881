import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tempDir } from '../helpers/temp-dir.js';
import { emptyCorpus } from '../helpers/empty-corpus.js';
import { UsageError } from '../../src/cli/command.js';
import { scoreCommand } from '../../src/cli/commands/score.js';
import { command, runInProcess } from './in-process.js';

const root = path.resolve(import.meta.dirname, '..', '..');
/** `netra <name> …argv` in this process (see in-process.ts; the spawned runs here prove the CLI's wiring). */
const inProcess = async (name: string, argv: string[], env?: Record<string, string | undefined>) => runInProcess(await command(name), argv, env);
/** The message of the UsageError a run threw (the CLI prints it after "netra <command>: " and exits 2). */
function usageMessage(r: { error: unknown }): string {
  expect(r.error).toBeInstanceOf(UsageError);
  return (r.error as Error).message;
}
/** `elections --check FILES…` with `input` on stdin. */
const check = (input: string, ...files: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'elections', '--check', ...files], { cwd: root, encoding: 'utf8', input });
function cli(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { cwd: root, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('command line', () => {
  it('lists commands with --help and exits 0', () => {
    const r = cli('--help');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/train/);
    expect(r.out).toMatch(/explain/);
  });
  it('without a command prints the help to stderr (bad usage, exit 2), not as output', () => {
    const r = cli();
    expect([r.code, r.out]).toEqual([2, '']);
    expect(r.err).toMatch(/^usage: netra <command>/);
  });
  it('reads --help after -- as text, not as a request for help', () => {
    const r = cli('normalize', '--', '--help');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).tokens).toEqual(['help']);
  });
  it('every command has --help', async () => {
    const r = cli('explain', '--help');
    expect([r.code, r.out]).toEqual([0, `${(await command('explain')).usage}\n`]);
    for (const name of ['explain', 'score', 'train', 'eval', 'split', 'normalize', 'elections', 'keys', 'review', 'store']) {
      expect((await command(name)).usage, name).toMatch(/^usage: netra/);
    }
  });
  it('lists each command with the summary the command itself gives', async () => {
    const listed = cli('--help').out;
    for (const name of ['explain', 'score', 'train', 'eval', 'split', 'normalize', 'elections', 'keys', 'review', 'store']) {
      const command = (await import(`../../src/cli/commands/${name}.ts`))[`${name}Command`];
      expect(listed, name).toContain(`  ${command.summary}\n`);
    }
  });
  it('describes every flag its usage lines name, on a line of its own', async () => {
    for (const name of ['explain', 'score', 'train', 'eval', 'split', 'normalize', 'elections', 'keys', 'review', 'store']) {
      const lines: string[] = (await import(`../../src/cli/commands/${name}.ts`))[`${name}Command`].usage.split('\n');
      const isUsage = (line: string) => /^\s*(usage: )?netra /.test(line);
      const flags = new Set(lines.filter(isUsage).flatMap((line) => line.match(/--[a-z][a-z-]*/g) ?? []));
      const described = lines.filter((line) => !isUsage(line)).map((line) => line.trim().split(/[\s:]/)[0]);
      for (const flag of flags) expect(described, `${name} ${flag}`).toContain(flag);
    }
  });
  it('exits 2 with a one-line reason on bad usage', async () => {
    for (const args of [['frobnicate'], ['explain', '--nope', 'x']]) {
      const r = cli(...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err.trim().split('\n'), args.join(' ')).toHaveLength(1);
    }
    for (const [name, ...argv] of [['explain'], ['train', '--epochs', 'many'], ['explain', '--posted-at', 'kemarin', 'x'], ['split', '--corpus', 'elsewhere'], ['split', '--create', '--seed', '1.5'], ['explain', '--posted-at-zone', 'WIB', 'x'], ['explain', '\u200b\u2060 ']]) {
      const r = await inProcess(name, argv);
      expect(usageMessage(r).split('\n'), [name, ...argv].join(' ')).toHaveLength(1);
    }
  });
  it('a flag that takes a value, given twice, is bad usage naming it, in every command (the last one used to win silently)', async () => {
    const r = cli('score', '--input', 'a.csv', '--input', 'b.jsonl');
    expect([r.code, r.out, r.err]).toEqual([2, '', 'netra score: --input given twice ("a.csv", "b.jsonl"); give it once\n']);
    const cases: [string, string[], string][] = [
      ['score', ['--input', 'x.jsonl', '--min-risk', '0.9', '--min-risk=0.1'], '--min-risk given twice ("0.9", "0.1"); give it once'],
      ['explain', ['--election', 'pilpres-2019', '--election', 'pilpres-2024', 'halo'], '--election given twice ("pilpres-2019", "pilpres-2024"); give it once'],
      ['normalize', ['--election', 'pilpres-2019', 'halo', '--election', 'pilpres-2024'], '--election given twice ("pilpres-2019", "pilpres-2024"); give it once'],
      ['train', ['--epochs', '1', '--epochs', '2'], '--epochs given twice ("1", "2"); give it once'],
      ['eval', ['--out', 'a', '--seed', '1', '--out', 'b'], '--out given twice ("a", "b"); give it once'],
      ['split', ['--extend', '--seed', '1', '--seed', '2'], '--seed given twice ("1", "2"); give it once'],
      ['elections', ['--dir', 'a', '--dir', 'b'], '--dir given twice ("a", "b"); give it once'],
      ['keys', ['create', '--role', 'admin', '--role', 'analyst', '--name', 'Budi'], '--role given twice ("admin", "analyst"); give it once'],
      ['review', ['suggest', '--n', '5', '--n', '10'], '--n given twice ("5", "10"); give it once'],
    ];
    for (const [name, argv, message] of cases) {
      const command = (await import(`../../src/cli/commands/${name}.ts`))[`${name}Command`];
      const err = await command.run(argv).then(() => undefined, (e: unknown) => e);
      expect(err, `${name} ${argv.join(' ')}`).toBeInstanceOf(UsageError);
      expect((err as Error).message, `${name} ${argv.join(' ')}`).toBe(message);
    }
    // a flag without a value says the same each time: given twice, it is not refused for that
    const twice = await scoreCommand.run(['--input', 'x.jsonl', '--resume', '--resume']).then(() => undefined, (e: unknown) => e);
    expect((twice as Error).message).toMatch(/^--resume needs --output FILE/);
  });
  it('train, eval and split: a --corpus that is no directory is bad usage naming it, before any work', async () => {
    const versions = readFileSync(path.join(root, 'models', 'versions.txt'), 'utf8');
    const out = path.join(tempDir('netra-corpus-'), 'never-made');
    const reason = (corpus: string, problem: string) => `--corpus ${corpus} ${problem}; give the directory of the unlabeled corpus (its CSV files), or leave it out for the default ../shared/corpus`;
    // the real process for train, which used to load tfjs first; the rest in this one
    const r = cli('train', '--version', 'tmp-test-corpus', '--no-default', '--corpus', '/nonexistent/corpus');
    expect([r.code, r.out, r.err]).toEqual([2, '', `netra train: ${reason('/nonexistent/corpus', 'does not exist')}\n`]);
    for (const [[name, ...argv], corpus, problem] of [
      [['eval', '--out', out], '/nonexistent/corpus', 'does not exist'],
      [['split', '--create'], '/nonexistent/corpus', 'does not exist'],
      [['split', '--extend'], 'package.json', 'is not a directory'],
    ] as const) {
      const run = await inProcess(name, [...argv, '--corpus', corpus]);
      expect([usageMessage(run), run.out], name).toEqual([reason(corpus, problem), '']);
    }
    // nothing claimed or made: train used to claim its version and load tfjs first, eval to make --out
    expect(existsSync(path.join(root, 'models', 'tmp-test-corpus'))).toBe(false);
    expect(readFileSync(path.join(root, 'models', 'versions.txt'), 'utf8')).toBe(versions);
    expect(existsSync(out)).toBe(false);
    rmSync(path.dirname(out), { recursive: true });
  });
  it('split --create over the existing split is bad usage saying where it is and how to extend or replace it, and leaves it as it was', async () => {
    const file = path.join(root, 'data', 'splits', 'test.json');
    const before = readFileSync(file, 'utf8');
    const corpus = emptyCorpus();
    const r = cli('split', '--create', '--corpus', corpus);
    expect([r.code, r.out, r.err]).toEqual([
      2,
      '',
      `netra split: the test split already exists at ${file} and is fixed once; add newly labeled examples with --extend, or replace it on purpose with --create --force\n`,
    ]);
    expect(readFileSync(file, 'utf8')).toBe(before);
    expect((await command('split')).usage).toMatch(/--force +with --create, replace an existing split/);
    rmSync(corpus, { recursive: true });
  });
  it('split: a bad --fraction or --seed is bad usage before the dataset loads', async () => {
    // corpus files with no labeled row fail the load (exit 1): reaching it means the flags were read too late
    const corpus = emptyCorpus();
    for (const [args, problem] of [
      [['--extend', '--fraction', '0.9'], '--fraction must be a number in [0.05, 0.5], got "0.9"'],
      [['--extend', '--seed', '1.5'], '--seed must be a whole number, got "1.5"'],
      [['--create', '--force', '--fraction', 'abc'], '--fraction must be a number in [0.05, 0.5], got "abc"'],
      [['--create', '--force', '--seed=-1'], '--seed must be a number in [0, 2147483648], got "-1"'],
    ] as const) {
      const r = await inProcess('split', [...args, '--corpus', corpus]);
      expect([usageMessage(r), r.out], args.join(' ')).toEqual([problem, '']);
    }
    rmSync(corpus, { recursive: true });
  });
  it('split --help says what --fraction, --seed and --corpus do, with their defaults', async () => {
    const help = (await command('split')).usage;
    expect(help).toMatch(/^ {2}--fraction F +the share .*\(default 0\.2, 0\.05–0\.5\)$/m);
    expect(help).toMatch(/^ {2}--seed N +the seed .*--create: default 2026/m);
    expect(help).toMatch(/^ {2}--corpus DIR +the unlabeled corpus .*\(default \.\.\/shared\/corpus\)$/m);
  });
  it('scores a text with the shipped model', () => {
    const r = cli('explain', '--election', 'pilpres-2019', 'Ayo pilih 01! #JokowiLagi');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.out);
    expect(out.label).not.toBe('netral');
    expect(out.election).toBe('pilpres-2019');
  });
  it('explain: a --model or NETRA_MODEL that names no model is bad usage naming it', async () => {
    const flag = await inProcess('explain', ['--model', 'no-such-version', 'Ayo coblos 02']);
    expect(usageMessage(flag)).toBe(`--model no-such-version: no model at ${path.join(root, 'models', 'no-such-version')} (give a model directory, or a version under models/)`);
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'explain', 'Ayo coblos 02'], { cwd: root, encoding: 'utf8', env: { ...process.env, NETRA_MODEL: 'no-such-version' } });
    expect([r.status, r.stderr.split(':')[0]]).toEqual([2, 'netra explain']);
    expect(r.stderr).toContain('NETRA_MODEL no-such-version: no model at');
  });

  it('an empty --model, --election, --corpus, --out or --dir is bad usage saying so; an empty NETRA_MODEL is unset', async () => {
    // They read "" as models/default.json's version (exit 1), an unknown id "", normalize as no election,
    // and the paths as a file named "" ("--corpus  does not exist").
    const spawned = cli('explain', '--model', '', 'x');
    expect([spawned.code, spawned.out]).toEqual([2, '']);
    expect(spawned.err).toMatch(/^netra explain: --model must not be empty; give [^\n]+\n$/);
    for (const [name, flag, value, ...rest] of [['explain', '--model', '', 'x'], ['explain', '--election', ' ', 'x'], ['normalize', '--election', '', 'x'], ['split', '--corpus', '', '--create'], ['eval', '--out', ''], ['elections', '--dir', '']]) {
      const args = [name, flag, value, ...rest];
      const r = await inProcess(name, [flag, value, ...rest]);
      expect([usageMessage(r), r.out], args.join(' ')).toEqual([expect.stringMatching(new RegExp(`^${flag} must not be empty; give [^\n]+$`)), '']);
    }
    const unset = await inProcess('explain', ['Ayo coblos 02'], { NETRA_MODEL: '' });
    expect([unset.code, unset.err]).toEqual([0, '']);
    expect(JSON.parse(unset.out).model.version).toBe(JSON.parse(readFileSync(path.join(root, 'models', 'default.json'), 'utf8')).version);
  });

  it('reads the text from stdin with - (it used to score the text "-")', () => {
    const run = (input: string, ...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args, '-'], { cwd: root, encoding: 'utf8', input });
    const scored = run('Ayo coblos 02!\n', 'explain', '--election', 'pilgub-jatim-2024');
    expect(scored.status).toBe(0);
    expect(JSON.parse(scored.stdout).label).toBe('ajakan');
    expect(JSON.parse(run('Ayo "coblos" $02\n', 'normalize').stdout).text).toBe('ayo coblos <no:2>');
    for (const name of ['explain', 'normalize']) {
      const empty = run('\n', name);
      expect([empty.status, empty.stderr], name).toEqual([2, `netra ${name}: stdin (-) held no text to ${name === 'explain' ? 'score' : 'normalize'}\n`]);
    }
  });

  it('explain: a text over the length limit is bad usage, as the service and score refuse it (NETRA_MAX_TEXT_LENGTH)', async () => {
    const run = (input: string, env: Record<string, string> = {}) =>
      spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'explain', '-'], { cwd: root, encoding: 'utf8', input, env: { ...process.env, ...env } });
    const long = run('ayo coblos 02 '.repeat(1000)); // 14,000 characters as given (the service counts so too), over the default 10,000
    expect([long.status, long.stdout]).toEqual([2, '']);
    expect(long.stderr).toMatch(/^netra explain: the text is 14000 characters long, over the limit of 10000 .*NETRA_MAX_TEXT_LENGTH/);
    expect((await inProcess('explain', ['ayo coblos 02 '.repeat(1000)], { NETRA_MAX_TEXT_LENGTH: '20000' })).code).toBe(0);
    expect(usageMessage(await inProcess('explain', ['ayo coblos 02'], { NETRA_MAX_TEXT_LENGTH: 'lots' }))).toMatch(/NETRA_MAX_TEXT_LENGTH/);
  });

  it('reads a zone-less --posted-at only with --posted-at-zone, in that zone', async () => {
    const explain = async (...argv: string[]) => inProcess('explain', argv);
    const args = ['--election', 'pilgub-jatim-2024', '--posted-at', '2024-11-24 06:30'];
    expect(usageMessage(await explain(...args, 'Ayo coblos 02'))).toMatch(/has no time zone: .*--posted-at-zone/);
    // 23:30 on 26 Nov 2024 in WIB is the quiet period; 23:30 UTC is 06:30 WIB on voting day.
    const late = ['--election', 'pilgub-jatim-2024', '--posted-at', '2024-11-26 23:30'];
    expect(JSON.parse((await explain(...late, '--posted-at-zone', 'WIB', 'Ayo coblos 02')).out).stage).toBe('quiet_period');
    expect(JSON.parse((await explain(...late, '--posted-at-zone', 'UTC', 'Ayo coblos 02')).out).stage).toBe('voting');
  });

  it('reads --posted-at in the forms `score` reads, numeric dates in --posted-at-order', async () => {
    const explain = async (...argv: string[]) => inProcess('explain', argv);
    const args = ['--election', 'pilgub-jatim-2024', '--posted-at-zone', 'WIB', '--posted-at'];
    expect(JSON.parse((await explain(...args, '26-Nov-2024 11:30 PM', 'Ayo coblos 02')).out).stage).toBe('quiet_period');
    // 11/05/24 is 11 May (before) day first, 5 November (campaign) month first
    expect(JSON.parse((await explain(...args, '11/05/24', 'Ayo coblos 02')).out).stage).toBe('before');
    expect(JSON.parse((await explain(...args, '11/05/24', '--posted-at-order', 'mdy', 'Ayo coblos 02')).out).stage).toBe('campaign');
    expect(usageMessage(await explain(...args, '2:03 PM', 'Ayo coblos 02'))).toMatch(/--posted-at is a time without a date.*: 2:03 PM/);
    expect(usageMessage(await explain('--posted-at-order', 'mdy', 'x'))).toMatch(/--posted-at-order needs --posted-at/);
    expect(usageMessage(await explain(...args, '11/05/24', '--posted-at-order', 'us', 'x'))).toMatch(/--posted-at-order must be one of dmy, mdy, ymd; got "us"/);
  });
  it('validates election configs and reports field errors', async () => {
    const elections = async (...argv: string[]) => inProcess('elections', argv);
    expect(cli('elections', '--check', 'data/elections/pilpres-2024.json').code).toBe(0);
    const bad = await elections('--check', 'package.json');
    expect(bad.code).toBe(1);
    expect(bad.out).toMatch(/unknown field/);
    // --check is where a config is fixed: every problem is listed, one a line (loading one lists the first five)
    const keys = Object.keys(JSON.parse(readFileSync('package.json', 'utf8')));
    expect(keys.length).toBeGreaterThan(6);
    for (const k of keys.filter((k) => k !== 'name')) expect(bad.out).toContain(`\n  ${k}: unknown field\n`);
    expect(bad.out).not.toContain('more');
    // a directory or a missing file is said in words, not only as the system's code
    const unreadable = await elections('--check', 'data/elections', 'data/elections/no-such.json');
    expect(unreadable.code).toBe(1);
    expect(unreadable.out).toBe(
      'FAIL data/elections: invalid election config: cannot read file: it is a directory (EISDIR): give the config files in it, e.g. DIR/*.json\n' +
        'FAIL data/elections/no-such.json: invalid election config: cannot read file: no such file (ENOENT)\n',
    );
  });

  it('elections --check - reads the config from stdin (it reported "cannot read file (ENOENT)")', () => {
    const own = JSON.stringify({ id: 'pilbup-contoh', kind: 'pilbup', candidates: [{ number: 1, names: ['Asep Wiranagara'] }, { number: 2, names: ['Yusuf Maulana'] }] });
    const ok = check(own, '-', 'data/elections/pilpres-2024.json');
    expect([ok.status, ok.stderr]).toEqual([0, '']);
    expect(ok.stdout).toMatch(/^ok   stdin: pilbup-contoh \(2 candidates\)\n/);
    expect(ok.stdout).toContain('ok   data/elections/pilpres-2024.json: pilpres-2024');
    const bad = check('{"id": "pilbup-contoh",', '-');
    expect([bad.status, bad.stdout]).toEqual([1, 'FAIL stdin: invalid election config: not valid JSON: Expected double-quoted property name: stdin ends before the JSON does\n']);
    const twice = check(own, '-', '-');
    expect([twice.status, twice.stdout, twice.stderr]).toEqual([2, '', 'netra elections: - (stdin) can be checked once; give the other configs as files\n']);
  });

  it('elections --check lists every problem in one run: stages out of order, a number twice, a hashtag with a space, an alias of two pairs', () => {
    const config = JSON.stringify({
      id: 'pilbup-contoh',
      schedule: { candidateDetermination: '2024-09-22', campaign: ['2024-09-20', '2024-11-23'], voting: '2024-11-27' },
      candidates: [
        { number: 1, names: ['Aditya Pratama', 'Maria Ulfa'], aliases: ['HeFa'], hashtags: ['Adit Maria'] },
        { number: 1, names: ['Hendra Fauzi', 'Fajar Nugraha'], aliases: ['HeFa'] },
      ],
    });
    const r = check(config, '-');
    expect([r.status, r.stdout]).toEqual([
      1,
      'FAIL stdin: invalid election config: 4 problems\n' +
        '  candidates[0].hashtags[0]: a hashtag is one word: letters, digits or _, after an optional #\n' +
        '  schedule.campaign: must start after candidateDetermination ends (2024-09-22)\n' +
        '  candidates[1].number: duplicate ballot number 1\n' +
        '  candidates[1].aliases[0]: "HeFa" reads as a name or alias of candidates[0] (ballot number 1) too\n',
    ]);
  });

  it('elections --check: an empty stdin or file is said to be empty (it read as JSON cut short)', () => {
    const dir = tempDir('netra-empty-config-');
    const [empty, blank] = [path.join(dir, 'empty.json'), path.join(dir, 'blank.json')];
    writeFileSync(empty, '');
    writeFileSync(blank, ' \n\n');
    const stdin = check('', '-');
    expect([stdin.status, stdin.stdout]).toEqual([1, 'FAIL stdin: invalid election config: stdin is empty: there is no JSON config to read\n']);
    const files = check('', empty, blank);
    expect([files.status, files.stdout]).toEqual([
      1,
      `FAIL ${empty}: invalid election config: the file is empty: there is no JSON config to read\n` +
        `FAIL ${blank}: invalid election config: the file is empty (only whitespace): there is no JSON config to read\n`,
    ]);
    rmSync(dir, { recursive: true });
  });

  it('elections: a file without --check, or a --dir / ELECTIONS_DIR that is no directory, is bad usage', async () => {
    const file = await inProcess('elections', ['data/elections/pilpres-2024.json']);
    expect([usageMessage(file), file.out]).toEqual(['unexpected argument "data/elections/pilpres-2024.json"; to validate config files, give --check FILE…', '']); // it used to list the shipped configs, exit 0
    const dir = await inProcess('elections', ['--dir', 'package.json', '--check', 'data/elections/pilpres-2024.json']);
    expect(usageMessage(dir)).toBe('--dir package.json is not a directory; give the directory of election configs');
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'elections'], { cwd: root, encoding: 'utf8', env: { ...process.env, ELECTIONS_DIR: 'no-such-dir' } });
    expect([r.status, r.stderr]).toEqual([2, 'netra elections: ELECTIONS_DIR no-such-dir does not exist; give the directory of election configs\n']);
  });

  it('explain, normalize and score: an ELECTIONS_DIR that is no directory is bad usage naming it, as for elections', async () => {
    for (const [[name, ...argv], value, problem] of [
      [['explain', 'Ayo coblos 02'], 'no-such-dir', 'does not exist'],
      [['normalize', 'x'], 'package.json', 'is not a directory'],
      [['normalize', '--election', 'pilpres-2019', 'x'], 'no-such-dir', 'does not exist'],
      [['score', '--input', 'package.json'], 'no-such-dir', 'does not exist'],
    ] as const) {
      const r = await inProcess(name, [...argv], { ELECTIONS_DIR: value });
      expect([usageMessage(r), r.out, r.err], name).toEqual([`ELECTIONS_DIR ${value} ${problem}; give the directory of election configs`, '', '']);
    }
  });

  it('a config in ELECTIONS_DIR (or --dir) that does not load, or an id in two files, is bad usage naming it, before any work', async () => {
    const dir = tempDir('netra-broken-dir-');
    for (const f of ['pilpres-2019.json', 'pilpres-2024.json']) writeFileSync(path.join(dir, f), readFileSync(path.join(root, 'data', 'elections', f)));
    const broken = path.join(dir, 'zz.json');
    writeFileSync(broken, '{"id": 3}');
    const problem =
      `${broken}: invalid election config: id: must be a string, got 3; candidates: is required; ` +
      `netra elections --check ${broken} lists every problem`;
    const output = path.join(dir, 'out.jsonl');
    const run = async (name: string, ...argv: string[]) => inProcess(name, argv, { ELECTIONS_DIR: dir });
    // the real process once: the reason is printed after the command's name, exit 2
    const spawned = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'elections'], { cwd: root, encoding: 'utf8', env: { ...process.env, ELECTIONS_DIR: dir } });
    expect([spawned.status, spawned.stdout, spawned.stderr]).toEqual([2, '', `netra elections: ELECTIONS_DIR ${dir}: ${problem}\n`]);
    for (const args of [
      ['explain', 'Ayo coblos 02'],
      ['normalize', 'x'],
      ['normalize', '--election', 'pilpres-2019', 'x'],
      ['normalize', '--election', 'data/elections/pilpres-2019.json', '#coblosjokowi'], // the directory's names split hashtags
      ['score', '--input', 'package.json', '--format', 'jsonl', '--output', output], // it was "scoring worker 2 could not start", exit 1
      ['elections'],
    ]) {
      const r = await run(...(args as [string, ...string[]]));
      expect([usageMessage(r), r.out, r.err], args.join(' ')).toEqual([`ELECTIONS_DIR ${dir}: ${problem}`, '', '']);
    }
    expect(existsSync(output)).toBe(false);
    const flag = await inProcess('elections', ['--dir', dir]);
    expect(usageMessage(flag)).toBe(`--dir ${dir}: ${problem}`);
    // two files with one id: both named, and no --check hint (a file checked alone has no duplicate)
    writeFileSync(broken, readFileSync(path.join(dir, 'pilpres-2019.json')));
    const twice = await run('explain', 'x');
    expect(usageMessage(twice)).toBe(`ELECTIONS_DIR ${dir}: ${broken}: invalid election config: duplicate election id pilpres-2019 (also ${path.join(dir, 'pilpres-2019.json')})`);
  });

  it('elections --check checks a broken config in place: the directory\'s other configs give the known ids', async () => {
    const dir = tempDir('netra-broken-dir-');
    writeFileSync(path.join(dir, 'pilpres-2024.json'), readFileSync(path.join(root, 'data', 'elections', 'pilpres-2024.json')));
    const broken = path.join(dir, 'zz.json');
    writeFileSync(broken, '{"id": 3, "colour": "red"}');
    const run = async (...args: string[]) => inProcess('elections', args, { ELECTIONS_DIR: dir });
    // it exited 1 with the directory's load error, the file unchecked
    const r = await run('--check', broken);
    expect([r.code, r.out, r.err]).toEqual([
      1,
      `FAIL ${broken}: invalid election config: 3 problems\n` +
        '  id: must be a string, got 3\n' +
        '  candidates: is required\n' +
        '  colour: unknown field\n',
      '',
    ]);
    // a config from elsewhere with the id of one that loads is still warned about; the broken one is skipped
    const own = path.join(tempDir('netra-own-'), 'own.json');
    writeFileSync(own, readFileSync(path.join(root, 'data', 'elections', 'pilpres-2024.json')));
    const ok = await run('--dir', dir, '--check', own);
    expect([ok.code, ok.err]).toEqual([0, '']);
    expect(ok.out).toContain(`warn ${own}: id "pilpres-2024" is a shipped election`);
    expect((await run('--check', own, broken)).out.split('\n').filter((l) => /^(ok|FAIL)/.test(l))).toEqual([`ok   ${own}: pilpres-2024 (3 candidates)`, `FAIL ${broken}: invalid election config: 3 problems`]);
  });

  it('warns, without failing, about config words that will read posts unexpectedly', async () => {
    const check = async (file: string) => inProcess('elections', ['--check', file]);
    const dir = tempDir('netra-warn-');
    const file = path.join(dir, 'town.json');
    writeFileSync(
      file,
      JSON.stringify({
        id: 'pilgub-jatim-2024',
        candidates: [
          { number: 1, names: ['Bagus Santoso'], aliases: ['Mas Budi', 'TU'], parties: ['PKB'] },
          { number: 2, names: ['Teguh Prakoso'], parties: ['PKB'] },
        ],
      }),
    );
    const r = await check(file);
    expect(r.code).toBe(0);
    const warnings = r.out.split('\n').filter((l) => l.startsWith('warn '));
    expect(warnings.map((l) => l.slice(l.indexOf(': ') + 2).split(':')[0])).toEqual([
      'id "pilgub-jatim-2024" is a shipped election',
      'candidates[0].aliases[0]',
      'candidates[0].aliases[1]',
      'candidates[1].parties[0]',
    ]);
    // a title of any region with a common name; notes: everyday tags, and the words that count alone
    writeFileSync(
      file,
      JSON.stringify({
        id: 'pilbup-contoh',
        candidates: [{ number: 1, names: ['Asep Wiranagara', 'Yusuf Maulana'], aliases: ['Aa Asep', 'Teh Yusuf'], hashtags: ['Lanjutkan'] }],
      }),
    );
    const town = await check(file);
    expect(town.out).toContain('pilbup-contoh (1 candidate)');
    expect(town.out.split('\n').filter((l) => l.startsWith('warn ')).map((l) => l.split(': ')[1])).toEqual(['candidates[0].aliases[0]', 'candidates[0].aliases[1]']);
    expect(town.out).toMatch(/note .*counts only in a post with another mention: #Lanjutkan/);
    expect(town.out).toMatch(/note .*number 1: these words alone count as this candidate in any post: Wiranagara\n/);
    expect(town.out).toMatch(/note .*one candidate and no Pilkada kind: .*set kind/); // no kind: no empty box
    writeFileSync(file, JSON.stringify({ id: 'pilbup-contoh', kind: 'pilbup', candidates: [{ number: 1, names: ['Asep Wiranagara', 'Yusuf Maulana'] }] }));
    expect((await check(file)).out).toMatch(/note .*one pair in a regional race: "kotak kosong" and "kolom kosong" are read as the empty box/);
    // a JSON error says where, with whole words around it
    writeFileSync(file, '{"id": "pilbup-contoh",\n "candidates": [ }');
    expect((await check(file)).out).toContain(`Unexpected token '}' at line 2, column 18: "candidates": [ }`);
    // the shipped file itself replaces nothing
    expect((await check('data/elections/pilpres-2024.json')).out).not.toContain('warn');
  });
});
