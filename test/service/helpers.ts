// Shared test setup: one scorer per test file, and a real HTTP server on 127.0.0.1 (random port)
// around createApp. Logs are captured in memory so tests can check what is (not) logged.
import type { FailedAuthThrottle } from '../../src/service/throttle.js';
import { connect, type AddressInfo } from 'node:net';
import { request, type IncomingMessage, type Server } from 'node:http';
import { Router, type Express } from 'express';
import { createScorer } from '../../src/pipeline/create.js';
import type { Scorer } from '../../src/pipeline/scorer.js';
import { createApp, type ExtraRouter } from '../../src/service/app.js';
import { DEFAULT_CONFIG, type ServiceConfig } from '../../src/service/config.js';
import { createLogger, type Logger } from '../../src/service/logging.js';
import { Health } from '../../src/service/health.js';
import { Metrics } from '../../src/service/metrics.js';
import type { BatchPool } from '../../src/service/batch-pool.js';
import { answerClientErrors } from '../../src/service/client-error.js';
import { createHttpServer } from '../../src/service/http-server.js';
import { inviteBodiesWhenRead } from '../../src/service/read-body.js';

let scorer: Promise<Scorer> | undefined;

/** The scoring core, loaded once per test file (vitest isolates modules per file). */
export function loadScorer(): Promise<Scorer> {
  scorer ??= createScorer();
  return scorer;
}

export interface TestService {
  url: string;
  server: Server;
  app: Express;
  logger: Logger;
  logs: string[];
  health: Health;
  metrics: Metrics;
  close(): Promise<void>;
}

export async function startService(
  options: { config?: Partial<ServiceConfig>; routers?: ExtraRouter[]; batchPool?: BatchPool; throttle?: FailedAuthThrottle } = {},
): Promise<TestService> {
  const s = await loadScorer();
  const config: ServiceConfig = { ...DEFAULT_CONFIG, host: '127.0.0.1', port: 0, logLevel: 'debug', ...options.config };
  const logs: string[] = [];
  const logger = createLogger(config, { write: (line: string) => void logs.push(line) });
  const health = new Health();
  const metrics = new Metrics();
  const app = createApp({ scorer: s, config, logger, health, metrics, routers: options.routers, batchPool: options.batchPool, throttle: options.throttle });
  const server = await new Promise<Server>((resolve, reject) => {
    const srv = createHttpServer(app).listen(0, '127.0.0.1', () => resolve(srv)); // as server.ts does
    srv.on('error', reject);
  });
  answerClientErrors(server, logger); // as server.ts does
  inviteBodiesWhenRead(server);
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    server,
    app,
    logger,
    logs,
    health,
    metrics,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export function postJson(url: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
}

/** POSTs bytes as they are; `contentType: null` sends no Content-Type at all (use a Uint8Array body then, fetch labels strings text/plain). */
export function postRaw(url: string, body: string | Uint8Array, contentType: string | null = 'application/json', headers: Record<string, string> = {}): Promise<Response> {
  return fetch(url, { method: 'POST', headers: { ...(contentType ? { 'content-type': contentType } : {}), ...headers }, body: body as string });
}

export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  requestId?: string;
  errors?: { field: string; message: string }[];
}

/** Asserts an RFC 9457 response and returns its body. */
export async function expectProblem(res: Response, status: number): Promise<ProblemBody> {
  const text = await res.text();
  if (res.status !== status) throw new Error(`expected status ${status}, got ${res.status}: ${text.slice(0, 500)}`);
  const type = res.headers.get('content-type') ?? '';
  if (!type.startsWith('application/problem+json')) throw new Error(`expected application/problem+json, got ${type}`);
  const body = JSON.parse(text) as ProblemBody;
  if (body.status !== status || typeof body.type !== 'string' || typeof body.title !== 'string') throw new Error(`not a problem document: ${text.slice(0, 300)}`);
  return body;
}

export type { Router };

/**
 * Asserts the full documented problem contract (docs/service.md, Errors): a netra problem type, title,
 * status, detail, errors (an array of {field, message}), instance (the path) and requestId.
 */
export async function expectFullProblem(res: Response, status: number, instance?: string): Promise<ProblemBody & { detail: string; errors: { field: string; message: string }[] }> {
  const p = await expectProblem(res, status);
  const missing = [
    /^urn:netra:problem:[a-z-]+$/.test(p.type) ? '' : `type ${p.type}`,
    typeof p.detail === 'string' && p.detail.length > 0 ? '' : 'detail',
    Array.isArray(p.errors) && p.errors.every((e) => typeof e.field === 'string' && typeof e.message === 'string') ? '' : 'errors',
    typeof p.instance === 'string' && (instance === undefined || p.instance === instance) ? '' : `instance ${p.instance}`,
    typeof p.requestId === 'string' && p.requestId === res.headers.get('x-request-id') ? '' : 'requestId',
  ].filter(Boolean);
  if (missing.length) throw new Error(`problem lacks ${missing.join(', ')}: ${JSON.stringify(p)}`);
  return p as ProblemBody & { detail: string; errors: { field: string; message: string }[] };
}

/**
 * Writes `head` (request line, headers and maybe the start of a body) on a raw connection and
 * resolves with everything the server sent once it closes the connection; fails if it stays open 5 s.
 */
export function answerUntilClosed(url: string, head: string): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    const { port, hostname } = new URL(url);
    const socket = connect(Number(port), hostname, () => socket.write(head));
    let got = '';
    socket.on('data', (d: Buffer) => (got += d.toString()));
    socket.on('close', () => resolve(got));
    socket.on('error', reject);
    setTimeout(() => socket.destroy(new Error(`still open after 5 s: ${got.slice(0, 80)}`)), 5000).unref();
  });
}

/** Writes `head` on a raw connection and resolves with the first thing the server sends back (then closes it). */
export function firstReply(url: string, head: string): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    const { port, hostname } = new URL(url);
    const socket = connect(Number(port), hostname, () => socket.write(head));
    socket.once('data', (d: Buffer) => {
      resolve(d.toString());
      socket.destroy();
    });
    socket.on('error', reject);
    setTimeout(() => socket.destroy(new Error('no reply after 5 s')), 5000).unref();
  });
}

/**
 * Starts a POST that never ends (chunked unless `headers` say otherwise), writes `body` and resolves
 * with the answer's head, which must come while the upload is still going; destroy the answer after.
 */
export function answerWhileSending(url: string, headers: Record<string, string>, body: string | Buffer): Promise<IncomingMessage> {
  return new Promise<IncomingMessage>((resolve, reject) => {
    const req = request(url, { method: 'POST', headers: { 'transfer-encoding': 'chunked', ...headers } }, resolve);
    req.on('error', reject);
    req.write(body);
  });
}

/** A router whose GET /hold waits until the test releases it. */
export function holdingRouter() {
  let release!: () => void;
  let entered!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  const inside = new Promise<void>((r) => (entered = r));
  const router = Router();
  router.get('/hold', async (_req, res) => {
    entered();
    await gate;
    res.json({ finished: true });
  });
  return { router, release, inside };
}
