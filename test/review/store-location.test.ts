// How a PostgreSQL review store is named without its user or password: the service's start line and
// connect-timeout message (postgresLocation) and `score --enqueue`'s resume check (queueLocation) name it
// by one function, as pg resolves the URL. They had drifted: the first ignored `?host=`/`?port=` and the
// PG* variables, and refused a URL with user info and no host (`postgres://netra@/db`, pg's socket form)
// as "Invalid URL", so the store did not open at all.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queueLocation } from '../../src/cli/commands/score.js';
import { postgresLocation } from '../../src/review/db/url.js';
import { ReviewStore } from '../../src/review/store/index.js';
import { postgresKind } from './helpers/stores.js';

const SECRET = 's3cr3t-pw';
const CASES: [url: string, env: NodeJS.ProcessEnv, where: string][] = [
  [`postgres://qa:${SECRET}@127.0.0.1:55437/q_r`, {}, 'postgres://127.0.0.1:55437/q_r'],
  [`postgres://qa:${SECRET}@127.0.0.1:55437/q_r?port=55438`, {}, 'postgres://127.0.0.1:55438/q_r'],
  [`postgres://qa:${SECRET}@db.internal/q_r?host=10.0.0.9&sslmode=require`, {}, 'postgres://10.0.0.9:5432/q_r'],
  ['postgres:///q_r', { PGHOST: '/run/pg', PGPORT: '6000' }, 'postgres:///run/pg:6000/q_r'],
  [`postgres://qa:${SECRET}@/q_r`, { PGHOST: '/run/pg' }, 'postgres:///run/pg:5432/q_r'],
  [`postgresql://qa:${SECRET}@/q_r?host=/var/run/postgresql`, {}, 'postgres:///var/run/postgresql:5432/q_r'],
  [`postgres://qa:${SECRET}@%2Fvar%2Frun%2Fpostgresql/q_r`, {}, 'postgres:///var/run/postgresql:5432/q_r'],
  [`postgres://qa:${SECRET}@[::1]:5433/q_r`, {}, 'postgres://[::1]:5433/q_r'],
  [`postgres://qa:${SECRET}@127.0.0.1`, { PGDATABASE: 'netra' }, 'postgres://127.0.0.1:5432/netra'],
  [`postgres://qa:p@ss:${SECRET}@127.0.0.1/q_r`, {}, 'postgres://127.0.0.1:5432/q_r'],
];

describe('a PostgreSQL store named in messages', () => {
  it.each(CASES)('%s is named as pg connects to it, by both names, never with its user or password', (url, env, where) => {
    expect(postgresLocation(url, env)).toBe(where);
    expect(queueLocation({ ...env, DATABASE_URL: url })).toBe(where);
    expect(where).not.toMatch(/qa|s3cr3t/);
  });

  it('a URL nothing can read is named as such, without repeating it', () => {
    const url = `postgres://qa:${SECRET}@exa mple:99999999/q_r`;
    expect(postgresLocation(url, {})).toBe('postgres (unreadable DATABASE_URL)');
    expect(queueLocation({ DATABASE_URL: url })).toBe('postgres (unreadable DATABASE_URL)');
  });
});

const pgKind = postgresKind();
describe.runIf(pgKind.available)('a store opened by a URL with user info and no host', () => {
  beforeAll(() => pgKind.setup(), 60_000);
  afterAll(() => pgKind.teardown());

  it('opens, and its start line names it as the resume check does', async () => {
    const given = new URL((await pgKind.fresh()).url as string);
    // pg's form for a server named only in the query: user info, empty host
    const url = `postgres://${given.username}@${given.pathname}?host=${given.hostname}&port=${given.port}`;
    const store = await ReviewStore.open({ url });
    try {
      expect(store.rdb.where).toBe(`postgres://${given.hostname}:${given.port}${given.pathname}`);
      expect(store.rdb.where).toBe(queueLocation({ DATABASE_URL: url }));
    } finally {
      await store.close();
    }
  });
});
