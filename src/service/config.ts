// Service configuration from environment variables, validated once at startup. Every variable is
// listed in docs/service.md; a bad value stops the process with a message naming the variable.
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import express from 'express';
import { hasModel, resolveModelDir } from '../model/artifact.js';
import { DEFAULT_MAX_TEXT_LENGTH, MAX_TEXT_LENGTH_SETTING } from '../pipeline/limits.js';
import { wholeNumberSetting } from '../util/whole-number-setting.js';
import { directoryProblem } from '../util/directory.js';
import { readElectionDir } from '../elections/load.js';
import type { ElectionConfig } from '../elections/schema.js';

export interface ServiceConfig {
  /** TCP port; 0 picks a free one. PORT, default 8080. */
  port: number;
  /** Interface to bind. HOST, default 0.0.0.0. */
  host: string;
  /** Largest request body in bytes. NETRA_BODY_LIMIT ("1mb", "512kb" or bytes), default 1 MB, at most 16 MB. */
  bodyLimitBytes: number;
  /** Longest post text in characters (code points). NETRA_MAX_TEXT_LENGTH, default 10000. */
  maxTextLength: number;
  /** Most items in one POST /v1/score/batch. NETRA_MAX_BATCH_ITEMS, default 1000. */
  maxBatchItems: number;
  /**
   * API keys accepted for scoring; empty = scoring is open. NETRA_API_KEYS, comma-separated; a key
   * followed by ` expires=<RFC 3339 date-time>` is refused from then on (given as an object).
   */
  apiKeys: ScoringKey[];
  /** pino level. LOG_LEVEL, default info. */
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** How long SIGTERM waits for in-flight requests before closing sockets. NETRA_SHUTDOWN_TIMEOUT_MS, default 10000. */
  shutdownTimeoutMs: number;
  /** Model version or directory. NETRA_MODEL, default: models/default.json. Read by the scoring core. */
  model?: string;
  /** Election config directory. ELECTIONS_DIR, default data/elections. Read by the scoring core. */
  electionsDir?: string;
  /** ELECTIONS_DIR's configs, loaded once by the start-up check: the scorer takes them instead of reading the directory again. */
  elections?: readonly ElectionConfig[];
  /** Worker threads scoring POST /v1/score/batch (0: inline). NETRA_SCORE_WORKERS, default: the number of CPUs, at most 4. */
  scoreWorkers: number;
  /** Also load tfjs after start-up so /v1/model reports its backend (scoring never needs it; ≈60 MB). NETRA_LOAD_TFJS=1, default off. */
  loadTfjs: boolean;
  /**
   * Which proxies may name the client in X-Forwarded-For (Express's `trust proxy`): false, a number of
   * proxy hops, or their addresses / CIDR ranges / `loopback`, `linklocal`, `uniquelocal`.
   * NETRA_TRUST_PROXY, default none: behind a reverse proxy every client would share its address,
   * and one client's failed keys would lock the others out of the review queue.
   */
  trustProxy: false | number | string[];
  /**
   * Serve GET /metrics without a key even when NETRA_API_KEYS is set, for a scraper on a private
   * network that cannot send one. NETRA_METRICS_OPEN=1, default off: metrics tell what was scored.
   */
  metricsOpen: boolean;
}

export const DEFAULT_CONFIG: ServiceConfig = {
  port: 8080,
  host: '0.0.0.0',
  bodyLimitBytes: 1024 * 1024,
  maxTextLength: DEFAULT_MAX_TEXT_LENGTH,
  maxBatchItems: 1000,
  apiKeys: [],
  logLevel: 'info',
  shutdownTimeoutMs: 10_000,
  scoreWorkers: Math.min(4, availableParallelism()),
  loadTfjs: false,
  trustProxy: false,
  metricsOpen: false,
};

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid configuration: ${problems.join('; ')}`);
    this.name = 'ConfigError';
  }
}

const UNITS: Record<string, number> = { '': 1, b: 1, kb: 1024, k: 1024, mb: 1024 ** 2, m: 1024 ** 2, gb: 1024 ** 3, g: 1024 ** 3 };

/**
 * Largest NETRA_BODY_LIMIT: 16 MB. A full batch at the default limits (1,000 posts × 10,000
 * characters) is about 10 MB of JSON for mostly-ASCII text, so it fits; a body is held about three
 * times over while it is read (bytes, decoded string, parsed values), so even a few at once stay well
 * inside the 256 MB heap of `npm start`. A larger limit invites out-of-memory crashes.
 */
export const MAX_BODY_LIMIT_BYTES = 16 * 1024 ** 2;

/** "1mb", "512kb", "2048" → bytes (Infinity for more digits than a double holds); undefined when unreadable. */
export function parseBytes(value: string): number | undefined {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(b|kb|k|mb|m|gb|g)?\s*$/i.exec(value);
  if (!m) return undefined;
  return Math.floor(Number(m[1]) * UNITS[(m[2] ?? '').toLowerCase()]);
}

const intIn = (min: number, max: number) =>
  z.string().transform((raw, ctx) => {
    const r = wholeNumberSetting(raw, min, max);
    if ('value' in r) return r.value;
    ctx.addIssue({ code: 'custom', message: r.problem });
    return z.NEVER;
  });

/** NETRA_TRUST_PROXY → Express's `trust proxy` value, checked by Express itself (it compiles the list). */
const trustProxySchema = z.string().transform((raw, ctx) => {
  const value = raw.trim();
  if (/^(true|all|\*)$/i.test(value)) {
    ctx.addIssue({ code: 'custom', message: 'trusting every proxy would let any client choose its address with X-Forwarded-For; give the number of proxies in front of netra (e.g. 1) or their addresses (e.g. loopback or 10.0.0.0/8)' });
    return z.NEVER;
  }
  const hops = wholeNumberSetting(value, 1, 10);
  // Digits are a hop count: Express would read "0" or "11" as the address 0.0.0.0 or 0.0.0.11, silently.
  if (/^\d+$/.test(value) && 'problem' in hops) {
    ctx.addIssue({ code: 'custom', message: `${hops.problem} as a number of proxies (1–10); unset it when no proxy is in front of netra` });
    return z.NEVER;
  }
  const trust = 'value' in hops ? hops.value : value.split(',').map((a) => a.trim()).filter(Boolean);
  try {
    express().set('trust proxy', trust);
  } catch (err) {
    ctx.addIssue({ code: 'custom', message: `${(err as Error).message}: give a number of proxies (1–10), or addresses, CIDR ranges, loopback, linklocal or uniquelocal, comma-separated` });
    return z.NEVER;
  }
  return trust;
});

/** One of `values`, refused in our words (zod's own read `Invalid option: expected one of "fatal"|…`). */
const oneOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.string().transform((raw, ctx) => {
    if ((values as readonly string[]).includes(raw)) return raw as T[number];
    ctx.addIssue({ code: 'custom', message: `must be one of ${values.join(', ')}; got ${JSON.stringify(raw)}` });
    return z.NEVER;
  });

const envSchema = z.object({
  PORT: intIn(0, 65535).optional(),
  HOST: z.string().trim().min(1, 'must not be empty').optional(),
  NETRA_BODY_LIMIT: z
    .string()
    .transform((v, ctx) => {
      const n = parseBytes(v);
      const problem =
        n === undefined || n < 1024
          ? 'must be a size from 1kb to 16mb, e.g. 1mb, 512kb or 1048576'
          : n > MAX_BODY_LIMIT_BYTES
            ? `is over the largest allowed, 16mb (${MAX_BODY_LIMIT_BYTES} bytes): a larger body risks running the service out of memory`
            : undefined;
      if (problem === undefined) return n as number;
      ctx.addIssue({ code: 'custom', message: problem });
      return z.NEVER;
    })
    .optional(),
  NETRA_MAX_TEXT_LENGTH: intIn(1, MAX_TEXT_LENGTH_SETTING).optional(),
  NETRA_MAX_BATCH_ITEMS: intIn(1, 100_000).optional(),
  NETRA_API_KEYS: z.string().optional(),
  LOG_LEVEL: oneOf(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).optional(),
  NETRA_SHUTDOWN_TIMEOUT_MS: intIn(0, 600_000).optional(),
  NETRA_MODEL: z.string().optional(),
  NETRA_SCORE_WORKERS: intIn(0, 64).optional(),
  NETRA_LOAD_TFJS: oneOf(['0', '1', 'true', 'false']).optional(),
  // Read by the core when tfjs loads (src/model/backend.ts); checked here so a typo stops start-up.
  NETRA_TF_BACKEND: oneOf(['node', 'tensorflow', 'wasm', 'cpu']).optional(),
  ELECTIONS_DIR: z.string().optional(),
  NETRA_TRUST_PROXY: trustProxySchema.optional(),
  NETRA_METRICS_OPEN: oneOf(['0', '1', 'true', 'false']).optional(),
});

/**
 * The model and election directories must exist, and the election configs load: found at start, not as
 * a scoring error (or a failure to start) later.
 */
function pathProblems(env: Record<string, string | undefined>): { problems: string[]; elections?: ElectionConfig[] } {
  const out: string[] = [];
  let elections: ElectionConfig[] | undefined;
  if (env.ELECTIONS_DIR !== undefined) {
    const dir = path.resolve(env.ELECTIONS_DIR);
    const read = directoryProblem(dir) ? { problem: `no directory at ${dir}` } : readElectionDir(dir);
    if ('problem' in read) out.push(`ELECTIONS_DIR: ${read.problem}`);
    else elections = read.configs;
  }
  if (env.NETRA_MODEL !== undefined) {
    let dir: string;
    try {
      dir = resolveModelDir(env.NETRA_MODEL);
    } catch (err) {
      return { problems: [...out, `NETRA_MODEL: ${(err as Error).message}`], elections };
    }
    if (!hasModel(dir)) out.push(`NETRA_MODEL: no model at ${dir} (a model directory, or a version under models/)`);
  }
  return { problems: out, elections };
}

/** A scoring key: the key alone never expires. */
export type ScoringKey = string | { key: string; expiresAt: string };

/** `KEY expires=2027-06-30T00:00:00+07:00`: a space cannot be inside a key, so the suffix cannot be part of one. */
const WITH_EXPIRY = /^(\S+)\s+expires=(\S*)$/;
/** RFC 3339: a date-time with seconds and a zone (`Z` or `±hh:mm`), as the review API's times are read. */
const RFC3339 = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:\d\d)$/i;

/** Splits `KEY expires=DATE` entries; the problems name the key's position, never the key. */
function scoringKeys(entries: string[]): { keys: ScoringKey[]; problems: string[] } {
  const problems: string[] = [];
  const keys = entries.map((entry, i): ScoringKey => {
    const m = WITH_EXPIRY.exec(entry);
    if (!m) return entry;
    if (!RFC3339.test(m[2]) || Number.isNaN(Date.parse(m[2]))) {
      problems.push(`NETRA_API_KEYS: key ${i + 1} has an expires= that is no RFC 3339 date-time with a zone (such as 2027-06-30T00:00:00+07:00)`);
    }
    return { key: m[1], expiresAt: m[2] };
  });
  return { keys, problems };
}

/** The key itself of a scoring key. */
export const keyOf = (k: ScoringKey): string => (typeof k === 'string' ? k : k.key);

/** Shortest key accepted: a shorter one is guessable. */
const MIN_KEY_LENGTH = 16;

/**
 * Keys that cannot work as listed: one with a space inside cannot be sent as a Bearer token (and is
 * most likely two keys missing a comma); one with a character outside printable ASCII cannot be sent
 * as the same bytes (a header is read byte by byte, so it would never match); a short one is
 * guessable; a repeated one is a copy-paste slip. Named by position, from 1, never by content: keys
 * are secrets.
 */
function apiKeyProblems(keys: string[]): string[] {
  return keys.flatMap((k, i) => {
    const key = `NETRA_API_KEYS: key ${i + 1}`;
    if (/\s/.test(k)) return [`${key} contains a space; separate keys with commas, and a key cannot hold one (it is sent as "Authorization: Bearer KEY")`];
    if (/[^\x21-\x7e]/.test(k)) return [`${key} has a character other than ASCII letters, digits and punctuation; an HTTP header cannot carry it as the same bytes, so no request could present the key`];
    if (k.length < MIN_KEY_LENGTH) return [`${key} is too short: every key must be at least ${MIN_KEY_LENGTH} characters long`];
    const first = keys.indexOf(k);
    return first < i ? [`${key} repeats key ${first + 1}`] : [];
  });
}

/** Reads the service configuration from `env` (process.env by default); throws ConfigError naming bad variables. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): ServiceConfig {
  // Empty strings mean "unset", the way shells and compose files often pass them.
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = envSchema.safeParse(present);
  const problems = parsed.success ? [] : parsed.error.issues.map((i) => `${String(i.path[0] ?? 'env')}: ${i.message}`);
  const { keys: apiKeys, problems: expiryProblems } = scoringKeys(
    String(present.NETRA_API_KEYS ?? '')
      .split(',')
      .map((k) => k.trim())
      .filter((k) => k.length > 0),
  );
  problems.push(...apiKeyProblems(apiKeys.map(keyOf)), ...expiryProblems);
  if (present.NETRA_API_KEYS !== undefined && apiKeys.length === 0) problems.push('NETRA_API_KEYS: holds no key, only commas or spaces (unset it to leave scoring open)');
  const paths = pathProblems(present);
  problems.push(...paths.problems);
  if (!parsed.success || problems.length > 0) throw new ConfigError(problems);
  const e = parsed.data;
  return {
    port: e.PORT ?? DEFAULT_CONFIG.port,
    host: e.HOST ?? DEFAULT_CONFIG.host,
    bodyLimitBytes: e.NETRA_BODY_LIMIT ?? DEFAULT_CONFIG.bodyLimitBytes,
    maxTextLength: e.NETRA_MAX_TEXT_LENGTH ?? DEFAULT_CONFIG.maxTextLength,
    maxBatchItems: e.NETRA_MAX_BATCH_ITEMS ?? DEFAULT_CONFIG.maxBatchItems,
    apiKeys,
    logLevel: e.LOG_LEVEL ?? DEFAULT_CONFIG.logLevel,
    shutdownTimeoutMs: e.NETRA_SHUTDOWN_TIMEOUT_MS ?? DEFAULT_CONFIG.shutdownTimeoutMs,
    scoreWorkers: e.NETRA_SCORE_WORKERS ?? DEFAULT_CONFIG.scoreWorkers,
    loadTfjs: e.NETRA_LOAD_TFJS === undefined ? DEFAULT_CONFIG.loadTfjs : e.NETRA_LOAD_TFJS === '1' || e.NETRA_LOAD_TFJS === 'true',
    trustProxy: e.NETRA_TRUST_PROXY ?? DEFAULT_CONFIG.trustProxy,
    metricsOpen: e.NETRA_METRICS_OPEN === undefined ? DEFAULT_CONFIG.metricsOpen : e.NETRA_METRICS_OPEN === '1' || e.NETRA_METRICS_OPEN === 'true',
    ...(e.NETRA_MODEL ? { model: e.NETRA_MODEL } : {}),
    ...(e.ELECTIONS_DIR ? { electionsDir: e.ELECTIONS_DIR, elections: paths.elections } : {}),
  };
}
