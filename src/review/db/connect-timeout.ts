// How long a new PostgreSQL connection may take (NETRA_DB_CONNECT_TIMEOUT_MS): without a limit, a
// DATABASE_URL whose listener accepts TCP and never answers hung the service start and the CLI forever.
import { wholeNumberSetting } from '../../util/whole-number-setting.js';

export const CONNECT_TIMEOUT_VARIABLE = 'NETRA_DB_CONNECT_TIMEOUT_MS';
export const DEFAULT_CONNECT_TIMEOUT_MS = 10_000;

/** The timeout in ms, or why the variable cannot be used (named). Empty or unset: the default. */
export function connectTimeoutSetting(env: NodeJS.ProcessEnv = process.env): { value: number } | { problem: string } {
  const raw = env[CONNECT_TIMEOUT_VARIABLE];
  if (raw === undefined || raw === '') return { value: DEFAULT_CONNECT_TIMEOUT_MS };
  const r = wholeNumberSetting(raw, 100, 600_000);
  return 'problem' in r ? { problem: `${CONNECT_TIMEOUT_VARIABLE}: ${r.problem}, got ${JSON.stringify(raw)}` } : r;
}

/** pg's errors for a connection that did not complete within connectionTimeoutMillis (pool and client). */
export function isConnectTimeout(err: unknown): boolean {
  const message = (err as Error)?.message ?? '';
  return message === 'timeout exceeded when trying to connect' || message === 'Connection terminated due to connection timeout';
}
