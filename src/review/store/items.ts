// Items: enqueue a scored post (deduplicated) and read one. The queue's order and pages: queue.ts.
import { randomUUID } from 'node:crypto';
import { setImmediate as yieldToLoop } from 'node:timers/promises';
import type { ReviewDb } from '../db/open.js';
import type { ItemsTable, Status } from '../db/schema.js';
import type { ScoreResult } from '../../pipeline/scorer.js';
import type { TextRange } from '../../explain/text-range.js';
import { appendAudit } from './audit.js';
import { dedupeKey, isBatchSource, storedItem } from './dedupe.js';
import { textHash } from './text-hash.js';
import { nowIso, writeTx, type Tx } from './tx.js';
import { lockTexts } from './text-lock.js';
import { heldBy } from './workflow.js';

export { dedupeKey };

export interface NewPost {
  text: string;
  author?: string;
  /** The link to the post: http or https (post-url.ts; the API checks it, the batch CLI stores only such links). */
  url?: string;
  source?: string;
  externalId?: string;
  postedAt?: string;
  /** The posting minute as the input wrote it, when the batch job gave the zone (dedupe.ts's PostIdentity). Only in the key. */
  postedAtLocal?: string;
  election?: string;
}

export interface Item {
  id: string;
  source: string;
  externalId: string | null;
  author: string | null;
  url: string | null;
  text: string | null;
  /** The part of a long post the result (label, risk, scores, evidence) is about; null: the whole post, or purged. */
  part: TextRange | null;
  postedAt: string | null;
  election: string | null;
  stage: string | null;
  label: string;
  risk: number;
  level: string;
  scores: Record<string, number>;
  evidence: { text: string; weight: number; candidate?: string }[];
  mentions: { kind: string; text: string; candidate?: string }[];
  modelVersion: string;
  status: Status;
  assignee: string | null;
  createdAt: string;
  updatedAt: string;
  decidedAt: string | null;
  purgedAt: string | null;
}

export function toItem(r: ItemsTable): Item {
  return {
    id: r.id,
    source: r.source,
    externalId: r.external_id,
    author: r.author,
    url: r.url ?? null,
    text: r.text,
    part: partOf(r),
    postedAt: r.posted_at,
    election: r.election,
    stage: r.stage,
    label: r.label,
    risk: Number(r.risk),
    level: r.level,
    scores: JSON.parse(r.scores),
    evidence: JSON.parse(r.evidence),
    mentions: JSON.parse(r.mentions),
    modelVersion: r.model_version,
    status: r.status as Status,
    // Held only while open: a decided item's holder is its history (the decision's audit entry names
    // them), not work they still hold. The column keeps the last holder.
    assignee: heldBy(r.status as Status, r.assignee),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    decidedAt: r.decided_at,
    purgedAt: r.purged_at,
  };
}

/** The stored part (both columns or neither are written; `integer` reads back as a number on both dialects). */
function partOf(r: ItemsTable): TextRange | null {
  return r.part_start == null || r.part_end == null ? null : { start: r.part_start, end: r.part_end };
}

/** What an item keeps of each evidence entry (JSON.stringify's key list). */
const EVIDENCE_KEYS = ['text', 'weight', 'candidate'];

function newRow(post: NewPost, result: ScoreResult, key: string, now: string): ItemsTable {
  return {
    id: randomUUID(),
    dedupe_key: key,
    source: post.source ?? 'api',
    external_id: post.externalId ?? null,
    author: post.author ?? null,
    ...(post.url !== undefined ? { url: post.url } : {}),
    text: post.text,
    // Only batch items are looked up by their text (same-post.ts): an API client's have none.
    ...(isBatchSource(post.source ?? 'api') ? { text_hash: textHash(post.text) } : {}),
    // Written only when there is one, as url: a short post's row leaves the columns' default (null).
    ...(result.part ? { part_start: result.part.start, part_end: result.part.end } : {}),
    posted_at: post.postedAt ? new Date(post.postedAt).toISOString() : null,
    election: result.election ?? post.election ?? null,
    stage: result.stage ?? null,
    label: result.label,
    risk: result.risk,
    level: result.level,
    scores: JSON.stringify(result.scores),
    // The phrases alone: the page finds their words in the text itself, and an item is stored alike
    // whether or not its scorer was asked for `written` (--written with --enqueue).
    evidence: JSON.stringify(result.evidence, EVIDENCE_KEYS),
    mentions: JSON.stringify(result.mentions),
    model_version: result.model.version,
    status: 'new',
    assignee: null,
    created_at: now,
    updated_at: now,
    decided_at: null,
    purged_at: null,
  };
}

/** Inserts the row with its audit entry unless its key is taken (see addItems). */
async function insertIfAbsent(tx: Tx, row: ItemsTable, actor: string): Promise<boolean> {
  const res = await tx.insertInto('items').values(row).onConflict((oc) => oc.column('dedupe_key').doNothing()).executeTakeFirst();
  if (Number(res.numInsertedOrUpdatedRows ?? 0) === 0) return false;
  await appendAudit(tx, {
    itemId: row.id,
    actor,
    action: 'create',
    after: { status: 'new', source: row.source, external_id: row.external_id, label: row.label, risk: row.risk, level: row.level, model_version: row.model_version },
    at: row.created_at,
  });
  return true;
}

export async function addItem(rdb: ReviewDb, post: NewPost, result: ScoreResult, actor: string): Promise<{ item: Item; created: boolean }> {
  const [one] = await addItems(rdb, [{ post, result }], actor);
  return one;
}

export interface AddOptions {
  /**
   * Yield to the event loop after every this many posts, inside the transaction too (for a server:
   * better-sqlite3 runs each statement synchronously, and 500 posts would hold the loop ≈ 0.1 s). The
   * write lock is held meanwhile, so a batch job, which has no requests to answer, leaves it unset.
   */
  yieldEvery?: number;
}

/**
 * Adds posts in one transaction (one commit for a batch job's chunk instead of one per post), each
 * with its audit entry; a post already queued comes back as it is, `created: false`. Resolves once
 * committed; on an error nothing is stored.
 */
export async function addItems(rdb: ReviewDb, entries: readonly { post: NewPost; result: ScoreResult }[], actor: string, opts: AddOptions = {}): Promise<{ item: Item; created: boolean }[]> {
  const pause = async (i: number): Promise<void> => {
    if (opts.yieldEvery && i > 0 && i % opts.yieldEvery === 0) await yieldToLoop();
  };
  const now = nowIso();
  // Looked up first without the write lock: a chunk whose posts are all queued already (a re-run, a
  // resume) takes none. A post found stays found; one not found is looked up again below.
  const out: ({ item: Item; created: boolean } | undefined)[] = [];
  for (const [i, { post }] of entries.entries()) {
    await pause(i);
    const existing = await storedItem(rdb.db, post, dedupeKey(post));
    out.push(existing && { item: toItem(existing), created: false });
  }
  // Inserted in key order: two jobs adding overlapping posts whose texts differ (an edited post sent again
  // under its id takes another text lock) then wait on each other's keys in the same order, never in a
  // cycle (PostgreSQL had detected deadlocks with input order).
  const fresh = entries
    .flatMap((entry, at) => (out[at] ? [] : [{ ...entry, at, key: dedupeKey(entry.post) }]))
    .sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0));
  if (fresh.length > 0) {
    await writeTx(rdb, async (tx) => {
      // Looked up again inside the write transaction, after the posts' texts are locked (text-lock.ts):
      // a post another job queued meanwhile under another key (with its id, or without) is found, not
      // queued twice, as it was when this lookup ran only before the transaction (on SQLite too).
      await lockTexts(rdb, tx, fresh.map((f) => f.post.text));
      for (const [i, { post, result, at, key }] of fresh.entries()) {
        await pause(i);
        const existing = await storedItem(tx, post, key);
        if (existing) {
          out[at] = { item: toItem(existing), created: false };
          continue;
        }
        const row = newRow(post, result, key, now);
        // Taken meanwhile by an enqueue that took no text lock (an older netra beside this one): its item.
        const created = await insertIfAbsent(tx, row, actor);
        const stored = created ? row : await tx.selectFrom('items').selectAll().where('dedupe_key', '=', key).executeTakeFirstOrThrow();
        out[at] = { item: toItem(stored), created };
      }
    });
  }
  return out as { item: Item; created: boolean }[];
}

export async function getItem(rdb: ReviewDb, id: string): Promise<Item | undefined> {
  const row = await rdb.db.selectFrom('items').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toItem(row) : undefined;
}

/** Which of `ids` are still stored (a deleted item's row is gone; a purged one's stays). */
export async function existingItemIds(rdb: ReviewDb, ids: readonly string[]): Promise<Set<string>> {
  const unique = [...new Set(ids)]; // at most an audit page's 500 entries: one statement, under both dialects' parameter limits
  if (unique.length === 0) return new Set();
  const rows = await rdb.db.selectFrom('items').select('id').where('id', 'in', unique).execute();
  return new Set(rows.map((r) => r.id));
}
