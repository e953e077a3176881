// Starts a throwaway PostgreSQL server for the review tests when the Debian `postgresql` package is
// installed: initdb into a temp dir, pg_ctl start on a free loopback port, stop (and delete) afterwards.
// As root the server runs as the `postgres` user (PostgreSQL refuses to run as root).
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

export function pgBinDir(): string | undefined {
  // NETRA_TEST_PG_BIN: a PostgreSQL bin directory to use instead (or a missing one, to skip).
  const forced = process.env.NETRA_TEST_PG_BIN;
  if (forced) return existsSync(path.join(forced, 'pg_ctl')) ? forced : undefined;
  const base = '/usr/lib/postgresql';
  if (!existsSync(base)) return undefined;
  const versions = readdirSync(base).filter((v) => existsSync(path.join(base, v, 'bin', 'pg_ctl'))).sort((a, b) => Number(b) - Number(a));
  return versions[0] ? path.join(base, versions[0], 'bin') : undefined;
}

export const PG_SKIP_REASON = 'PostgreSQL binaries not found (apt-get install postgresql) — PostgreSQL store tests skipped';
export const hasPostgres = (): boolean => pgBinDir() !== undefined;

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() => (addr && typeof addr === 'object' ? resolve(addr.port) : reject(new Error('no port'))));
    });
  });
}

export interface TestPostgres {
  /** A fresh, empty database; returns its URL. */
  createDatabase(): Promise<string>;
  stop(): void;
}

export async function startPostgres(): Promise<TestPostgres> {
  const bin = pgBinDir();
  if (!bin) throw new Error(PG_SKIP_REASON);
  const root = process.getuid?.() === 0;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'netra-pg-'));
  const data = path.join(dir, 'data');
  const run = (cmd: string, args: string[]) => {
    const full = path.join(bin, cmd);
    if (root) execFileSync('runuser', ['-u', 'postgres', '--', full, ...args], { stdio: 'pipe' });
    else execFileSync(full, args, { stdio: 'pipe' });
  };
  if (root) {
    chmodSync(dir, 0o777);
    execFileSync('chown', ['postgres', dir]);
  }
  run('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--no-locale']);
  const port = await freePort();
  run('pg_ctl', ['-D', data, '-l', path.join(dir, 'log'), '-w', '-t', '30', '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=200`, 'start']);
  const adminUrl = `postgres://postgres@127.0.0.1:${port}/postgres`;
  let n = 0;
  let stopped = false;
  return {
    async createDatabase() {
      const name = `netra_test_${process.pid}_${++n}`;
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      try {
        await c.query(`CREATE DATABASE ${name}`);
      } finally {
        await c.end();
      }
      return `postgres://postgres@127.0.0.1:${port}/${name}`;
    },
    stop() {
      if (stopped) return;
      stopped = true;
      try {
        run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
