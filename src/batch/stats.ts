// Job counters and the final summary printed on stderr. Counters are kept in the checkpoint, so a
// resumed job's summary covers the whole job, not just the part after the restart.
import { LABELS } from '../data/labels.js';
import { LEVELS } from '../decision/level.js';
import type { ChunkResult } from './types.js';
import { outcomeParts } from './outcome.js';
import { counted } from './count-noun.js';
import type { RecognisedCounts } from '../review/enqueue.js';
import { addIdCounts, noIdCounts, type IdCounts } from './id-counts.js';

export interface StatsJSON {
  read: number;
  scored: number;
  skipped: number;
  errors: number;
  /** Scored without a stage for want of a posting time (see ChunkResult); progress files of older netra lack it. */
  noPostedAt?: number;
  /** Scored without a stage for want of an election (see ChunkResult); progress files of older netra lack it. */
  noElection?: number;
  /** Scored with a posting time later than when they were scored (see ChunkResult), and the first of them; progress files of older netra lack them. */
  postedLater?: number;
  firstPostedLater?: number;
  /** Scored with a posting time long before every election the scorers know (long-before.ts), and the first of them; progress files of older netra lack them. */
  postedLongBefore?: number;
  firstPostedLongBefore?: number;
  /** Ids in scientific notation, JSONL ids under "ID"/"Id", records repeating an earlier id (id-counts.ts); progress files of older netra lack them. */
  ids?: IdCounts;
  labels: Record<string, number>;
  levels: Record<string, number>;
}

export class BatchStats implements StatsJSON {
  read = 0;
  scored = 0;
  skipped = 0;
  errors = 0;
  noPostedAt = 0;
  noElection = 0;
  postedLater = 0;
  firstPostedLater: number | undefined;
  postedLongBefore = 0;
  firstPostedLongBefore: number | undefined;
  ids: IdCounts = noIdCounts();
  labels: Record<string, number> = Object.fromEntries(LABELS.map((l) => [l, 0]));
  levels: Record<string, number> = Object.fromEntries(LEVELS.map((l) => [l, 0]));

  static from(json: StatsJSON): BatchStats {
    const s = new BatchStats();
    s.read = json.read;
    s.scored = json.scored;
    s.skipped = json.skipped;
    s.errors = json.errors;
    s.noPostedAt = json.noPostedAt ?? 0;
    s.noElection = json.noElection ?? 0;
    s.postedLater = json.postedLater ?? 0;
    s.firstPostedLater = json.firstPostedLater;
    s.postedLongBefore = json.postedLongBefore ?? 0;
    s.firstPostedLongBefore = json.firstPostedLongBefore;
    s.ids = { ...noIdCounts(), ...json.ids };
    for (const k of Object.keys(s.labels)) s.labels[k] = json.labels[k] ?? 0;
    for (const k of Object.keys(s.levels)) s.levels[k] = json.levels[k] ?? 0;
    return s;
  }

  add(r: ChunkResult): void {
    this.read += r.count;
    this.scored += r.scored;
    this.skipped += r.skipped;
    this.errors += r.errors.length;
    this.noPostedAt += r.noPostedAt;
    this.noElection += r.noElection;
    this.postedLater += r.postedLater;
    this.firstPostedLater ??= r.firstPostedLater; // chunks are added in record order
    this.postedLongBefore += r.postedLongBefore;
    this.firstPostedLongBefore ??= r.firstPostedLongBefore;
    addIdCounts(this.ids, r);
    for (const [outcome, n] of Object.entries(r.outcomes)) {
      const { level, label } = outcomeParts(outcome);
      this.levels[level] = (this.levels[level] ?? 0) + n;
      this.labels[label] = (this.labels[label] ?? 0) + n;
    }
  }

  get written(): number {
    return this.scored - this.skipped;
  }

  toJSON(): StatsJSON {
    return { read: this.read, scored: this.scored, skipped: this.skipped, errors: this.errors, noPostedAt: this.noPostedAt, noElection: this.noElection, postedLater: this.postedLater, ...(this.firstPostedLater !== undefined ? { firstPostedLater: this.firstPostedLater } : {}), postedLongBefore: this.postedLongBefore, ...(this.firstPostedLongBefore !== undefined ? { firstPostedLongBefore: this.firstPostedLongBefore } : {}), ids: { ...this.ids }, labels: { ...this.labels }, levels: { ...this.levels } };
  }
}

export interface SummaryContext {
  seconds: number;
  /** Of which starting the scorers (model load, worker threads). */
  startupSeconds: number;
  /** Fraction of the time the main thread was busy (reading, parsing, writing) after startup. */
  mainThreadBusy: number;
  /** Records processed by this run (less than stats.read after a resume). */
  processedThisRun: number;
  resumedAt?: number;
  threads: number;
  minRisk: number;
  errorsFile?: string;
  sampleErrors: string[];
  peakRssBytes: number;
  stoppedEarly?: string;
  /** Why a job that read records failed without a stop (it scored none of them): exit 1. */
  failed?: string;
  /** Review-queue counts with --enqueue. */
  queued?: { created: number; duplicates: number; alreadyDecided?: { confirmed: number; dismissed: number }; recognised?: RecognisedCounts };
  /** What looks wrong with an input that read without errors (a CSV header that took in the data). */
  warnings?: string[];
  /** What the input held that is no record, said without alarm (a chat export's system lines). */
  notes?: string[];
}

const num = (n: number): string => n.toLocaleString('en-US');

/** Of the posts already queued, those a supervisor already decided for good: what a re-run need not send to review again (nothing said when none is). */
function alreadyDecided(q: NonNullable<SummaryContext['queued']>): string {
  if (!q.alreadyDecided || q.duplicates === 0) return '';
  const { confirmed, dismissed } = q.alreadyDecided;
  if (confirmed + dismissed === 0) return '';
  return `, of which ${num(confirmed + dismissed)} already decided (${num(confirmed)} confirmed, ${num(dismissed)} dismissed)`;
}

/**
 * Of the posts already queued, those the queue knew though this run sent them with an id or author the
 * run that queued them lacked, or without one it gave (or without the posting time it gave), or at another UTC minute (another
 * --posted-at-zone): so a user who changed a flag sees why none of them was queued again.
 */
const RECOGNISED: [keyof RecognisedCounts, string][] = [
  ['withoutId', 'queued before without an id (a run without --id-field), known by author and text'],
  ['withId', 'queued before with an id (a run with --id-field), known by author and text'],
  ['withoutAuthor', 'queued before without an author (a run without --author-field), known by text'],
  ['withAuthor', 'queued before with an author (a run with --author-field), known by text'],
  ['withTime', 'queued before with a posting time (a run with --posted-at-field), known by author and text'],
  ['otherZone', 'queued before with another --posted-at-zone, known by the time as written'],
];

function recognised(q: NonNullable<SummaryContext['queued']>): string {
  return RECOGNISED.map(([how, said]) => ((q.recognised?.[how] ?? 0) > 0 ? `; ${num(q.recognised?.[how] ?? 0)} ${said}` : '')).join('');
}

/** A rate as the summary gives it: whole from 10 a second, two figures below (a slow job's is not "0 records/s"). */
function perSecond(n: number, seconds: number): number {
  if (seconds <= 0) return 0;
  const rate = n / seconds;
  return rate >= 10 ? Math.round(rate) : Number(rate.toPrecision(2));
}

export function formatSummary(s: BatchStats, ctx: SummaryContext): string {
  const lines: string[] = [];
  const kept = ctx.minRisk > 0 ? `, ${num(s.skipped)} skipped by --min-risk ${ctx.minRisk}, ${num(s.written)} written` : '';
  lines.push(`netra score: ${counted(s.read, 'record')} read, ${num(s.scored)} scored${kept}, ${counted(s.errors, 'error')}${s.errors > 0 ? (ctx.errorsFile ? ` (see ${ctx.errorsFile})` : ' (not saved: pass --errors FILE)') : ''}`);
  if (s.errors > 0 && !ctx.errorsFile) for (const e of ctx.sampleErrors) lines.push(`  e.g. ${e}`);
  for (const w of ctx.warnings ?? []) lines.push(`  warning: ${w}`);
  for (const note of ctx.notes ?? []) lines.push(`  note: ${note}`);
  lines.push(`  labels: ${LABELS.map((l) => `${l} ${num(s.labels[l] ?? 0)}`).join(', ')}`);
  lines.push(`  levels: ${[...LEVELS].reverse().map((l) => `${l} ${num(s.levels[l] ?? 0)}`).join(', ')}`);
  const rate = perSecond(ctx.processedThisRun, ctx.seconds);
  const resumed = ctx.resumedAt !== undefined ? `; resumed after record ${num(ctx.resumedAt)}` : '';
  const workers = ctx.threads > 0 ? counted(ctx.threads, 'worker thread') : 'main thread';
  lines.push(`  throughput: ${counted(ctx.processedThisRun, 'record')} in ${ctx.seconds.toFixed(1)} s (startup ${ctx.startupSeconds.toFixed(1)} s), ${counted(rate, 'record/s', 'records/s')} with ${workers}${resumed}`);
  lines.push(`  peak RSS ${Math.round(ctx.peakRssBytes / 2 ** 20)} MB; main thread busy ${Math.round(ctx.mainThreadBusy * 100)}%`);
  // The queue counts are this run's: after a resume, records the interrupted run queued count as already queued.
  const queuedWhen = ctx.resumedAt !== undefined ? ' this run' : '';
  const queuedRisk = ctx.minRisk > 0 ? `, risk ≥ ${ctx.minRisk}` : ''; // only what is written is queued
  if (ctx.queued) lines.push(`  review queue${queuedWhen}: ${num(ctx.queued.created)} added, ${num(ctx.queued.duplicates)} already queued (levels sedang and tinggi${queuedRisk})${alreadyDecided(ctx.queued)}${recognised(ctx.queued)}`);
  if (ctx.stoppedEarly) lines.push(`  stopped early: ${ctx.stoppedEarly}`);
  if (ctx.failed) lines.push(`  failed: ${ctx.failed}`);
  return `${lines.join('\n')}\n`;
}
