// A ballot number the sink has read whose words after may still make it a count or a place ("pilih 2
// orang", "nomor 2 dari 3 bersaudara"): what reading those words needs of the sink.
import type { PlaceKind } from './ballot-cue-words.js';

export interface CuedBallot {
  /** The words read so far (tokens that are part of the text). */
  readonly words: readonly string[];
  /** The lowercased text the words come from, to see punctuation the words drop. */
  readonly text: string;
  /** Index in `words` of the cued ballot number. */
  readonly cuedWord: number;
  /** The spelled number read there ("coblos satu"); undefined when it was written in digits. */
  readonly cuedSpelled: string | undefined;
  /** It came after "nomor" alone: what the words after it may make it (see PlaceKind); false after a vote verb. */
  readonly cuedPlace: PlaceKind | false;
  /** The digits of the last ballot number read in digits. */
  readonly cuedDigits: string;
  /** The pure cue words it dropped ("nomor", "no urut"). */
  readonly cuedCues: readonly string[];
  /** Whether the post has an election word or a candidate's name (election-post.ts). */
  electionPost(): boolean;
}
