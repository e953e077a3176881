// Near-copies: the same post shared again (a retweet, a copy with another link or @handle, other
// punctuation). Such a copy must not sit on both sides of a test: a model that has seen the text in
// training would be scored on memory, not on reading a post it never saw.

const LINK = /\b(?:https?:\/\/|www\.|pic\.twitter\.com\/)\S+/gu;
const HANDLE = /@[\p{L}\p{N}_]+/gu;
const NOT_WORD = /[^\p{L}\p{N}]+/gu;

/**
 * What two near-copies share: the text lowercased (NFKC), without links and @handles, a leading "RT",
 * punctuation, emoji and spacing. Empty for a post that is only links, handles and symbols.
 */
export function nearCopyKey(text: string): string {
  const words = text.normalize('NFKC').toLowerCase().replace(LINK, ' ').replace(HANDLE, ' ').replace(NOT_WORD, ' ').trim();
  return words.replace(/^rt\s+/u, '');
}

/**
 * `pool` without the posts that are near-copies of a post in `held`: what a test keeps out of training.
 * Posts whose key is empty say nothing to compare and are kept.
 */
export function withoutNearCopies<T extends { text: string }>(pool: readonly T[], held: readonly T[]): { kept: T[]; dropped: number } {
  const keys = new Set(held.map((e) => nearCopyKey(e.text)).filter((k) => k !== ''));
  const kept = pool.filter((e) => {
    const k = nearCopyKey(e.text);
    return k === '' || !keys.has(k);
  });
  return { kept, dropped: pool.length - kept.length };
}
