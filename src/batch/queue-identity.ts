// Which review store a progress file's queue name means, so that `--resume` goes on into the same store
// however its name was spelt, and never into another. This netra names a store as the store's start
// line does (src/review/db/store-name.ts): PostgreSQL's as pg connects to it, SQLite's by its file.
// Netra before it wrote `sqlite:DIR` for a SQLite store, and a PostgreSQL store's host and database as
// the URL spelt them (`postgres://%2Fvar%2Frun%2Fpostgresql:5432/netra` for a socket directory).
import { statSync } from 'node:fs';
import path from 'node:path';
import { sqliteFile } from '../review/data-dir.js';
import { percentDecodedOrAsWritten as decoded } from '../util/percent-decoded.js';
// What netra writes for a DATABASE_URL it cannot read (nor open a store by); an older netra wrote it too.
import { UNREADABLE_POSTGRES_URL } from '../review/db/url.js';


type Store = { kind: 'sqlite'; file: string } | { kind: 'postgres'; host: string; port: string; database: string } | { kind: 'unknown' };

/** Whether the queue's name tells no store at all (what an older netra wrote for a URL it could not read). */
export const namesNoStore = (name: string): boolean => name === UNREADABLE_POSTGRES_URL;

function storeOf(name: string): Store {
  if (name.startsWith('sqlite:')) return { kind: 'sqlite', file: sqliteFile(name.slice('sqlite:'.length)) };
  // postgres://HOST:PORT/DATABASE, where HOST may be a socket directory or [an IPv6 address]
  const pg = /^postgres:\/\/(.*?):([^:/]*)\/(.*)$/s.exec(name);
  if (pg) return { kind: 'postgres', host: decoded(pg[1]), port: pg[2], database: decoded(pg[3]) };
  return path.isAbsolute(name) ? { kind: 'sqlite', file: name } : { kind: 'unknown' };
}

/** One file under two names (a symlinked data directory), when both are there to ask. */
function sameFile(a: string, b: string): boolean {
  const [sa, sb] = [statSync(a, { throwIfNoEntry: false }), statSync(b, { throwIfNoEntry: false })];
  return sa !== undefined && sb !== undefined && sa.dev === sb.dev && sa.ino === sb.ino;
}

/** Whether the queue a progress file names (`recorded`) is the store this run names `now`. */
export function sameReviewStore(recorded: string, now: string): boolean {
  if (recorded === now) return true;
  const [a, b] = [storeOf(recorded), storeOf(now)];
  if (a.kind === 'sqlite' && b.kind === 'sqlite') return a.file === b.file || sameFile(a.file, b.file);
  if (a.kind === 'postgres' && b.kind === 'postgres') return a.host !== '' && a.host === b.host && a.port === b.port && a.database === b.database;
  return false;
}

const IN = { sqlite: 'a SQLite store', postgres: 'in PostgreSQL' } as const;

/** What differs between two stores that are not the same (sameReviewStore), as the refusal says it; undefined when it cannot be told. */
export function storeDifference(recorded: string, now: string): string | undefined {
  if (namesNoStore(recorded)) return 'the netra that wrote the progress file could not read its DATABASE_URL (an older netra could not read one with a user and no host, nor open its store), so the file does not say which store that was';
  const [a, b] = [storeOf(recorded), storeOf(now)];
  if (a.kind === 'unknown' || b.kind === 'unknown') return undefined;
  if (a.kind !== b.kind) return `the interrupted run's queue was ${IN[a.kind]}, this run's is ${IN[b.kind]}`;
  if (a.kind === 'sqlite' || b.kind === 'sqlite') return 'they are two SQLite files (NETRA_DATA_DIR names another directory)';
  const parts = (['host', 'port', 'database'] as const).filter((p) => a[p] !== b[p]);
  return parts.map((p) => `the ${p} differs (${a[p] || 'none'} then, ${b[p] || 'none'} now)`).join(', ') || undefined;
}

