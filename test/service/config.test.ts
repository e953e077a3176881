// Service configuration from environment variables.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, DEFAULT_CONFIG, loadConfig, MAX_BODY_LIMIT_BYTES, parseBytes } from '../../src/service/config.js';
import { listenConfigProblem, listenTemporaryProblem } from '../../src/service/listen-error.js';
import { createScorer } from '../../src/pipeline/create.js';
import { tempDir } from '../helpers/temp-dir.js';

const SHIPPED_MODEL = (JSON.parse(readFileSync('models/default.json', 'utf8')) as { version: string }).version;

describe('loadConfig', () => {
  it('uses the documented defaults with an empty environment', () => {
    expect(loadConfig({})).toEqual(DEFAULT_CONFIG);
    expect(DEFAULT_CONFIG).toMatchObject({ port: 8080, bodyLimitBytes: 1024 * 1024, maxTextLength: 10_000, maxBatchItems: 1000, apiKeys: [] });
  });

  it('reads every variable', () => {
    const c = loadConfig({
      PORT: '9090',
      HOST: '127.0.0.1',
      NETRA_BODY_LIMIT: '2mb',
      NETRA_MAX_TEXT_LENGTH: '5000',
      NETRA_MAX_BATCH_ITEMS: '200',
      NETRA_API_KEYS: ' key-one-0123456789 , key-two-0123456789,, ',
      LOG_LEVEL: 'warn',
      NETRA_SHUTDOWN_TIMEOUT_MS: '2500',
      NETRA_MODEL: SHIPPED_MODEL,
      ELECTIONS_DIR: 'data/elections',
      NETRA_SCORE_WORKERS: '3',
      NETRA_LOAD_TFJS: '1',
      NETRA_TRUST_PROXY: 'loopback, 10.0.0.0/8',
      NETRA_METRICS_OPEN: '1',
    });
    expect(c).toEqual({
      port: 9090,
      host: '127.0.0.1',
      bodyLimitBytes: 2 * 1024 * 1024,
      maxTextLength: 5000,
      maxBatchItems: 200,
      apiKeys: ['key-one-0123456789', 'key-two-0123456789'],
      logLevel: 'warn',
      shutdownTimeoutMs: 2500,
      model: SHIPPED_MODEL,
      electionsDir: 'data/elections',
      elections: expect.any(Array),
      scoreWorkers: 3,
      loadTfjs: true,
      trustProxy: ['loopback', '10.0.0.0/8'],
      metricsOpen: true,
    });
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ PORT: '', NETRA_API_KEYS: '' })).toEqual(DEFAULT_CONFIG);
  });

  it('names every bad variable', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: '70000', NETRA_BODY_LIMIT: 'lots', LOG_LEVEL: 'loud', NETRA_MAX_TEXT_LENGTH: '-1', NETRA_SCORE_WORKERS: 'many', NETRA_LOAD_TFJS: 'yes', NETRA_TF_BACKEND: 'gpu', NETRA_METRICS_OPEN: 'yes' });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join('\n');
    expect(problems).toMatch(/^PORT: must be at most 65535$/m);
    expect(problems).toMatch(/^NETRA_BODY_LIMIT: /m);
    expect(problems).toMatch(/^LOG_LEVEL: /m);
    expect(problems).toMatch(/^NETRA_MAX_TEXT_LENGTH: must be at least 1$/m); // whole, but below what is allowed
    expect(problems).toMatch(/^NETRA_SCORE_WORKERS: must be a whole number$/m);
    expect(problems).toMatch(/^NETRA_LOAD_TFJS: /m);
    expect(problems).toMatch(/^NETRA_TF_BACKEND: /m);
    expect(problems).toMatch(/^NETRA_METRICS_OPEN: must be one of 0, 1, true, false; got "yes"$/m);
  });

  it('reads NETRA_METRICS_OPEN as a switch, off by default', () => {
    expect(DEFAULT_CONFIG.metricsOpen).toBe(false);
    expect(loadConfig({ NETRA_METRICS_OPEN: 'true' }).metricsOpen).toBe(true);
    expect(loadConfig({ NETRA_METRICS_OPEN: '0' }).metricsOpen).toBe(false);
    expect(loadConfig({ NETRA_METRICS_OPEN: 'false' }).metricsOpen).toBe(false);
  });

  it('reads NETRA_TRUST_PROXY as a number of proxies or their addresses, and refuses trusting every proxy', () => {
    expect(loadConfig({ NETRA_TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(loadConfig({ NETRA_TRUST_PROXY: '192.0.2.10' }).trustProxy).toEqual(['192.0.2.10']);
    // any client could name its own address in X-Forwarded-For, and so escape the failed-key throttle
    for (const all of ['true', 'ALL', '*']) expect(() => loadConfig({ NETRA_TRUST_PROXY: all })).toThrow(/^invalid configuration: NETRA_TRUST_PROXY: trusting every proxy would let any client choose its address/);
    expect(() => loadConfig({ NETRA_TRUST_PROXY: 'proxy.local' })).toThrow(/NETRA_TRUST_PROXY: invalid IP address: proxy\.local: give a number of proxies/);
    expect(() => loadConfig({ NETRA_TRUST_PROXY: '10.0.0.0/99' })).toThrow(/NETRA_TRUST_PROXY: invalid range on address/);
    // Express would take these for the addresses 0.0.0.0 and 0.0.0.11
    expect(() => loadConfig({ NETRA_TRUST_PROXY: '0' })).toThrow(/NETRA_TRUST_PROXY: must be at least 1 as a number of proxies \(1–10\); unset it/);
    expect(() => loadConfig({ NETRA_TRUST_PROXY: '11' })).toThrow(/NETRA_TRUST_PROXY: must be at most 10 as a number of proxies/);
  });

  it('takes NETRA_BODY_LIMIT up to 16 MB in every unit, and refuses more with one message whatever the unit', () => {
    for (const at of ['16mb', '16 M', '16384kb', '16384k', '16777216', '16777216b', '0.015625gb']) expect(loadConfig({ NETRA_BODY_LIMIT: at }).bodyLimitBytes, at).toBe(MAX_BODY_LIMIT_BYTES);
    // 99999999999999999999mb was taken (a 1e26-byte limit under a 256 MB heap) while 1gb was not readable
    const over = ['16777217', '16777217b', '16385kb', '16385k', '16.001mb', '17M', '1gb', '1 GB', '99999999999999999999mb', '9'.repeat(400)];
    for (const v of over) expect(() => loadConfig({ NETRA_BODY_LIMIT: v }), v).toThrow(/^invalid configuration: NETRA_BODY_LIMIT: is over the largest allowed, 16mb \(16777216 bytes\): a larger body risks running the service out of memory$/);
    expect(() => loadConfig({ NETRA_BODY_LIMIT: '1000' })).toThrow(/NETRA_BODY_LIMIT: must be a size from 1kb to 16mb/);
  });

  it('refuses short API keys, and a key list with no key in it', () => {
    expect(() => loadConfig({ NETRA_API_KEYS: 'short' })).toThrow(/at least 16 characters/);
    // which one, by position: with several keys the operator must know which to replace
    expect(() => loadConfig({ NETRA_API_KEYS: 'alpha-key-0123456789,tiny' })).toThrow(
      /^invalid configuration: NETRA_API_KEYS: key 2 is too short: every key must be at least 16 characters long$/,
    );
    // the operator meant to close scoring: separators alone must not leave it open
    expect(() => loadConfig({ NETRA_API_KEYS: ', ,' })).toThrow(/NETRA_API_KEYS: holds no key/);
  });

  it('refuses a repeated key and a key with a space inside, naming its position, never the key', () => {
    const a = 'alpha-key-0123456789';
    const b = 'bravo-key-0123456789';
    let error: unknown;
    try {
      // positions count keys, not empty entries; a tab counts as a space
      loadConfig({ NETRA_API_KEYS: `${a},, ${b} ,${a}, charlie key 0123456789,delta\tkey-0123456789,${b}` });
    } catch (err) {
      error = err;
    }
    const problems = (error as ConfigError).problems;
    expect(problems).toEqual([
      'NETRA_API_KEYS: key 3 repeats key 1',
      'NETRA_API_KEYS: key 4 contains a space; separate keys with commas, and a key cannot hold one (it is sent as "Authorization: Bearer KEY")',
      'NETRA_API_KEYS: key 5 contains a space; separate keys with commas, and a key cannot hold one (it is sent as "Authorization: Bearer KEY")',
      'NETRA_API_KEYS: key 6 repeats key 2',
    ]);
    expect(problems.join('\n')).not.toMatch(/alpha|bravo|charlie|delta/);
  });

  it('refuses a key no HTTP header can carry as the same bytes (outside printable ASCII), naming its position', () => {
    for (const odd of ['kunci-rahasia-dinas-é01', 'kunci-rahasia-dinas-🔑01', 'kunci-rahasia-dinas\u0001x', 'kunci-rahasia-dinas\u007fx']) {
      let error: unknown;
      try {
        loadConfig({ NETRA_API_KEYS: `alpha-key-0123456789,${odd}` });
      } catch (err) {
        error = err;
      }
      expect((error as ConfigError).problems, JSON.stringify(odd)).toEqual([
        'NETRA_API_KEYS: key 2 has a character other than ASCII letters, digits and punctuation; an HTTP header cannot carry it as the same bytes, so no request could present the key',
      ]);
    }
    expect(loadConfig({ NETRA_API_KEYS: 'Ab0!"#$%&\'()*+-./:;<=>?@[\\]^_`{|}~' }).apiKeys).toHaveLength(1); // all printable ASCII but the comma
  });

  it('refuses a model or election directory that is not there, naming the variable', () => {
    let error: unknown;
    try {
      loadConfig({ NETRA_MODEL: '/nonexistent-model', ELECTIONS_DIR: '/nonexistent-elections' });
    } catch (err) {
      error = err;
    }
    const problems = (error as ConfigError).problems.join('\n');
    expect(problems).toMatch(/^NETRA_MODEL: no model at \/nonexistent-model/m);
    expect(problems).toMatch(/^ELECTIONS_DIR: no directory at \/nonexistent-elections$/m);
    expect(() => loadConfig({ NETRA_MODEL: 'no-such-version' })).toThrow(/NETRA_MODEL: no model at .*no-such-version/);
    // a path through a file: stat throws ENOTDIR, which used to escape as a crash, not a problem named
    expect(() => loadConfig({ ELECTIONS_DIR: 'package.json/elections' })).toThrow(/ELECTIONS_DIR: no directory at .*package\.json\/elections/);
  });

  it('refuses an ELECTIONS_DIR with a config that does not load, or an id in two files, among the other bad variables', () => {
    const dir = tempDir('netra-broken-elections-');
    writeFileSync(path.join(dir, 'pilpres-2024.json'), readFileSync('data/elections/pilpres-2024.json'));
    const broken = path.join(dir, 'zz.json');
    writeFileSync(broken, '{"id": 3}');
    const problems = (env: NodeJS.ProcessEnv): string[] => {
      try {
        loadConfig(env);
      } catch (err) {
        return (err as ConfigError).problems;
      }
      return [];
    };
    // it was found only when the scorer loaded: "failed to start", exit 1
    expect(problems({ PORT: 'abc', ELECTIONS_DIR: path.relative('.', dir) })).toEqual([
      'PORT: must be a whole number',
      `ELECTIONS_DIR: ${broken}: invalid election config: id: must be a string, got 3; candidates: is required; ` +
        `netra elections --check ${broken} lists every problem`,
    ]);
    writeFileSync(broken, readFileSync('data/elections/pilpres-2024.json'));
    expect(problems({ ELECTIONS_DIR: dir })).toEqual([`ELECTIONS_DIR: ${broken}: invalid election config: duplicate election id pilpres-2024 (also ${path.join(dir, 'pilpres-2024.json')})`]);
    rmSync(broken);
    expect(loadConfig({ ELECTIONS_DIR: dir }).electionsDir).toBe(dir);
  });

  // The check loads every config to find a broken one; the scorer takes what it loaded (server.ts)
  // instead of reading the directory a second time.
  it("keeps ELECTIONS_DIR's configs as the check loaded them, for the scorer", async () => {
    const dir = tempDir('netra-elections-once-');
    writeFileSync(path.join(dir, 'pilpres-2024.json'), readFileSync('data/elections/pilpres-2024.json'));
    const config = loadConfig({ ELECTIONS_DIR: dir });
    expect(config.elections?.map((c) => c.id)).toEqual(['pilpres-2024']);
    expect(loadConfig({}).elections).toBeUndefined(); // the scorer reads the shipped ones itself, once
    rmSync(dir, { recursive: true }); // gone: a scorer that read the directory again would fail
    const scorer = await createScorer({ electionsDir: config.electionsDir, elections: config.elections });
    expect(scorer.elections).toBe(config.elections);
    expect(scorer.score({ text: 'Ayo coblos nomor 2', election: 'pilpres-2024' }).election).toBe('pilpres-2024');
  });

  it('names short keys and missing paths in the same message as the other bad variables (docs/service.md)', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'abc', NETRA_API_KEYS: 'short', NETRA_MODEL: '/nonexistent-model', ELECTIONS_DIR: '/nonexistent-elections' });
    } catch (err) {
      error = err;
    }
    const names = (error as ConfigError).problems.map((p) => p.split(':')[0]).sort();
    expect(names).toEqual(['ELECTIONS_DIR', 'NETRA_API_KEYS', 'NETRA_MODEL', 'PORT']);
  });
});

describe('parseBytes', () => {
  it('reads plain bytes and kb/mb/gb units', () => {
    expect(parseBytes('2048')).toBe(2048);
    expect(parseBytes('512kb')).toBe(512 * 1024);
    expect(parseBytes('1.5MB')).toBe(1.5 * 1024 * 1024);
    expect(parseBytes('1 gb')).toBe(1024 ** 3);
    expect(parseBytes('1 tb')).toBeUndefined();
  });
});

describe('listenConfigProblem', () => {
  const fail = (code: string) => Object.assign(new Error(code), { code });
  const at = { host: 'example.invalid', port: 80 };
  it('blames HOST for an address that cannot be bound or resolved, PORT for a port taken or privileged', () => {
    for (const code of ['EADDRNOTAVAIL', 'ENOTFOUND', 'EAI_NONAME', 'EAI_FAIL', 'EINVAL']) {
      expect(listenConfigProblem(fail(code), at)).toMatch(new RegExp(`^HOST: cannot listen on "example.invalid" \\(${code}`));
      expect(listenTemporaryProblem(fail(code), at)).toBeUndefined();
    }
    expect(listenConfigProblem(fail('EADDRINUSE'), at)).toBe('PORT: 80 is already in use on "example.invalid"');
    expect(listenConfigProblem(fail('EACCES'), at)).toMatch(/^PORT: no permission to listen on 80 /);
  });

  it('leaves other failures alone (they are not the configuration\'s fault)', () => {
    expect(listenConfigProblem(fail('EMFILE'), at)).toBeUndefined();
    expect(listenConfigProblem(new Error('no code'), at)).toBeUndefined();
    expect(listenTemporaryProblem(fail('EMFILE'), at)).toBeUndefined();
    expect(listenTemporaryProblem(new Error('no code'), at)).toBeUndefined();
  });

  it('takes a temporary DNS failure (EAI_AGAIN) for no configuration error, and says the name could not be resolved right now', () => {
    expect(listenConfigProblem(fail('EAI_AGAIN'), at)).toBeUndefined();
    expect(listenTemporaryProblem(fail('EAI_AGAIN'), at)).toBe('HOST: "example.invalid" could not be resolved right now (EAI_AGAIN: temporary failure in name resolution); try again later');
  });
});
