// `score --enqueue --resume` with a PostgreSQL review store, from a progress file an older netra wrote.
// Since postgresLocation reads the URL as pg does, a store is named with its socket directory decoded
// (`postgres:///var/run/postgresql:5432/q_r`) where a netra before it wrote the URL's spelling
// (`postgres://%2Fvar%2Frun%2Fpostgresql:5432/q_r`), and the URL form with a user and no host
// (`postgres://qa@/q_r?host=/var/run/postgresql`), which that netra could not open at all, names the same
// store as the URLs it could. Such resumes were refused as into another store. Names are compared by the
// store they name: host, port and database, never by spelling; a different store is still refused, saying
// which of them differs. No server is needed: the queue itself is replaced, only its name is checked.
import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { checkpointPath, readCheckpoint } from '../../src/batch/checkpoint.js';
import { examplePosts, jsonl, tempDir } from './helpers.js';
import { interruptedAt, nullQueue, scoreIn } from './resume-queue-helpers.js';

/** What netra wrote as the queue's name before postgresLocation read URLs as pg does (3d90a5e's queueLocation), for these URLs. */
const OLDER = {
  socketEncoded: 'postgres://%2Fvar%2Frun%2Fpostgresql:5432/q_r', // postgres://qa:pw@%2Fvar%2Frun%2Fpostgresql/q_r
  socketQuery: 'postgres:///var/run/postgresql:5432/q_r', // postgres://qa:pw@localhost/q_r?host=/var/run/postgresql
  tcp: 'postgres://localhost:5432/q_r', // postgres://qa:pw@localhost/q_r
  databaseEncoded: 'postgres://localhost:5432/laporan%20bkd', // postgres://qa:pw@localhost/laporan%20bkd
  unreadable: 'postgres (unreadable DATABASE_URL)', // postgres://qa@/q_r: that netra could not read it, nor open the store
};

function job() {
  const dir = tempDir();
  const input = path.join(dir, 'feed.jsonl');
  writeFileSync(input, jsonl(examplePosts(12, 11)));
  const output = path.join(dir, 'out.jsonl');
  return { output, argv: ['--input', input, '--output', output, '--enqueue'] };
}

/** `score --enqueue` under DATABASE_URL `url` (and PG* variables), its queue replaced. */
const enqueue = (url: string, argv: string[], env: NodeJS.ProcessEnv = {}) => scoreIn({ DATABASE_URL: url, ...env }, argv, nullQueue());

async function refusal(url: string, argv: string[], env: NodeJS.ProcessEnv = {}): Promise<string | undefined> {
  return enqueue(url, [...argv, '--resume'], env).then(
    () => undefined,
    (e: unknown) => (e as Error).message,
  );
}

describe('a resume from an older netra\'s progress file for a PostgreSQL queue', () => {
  it('is accepted into the same store: a %2F-encoded socket host, an encoded database, a URL with a user and no host', async () => {
    const { output, argv } = job();
    expect((await enqueue('postgres://qa:pw@localhost/q_r', argv)).outcome.exitCode).toBe(0);
    const whole = readFileSync(output, 'utf8');
    const cases: [recorded: string, url: string, env?: NodeJS.ProcessEnv][] = [
      [OLDER.socketEncoded, 'postgres://qa:pw@%2Fvar%2Frun%2Fpostgresql/q_r'],
      [OLDER.socketEncoded, 'postgres://qa@/q_r?host=/var/run/postgresql'],
      [OLDER.socketEncoded, 'postgres://qa@/q_r', { PGHOST: '/var/run/postgresql' }],
      [OLDER.socketQuery, 'postgres://qa@/q_r?host=%2Fvar%2Frun%2Fpostgresql'],
      [OLDER.tcp, 'postgres://qa@/q_r'],
      [OLDER.tcp, 'postgres://qa:pw@localhost:5432/q_r?sslmode=disable'],
      [OLDER.databaseEncoded, 'postgres://qa:pw@localhost/laporan%20bkd'],
    ];
    for (const [recorded, url, env] of cases) {
      await interruptedAt(output, 4, recorded);
      const run = await enqueue(url, [...argv, '--resume'], env);
      expect(run.outcome.exitCode, `${recorded} → ${url}: ${run.stderr}`).toBe(0);
      expect(run.outcome.resumedAt).toBe(4);
      expect(readFileSync(output, 'utf8')).toBe(whole);
      expect((await readCheckpoint(checkpointPath(output)))?.fingerprint.enqueue, url).not.toMatch(/%|qa|pw/);
    }
  });

  it('is refused into another store, saying what differs, and left as it was', async () => {
    const { output, argv } = job();
    expect((await enqueue('postgres://qa:pw@localhost/q_r', argv)).outcome.exitCode).toBe(0);
    const cases: [recorded: string, url: string, differs: string][] = [
      [OLDER.socketEncoded, 'postgres://qa@/q_other?host=/var/run/postgresql', 'the database differs (q_r then, q_other now)'],
      [OLDER.socketEncoded, 'postgres://qa@/q_r?host=/run/postgresql', 'the host differs (/var/run/postgresql then, /run/postgresql now)'],
      [OLDER.socketEncoded, 'postgres://qa@/q_r?host=/var/run/postgresql&port=5433', 'the port differs (5432 then, 5433 now)'],
      [OLDER.tcp, 'postgres://qa@db.internal/q_r', 'the host differs (localhost then, db.internal now)'],
      [OLDER.databaseEncoded, 'postgres://qa:pw@localhost/laporan%20bkd2', 'the database differs (laporan bkd then, laporan bkd2 now)'],
      [
        OLDER.unreadable,
        'postgres://qa@/q_r',
        'the netra that wrote the progress file could not read its DATABASE_URL (an older netra could not read one with a user and no host, nor open its store), so the file does not say which store that was',
      ],
    ];
    for (const [recorded, url, differs] of cases) {
      const before = await interruptedAt(output, 4, recorded);
      const now = url.includes('q_other') ? 'postgres:///var/run/postgresql:5432/q_other' : undefined;
      const message = await refusal(url, argv);
      expect(message, `${recorded} → ${url}`).toMatch(new RegExp(`^cannot resume: the interrupted run sent the 4 records the interrupted run finished to the review queue at ${escape(recorded)}, and this run would send the rest to postgres://.+?; ${escape(differs)}; (resume with the same DATABASE_URL|run the same command without --resume)`));
      // a name that tells no store leaves only starting over
      expect(message?.includes('resume with the same DATABASE_URL'), recorded).toBe(recorded !== OLDER.unreadable);
      if (now) expect(message).toContain(`send the rest to ${now};`);
      expect(JSON.parse(readFileSync(checkpointPath(output), 'utf8'))).toEqual(before);
    }
  });

  it('from SQLite to PostgreSQL is refused, saying so', async () => {
    const { output, argv } = job();
    expect((await enqueue('postgres://qa:pw@localhost/q_r', argv)).outcome.exitCode).toBe(0);
    await interruptedAt(output, 4, 'sqlite:/srv/netra/var');
    expect(await refusal('postgres://qa:pw@localhost/q_r', argv)).toMatch(
      /^cannot resume: .* at sqlite:\/srv\/netra\/var, and this run would send the rest to postgres:\/\/localhost:5432\/q_r; the interrupted run's queue was a SQLite store, this run's is in PostgreSQL; resume with/,
    );
  });
});

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
