// A post's text as dedupe compares it, and its hash: part of an id key (dedupe.ts), and of a batch
// item's row (items.text_hash, which same-post.ts looks posts up by).
import { createHash } from 'node:crypto';

export const sameText = (text: string): string => text.normalize('NFC').trim();
export const sha256 = (s: string): string => createHash('sha256').update(s).digest('hex');
export const textHash = (text: string): string => sha256(sameText(text)).slice(0, 16);

/** The text hash a purged item's id key ends in (`ext:<scope>:<id>:<hash>`); none for other keys. */
export function purgedTextHash(dedupeKey: string): string | undefined {
  return /^ext:.*:([0-9a-f]{16})$/.exec(dedupeKey)?.[1];
}
