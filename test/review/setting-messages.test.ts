// Configuration messages in the project's words: a negative whole number says what is allowed (it is
// a whole number), a LOG_LEVEL outside the list names the list without the validation library's
// wording, and `netra keys` refuses a bad DATABASE_URL or a NETRA_DATA_DIR that is a file as the
// service does: exit 2, "invalid configuration: …" naming the variable.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { reviewConfig } from '../../src/review/config.js';
import { ConfigError, loadConfig } from '../../src/service/config.js';

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, '..', '..');

function serviceProblems(env: NodeJS.ProcessEnv): string[] {
  try {
    loadConfig(env);
    return [];
  } catch (err) {
    return (err as ConfigError).problems;
  }
}

describe('configuration messages', () => {
  it('a negative number is below the least allowed, not "not a whole number"', () => {
    expect(() => reviewConfig({ NETRA_RETENTION_DAYS: '-1' })).toThrow('NETRA_RETENTION_DAYS: must be at least 0, got "-1"');
    expect(serviceProblems({ NETRA_MAX_BATCH_ITEMS: '-5' })).toEqual(['NETRA_MAX_BATCH_ITEMS: must be at least 1']);
  });

  it('a value outside a list names the list in our words', () => {
    expect(serviceProblems({ LOG_LEVEL: 'verbose' })).toEqual(['LOG_LEVEL: must be one of fatal, error, warn, info, debug, trace, silent; got "verbose"']);
    expect(serviceProblems({ NETRA_TF_BACKEND: 'gpu' })).toEqual(['NETRA_TF_BACKEND: must be one of node, tensorflow, wasm, cpu; got "gpu"']);
  });

  it('netra keys exits 2 on a bad DATABASE_URL or a NETRA_DATA_DIR that is a file, with the service\'s message', async () => {
    const keys = (env: NodeJS.ProcessEnv) =>
      run(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'keys', 'list'], { cwd: ROOT, env: { ...process.env, ...env } }).catch((e: unknown) => e as { code?: number; stderr?: string });
    const url = (await keys({ DATABASE_URL: 'mysql://x', NETRA_DATA_DIR: '' })) as { code?: number; stderr?: string };
    expect([url.code, url.stderr]).toEqual([2, 'netra keys: invalid configuration: DATABASE_URL: must start with postgres:// or postgresql:// (unset it to use SQLite)\n']);
    const file = (await keys({ DATABASE_URL: '', NETRA_DATA_DIR: 'package.json/var' })) as { code?: number; stderr?: string };
    expect(file.code).toBe(2);
    expect(file.stderr).toBe(`netra keys: invalid configuration: NETRA_DATA_DIR: ${path.join(ROOT, 'package.json')} is not a directory (the review store's SQLite file goes under it)\n`);
    // How the store is reached, as the service checks it: a bad connect timeout too, before any store is opened.
    const timeout = (await keys({ DATABASE_URL: '', NETRA_DATA_DIR: 'package.json/var', NETRA_DB_CONNECT_TIMEOUT_MS: 'abc' })) as { code?: number; stderr?: string };
    expect(timeout.code).toBe(2);
    expect(timeout.stderr).toMatch(/^netra keys: invalid configuration: .*NETRA_DB_CONNECT_TIMEOUT_MS: must be a whole number, got "abc"/);
  }, 30_000);
});
