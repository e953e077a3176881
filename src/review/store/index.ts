// The review store: one object over the query layer, for the HTTP API, the web page, the CLI and
// the batch enqueuer.
import { openDatabase, type OpenOptions, type ReviewDb } from '../db/open.js';
import { addItem, addItems, existingItemIds, getItem, type AddOptions, type NewPost } from './items.js';
import { listItems, listItemsTwoWay, neighbors, pageCursorAt, type ListFilters, type Placed } from './queue.js';
import { addNote, assignItem, decideItem, type DecisionInput } from './workflow.js';
import { suggestionsFor } from './suggestions.js';
import { exportBound, exportDecisions, queueSummary, stats, type ExportBound, type ExportWindow } from './reports.js';
import { deleteItem, escalatedPastRetention, exportItem, itemRecord, purgeExpired } from './retention.js';
import { auditFor, listAudit, type AuditEntry, type AuditFilters } from './audit.js';
import { entryItems, exportEntry } from './entry-items.js';
import { auditExport } from './export-audit.js';
import { readItem, readPage, readTwoWayPage } from './reads.js';
import { firstEscalations } from './first-escalations.js';
import type { ScoreResult } from '../../pipeline/scorer.js';
import type { Label } from '../../data/labels.js';

export class ReviewStore {
  constructor(readonly rdb: ReviewDb) {}

  static async open(opts: OpenOptions = {}): Promise<ReviewStore> {
    return new ReviewStore(await openDatabase(opts));
  }

  get dialect() {
    return this.rdb.dialect;
  }

  add(post: NewPost, result: ScoreResult, actor: string) {
    return addItem(this.rdb, post, result, actor);
  }
  /** Posts in one transaction: all stored, or (on an error) none. */
  addMany(entries: readonly { post: NewPost; result: ScoreResult }[], actor: string, opts?: AddOptions) {
    return addItems(this.rdb, entries, actor, opts);
  }
  /** A queue page, unaudited: for code that shows no one the text. Routes use readPage. */
  list(filters: ListFilters, opts?: { cursor?: string; limit?: number }) {
    return listItems(this.rdb, filters, opts);
  }
  /** A queue page shown to `actor`, audited as `read` (with the items' ids) when it lists any. */
  readPage(filters: ListFilters, opts: { cursor?: string; limit?: number }, actor: string) {
    return readPage(this.rdb, filters, opts, actor);
  }
  /** A queue page with the way back (prevCursor; `before` lists the page before one), unaudited. */
  listTwoWay(filters: ListFilters, opts: { cursor?: string; before?: string; limit?: number }) {
    return listItemsTwoWay(this.rdb, filters, opts);
  }
  /** The review page's queue page (with the way back), audited as readPage. */
  readTwoWayPage(filters: ListFilters, opts: { cursor?: string; before?: string; limit?: number }, actor: string) {
    return readTwoWayPage(this.rdb, filters, opts, actor);
  }
  /** The items just after and before `item` in the filters' order. */
  neighbors(filters: ListFilters, item: Placed) {
    return neighbors(this.rdb, filters, item);
  }
  /** The cursor of the queue page (of `pageSize`, in the filters' order) holding `item`; undefined for the first page. */
  pageCursorAt(filters: ListFilters, item: Placed, pageSize: number) {
    return pageCursorAt(this.rdb, filters, item, pageSize);
  }
  get(id: string) {
    return getItem(this.rdb, id);
  }
  /** Which of these item ids are still stored (not deleted). */
  existing(ids: readonly string[]) {
    return existingItemIds(this.rdb, ids);
  }
  /** The item's record, unaudited: for code that shows no one the text. Routes use readItem. */
  record(id: string) {
    return itemRecord(this.rdb, id);
  }
  /** The item's record shown to `actor`, audited as `read`. */
  readItem(id: string, actor: string) {
    return readItem(this.rdb, id, actor);
  }
  /** The item's record for export, with the export's own audit entry (written first). */
  exportItem(id: string, actor: string) {
    return exportItem(this.rdb, id, actor);
  }
  /** The item's trail; `read` entries only with `reads`. */
  audit(id: string, opts?: { reads?: boolean }) {
    return auditFor(this.rdb, id, opts);
  }
  /** The whole audit log, newest first, with filters and a cursor. */
  auditLog(filters: AuditFilters, opts?: { cursor?: string; limit?: number }) {
    return listAudit(this.rdb, filters, opts);
  }
  /** Export entry `seq`: NotFoundError when there is none, NotExportError when it is no export. */
  exportEntry(seq: number) {
    return exportEntry(this.rdb, seq);
  }
  /** The item ids an export entry (exportEntry's) held: ids and whether each is stored, purged or deleted; never text. */
  entryItems(entry: AuditEntry, opts?: { cursor?: string; limit?: number }) {
    return entryItems(this.rdb, entry, opts);
  }
  assign(id: string, assignee: string | null, actor: string, opts?: { fromAssignee?: string | null }) {
    return assignItem(this.rdb, id, assignee, actor, opts);
  }
  decide(id: string, input: DecisionInput, reviewer: string) {
    return decideItem(this.rdb, id, input, reviewer);
  }
  note(id: string, input: { text?: string; suggestedLabel?: Label }, author: string) {
    return addNote(this.rdb, id, input, author);
  }
  /** The first escalation of each of these items ever escalated (for when its text is purged). */
  firstEscalations(itemIds: readonly string[]) {
    return firstEscalations(this.rdb, itemIds);
  }
  /** The latest label suggestion (with the number of suggestions and of analysts) of each of these items that has one. */
  suggestions(itemIds: readonly string[]) {
    return suggestionsFor(this.rdb, itemIds);
  }
  /** The decisions up to `through` (exportBound(); default: the last one now), oldest first, a page at a time. */
  exportDecisions(through?: ExportBound) {
    return exportDecisions(this.rdb, through);
  }
  /** Where an export started now ends, and how many rows it holds (audited before it starts); only decisions in `window`. */
  exportBound(window?: ExportWindow) {
    return exportBound(this.rdb, window);
  }
  /** A bulk export's audit entry, with the items it holds, and its rows (see auditExport). */
  auditExport(actor: string, what: { format: string; window?: ExportWindow }) {
    return auditExport(this.rdb, actor, what);
  }
  stats() {
    return stats(this.rdb);
  }
  /** The few counts the web queue page shows (cheaper than stats()). */
  queueSummary() {
    return queueSummary(this.rdb);
  }
  /** Purges decided items past `days` and (escalatedDays > 0) open escalations past `escalatedDays`; how many. */
  purgeExpired(days: number, actor?: string, now?: Date, escalatedDays?: number) {
    return purgeExpired(this.rdb, days, actor, now, escalatedDays);
  }
  /** Open escalations escalated more than `days` ago, text still kept. */
  escalatedPastRetention(days: number, now?: Date) {
    return escalatedPastRetention(this.rdb, days, now);
  }
  delete(id: string, actor: string, reason: string) {
    return deleteItem(this.rdb, id, actor, reason);
  }
  close() {
    return this.rdb.close();
  }
}

export type { Item, NewPost } from './items.js';
export type { ListFilters, Page, TwoWayPage, QueueSort } from './queue.js';
export { QUEUE_SORTS } from './queue.js';
export type { Decision, DecisionInput, Note } from './workflow.js';
export type { Suggestion, SuggestionStats } from './suggestions.js';
export { NotFoundError, ConflictError, PurgedError, UnchangedCorrectionError } from './workflow.js';
export { BadCursorError } from './cursor.js';
export { NotExportError } from './errors.js';
export type { AuditEntry, AuditFilters, AuditPage } from './audit.js';
export type { EntryItemsPage, EntryItemState } from './entry-items.js';
export { AUDIT_ACTIONS } from './audit.js';
