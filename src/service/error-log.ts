// What an unexpected error's log line may say. Its code always (SQLITE_FULL, 57P01, ECONNREFUSED:
// what an operator acts on); its message only for the kinds whose messages carry no request data:
// SQLite's (values are bound parameters, so they name tables, columns and constraints, never values),
// PostgreSQL's outside SQLSTATE class 22 (data exceptions quote the value: `invalid input syntax for
// type uuid: "…"`; the row a constraint refused is in `detail`, never logged), and system call errors
// (`connect ECONNREFUSED 127.0.0.1:5432`). Other messages can quote input, so only name and frames.

export interface LoggedError {
  name: string;
  code?: string;
  message?: string;
  frames: string[];
}

type Coded = Error & { code?: unknown; severity?: unknown; syscall?: unknown };

const isSqlite = (e: Coded): boolean => e.name === 'SqliteError';
/** pg's DatabaseError: a five-character SQLSTATE and the server's severity. */
const isPostgres = (e: Coded): boolean => typeof e.severity === 'string' && typeof e.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code);
const isSystem = (e: Coded): boolean => typeof e.syscall === 'string' && typeof e.code === 'string' && /^E[A-Z0-9]+$/.test(e.code);

/** The error's code when it has one a label can hold (letters, digits, underscores). */
export function errorCode(err: unknown): string | undefined {
  const code = (err as Coded | undefined)?.code;
  return typeof code === 'string' && /^[A-Za-z0-9_]{1,40}$/.test(code) ? code : undefined;
}

export function loggedError(err: unknown): LoggedError {
  const e = (err ?? {}) as Coded;
  const out: LoggedError = { name: typeof e.name === 'string' ? e.name : typeof err, frames: e.stack?.split('\n').slice(1).map((l) => l.trim()) ?? [] };
  const code = errorCode(err);
  if (code) out.code = code;
  const safeMessage = isSqlite(e) || isSystem(e) || (isPostgres(e) && !String(e.code).startsWith('22'));
  if (safeMessage && typeof e.message === 'string') out.message = e.message;
  return out;
}
