// Typed tokens: a mention is written into the tokens the model reads as a placeholder of its kind
// (<cand>, <cand_no>, <party>, …), so a model trained on one election reads "support for a
// candidate", not "support for Khofifah"; its surface keeps the words people see.
import type { MentionKind } from './mention-types.js';
import { ballotReading } from '../text/ballot.js';
import { gestureReading } from '../text/gestures.js';

export const PLACEHOLDER_OF: Record<MentionKind, string> = {
  name: '<cand>',
  alias: '<cand>',
  number: '<cand_no>',
  gesture: '<cand_gesture>',
  party: '<party>',
  slogan: '<slogan>',
  hashtag: '<cand_tag>',
  account: '<cand_user>',
};

const PLACEHOLDERS: ReadonlySet<string> = new Set(Object.values(PLACEHOLDER_OF));

/** Whether mention-typed tokens name a candidate or party (any placeholder above). */
export function mentionsCandidate(tokens: readonly string[]): boolean {
  for (const t of tokens) if (t.charCodeAt(0) === 60 && PLACEHOLDERS.has(t)) return true;
  return false;
}

/** What people see for a mention: its words (tokens start to end), "@handle", or a readable ballot number or gesture. */
export function mentionText(kind: MentionKind, tokens: readonly string[], start: number, end: number, handle: string | undefined, n: number | undefined): string {
  if (kind === 'account') return `@${handle ?? ''}`;
  if (kind === 'number') return ballotReading(n as number);
  if (kind === 'gesture') return gestureReading(n as number);
  return end === start + 1 ? tokens[start] : tokens.slice(start, end).join(' '); // most are one word: no array for it
}
