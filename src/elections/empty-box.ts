// The empty box (kotak/kolom kosong): a regional race with a single pair is a race against it, and
// campaigning for the box is taking a side, so it is a contestant of its own (docs/elections.md).
import type { ElectionConfig } from './schema.js';
import type { CandidateRef } from './mention-types.js';

/** Races that can have a single pair against the empty box (regional heads: Pilkada). */
const SINGLE_PAIR_KINDS: ReadonlySet<string> = new Set(['pilgub', 'pilbup', 'pilwalkot']);
export const EMPTY_BOX_WORDS = ['kotak kosong', 'kolom kosong'];
/** Their tags' bodies: #KotakKosong, #KolomKosong. */
export const EMPTY_BOX_TAGS = EMPTY_BOX_WORDS.map((words) => words.replace(' ', ''));
/** The empty box has no ballot number; 0 is no candidate's (numbers start at 1). */
export const EMPTY_BOX_NUMBER = 0;

/** Whether the race is one pair against the empty box: a regional race with one candidate. */
export function hasEmptyBox(cfg: ElectionConfig): boolean {
  return cfg.candidates.length === 1 && cfg.kind !== undefined && SINGLE_PAIR_KINDS.has(cfg.kind);
}

/** The empty box of a single-pair race, as the contestant its mentions refer to. */
export function emptyBoxRef(cfg: ElectionConfig): CandidateRef {
  return { election: cfg.id, number: EMPTY_BOX_NUMBER, name: 'Kotak kosong' };
}
