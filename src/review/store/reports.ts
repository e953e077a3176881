// Reports: the decisions export (with reviewer labels, for retraining, and analysts' latest
// suggestions) and queue statistics, including how often reviewers agree with the model and with
// analysts' suggestions.
import type { ReviewDb } from '../db/open.js';
import type { Tx } from './tx.js';
import type { SqlBool } from 'kysely';
import { sql } from '../db/kysely.js';
import { notSuperseded } from './in-force.js';
import { isFinalStatus } from './workflow.js';
import { statusAfter } from './corrections.js';
import type { Outcome } from '../db/schema.js';
import { latestSuggestions, suggestionStats, type SuggestionStats } from './suggestions.js';

export interface ExportRow {
  item_id: string;
  source: string;
  external_id: string | null;
  election: string | null;
  stage: string | null;
  posted_at: string | null;
  model_version: string;
  model_label: string;
  risk: number;
  level: string;
  outcome: string;
  reviewer_label: string | null;
  reason: string;
  reviewer: string;
  decided_at: string;
  /** Null once purged by retention. */
  text: string | null;
  /** The item's latest label suggested by an analyst (by note time), null when none. */
  suggested_label: string | null;
  /** How many notes on the item suggest a label. */
  suggestions: number;
  /** How many analysts suggested a label (one analyst's several notes are one), as the queue page counts them. */
  suggestion_analysts: number;
  /** Of those, how many back `suggested_label` now: their own latest suggestion is that label. */
  suggestion_backing: number;
  /** The post's author (account) as the feed gave it; null when none was given, and once purged by retention. */
  author: string | null;
  /** The link to the post; null when none was given, and once purged by retention. */
  url: string | null;
  /** The part of a long post the model's result is about ([start, end) in UTF-16 code units of `text`); null when the whole post was scored, and once purged. */
  part_start: number | null;
  part_end: number | null;
  /** The decision's own id, which `corrects` and `superseded_by` name. */
  decision_id: string;
  /**
   * The decision in force for the item: confirmed or dismissed, and no correction superseded it. False
   * for superseded decisions, escalations and reopenings, so counting `final` rows counts each decided item once.
   */
  final: boolean;
  /** A correction's: the decision it superseded; null for every other decision. */
  corrects: string | null;
  /** The correction that superseded this decision, and when; null while it is in force (or never was final). */
  superseded_by: string | null;
  superseded_at: string | null;
  /** Who put the item in the queue: the actor of its `create` audit entry (`cli:<login>`, `<key name>#<key id>`). */
  queued_by: string | null;
}

export const EXPORT_COLUMNS: (keyof ExportRow)[] = [
  'item_id', 'source', 'external_id', 'election', 'stage', 'posted_at', 'model_version', 'model_label', 'risk', 'level',
  'outcome', 'reviewer_label', 'reason', 'reviewer', 'decided_at', 'text',
  // Added after `text`, so the columns exports had before keep their places; the analysts' counts after those.
  'suggested_label', 'suggestions', 'suggestion_analysts', 'suggestion_backing',
  // Whose post it was and where, for a discipline case; after those for the same reason.
  'author', 'url',
  // Which paragraph of a long post the model's label is about; last, for the same reason.
  'part_start', 'part_end',
];

/**
 * Which decision is in force and who queued the item: the file writes these after its `risk_shown`
 * (http/export.ts), so every column exports had before keeps its place.
 */
export const EXPORT_HISTORY_COLUMNS = ['decision_id', 'final', 'corrects', 'superseded_by', 'superseded_at', 'queued_by'] as const satisfies readonly (keyof ExportRow)[];

/**
 * The last decision an export made now would hold, in export order, and how many decisions there are up
 * to it: read in one statement, so the two agree. An export stops there (see exportDecisions), so the
 * rows its audit entry counts are the rows it sends, however many decisions land while it streams.
 */
export interface ExportBound extends ExportWindow {
  at: string;
  id: string;
  rows: number;
}

/**
 * The decisions an export holds by their time (`since` inclusive, `until` exclusive; ISO UTC as stored):
 * one day's decisions instead of every decision, and every decided post's text, in the store.
 */
export interface ExportWindow {
  since?: string;
  until?: string;
}

/** For a query reading `decisions as d`: d lies in the window. */
const inWindow = (w: ExportWindow) => sql<SqlBool>`(${w.since === undefined ? sql`1 = 1` : sql`d.created_at >= ${w.since}`} and ${w.until === undefined ? sql`1 = 1` : sql`d.created_at < ${w.until}`})`;

/** For a query reading `decisions as d`: d is in `end`'s window and is `end` or comes before it in export order (time, then id). */
export const decisionUpTo = (end: ExportBound) => sql<SqlBool>`(d.created_at < ${end.at} or (d.created_at = ${end.at} and d.id <= ${end.id})) and ${inWindow(end)}`;

export async function exportBound(rdb: ReviewDb, window: ExportWindow = {}): Promise<ExportBound | undefined> {
  const last = await rdb.db
    .selectFrom('decisions as d')
    .select(['d.created_at', 'd.id', (eb) => eb.selectFrom('decisions as d').select((c) => c.fn.countAll<string | number>().as('n')).where(inWindow(window)).as('n')])
    .where(inWindow(window))
    .orderBy('d.created_at', 'desc')
    .orderBy('d.id', 'desc')
    .limit(1)
    .executeTakeFirst();
  return last ? { at: last.created_at, id: last.id, rows: Number(last.n ?? 0), ...window } : undefined;
}

/** Where an export's next page starts: after this decision, in export order. */
export interface ExportPosition {
  at: string;
  id: string;
}

/**
 * Every decision joined with its item, oldest first, up to `through` (inclusive; default: the last one
 * there is when it starts), in pages of `pageSize`, starting after `after` (default: the first). Each
 * page is its own query, so a long export holds no transaction open.
 */
export async function* exportDecisions(rdb: ReviewDb, through?: ExportBound, pageSize = EXPORT_PAGE_SIZE, after?: ExportPosition): AsyncGenerator<ExportRow> {
  const end = through ?? (await exportBound(rdb));
  if (!end) return;
  for (;;) {
    const rows = await exportPage(rdb.db, end, after, pageSize);
    yield* rows;
    if (rows.length < pageSize) return;
    after = lastPosition(rows);
  }
}

export const EXPORT_PAGE_SIZE = 1000;

/** Where the page after `rows` (a full page) starts. */
export const lastPosition = (rows: readonly ExportRow[]): ExportPosition => ({ at: rows[rows.length - 1].decided_at, id: rows[rows.length - 1].decision_id });

/** One page of the decisions export: up to `pageSize` decisions after `after`, up to `end`, oldest first. */
export async function exportPage(db: Tx, end: ExportBound, after: ExportPosition | undefined, pageSize: number): Promise<ExportRow[]> {
  let q = db
    .selectFrom('decisions as d')
    .innerJoin('items as i', 'i.id', 'd.item_id')
    .leftJoin(latestSuggestions(db).as('s'), 's.item_id', 'i.id')
    // The correction of this decision, as of the export's end: a file is one moment's picture, so a
    // correction left to the next export does not yet supersede what this one holds.
    .leftJoin('decisions as c', (join) =>
      join.onRef('c.supersedes', '=', 'd.id').on((eb) => eb.or([eb('c.created_at', '<', end.at), eb.and([eb('c.created_at', '=', end.at), eb('c.id', '<=', end.id)])])),
    )
    .select((eb) => [
      'd.id as decision_id', 'i.id as item_id', 'i.source', 'i.external_id', 'i.election', 'i.stage', 'i.posted_at', 'i.model_version',
      'i.label as model_label', 'i.risk', 'i.level', 'd.outcome', 'd.reviewer_label', 'd.reason', 'd.reviewer', 'd.created_at as decided_at', 'i.text',
      's.suggested_label', 's.suggestion_count', 's.analyst_count', 's.backing_count', 'i.author', 'i.url', 'i.part_start', 'i.part_end',
      'd.supersedes as corrects', 'c.id as superseded_by', 'c.created_at as superseded_at',
      // The first create entry (index audit_item): who or what queued it, as the audit log names them.
      eb.selectFrom('audit as a').select('a.actor').whereRef('a.item_id', '=', 'i.id').where('a.action', '=', 'create').orderBy('a.seq').limit(1).as('queued_by'),
    ])
    .where(decisionUpTo(end));
  if (after) {
    const a = after;
    q = q.where((eb) => eb.or([eb('d.created_at', '>', a.at), eb.and([eb('d.created_at', '=', a.at), eb('d.id', '>', a.id)])]));
  }
  const rows = await q.orderBy('d.created_at').orderBy('d.id').limit(pageSize).execute();
  return rows.map((r) => {
    // Keys in EXPORT_COLUMNS' order, as the JSONL lines show them.
    const { decision_id, suggestion_count, analyst_count, backing_count, author, url, part_start, part_end, corrects, superseded_by, superseded_at, queued_by, ...row } = r;
    return {
      ...row, risk: Number(row.risk), suggestions: Number(suggestion_count ?? 0), suggestion_analysts: Number(analyst_count ?? 0), suggestion_backing: Number(backing_count ?? 0), author, url: url ?? null, part_start: part_start ?? null, part_end: part_end ?? null,
      decision_id, final: isFinalStatus(statusAfter(row.outcome as Outcome)) && superseded_by === null, corrects: corrects ?? null, superseded_by, superseded_at, queued_by: queued_by ?? null,
    };
  });
}

export interface Stats {
  total: number;
  byStatus: Record<string, number>;
  byLevel: Record<string, number>;
  byElection: Record<string, number>;
  byLevelStatus: Record<string, Record<string, number>>;
  agreement: {
    decided: number;
    /** Reviewer confirmed a partisan model label or dismissed a netral one. */
    partisanAgreement: number | null;
    /** Reviewer label equals the model label. */
    labelAgreement: number | null;
    byReviewer: Record<string, { decided: number; partisanAgreement: number; labelAgreement: number }>;
  };
  /** Analysts' label suggestions, and how often the final decision's label was the latest one. */
  suggestions: SuggestionStats;
}

/**
 * Item counts by (status, level, election): one grouped query, shared by stats and queueSummary. The
 * index items_counts (migration 002) covers it.
 */
export function itemCountsQuery(rdb: ReviewDb) {
  return rdb.db
    .selectFrom('items')
    .select(['status', 'level', 'election', (eb) => eb.fn.countAll<string | number>().as('n')])
    .groupBy(['status', 'level', 'election']);
}

function itemCounts(rdb: ReviewDb) {
  return itemCountsQuery(rdb).execute();
}

/** Only what the web queue page shows: its chart (items by level and status) and its election filter. */
export interface QueueSummary {
  byLevelStatus: Record<string, Record<string, number>>;
  /** The elections items name, sorted (items of no election are not an option). */
  elections: string[];
}

/**
 * The queue page's numbers from the one grouped query, without the agreement and suggestion
 * statistics stats() adds (joins over decisions and notes), which the page never shows.
 */
export async function queueSummary(rdb: ReviewDb): Promise<QueueSummary> {
  const byLevelStatus: QueueSummary['byLevelStatus'] = {};
  const elections = new Set<string>();
  for (const g of await itemCounts(rdb)) {
    const row = (byLevelStatus[g.level] ??= {});
    row[g.status] = (row[g.status] ?? 0) + Number(g.n);
    if (g.election !== null) elections.add(g.election);
  }
  return { byLevelStatus, elections: [...elections].sort() };
}

export async function stats(rdb: ReviewDb): Promise<Stats> {
  const grouped = await itemCounts(rdb);
  const s: Stats = { total: 0, byStatus: {}, byLevel: {}, byElection: {}, byLevelStatus: {}, agreement: { decided: 0, partisanAgreement: null, labelAgreement: null, byReviewer: {} }, suggestions: await suggestionStats(rdb) };
  for (const g of grouped) {
    const n = Number(g.n);
    s.total += n;
    s.byStatus[g.status] = (s.byStatus[g.status] ?? 0) + n;
    s.byLevel[g.level] = (s.byLevel[g.level] ?? 0) + n;
    const e = g.election ?? '(none)';
    s.byElection[e] = (s.byElection[e] ?? 0) + n;
    (s.byLevelStatus[g.level] ??= {})[g.status] = ((s.byLevelStatus[g.level] ?? {})[g.status] ?? 0) + n;
  }
  const decided = await rdb.db
    .selectFrom('decisions as d')
    .innerJoin('items as i', 'i.id', 'd.item_id')
    .where('d.outcome', 'in', ['confirmed', 'dismissed'])
    .where(notSuperseded) // each decided item once, by its decision in force
    .select(['d.reviewer', 'd.outcome', 'd.reviewer_label', 'i.label', (eb) => eb.fn.countAll<string | number>().as('n')])
    .groupBy(['d.reviewer', 'd.outcome', 'd.reviewer_label', 'i.label'])
    .execute();
  let agreeP = 0;
  let agreeL = 0;
  for (const r of decided) {
    const n = Number(r.n);
    const partisanAgree = (r.outcome === 'confirmed') === (r.label !== 'netral');
    const labelAgree = r.reviewer_label === r.label;
    s.agreement.decided += n;
    if (partisanAgree) agreeP += n;
    if (labelAgree) agreeL += n;
    const by = (s.agreement.byReviewer[r.reviewer] ??= { decided: 0, partisanAgreement: 0, labelAgreement: 0 });
    // Accumulate counts first; turned into rates below.
    by.decided += n;
    if (partisanAgree) by.partisanAgreement += n;
    if (labelAgree) by.labelAgreement += n;
  }
  if (s.agreement.decided > 0) {
    s.agreement.partisanAgreement = agreeP / s.agreement.decided;
    s.agreement.labelAgreement = agreeL / s.agreement.decided;
  }
  for (const by of Object.values(s.agreement.byReviewer)) {
    by.partisanAgreement /= by.decided;
    by.labelAgreement /= by.decided;
  }
  return s;
}
