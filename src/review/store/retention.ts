// Retention and data-subject requests. purgeExpired clears the text (and author, link, scored part, evidence phrases,
// mentions and note text) of items decided (confirmed/dismissed) more than `days` ago, and of open
// escalations first escalated more than `escalatedDays` ago; decisions and the audit log are kept.
// exportItem returns everything stored about one item; deleteItem removes it (decisions and notes
// cascade) and leaves an audit entry without personal data.
import type { ExpressionBuilder } from 'kysely';
import type { ReviewDb } from '../db/open.js';
import type { Database, Status } from '../db/schema.js';
import { appendAudit, auditFor, type AuditEntry } from './audit.js';
import { getItem, type Item } from './items.js';
import { decisionsFor, notesFor, NotFoundError, type Decision, type Note } from './workflow.js';
import { nowIso, writeTx, type Tx } from './tx.js';
import { latestSuggestionOf, type Suggestion } from './suggestions.js';
import { assertFits, TEXT_LIMITS } from '../limits.js';
import { purgeDueAt, type PurgeDue } from '../purge-due.js';
import { forChange, forKeeping } from './row-lock.js';
import { truncateWal } from '../db/sqlite-readers.js';

/**
 * The items whose text is due for purging: confirmed or dismissed, first decided so before `cutoff`
 * (decided_at is the first final decision: a correction does not move it), not yet purged.
 */
export function dueForPurgeQuery(db: Tx, cutoff: string) {
  return db
    .selectFrom('items')
    .select(['id', 'status', 'decided_at'])
    .where('status', 'in', ['confirmed', 'dismissed'])
    .where('decided_at', '<', cutoff)
    .where('purged_at', 'is', null);
}

/** An item's first escalation (a plain one or a correction's), null when never escalated. */
const firstEscalation = (eb: ExpressionBuilder<Database, 'items'>) =>
  eb.selectFrom('decisions').select((d) => d.fn.min('created_at').as('at')).whereRef('decisions.item_id', '=', 'items.id').where('decisions.outcome', '=', 'escalated');

/**
 * Open escalations first escalated before `cutoff`, text not yet purged; with `decidedCutoff`, only those
 * never confirmed or dismissed, or first so before it. The escalated period runs from the item's first
 * escalation (a plain one or a correction's), read through decisions_item, which nothing moves after it:
 * counted from the latest, each correction back to escalated started a new period, without bound. An
 * item escalated again after its first final decision is never purged sooner than it would be as decided
 * (purgeDueAt in purge-due.ts says the same for one item, and names the rule for the audit entry).
 */
export function escalatedBeforeQuery(db: Tx, cutoff: string, decidedCutoff?: string) {
  let q = db
    .selectFrom('items')
    .select((eb) => ['id', 'status', 'decided_at', firstEscalation(eb).as('first_escalated_at')])
    .where('status', '=', 'escalated')
    .where('purged_at', 'is', null)
    .where((eb) => eb(firstEscalation(eb), '<', cutoff));
  if (decidedCutoff !== undefined) q = q.where((eb) => eb.or([eb('decided_at', 'is', null), eb('decided_at', '<', decidedCutoff)]));
  return q;
}

/**
 * What a `purge_text` entry says of the rule that purged the item: the period, the time it counted from
 * (the first final decision or the first escalation) and, for an open escalation, that it was one, its
 * evidence gone while still undecided. Entries before counted_from name only the period.
 */
function purgeRuleFields(rule: PurgeDue): Record<string, unknown> {
  if (rule.kind !== 'at') throw new Error(`purged an item retention does not purge (${rule.kind})`);
  return { retention_days: rule.days, counted_from: rule.countedFrom, counted_from_at: rule.since, ...(rule.escalated ? { status: 'escalated' } : {}) };
}

const daysBefore = (now: Date, days: number): string => new Date(now.getTime() - days * 86_400_000).toISOString();

/**
 * Purges decided items first decided more than `days` ago and, when `escalatedDays` is given (> 0),
 * open escalations first escalated more than `escalatedDays` ago (and first decided, if ever, more than
 * `days` ago): an escalation waiting on an officer keeps
 * its evidence longer than a decided item, but not without bound. Returns how many items it purged.
 */
export async function purgeExpired(rdb: ReviewDb, days: number, actor = 'system:retention', now = new Date(), escalatedDays = 0): Promise<number> {
  if (days <= 0) return 0; // NETRA_RETENTION_DAYS=0: no retention at all
  const cutoff = daysBefore(now, days);
  const settings = { retentionDays: days, escalatedRetentionDays: escalatedDays };
  const purged = await writeTx(rdb, async (tx) => {
    // Locked as read: an item deleted or corrected meanwhile by another connection is waited for and left
    // out (no purge_text after its delete; a correction back to escalated keeps its own period), and one
    // deleted or corrected after this read waits for the purge (see row-lock.ts); of two purges at once
    // (two replicas starting), the second finds the items purged. Locked in id order, as any purge locks
    // them, so two never wait for each other in a cycle.
    const decided = (await forChange(rdb, dueForPurgeQuery(tx, cutoff).orderBy('id')).execute()).map((d) => ({ ...d, first_escalated_at: null }));
    const escalated = escalatedDays > 0 ? await forChange(rdb, escalatedBeforeQuery(tx, daysBefore(now, escalatedDays), cutoff).orderBy('id')).execute() : [];
    // The rule that made each one due, as the item page states it (an escalation decided before counts
    // from the later of its two dates), for its audit entry.
    const due = [...decided, ...escalated].map((d) => ({ id: d.id, rule: purgeDueAt({ status: d.status as Status, decidedAt: d.decided_at, firstEscalatedAt: d.first_escalated_at }, settings) }));
    if (due.length === 0) return 0;
    const at = nowIso();
    for (let i = 0; i < due.length; i += 500) {
      const ids = due.slice(i, i + 500).map((d) => d.id);
      // Evidence phrases and mentions are verbatim fragments of the post, so they go with the text; the
      // scored part is only offsets, but into that text, so it goes too.
      await tx.updateTable('items').set({ text: null, author: null, url: null, part_start: null, part_end: null, evidence: '[]', mentions: '[]', purged_at: at, updated_at: at }).where('id', 'in', ids).execute();
      await tx.updateTable('notes').set({ text: null }).where('item_id', 'in', ids).execute();
    }
    for (const { id, rule } of due) {
      await appendAudit(tx, { itemId: id, actor, action: 'purge_text', before: { text: 'present' }, after: { text: null, ...purgeRuleFields(rule) }, at });
    }
    return due.length;
  });
  if (purged > 0) await truncateWal(rdb);
  return purged;
}

/** How many open escalations were first escalated more than `days` ago (the normal period) and still hold their text. */
export async function escalatedPastRetention(rdb: ReviewDb, days: number, now = new Date()): Promise<number> {
  return (await escalatedBeforeQuery(rdb.db, daysBefore(now, days)).execute()).length;
}

export interface ItemRecord {
  item: Item;
  decisions: Decision[];
  notes: Note[];
  audit: AuditEntry[];
}

/** The item with its decisions, notes and audit trail (`read` entries only with `reads`; see auditFor). */
export async function itemRecord(rdb: ReviewDb, id: string, opts: { reads?: boolean } = {}): Promise<ItemRecord | undefined> {
  const item = await getItem(rdb, id);
  if (!item) return undefined;
  const [decisions, notes, audit] = await Promise.all([decisionsFor(rdb, id), notesFor(rdb, id), auditFor(rdb, id, opts)]);
  return { item, decisions, notes, audit };
}

/**
 * One item's case file for `GET /items/:id/export`, with the latest label suggestion as the bulk export
 * has it. The `export` audit row is written first, in the same transaction as the reads, so the file
 * holds its own export entry and no export goes unaudited. Its trail is the whole one, `read` entries
 * included: who was shown the post belongs in everything stored about it.
 */
export async function exportItem(rdb: ReviewDb, id: string, actor: string): Promise<(ItemRecord & { suggestion: Suggestion | null }) | undefined> {
  return writeTx(rdb, async (tx) => {
    // Kept until the export commits: a deletion or purge committed between this read and the record's
    // left an export entry (after the delete) for an export that handed out nothing, or half the texts.
    const found = await forKeeping(rdb, tx.selectFrom('items').select('id').where('id', '=', id)).executeTakeFirst();
    if (!found) return undefined;
    await appendAudit(tx, { itemId: id, actor, action: 'export', after: { format: 'json', rows: 1 } });
    // The readers take a ReviewDb; this one's queries run inside the transaction (on SQLite, the
    // transaction holds the only connection, so reading outside it would wait forever).
    const inTx = { ...rdb, db: tx };
    const record = await itemRecord(inTx, id, { reads: true });
    // The record holds all the item's notes, ordered as latestSuggestions orders them: no second query.
    return record && { ...record, suggestion: latestSuggestionOf(record.notes) ?? null };
  });
}

/**
 * Deletes the item (its row, decisions and notes) with a `delete` audit entry naming `reason` (on whose
 * request, or why: the API requires one). Nothing of the item is kept to recognise its post by, so the
 * same post sent again is queued again as a new item (docs/review.md, "Retention and data-subject requests").
 */
export async function deleteItem(rdb: ReviewDb, id: string, actor: string, reason: string): Promise<void> {
  assertFits('reason', reason, TEXT_LIMITS.deleteReason);
  await writeTx(rdb, async (tx) => {
    // One statement: what it returns is the row it deleted, as it was then. Read first and deleted after,
    // on PostgreSQL a concurrent deletion made both succeed (two delete entries), and a decision committed
    // in between left the entry naming the status before it.
    const before = await tx.deleteFrom('items').where('id', '=', id).returning(['status', 'source', 'external_id', 'level']).executeTakeFirst();
    if (!before) throw new NotFoundError('item not found');
    await appendAudit(tx, { itemId: id, actor, action: 'delete', before, after: { deleted: true, reason } });
  });
  await truncateWal(rdb);
}
