// Prometheus metrics, hand-written (text exposition format 0.0.4): request counts and latency
// histograms by route and status, scored posts by level and label, batch item errors, the model in
// use and a few process gauges. Routes are templates ("/v1/score"), never raw URLs, so label
// cardinality stays bounded.
import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { RequestHandler } from 'express';
import { routeOf } from './logging.js';

export const METRICS_CONTENT_TYPE = 'text/plain; version=0.0.4; charset=utf-8';

/** Latency buckets in seconds: fine-grained below 10 ms where single scoring lives. */
export const LATENCY_BUCKETS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

type Labels = Record<string, string>;

const escapeLabel = (v: string): string => v.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');

function labelText(labels: Labels, extra?: [string, string]): string {
  const parts = Object.entries(labels).map(([k, v]) => `${k}="${escapeLabel(v)}"`);
  if (extra) parts.push(`${extra[0]}="${escapeLabel(extra[1])}"`);
  return parts.length ? `{${parts.join(',')}}` : '';
}

const fmt = (n: number): string => (Number.isInteger(n) ? String(n) : String(Math.round(n * 1e9) / 1e9));

class Counter {
  private readonly values = new Map<string, { labels: Labels; value: number }>();
  constructor(
    readonly name: string,
    readonly help: string,
  ) {}

  inc(labels: Labels, by = 1): void {
    const key = JSON.stringify(labels);
    const cur = this.values.get(key);
    if (cur) cur.value += by;
    else this.values.set(key, { labels, value: by });
  }

  render(): string[] {
    const out = [`# HELP ${this.name} ${this.help}`, `# TYPE ${this.name} counter`];
    for (const { labels, value } of this.values.values()) out.push(`${this.name}${labelText(labels)} ${fmt(value)}`);
    return out;
  }
}

class Histogram {
  private readonly series = new Map<string, { labels: Labels; counts: number[]; sum: number; count: number }>();
  constructor(
    readonly name: string,
    readonly help: string,
    readonly buckets: readonly number[],
  ) {}

  observe(labels: Labels, value: number): void {
    const key = JSON.stringify(labels);
    let s = this.series.get(key);
    if (!s) {
      s = { labels, counts: new Array(this.buckets.length).fill(0), sum: 0, count: 0 };
      this.series.set(key, s);
    }
    for (let i = 0; i < this.buckets.length; i++) if (value <= this.buckets[i]) s.counts[i]++;
    s.sum += value;
    s.count++;
  }

  render(): string[] {
    const out = [`# HELP ${this.name} ${this.help}`, `# TYPE ${this.name} histogram`];
    for (const s of this.series.values()) {
      this.buckets.forEach((b, i) => out.push(`${this.name}_bucket${labelText(s.labels, ['le', String(b)])} ${s.counts[i]}`));
      out.push(`${this.name}_bucket${labelText(s.labels, ['le', '+Inf'])} ${s.count}`);
      out.push(`${this.name}_sum${labelText(s.labels)} ${fmt(s.sum)}`);
      out.push(`${this.name}_count${labelText(s.labels)} ${s.count}`);
    }
    return out;
  }
}

function gauge(name: string, help: string, samples: [Labels, number][]): string[] {
  return [`# HELP ${name} ${help}`, `# TYPE ${name} gauge`, ...samples.map(([l, v]) => `${name}${labelText(l)} ${fmt(v)}`)];
}

export class Metrics {
  readonly requests = new Counter('netra_http_requests_total', 'HTTP requests by method, route template and status code.');
  readonly latency = new Histogram('netra_http_request_duration_seconds', 'HTTP request latency in seconds by method, route template and status code.', LATENCY_BUCKETS);
  readonly scores = new Counter('netra_scores_total', 'Posts scored, by review level and label.');
  readonly postedAtFuture = new Counter('netra_posted_at_future_total', 'Posts scored with a postedAt later than when they were scored (a placeholder, a typo in the year, a wrong zone), single and batch, and posts the review queue POST /items queues; each answer warns of it.');
  readonly batchItemErrors = new Counter('netra_batch_item_errors_total', 'Batch items refused (returned as error entries), by status.');
  readonly reviewStoreErrors = new Counter('netra_review_store_errors_total', 'Review store failures (a request\'s unexpected error, an idle database connection ended), by error code ("none": the error had none).');
  private inFlight = 0;
  private model: { version: string; backend: string } | undefined;
  private ready: () => boolean = () => true;
  private batchWorkers: () => number = () => 0;
  private readonly loopDelay = monitorEventLoopDelay({ resolution: 10 });
  private readonly startedAt = Date.now() / 1000;

  constructor() {
    this.postedAtFuture.inc({}, 0); // a sample from the start, so rate() sees the first one
    this.loopDelay.enable();
    // Do not keep the process alive for the sampler.
    (this.loopDelay as unknown as { unref?: () => void }).unref?.();
  }

  setModel(version: string, backend: string): void {
    this.model = { version, backend };
  }

  setReadiness(ready: () => boolean): void {
    this.ready = ready;
  }

  setBatchWorkers(count: () => number): void {
    this.batchWorkers = count;
  }

  /** `code`: the error's code (SQLITE_FULL, 57P01, ECONNREFUSED), undefined when it has none. */
  recordReviewStoreError(code: string | undefined): void {
    this.reviewStoreErrors.inc({ code: code ?? 'none' });
  }

  recordScore(level: string, label: string, count = 1): void {
    this.scores.inc({ level, label }, count);
  }

  /** Counts and times every request when its response finishes (or the client goes away). */
  middleware(): RequestHandler {
    return (req, res, next) => {
      const start = process.hrtime.bigint();
      this.inFlight++;
      let done = false;
      const finish = (): void => {
        if (done) return;
        done = true;
        this.inFlight--;
        const labels = { method: req.method, route: routeOf(req, res), status: String(res.statusCode) };
        this.requests.inc(labels);
        this.latency.observe(labels, Number(process.hrtime.bigint() - start) / 1e9);
      };
      res.on('finish', finish);
      res.on('close', finish);
      next();
    };
  }

  render(): string {
    const mem = process.memoryUsage();
    const cpu = process.cpuUsage();
    const lines = [
      ...this.requests.render(),
      ...this.latency.render(),
      ...this.scores.render(),
      ...this.batchItemErrors.render(),
      ...this.postedAtFuture.render(),
      ...this.reviewStoreErrors.render(),
      ...gauge('netra_model_info', 'The model being served (value is always 1).', this.model ? [[this.model, 1]] : []),
      ...gauge('netra_ready', '1 when the service accepts scoring requests, 0 while starting or draining.', [[{}, this.ready() ? 1 : 0]]),
      ...gauge('netra_batch_workers', 'Worker threads scoring batch requests (0: scored on the event loop).', [[{}, this.batchWorkers()]]),
      ...gauge('netra_http_requests_in_flight', 'Requests currently being handled.', [[{}, this.inFlight]]),
      ...gauge('nodejs_eventloop_delay_p99_seconds', 'p99 event-loop delay since start, in seconds.', [[{}, this.loopDelay.percentile(99) / 1e9]]),
      ...gauge('process_resident_memory_bytes', 'Resident set size in bytes.', [[{}, mem.rss]]),
      ...gauge('nodejs_heap_used_bytes', 'V8 heap in use, in bytes.', [[{}, mem.heapUsed]]),
      ...gauge('process_start_time_seconds', 'Start time of the service since the Unix epoch, in seconds.', [[{}, this.startedAt]]),
      `# HELP process_cpu_seconds_total User and system CPU time spent, in seconds.`,
      `# TYPE process_cpu_seconds_total counter`,
      `process_cpu_seconds_total ${fmt((cpu.user + cpu.system) / 1e6)}`,
    ];
    return lines.join('\n') + '\n';
  }
}
