// `netra keys` and `netra review` from the command line, against a temporary SQLite data dir.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { keysCommand } from '../../src/cli/commands/keys.js';
import { reviewCommand } from '../../src/cli/commands/review.js';
import { ReviewStore } from '../../src/review/store/index.js';
import { verifyKey } from '../../src/review/keys.js';
import { fakeResult } from './helpers/fixtures.js';

const run = promisify(execFile);
const dir = mkdtempSync(path.join(os.tmpdir(), 'netra-cli-'));
const env = { ...process.env, NETRA_DATA_DIR: dir, DATABASE_URL: '' };
const cli = (...args: string[]) => run(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { env, cwd: process.cwd() });

/** Runs a command in-process, capturing console.log lines. */
async function inProcess(cmd: { run(argv: string[]): Promise<number> }, ...args: string[]): Promise<{ code: number; stdout: string }> {
  const lines: string[] = [];
  const spy = vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void lines.push(a.join(' ')));
  try {
    return { code: await cmd.run(args), stdout: lines.join('\n') };
  } finally {
    spy.mockRestore();
  }
}

describe('review CLI', () => {
  beforeAll(() => {
    process.env.NETRA_DATA_DIR = dir;
    process.env.DATABASE_URL = '';
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('audits a key made from the shell as the process\'s OS account, not whatever $USER says', async () => {
    const made = await run(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'keys', 'create', '--role', 'analyst', '--name', 'Akun OS'], { env: { ...env, USER: 'sari-palsu' }, cwd: process.cwd() });
    const id = made.stdout.trim().slice(4, 20);
    const store = await ReviewStore.open({ dataDir: dir, url: '' });
    try {
      const row = await store.rdb.db.selectFrom('audit').select(['actor', 'action']).where('action', '=', 'key_create').where('after', 'like', `%${id}%`).executeTakeFirst();
      expect(row).toEqual({ actor: `cli:${os.userInfo().username}`, action: 'key_create' });
    } finally {
      await store.close();
    }
  });

  it('keys create says which store it used, and when it started a new one', async () => {
    const fresh = path.join(mkdtempSync(path.join(os.tmpdir(), 'netra-cli-')), 'baru');
    try {
      const here = { env: { ...env, NETRA_DATA_DIR: fresh }, cwd: process.cwd() };
      const args = ['--import', 'tsx', 'src/cli/main.ts', 'keys', 'create', '--role', 'analyst', '--name', 'Uji'];
      const first = await run(process.execPath, args, here);
      const file = path.join(fresh, 'review.sqlite');
      expect(first.stderr).toContain(`netra keys: review store: sqlite at ${file} (new: created now)\n`);
      const second = await run(process.execPath, args, here);
      expect(second.stderr).toContain(`netra keys: review store: sqlite at ${file}\n`);
    } finally {
      rmSync(path.dirname(fresh), { recursive: true, force: true });
    }
  });

  it('creates a key shown once, lists it without the secret, revokes it', async () => {
    const made = await cli('keys', 'create', '--role', 'supervisor', '--name', 'Budi Santoso');
    const key = made.stdout.trim();
    expect(key).toMatch(/^nrk_[0-9a-f]{16}_[A-Za-z0-9_-]{43}$/);
    expect(made.stderr).toContain('shown only now');
    const store = await ReviewStore.open({ dataDir: dir, url: '' });
    expect((await verifyKey(store.rdb, key))?.role).toBe('supervisor');
    const list = await inProcess(keysCommand, 'list');
    expect(list.stdout).not.toContain(key.slice(22));
    const id = key.slice(4, 20);
    const time = (word: string) => expect.stringMatching(new RegExp(`^${word} \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z$`));
    // A header over tab-separated columns; verifyKey above was the key's last use.
    const [header, ...listed] = list.stdout.trimEnd().split('\n');
    expect(header).toBe('id\trole\tname\tcreated\texpires\tlast_used\trevoked');
    expect(listed.map((r) => r.split('\t'))).toContainEqual([id, 'supervisor', 'Budi Santoso', expect.stringMatching(/^\d{4}-/), 'expires never', time('used'), 'not revoked']);
    expect((await inProcess(keysCommand, 'revoke', '--id', id)).code).toBe(0);
    const afterRevoke = (await inProcess(keysCommand, 'list')).stdout.trimEnd().split('\n').map((r) => r.split('\t'));
    expect(afterRevoke.find((r) => r[0] === id)).toEqual([id, 'supervisor', 'Budi Santoso', expect.stringMatching(/^\d{4}-/), 'expires never', time('used'), time('revoked')]);
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      expect((await inProcess(keysCommand, 'revoke', '--id', id)).code).toBe(1); // already revoked: a script must notice
      expect(errors).toHaveBeenCalledWith(`netra keys: no active key ${id} (unknown, or revoked already); netra keys list shows the keys`);
    } finally {
      errors.mockRestore();
    }
    // from the command line: prefixed like every other message, and exit 1
    const again = (await cli('keys', 'revoke', '--id', id).catch((e: unknown) => e)) as { code?: number; stdout?: string; stderr?: string };
    expect([again.code, again.stdout, again.stderr]).toEqual([1, '', `netra keys: no active key ${id} (unknown, or revoked already); netra keys list shows the keys\n`]);
    await expect(inProcess(keysCommand, 'create', '--role', 'boss', '--name', 'x')).rejects.toThrow(/--role/);

    await store.add({ text: 'Yakin sekali dukung', author: 'c1' }, fakeResult(0.99), 't');
    const unsure = await store.add({ text: 'Entah dukung entah tidak', author: 'c2' }, fakeResult(0.5), 't');
    await store.close();
    const sug = await inProcess(reviewCommand, 'suggest', '--n', '1', '--json');
    const rows = sug.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(rows.map((r) => r.id)).toEqual([unsure.item.id]);
    expect(sug.stdout).not.toContain('Entah');
  }, 60_000);

  it('suggest prints a header line over its tab-separated columns, and risk cut as the review page shows it (0.9999 is 0.999, not 1.000)', async () => {
    const own = mkdtempSync(path.join(os.tmpdir(), 'netra-cli-'));
    process.env.NETRA_DATA_DIR = own;
    try {
      const store = await ReviewStore.open({ dataDir: own, url: '' });
      const { item } = await store.add({ text: 'Pasti dukung nomor 2', author: 'c3' }, fakeResult(0.99995), 't');
      // The scorer rounds risk to 6 digits: a calibrated 0.9999996 is stored as 1, and is no certainty.
      const { item: sure } = await store.add({ text: 'Pasti sekali dukung nomor 2', author: 'c4' }, fakeResult(1), 't');
      await store.close();
      const sug = await inProcess(reviewCommand, 'suggest');
      const [header, row, row2, ...rest] = sug.stdout.split('\n');
      expect(header).toBe('id\tentropy\tlabel\trisk\tlevel\telection');
      expect(row.split('\t')).toEqual([item.id, expect.stringMatching(/^0\.\d{4}$/), 'dukungan', '0.999', 'tinggi', 'pilpres-2024']);
      expect(row2.split('\t')).toEqual([sure.id, '0.0000', 'dukungan', '> 0.999', 'tinggi', 'pilpres-2024']);
      expect(rest).toEqual([]);
      // --json stays one object per line, no header
      const json = await inProcess(reviewCommand, 'suggest', '--json');
      expect(json.stdout.split('\n').map((l) => JSON.parse(l).id)).toEqual([item.id, sure.id]);
      // --help says what the columns are
      for (const words of ['header line', 'entropy', 'uncertain', 'risk', 'cut']) expect(reviewCommand.usage).toContain(words);
    } finally {
      process.env.NETRA_DATA_DIR = dir;
      rmSync(own, { recursive: true, force: true });
    }
  });

  it('refuses a key name with a tab or newline (exit 2), so `keys list` stays one key per TSV line', async () => {
    for (const name of ['Tamu\tAdmin', 'Tamu\nAdmin']) {
      const err = (await cli('keys', 'create', '--role', 'analyst', '--name', name).catch((e: unknown) => e)) as { code?: number; stderr?: string };
      expect(err.code).toBe(2);
      expect(err.stderr).toMatch(/control characters/);
    }
    expect((await inProcess(keysCommand, 'list')).stdout).not.toMatch(/Tamu/);
  }, 60_000);

  it('refuses a flag the action does not take (exit 2), e.g. `list --role`, which would list every key', async () => {
    for (const [args, reason] of [
      [['keys', 'list', '--role', 'admin'], 'list takes no --role; see netra keys --help'],
      [['keys', 'revoke', '--id', 'abc', '--name', 'Budi'], 'revoke takes no --name (only --id); see netra keys --help'],
      [['keys', 'create', '--role', 'admin', '--name', 'Budi', '--id', 'abc'], 'create takes no --id (only --role, --name, --expires-in); see netra keys --help'],
    ] as const) {
      const err = (await cli(...args).catch((e: unknown) => e)) as { code?: number; stderr?: string };
      expect(err.code, args.join(' ')).toBe(2);
      expect(err.stderr).toBe(`netra keys: ${reason}\n`);
    }
  }, 60_000);

  it('list, revoke, suggest and purge refuse a store that does not exist instead of creating an empty one', async () => {
    const missing = path.join(dir, 'salah-ketik');
    process.env.NETRA_DATA_DIR = missing;
    try {
      for (const [cmd, args] of [[keysCommand, ['list']], [keysCommand, ['revoke', '--id', 'abc']], [reviewCommand, ['suggest']], [reviewCommand, ['purge']]] as const) {
        await expect(cmd.run([...args]), args.join(' ')).rejects.toThrow(/no review store at .*salah-ketik/);
      }
      expect(existsSync(missing)).toBe(false);
    } finally {
      process.env.NETRA_DATA_DIR = dir;
    }
  });

  it('treats a bad review setting as bad usage (exit 2), as the service does', async () => {
    const err = (await run(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'review', 'purge'], { env: { ...env, NETRA_RETENTION_DAYS: 'abc' }, cwd: process.cwd() }).catch((e: unknown) => e)) as { code?: number; stderr?: string };
    expect(err.code).toBe(2);
    expect(err.stderr).toMatch(/NETRA_RETENTION_DAYS/);
  }, 60_000);
});
