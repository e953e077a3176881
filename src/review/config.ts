// Review configuration from the environment.
//   DATABASE_URL            postgres://… to use PostgreSQL; unset → SQLite
//   NETRA_DATA_DIR          directory of the SQLite file (default var/ under the project; see data-dir.ts)
//   NETRA_RETENTION_DAYS    days after a decision before the post text is purged (default 180; 0 = never)
//   NETRA_RETENTION_ESCALATED_DAYS  days after an escalation before an open escalation's text is purged (default 365; 0 = never)
//   NETRA_REVIEW_MAX_BATCH  most posts per POST /v1/review/items (default 500)
//   NETRA_MAX_TEXT_LENGTH   longest post text in characters, as for /v1/score (default 10,000)
//   NETRA_DB_CONNECT_TIMEOUT_MS  most ms a new PostgreSQL connection may take (default 10,000)
import { wholeNumberSetting } from '../util/whole-number-setting.js';
import { DEFAULT_MAX_TEXT_LENGTH, MAX_TEXT_LENGTH_SETTING } from '../pipeline/limits.js';
import { isPostgresUrl, NOT_POSTGRES } from './db/url.js';
import { connectTimeoutSetting, DEFAULT_CONNECT_TIMEOUT_MS } from './db/connect-timeout.js';
import path from 'node:path';
import { directoryProblem } from '../util/directory.js';
import { resolveDataDir } from './data-dir.js';
import { defaultEscalatedDays } from './retention-run.js';

/** Most posts per POST /v1/review/items when NETRA_REVIEW_MAX_BATCH is unset. */
export const DEFAULT_REVIEW_MAX_BATCH = 500;

export interface ReviewConfig {
  databaseUrl?: string;
  dataDir: string;
  retentionDays: number;
  /** NETRA_RETENTION_ESCALATED_DAYS; unset: the longer of 365 and NETRA_RETENTION_DAYS (defaultEscalatedDays, retention-run.ts). */
  escalatedRetentionDays?: number;
  maxBatch: number;
  maxTextLength: number;
  /** NETRA_DB_CONNECT_TIMEOUT_MS; unset: openDatabase reads it (default 10 s). */
  connectTimeoutMs?: number;
}

/** Review settings that cannot be used, each named; the service exits 2 on them, like on its own settings. */
export class ReviewConfigError extends Error {
  override name = 'ReviewConfigError';
  constructor(readonly problems: string[]) {
    super(problems.join('; '));
  }
}

function intEnv(name: string, fallback: number, env: NodeJS.ProcessEnv, problems: string[], min = 0, max?: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const r = wholeNumberSetting(raw, min, max);
  if (!('problem' in r)) return r.value;
  problems.push(`${name}: ${r.problem}, got ${JSON.stringify(raw)}`);
  return fallback;
}

/**
 * Why the SQLite file cannot go under `dir`: the nearest part of it that exists is no directory. A
 * missing directory is made on start; a file there failed only after the model loaded, unnamed.
 */
function dataDirProblem(dir: string): string | undefined {
  let at = path.resolve(dir);
  while (directoryProblem(at) === 'does not exist' && path.dirname(at) !== at) at = path.dirname(at);
  return directoryProblem(at) === 'is not a directory' ? `${at} is not a directory (the review store's SQLite file goes under it)` : undefined;
}

/**
 * Problems with where the store is and how it is reached (DATABASE_URL, NETRA_DATA_DIR,
 * NETRA_DB_CONNECT_TIMEOUT_MS), each named: for commands that read no other review setting.
 */
export function storeSettingProblems(env: NodeJS.ProcessEnv = process.env): string[] {
  const problems: string[] = [];
  const databaseUrl = env.DATABASE_URL || undefined;
  if (databaseUrl !== undefined && !isPostgresUrl(databaseUrl)) problems.push(`DATABASE_URL: ${NOT_POSTGRES}`);
  const dataDirBad = databaseUrl === undefined ? dataDirProblem(resolveDataDir(env.NETRA_DATA_DIR)) : undefined;
  if (dataDirBad) problems.push(`NETRA_DATA_DIR: ${dataDirBad}`);
  const timeout = connectTimeoutSetting(env);
  if ('problem' in timeout) problems.push(timeout.problem);
  return problems;
}

/** The review settings, or a ReviewConfigError naming every bad one. */
export function reviewConfig(env: NodeJS.ProcessEnv = process.env): ReviewConfig {
  const problems = storeSettingProblems(env);
  const databaseUrl = env.DATABASE_URL || undefined;
  const retentionDays = intEnv('NETRA_RETENTION_DAYS', 180, env, problems, 0, 36_500); // a century; more overflows dates
  const config: ReviewConfig = {
    databaseUrl,
    dataDir: resolveDataDir(env.NETRA_DATA_DIR),
    retentionDays,
    // unset: never shorter than NETRA_RETENTION_DAYS, so a longer period set before this setting existed still starts
    escalatedRetentionDays: intEnv('NETRA_RETENTION_ESCALATED_DAYS', defaultEscalatedDays(retentionDays), env, problems, 0, 36_500),
    maxBatch: intEnv('NETRA_REVIEW_MAX_BATCH', DEFAULT_REVIEW_MAX_BATCH, env, problems, 1), // 0 would refuse every post
    // The scoring service's own setting and bounds: a post it scores can be enqueued, and no longer one.
    maxTextLength: intEnv('NETRA_MAX_TEXT_LENGTH', DEFAULT_MAX_TEXT_LENGTH, env, problems, 1, MAX_TEXT_LENGTH_SETTING),
    connectTimeoutMs: DEFAULT_CONNECT_TIMEOUT_MS,
  };
  // An open escalation keeps its evidence longer than a decided item, never shorter (0: until decided).
  const escalated = config.escalatedRetentionDays ?? 0;
  if (escalated > 0 && escalated < config.retentionDays) problems.push(`NETRA_RETENTION_ESCALATED_DAYS: must be at least NETRA_RETENTION_DAYS (${config.retentionDays}), or 0, got ${escalated}`);
  const timeout = connectTimeoutSetting(env); // a problem with it is among storeSettingProblems'
  if (!('problem' in timeout)) config.connectTimeoutMs = timeout.value;
  if (problems.length > 0) throw new ReviewConfigError(problems);
  return config;
}
