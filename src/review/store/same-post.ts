// When a batch post is an item queued before although one of them lacks what the other has: an id
// (an export queued with --id-field and run again without it, or the other way round), an author (a
// run with or without --author-field), or a posting time. What both have must agree; what one lacks
// tells nothing apart, since the run that lacked it had queued that text (by that author, at that
// minute) once. So the same text by two known authors, under two ids, or posted at two minutes stays
// two items (a chat message posted again later is its own item, by design).
// A post without a posting time is the earliest item of its author and text, whatever its time: the
// item's run told the text's repeats apart by their times, and the post cannot say which it is, but its
// own run queues that author's text once (a run without --posted-at-field of an export queued with it
// used to queue every post without an id again, decided ones included).
// One exception, where the lack itself hides which post it is: a purged item's author is gone with its
// text (retention): found by the text alone, it is the post only when the post has no author either.
// Found by its key, it is known: the key holds the author.
// Only batch posts and items are matched so (dedupe.ts); an API client's items keep their own scope.
import type { ItemsTable } from '../db/schema.js';
import type { PostIdentity } from './dedupe.js';
import type { Item } from './items.js';
import { postedMinute } from './posted-minute.js';
import { sameText } from './text-hash.js';

/** What the rule reads of a stored item. */
export type StoredPost = Pick<ItemsTable, 'external_id' | 'author' | 'text' | 'posted_at' | 'purged_at'>;

/** Two ids, when both have one, are the same. */
export const agreesOnId = (post: PostIdentity, item: StoredPost): boolean => !post.externalId || item.external_id === null || item.external_id === post.externalId;

/** The same posting minute, when both have a time. */
export function agreesOnTime(post: PostIdentity, item: StoredPost): boolean {
  const [was, now] = [postedMinute(item.posted_at), postedMinute(post.postedAt)];
  return was === undefined || now === undefined || was === now;
}

/** Two authors, when both are known, are the same; a purged item's author is not known (see above). */
export function agreesOnAuthor(post: PostIdentity, item: StoredPost): boolean {
  if (!post.author) return true;
  if (item.author !== null) return item.author === post.author;
  return item.purged_at === null;
}

/** Whether `post` is `item` (an item of the same text hash, found without a key that holds its author and text). */
export function isSamePost(post: PostIdentity, item: StoredPost): boolean {
  const sameTextToo = item.text === null || sameText(item.text) === sameText(post.text);
  return sameTextToo && agreesOnId(post, item) && agreesOnAuthor(post, item) && agreesOnTime(post, item);
}

/** How a post found this way differs from its item, for the batch summary (src/review/enqueue.ts counts them). */
export type Recognised = 'withoutId' | 'withId' | 'withoutAuthor' | 'withAuthor' | 'withTime' | 'otherZone';

/**
 * What the item `post` was found to be was queued with that the post lacks, or without what it has; and
 * `otherZone`: another posting minute, so found by the minute as written (another --posted-at-zone).
 */
export function howRecognised(post: PostIdentity, item: Pick<Item, 'externalId' | 'author' | 'postedAt' | 'purgedAt'>): Recognised[] {
  const out: Recognised[] = [];
  if (post.externalId && item.externalId === null) out.push('withoutId');
  if (!post.externalId && item.externalId !== null) out.push('withId');
  if (post.author && item.author === null && item.purgedAt === null) out.push('withoutAuthor');
  if (!post.author && item.author !== null) out.push('withAuthor');
  const [was, now] = [postedMinute(item.postedAt), postedMinute(post.postedAt)];
  // Known by its id, a post's time told nothing: only one known by author and text was found despite it.
  if (was !== undefined && now === undefined && !(post.externalId && item.externalId !== null)) out.push('withTime');
  if (was !== undefined && now !== undefined && was !== now) out.push('otherZone');
  return out;
}
