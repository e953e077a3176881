// Service benchmark (not a test): starts the service on 127.0.0.1 (a free port) in a child process,
// measures cold start to ready, drives POST /v1/score at a fixed rate and POST /v1/score/batch with
// 1,000 posts per request using autocannon, and reads the server's RSS. Prints a table; `--json FILE`
// also writes the numbers. Loopback only; the child is killed at the end, on error and on a deadline.
//
//   npm run bench:service [-- --duration 30] [--batch-duration 10] [--rate 500] [--connections 1,10] [--json FILE]
//
// autocannon's rate limit gives each connection its share of the rate at the start of every second and
// sends it back to back. With one connection that is a steady stream with one request in flight (the
// service's own latency at 500 req/s); with ten, up to ten requests queue at once in the burst, which
// is the pessimistic figure. Both are measured by default.
// Batch throughput on a shared machine moves by ±15 % from one 10-second phase to the next, so the
// batch load runs in rounds that alternate between the server with worker threads and a second one
// scoring inline (NETRA_SCORE_WORKERS=0), and the medians are reported (each round's figure too).
// The server runs with the Node flags of `npm start` (read from package.json), so the numbers
// describe what ships.
// BENCH_PROF=DIR starts the server with --cpu-prof (its main thread's profile lands in DIR on exit).
import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { syntheticPosts } from './lib/synthetic-posts.js';
import { percentile } from './lib/percentile.js';
import { jsonOutArg, scriptArgs } from './lib/args.js';

// ---- autocannon (no bundled types; only what we use) ----
interface AcRequest {
  method: string;
  path: string;
  headers?: Record<string, string>;
  body?: string;
  setupRequest?: (req: AcRequest) => AcRequest;
}
interface AcOptions {
  url: string;
  connections: number;
  duration: number;
  overallRate?: number;
  timeout?: number;
  requests: AcRequest[];
}
interface AcResult {
  requests: { total: number; average: number };
  latency: { p50: number; p99: number };
  errors: number;
  timeouts: number;
  non2xx: number;
  duration: number;
  statusCodeStats: Record<string, { count: number }>;
}
interface AcInstance {
  on(event: 'response', fn: (client: unknown, statusCode: number, resBytes: number, responseTime: number) => void): void;
  stop(): void;
}
type Autocannon = (opts: AcOptions, cb: (err: Error | null, result: AcResult) => void) => AcInstance;
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

// ---- arguments ----
const args = scriptArgs('bench:service', {
  duration: { type: 'string', default: '30' },
  'batch-duration': { type: 'string', default: '10' },
  rate: { type: 'string', default: '500' },
  connections: { type: 'string', default: '1,10' },
  'batch-size': { type: 'string', default: '1000' },
  'batch-rounds': { type: 'string', default: '3' },
  json: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
});
if (args.help) {
  console.log(
    [
      'usage: npm run bench:service [-- --duration S] [--batch-duration S] [--batch-rounds N] [--rate N] [--connections N[,N…]] [--batch-size N] [--json FILE]',
      '  cold start to ready; POST /v1/score at N req/s for S s per connection count (p50/p99 latency, errors);',
      '  POST /v1/score/batch with batch-size posts per request (posts/s; median of N rounds alternating with',
      '  the same load scored inline); server RSS.',
      '  BENCH_PROF=DIR also writes a CPU profile of the server\'s main thread into DIR (node --cpu-prof).',
    ].join('\n'),
  );
  process.exit(0);
}
jsonOutArg('bench:service', args.json);
const num = (name: keyof typeof args, min: number, max: number): number => {
  const v = Number(args[name]);
  if (!Number.isFinite(v) || v < min || v > max) {
    console.error(`bench:service: --${name} must be a number in [${min}, ${max}]`);
    process.exit(2);
  }
  return v;
};
const DURATION = num('duration', 1, 600);
const BATCH_DURATION = num('batch-duration', 1, 600);
const RATE = num('rate', 1, 100_000);
const CONNECTIONS = String(args.connections)
  .split(',')
  .map((c) => Number(c.trim()));
if (CONNECTIONS.some((c) => !Number.isInteger(c) || c < 1 || c > 1000)) {
  console.error('bench:service: --connections must be whole numbers in [1, 1000], comma-separated');
  process.exit(2);
}
const BATCH_SIZE = num('batch-size', 1, 100_000);
const BATCH_ROUNDS = num('batch-rounds', 1, 20);
const HOST = '127.0.0.1'; // loopback only, by design
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const TARGETS = { p99Ms: 5, postsPerSecond: 30_000, rssMB: 300, coldStartMs: 2000 };

interface SingleReport {
  rate: number;
  connections: number;
  durationS: number;
  requests: number;
  achievedRps: number;
  p50Ms: number;
  p90Ms: number;
  p99Ms: number;
  maxMs: number;
  errors: number;
  timeouts: number;
  non2xx: number;
}

// ---- helpers ----
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, HOST, () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

function procStatusMB(pid: number, field: 'VmRSS' | 'VmHWM'): number | undefined {
  try {
    const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : undefined;
  } catch {
    return undefined; // not Linux: fall back to /metrics
  }
}

async function rssMB(base: string, pid: number): Promise<number> {
  const proc = procStatusMB(pid, 'VmRSS');
  if (proc !== undefined) return proc;
  const text = await (await fetch(`${base}/metrics`)).text();
  return Number(/^process_resident_memory_bytes (\d+)/m.exec(text)?.[1] ?? NaN) / 2 ** 20;
}

const round = (x: number, d = 2): number => Math.round(x * 10 ** d) / 10 ** d;

function run(opts: AcOptions): Promise<{ result: AcResult; latencies: number[] }> {
  const latencies: number[] = [];
  return new Promise((resolve, reject) => {
    const inst = autocannon(opts, (err, result) => (err ? reject(err) : resolve({ result, latencies })));
    inst.on('response', (_c, status, _b, ms) => {
      if (status >= 200 && status < 300) latencies.push(ms);
    });
  });
}

// ---- the servers under test ----
interface Server {
  proc: ChildProcess;
  pid: number;
  base: string;
  readyMs: number;
  logFile: string;
}
const children: ChildProcess[] = [];
const tmp = mkdtempSync(path.join(os.tmpdir(), 'netra-bench-'));

function cleanup(): void {
  for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
  rmSync(tmp, { recursive: true, force: true });
}
process.on('exit', cleanup);
for (const sig of ['SIGINT', 'SIGTERM'] as const) process.on(sig, () => process.exit(130));
// Deadline: the benchmark always stops by itself.
const deadline = setTimeout(
  () => {
    console.error('bench:service: deadline exceeded, stopping');
    process.exit(1);
  },
  (DURATION * CONNECTIONS.length + 2 * BATCH_ROUNDS * (BATCH_DURATION + 1) + 180) * 1000,
);
deadline.unref();

/** The Node flags of `npm start` (package.json), so the server under test runs as it ships. */
function startFlags(): string[] {
  const start = String((JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts.start);
  const words = start.trim().split(/\s+/);
  const from = words.indexOf('node');
  const to = words.indexOf('--import');
  if (from < 0 || to < from) throw new Error(`cannot read the node flags from the start script: ${start}`);
  return words.slice(from + 1, to);
}

async function startServer(port: number, name: string, env: Record<string, string> = {}): Promise<Server> {
  const logFile = path.join(tmp, `${name}.log`);
  const out = openSync(logFile, 'w');
  const t0 = performance.now();
  // node --import tsx (not the tsx CLI) so that the child is the server itself and its RSS is the server's.
  const prof = process.env.BENCH_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROF}`] : [];
  const proc = spawn(process.execPath, [...prof, ...startFlags(), '--import', 'tsx', 'src/service/server.ts'], {
    cwd: ROOT,
    env: { ...process.env, HOST, PORT: String(port), NETRA_API_KEYS: '', LOG_LEVEL: process.env.LOG_LEVEL ?? 'info', ...env },
    stdio: ['ignore', out, out],
  });
  children.push(proc);
  closeSync(out);
  const base = `http://${HOST}:${port}`;
  for (;;) {
    if (proc.exitCode !== null) throw new Error(`server exited with ${proc.exitCode}: ${readFileSync(logFile, 'utf8').slice(-2000)}`);
    if (performance.now() - t0 > 60_000) throw new Error('server not ready after 60 s');
    try {
      const res = await fetch(`${base}/readyz`);
      if (res.status === 200) return { proc, pid: proc.pid!, base, readyMs: performance.now() - t0, logFile };
    } catch {
      // not listening yet
    }
    await sleep(10);
  }
}

/** Waits until the batch worker threads are up (the server starts them after listening). */
async function batchWorkers(base: string): Promise<number> {
  const t0 = performance.now();
  for (;;) {
    const body = (await (await fetch(`${base}/readyz`)).json()) as { batchWorkers?: number };
    if ((body.batchWorkers ?? 0) > 0 || performance.now() - t0 > 30_000) return body.batchWorkers ?? 0;
    await sleep(100);
  }
}

async function stopServer(server: Server): Promise<{ exitCode: number | null; ms: number }> {
  const stopStart = performance.now();
  const { proc } = server;
  proc.kill('SIGTERM');
  const exitCode = await new Promise<number | null>((r) => (proc.exitCode !== null ? r(proc.exitCode) : proc.once('exit', (c) => r(c))));
  return { exitCode, ms: performance.now() - stopStart };
}

function serverLog(server: Server, msg: string): Record<string, unknown> | undefined {
  return readFileSync(server.logFile, 'utf8')
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as Record<string, unknown>)
    .find((l) => String(l.msg).startsWith(msg));
}

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

// ---- main ----
async function main(): Promise<void> {
  const port = await freePort();
  const posts = [...syntheticPosts(20_000, 11)];
  const singleBodies = posts.slice(0, 5000).map((text, i) => JSON.stringify({ text, id: `b${i}` }));
  const batchBodies = Array.from({ length: 8 }, (_, k) =>
    JSON.stringify({ items: Array.from({ length: BATCH_SIZE }, (_, i) => ({ text: posts[(k * BATCH_SIZE + i) % posts.length], id: `b${k}-${i}` })) }),
  );
  const rotate = (bodies: string[]) => {
    let i = 0;
    return (req: AcRequest): AcRequest => ({ ...req, body: bodies[i++ % bodies.length] });
  };
  const json = { 'content-type': 'application/json' };

  const loadBefore = os.loadavg()[0];
  console.log(`starting the service on http://${HOST}:${port} (1-min load average ${round(loadBefore, 2)} on ${os.cpus().length} CPUs) …`);
  const server = await startServer(port, 'server');
  const { readyMs, pid, base } = server;
  const ready = serverLog(server, 'scorer ready');
  const listening = serverLog(server, 'listening');
  const flags = startFlags().join(' ');
  console.log(`ready in ${Math.round(readyMs)} ms (backend ${String(ready?.backend)}; node ${flags}${process.env.NODE_OPTIONS ? `, NODE_OPTIONS=${process.env.NODE_OPTIONS}` : ''}); RSS ${round(await rssMB(base, pid), 1)} MB`);
  const rssIdle = await rssMB(base, pid);

  // Warm-up (JIT, caches), not measured.
  await run({ url: base, connections: 1, duration: 2, overallRate: RATE, requests: [{ method: 'POST', path: '/v1/score', headers: json, setupRequest: rotate(singleBodies) }] });

  const singles: SingleReport[] = [];
  let rssAfterSingle = 0;
  for (const connections of CONNECTIONS) {
    console.log(`single: POST /v1/score at ${RATE} req/s over ${connections} connection(s) for ${DURATION} s …`);
    const single = await run({
      url: base,
      connections,
      duration: DURATION,
      overallRate: RATE,
      timeout: 10,
      requests: [{ method: 'POST', path: '/v1/score', headers: json, setupRequest: rotate(singleBodies) }],
    });
    rssAfterSingle = Math.max(rssAfterSingle, await rssMB(base, pid));
    const lat = [...single.latencies].sort((a, b) => a - b);
    singles.push({
      rate: RATE,
      connections,
      durationS: single.result.duration,
      requests: single.result.requests.total,
      achievedRps: round(single.result.requests.total / single.result.duration, 1),
      p50Ms: round(percentile(lat, 50), 3),
      p90Ms: round(percentile(lat, 90), 3),
      p99Ms: round(percentile(lat, 99), 3),
      maxMs: round(lat[lat.length - 1] ?? NaN, 3),
      errors: single.result.errors,
      timeouts: single.result.timeouts,
      non2xx: single.result.non2xx,
    });
  }

  /** Warm-up, then 2 connections of batch requests for BATCH_DURATION s. */
  async function batchPhase(url: string) {
    const requests = [{ method: 'POST', path: '/v1/score/batch', headers: json, setupRequest: rotate(batchBodies) }];
    await run({ url, connections: 1, duration: 1, timeout: 30, requests }); // warm-up, not measured
    const r = await run({ url, connections: 2, duration: BATCH_DURATION, timeout: 30, requests });
    const latencies = [...r.latencies].sort((a, b) => a - b);
    return { result: r.result, latencies, postsPerSecond: (latencies.length * BATCH_SIZE) / r.result.duration };
  }

  const workers = await batchWorkers(base);
  // Baseline in the same run: the same batches scored inline on the event loop (NETRA_SCORE_WORKERS=0),
  // by a second server that idles while the first is measured, and the other way round.
  const inlineServer = await startServer(await freePort(), 'inline', { NETRA_SCORE_WORKERS: '0' });
  console.log(
    `batch: POST /v1/score/batch with ${BATCH_SIZE} posts per request, ${BATCH_ROUNDS} round(s) of ${BATCH_DURATION} s on ${workers} worker thread(s), each followed by the same load scored inline (NETRA_SCORE_WORKERS=0) …`,
  );
  const rounds: { pooled: Awaited<ReturnType<typeof batchPhase>>; inline: Awaited<ReturnType<typeof batchPhase>> }[] = [];
  for (let r = 0; r < BATCH_ROUNDS; r++) {
    const pooled = await batchPhase(base);
    const inline = await batchPhase(inlineServer.base);
    rounds.push({ pooled, inline });
    console.log(`  round ${r + 1}: ${Math.round(pooled.postsPerSecond)} posts/s on workers, ${Math.round(inline.postsPerSecond)} inline`);
  }
  const rssAfterBatch = await rssMB(base, pid);
  const peak = procStatusMB(pid, 'VmHWM');
  await stopServer(inlineServer);
  const { exitCode, ms: stopMs } = await stopServer(server);

  const blat = rounds.flatMap((r) => r.pooled.latencies).sort((a, b) => a - b);
  const postsPerSecond = median(rounds.map((r) => r.pooled.postsPerSecond));
  const inlinePostsPerSecond = median(rounds.map((r) => r.inline.postsPerSecond));
  const sum = (pick: (r: AcResult) => number): number => rounds.reduce((a, r) => a + pick(r.pooled.result), 0);

  const report = {
    date: new Date().toISOString(),
    machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, node: process.version, platform: `${os.platform()} ${os.release()}` },
    // Other work on the machine skews every figure; the 1-minute load average is recorded before and after.
    loadAverage: { before: round(loadBefore, 2), after: round(os.loadavg()[0], 2) },
    backend: ready?.backend,
    model: ready?.model,
    nodeFlags: flags, // from `npm start`
    nodeOptions: process.env.NODE_OPTIONS ?? null, // passed on to the server
    coldStart: { readyMs: round(readyMs, 0), serverListeningAtMs: listening?.startupMs, coreImportMs: ready?.importMs, modelLoadMs: ready?.loadMs },
    single: singles,
    batch: {
      batchSize: BATCH_SIZE,
      workers,
      connections: 2,
      rounds: rounds.map((r) => ({ postsPerSecond: round(r.pooled.postsPerSecond, 0), inlinePostsPerSecond: round(r.inline.postsPerSecond, 0) })),
      durationS: sum((r) => r.duration),
      requests: sum((r) => r.requests.total),
      postsPerSecond: round(postsPerSecond, 0),
      p50Ms: round(percentile(blat, 50), 1),
      p99Ms: round(percentile(blat, 99), 1),
      errors: sum((r) => r.errors),
      timeouts: sum((r) => r.timeouts),
      non2xx: sum((r) => r.non2xx),
      inlinePostsPerSecond: round(inlinePostsPerSecond, 0),
      ratioToInline: round(postsPerSecond / inlinePostsPerSecond, 2),
    },
    rssMB: { idle: round(rssIdle, 1), afterSingle: round(rssAfterSingle, 1), afterBatch: round(rssAfterBatch, 1), peak: peak === undefined ? null : round(peak, 1) },
    shutdown: { exitCode, ms: round(stopMs, 0) },
    targets: TARGETS,
  };
  const maxRss = Math.max(report.rssMB.afterSingle, report.rssMB.afterBatch, report.rssMB.peak ?? 0);
  const verdict = (ok: boolean) => (ok ? 'ok' : 'MISSED');
  console.table([
    { metric: 'cold start → ready (ms)', value: report.coldStart.readyMs, target: `< ${TARGETS.coldStartMs}`, result: verdict(readyMs < TARGETS.coldStartMs) },
    ...singles.flatMap((r) => {
      const tag = `@${r.rate}/s, ${r.connections} conn`;
      return [
        { metric: `single p50 latency (ms) ${tag}`, value: r.p50Ms, target: '', result: '' },
        { metric: `single p99 latency (ms) ${tag}`, value: r.p99Ms, target: `< ${TARGETS.p99Ms}`, result: verdict(r.p99Ms < TARGETS.p99Ms) },
        { metric: `single requests / achieved req/s ${tag}`, value: `${r.requests} / ${r.achievedRps}`, target: '', result: '' },
        { metric: `single errors (conn/timeouts/non-2xx) ${tag}`, value: `${r.errors}/${r.timeouts}/${r.non2xx}`, target: '0/0/0', result: verdict(r.errors + r.timeouts + r.non2xx === 0) },
      ];
    }),
    { metric: `batch posts/s (${BATCH_SIZE}/request, median of ${BATCH_ROUNDS})`, value: report.batch.postsPerSecond, target: `≥ ${TARGETS.postsPerSecond}`, result: verdict(postsPerSecond >= TARGETS.postsPerSecond) },
    { metric: `batch posts/s inline (NETRA_SCORE_WORKERS=0), same rounds`, value: report.batch.inlinePostsPerSecond, target: '', result: `${report.batch.ratioToInline}×` },
    { metric: 'batch request p50 / p99 (ms)', value: `${report.batch.p50Ms} / ${report.batch.p99Ms}`, target: '', result: '' },
    { metric: 'batch errors (conn/timeouts/non-2xx)', value: `${report.batch.errors}/${report.batch.timeouts}/${report.batch.non2xx}`, target: '0/0/0', result: verdict(report.batch.errors + report.batch.timeouts + report.batch.non2xx === 0) },
    { metric: 'server RSS max (MB)', value: round(maxRss, 1), target: `< ${TARGETS.rssMB}`, result: verdict(maxRss < TARGETS.rssMB) },
    { metric: 'SIGTERM → exit (ms, code)', value: `${report.shutdown.ms} (${exitCode})`, target: 'code 0', result: verdict(exitCode === 0) },
  ]);
  if (args.json) {
    writeFileSync(args.json, JSON.stringify(report, null, 2) + '\n');
    console.log(`wrote ${args.json}`);
  }
}

main().then(
  () => process.exit(0),
  (err: Error) => {
    console.error(`bench:service: ${err.message}`);
    process.exit(1);
  },
);
