// Which database a DATABASE_URL names: its own module so configuration checks need no database driver.
export function isPostgresUrl(url: string | undefined): url is string {
  return !!url && /^postgres(ql)?:\/\//.test(url);
}

/** Why a DATABASE_URL that is not PostgreSQL's cannot be used (said by the config check and by openDatabase). */
export const NOT_POSTGRES = 'must start with postgres:// or postgresql:// (unset it to use SQLite)';

/** Where a PostgreSQL URL points, for messages and logs: host, port and database, never user or password. */
export function postgresLocation(url: string): string {
  const u = new URL(url);
  return `postgres://${u.hostname}:${u.port || 5432}${u.pathname}`;
}
