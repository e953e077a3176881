// Which database a DATABASE_URL names: its own module so configuration checks need no database driver.
import { percentDecodedOrAsWritten as decoded } from '../../util/percent-decoded.js';

export function isPostgresUrl(url: string | undefined): url is string {
  return !!url && /^postgres(ql)?:\/\//.test(url);
}

/** Why a DATABASE_URL that is not PostgreSQL's cannot be used (said by the config check and by openDatabase). */
export const NOT_POSTGRES = 'must start with postgres:// or postgresql:// (unset it to use SQLite)';

/** What names a URL nothing can read (pg cannot connect by it either), without repeating it. */
export const UNREADABLE_POSTGRES_URL = 'postgres (unreadable DATABASE_URL)';

/**
 * Where a PostgreSQL URL points, as pg resolves it: host and port (`?host=` and `?port=` over the URL's;
 * an empty host is PGHOST's, else localhost; a socket directory, `%2F`-encoded or not, as a path), and
 * database (PGDATABASE when the URL names none). Never the user or password: the user info is cut off
 * before the URL is read. The one name of a PostgreSQL store: in the service's start line and connection
 * errors, and in `score --enqueue`'s resume check (queueLocation).
 */
export function postgresLocation(url: string, env: NodeJS.ProcessEnv = process.env): string {
  // Up to the last `@` before the path: pg's socket form `postgres://user@/db` is no valid URL with it.
  const bare = url.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/?#]*@/i, '$1');
  let u: URL;
  try {
    u = new URL(bare);
  } catch {
    return UNREADABLE_POSTGRES_URL;
  }
  const host = u.searchParams.get('host') || decoded(u.hostname) || env.PGHOST || 'localhost';
  const port = u.searchParams.get('port') || u.port || env.PGPORT || '5432';
  const database = u.pathname.length > 1 ? decoded(u.pathname.slice(1)) : (env.PGDATABASE ?? '');
  return `postgres://${host}:${port}/${database}`;
}
