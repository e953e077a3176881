// Dedupe: the key a post is stored under, and the stored item a new post already is. A post with an
// external id is known by (scope, id, text), one without by author + text + posting time to the minute
// (posted-minute.ts; author + text when it has no time either; the minute as written when the job gave
// the zone, so a chat scored again with another --posted-at-zone keeps its keys). The scope is the source,
// except that the batch CLI's feeds (`batch`, `batch:<file name>`, `batch:<--source NAME>`) share one:
// a browser's re-download (`export (1).csv`) or next month's overlapping export holds the same posts
// as the file queued before, and must not queue them again as new items. A batch post that one run
// sent with an id or author and another without is the same item (same-post.ts holds that rule).
// A post without an id is in no scope: a chat's next export under another file name repeats its older
// messages, and the same author's same text in the same minute in two groups is rare enough to be one item.
import type { ItemsTable } from '../db/schema.js';
import type { Tx } from './tx.js';
import { postedMinute } from './posted-minute.js';
import { sameText, sha256, textHash } from './text-hash.js';
import { agreesOnTime, isSamePost } from './same-post.js';

/** What dedupe reads of a post. */
export interface PostIdentity {
  text: string;
  author?: string;
  source?: string;
  externalId?: string;
  postedAt?: string;
  /**
   * The posting time to the minute as the input wrote it (`2029-11-03T07:02`), when the job gave its
   * zone (--posted-at-zone: a chat's headers have none). The key holds it rather than the UTC minute,
   * which moves with the zone given.
   */
  postedAtLocal?: string;
}

/** Whether a source names a batch CLI feed: those share one dedupe scope. */
export const isBatchSource = (source: string): boolean => source === 'batch' || source.startsWith('batch:');

const scopeOf = (source: string): string => (isBatchSource(source) ? 'batch' : source);

// Percent-encodes only `%` and `:` so `fb:page`+`123` and `fb`+`page:123` get different keys, while
// values without either character keep the key they had before (stored rows still deduplicate).
const keyPart = (s: string): string => s.replace(/[%:]/g, (c) => (c === '%' ? '%25' : '%3A'));

/** The key of (scope, id) without the text, as items with an id were stored before the text was in it. */
const idKey = (scope: string, externalId: string): string => `ext:${keyPart(scope)}:${keyPart(externalId)}`;

/**
 * Dedupe key: (scope, external id, text) when the post has an id, else a hash of author + text (+ the
 * posting time's minute when it has one). The text is part of it because ids are often only unique
 * within one feed or tool: two exports number their rows 1, 2, 3…, and their posts are not the same.
 */
export function dedupeKey(post: PostIdentity): string {
  const source = post.source ?? 'api';
  if (post.externalId) return `${idKey(scopeOf(source), post.externalId)}:${textHash(post.text)}`;
  return noIdKeys(post)[0];
}

/**
 * The key of a post without an id: a hash of author and text, and of the posting time's minute when
 * given. A chat message has no id of its own (its number in the export is a position), and the same
 * text posted again later (in the quiet period) or into another group is another event for a supervisor.
 */
const authorTextKey = (author: string | undefined, text: string, minute?: string): string =>
  `hash:${sha256(`${author ?? ''}\u0000${sameText(text)}${minute === undefined ? '' : `\u0000${minute}`}`)}`;

/**
 * The keys a post without its id has, or had, newest first: by the minute as written (the job gave the
 * zone), by the UTC minute (a time with its own zone, or a netra before that), and by author and text
 * alone (a netra before the time was in the key; a post without a time has only this one).
 */
function noIdKeys(post: PostIdentity): string[] {
  const minutes = [post.postedAtLocal, postedMinute(post.postedAt)].filter((m): m is string => m !== undefined);
  return [...minutes.map((minute) => authorTextKey(post.author, post.text, minute)), authorTextKey(post.author, post.text)];
}

/**
 * The item a post without its id is stored under one of its keys. Its own key is the post; an older
 * one, if the item agrees on the posting time (a netra that left the time out of the key took the
 * message posted again later for the first one). A batch post with an author also looks among batch
 * items queued without one (a run without --author-field). `batchOnly`: a batch item without an id
 * (a post sent with its id, same-post.ts).
 */
async function storedUnderNoIdKey(db: Tx, post: PostIdentity, batchOnly = false): Promise<ItemsTable | undefined> {
  const own = noIdKeys(post);
  const authorless = post.author && isBatchSource(post.source ?? 'api') ? noIdKeys({ ...post, author: undefined }) : [];
  const keys = [...own, ...authorless];
  const rows = await db.selectFrom('items').selectAll().where('dedupe_key', 'in', keys).execute();
  const byKey = new Map(rows.map((r) => [r.dedupe_key, r]));
  for (const [i, key] of keys.entries()) {
    const row = byKey.get(key);
    if (!row || (batchOnly && (row.external_id !== null || !isBatchSource(row.source)))) continue;
    if (authorless.includes(key) && !isBatchSource(row.source)) continue;
    if (i === 0 || agreesOnTime(post, row)) return row;
  }
  return undefined;
}

/** The stored item `post` (whose key is `key`) already is, under its key or a key of an older netra. */
export async function storedItem(db: Tx, post: PostIdentity, key: string): Promise<ItemsTable | undefined> {
  const source = post.source ?? 'api';
  const batch = isBatchSource(source);
  if (!post.externalId) return (await storedUnderNoIdKey(db, post)) ?? (batch ? storedSamePost(db, post) : undefined);
  const found = await db.selectFrom('items').selectAll().where('dedupe_key', '=', key).executeTakeFirst();
  if (found) return found;
  if (!batch) return storedUnderOlderKey(db, post, post.externalId, source);
  return (await storedFromAnyFeed(db, post, post.externalId, source)) ?? (await storedWithoutId(db, post)) ?? storedSamePost(db, post);
}

/**
 * A batch post queued before without its id: a run without --id-field numbers the records, and the
 * queue keeps no record number, so the post was known by author and text. Sent again with its id, it
 * is that item when the post without its id would be: a batch item without an id, of the same author
 * (or none), text and posting time (found by its key, so a purged one too). An id that only came later
 * adds no other post to tell apart: without it the run had queued each author's text (at a time) once.
 */
const storedWithoutId = (db: Tx, post: PostIdentity): Promise<ItemsTable | undefined> => storedUnderNoIdKey(db, { ...post, externalId: undefined }, true);

/**
 * A batch item of the same text that is this post by same-post.ts's rule although neither key finds
 * it: queued with an id this post lacks, or with an author it lacks (index items_text_hash). The
 * earliest, when the post could be more than one.
 */
async function storedSamePost(db: Tx, post: PostIdentity): Promise<ItemsTable | undefined> {
  // Only what the rule reads: a chain message copied by many accounts has many items of one text.
  const rows = await db
    .selectFrom('items')
    .select(['id', 'source', 'external_id', 'author', 'text', 'posted_at', 'purged_at'])
    .where('text_hash', '=', textHash(post.text))
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  const same = rows.find((row) => isBatchSource(row.source) && isSamePost(post, row));
  return same && db.selectFrom('items').selectAll().where('id', '=', same.id).executeTakeFirst();
}

/**
 * Stored under an older key of the same source, (source, id) percent-encoded or, before that, raw
 * ("ext:api:1"): the same post if its text is the same (or was purged, so unknown).
 */
async function storedUnderOlderKey(db: Tx, post: PostIdentity, externalId: string, source: string): Promise<ItemsTable | undefined> {
  const older = [idKey(source, externalId), `ext:${source}:${externalId}`];
  const legacy = await db.selectFrom('items').selectAll().where('dedupe_key', 'in', older).executeTakeFirst();
  return legacy && (legacy.text === null || sameText(legacy.text) === sameText(post.text)) ? legacy : undefined;
}

/**
 * The items with this external id (index items_external_id), oldest first: a batch post's candidates
 * from other feeds. Only what tells them apart is read: an id that every export numbers (1, 2, 3…) has
 * a candidate in each of them.
 */
export const itemsWithExternalId = (db: Tx, externalId: string) =>
  db.selectFrom('items').select(['id', 'source', 'text', 'dedupe_key']).where('external_id', '=', externalId).orderBy('created_at').orderBy('id');

/**
 * A batch post queued from another feed, or before batch feeds shared a scope (under its own file's
 * key): an item of a batch source with the same id and text, the earliest if the feeds queued it more
 * than once. A purged item's text is gone: its key still holds the text's hash; one stored before the
 * text was in the key is taken as the same post only from the same feed, as before.
 */
async function storedFromAnyFeed(db: Tx, post: PostIdentity, externalId: string, source: string): Promise<ItemsTable | undefined> {
  const hash = textHash(post.text);
  const text = sameText(post.text);
  const pretext = [idKey(source, externalId), `ext:${source}:${externalId}`];
  for (const row of await itemsWithExternalId(db, externalId).execute()) {
    if (!isBatchSource(row.source)) continue;
    const same = row.text !== null ? sameText(row.text) === text : row.dedupe_key === `${idKey(row.source, externalId)}:${hash}` || pretext.includes(row.dedupe_key);
    if (same) return db.selectFrom('items').selectAll().where('id', '=', row.id).executeTakeFirst();
  }
  return undefined;
}
