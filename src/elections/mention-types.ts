// The public shape of mention detection: what a mention is, the candidate it refers to, and what
// MentionIndex.detect returns for a post (its typed tokens, their surfaces and candidates).
import type { WordInfo } from './phrase-index.js';

export type MentionKind = 'name' | 'alias' | 'number' | 'gesture' | 'party' | 'slogan' | 'hashtag' | 'account';

export interface CandidateRef {
  election: string;
  /** The ballot number; a caleg's is their party's (a caleg runs on the party's ballot entry). */
  number: number;
  /** The ballot entry's names; a caleg's party's. */
  name: string;
  /** A Pileg's legislative candidate this mention names (their name, or their list place). */
  caleg?: CalegRef;
}

/** A legislative candidate: their name, place on the party's list and electoral district. */
export interface CalegRef {
  name: string;
  listNumber: number;
  dapil: string;
}

export interface Mention {
  kind: MentionKind;
  /** The normalized words (or #tag / @handle) that were matched. */
  text: string;
  candidate?: CandidateRef;
  /** Token span [start, end) in the normalized token list. */
  start: number;
  end: number;
}

export interface MentionResult {
  mentions: Mention[];
  /** Tokens with mentions replaced by typed placeholders, without the handles a reply starts with. */
  tokens: string[];
  /**
   * For each typed token, the words it stands for: a mention's text, else the token itself (the
   * evidence makes placeholders readable: src/explain/readable-token.ts).
   */
  surfaces: string[];
  /** For each typed token, the candidate it refers to, if any. */
  refs: (CandidateRef | undefined)[];
  /**
   * For each typed token, what the phrase index knows of it (none for placeholders and #tags): the
   * vectorizer keeps its per-token columns there instead of looking the token up again.
   */
  words?: (WordInfo | undefined)[];
  /** The election most mentions point at, when any. */
  election?: string;
}
