// Where an evidence phrase (or a mention's words) is written in the post. Evidence comes from
// normalized tokens ("tidak" for "ga", "nomor 2" for "02", "[angka]"), which a reader cannot search
// for, so a phrase is matched back onto the text as written: case-insensitively at a word start, words
// separated by any spacing or punctuation, and may continue into a longer word (an affixed form of the
// same stem); punctuation and emoji tokens ("!", ✌️) are found wherever written, right after a word
// too. A gesture ("salam 2 jari" or ✌️) is found wherever normalization reads one, as a whole: "Salam
// dua jari", "dua jari" before an emoji, the emoji. The phrase is also always looked for among the
// post's words as normalization reads them one by one, so "c0bl0s", "jgn" and "02" are found for
// "coblos", "jangan" and "nomor 2" (a bare number with the ballot cue before it: "no 2", "coblos 2", a
// padded one after a pure cue: "nomor 02", a zero and a digit apart after a cue: "coblos 0 2"; letters typed apart, leet
// digits among them too: "c o b l o s", "c 0 b l 0 s"; a verb read as "coblos"
// before a ballot number: "Tusuk nomor 1"),
// also in a post that writes "coblos" elsewhere; both ways' places are merged. A date or a time that
// normalization reads across words ("14 Februari 2024", "10.00 WIB") is one word there. A ballot number is not
// placed where the words around make it a plain one, as normalization reads "RW 01", "Perda nomor 2",
// "nomor 3 tahun 2024", "pilih 2 orang" or "02 persen" (a number read alone is read again with them),
// nor in a longer number ("nomor 3/2024"). A place is whole
// characters: a keycap "2️⃣" keeps its marks. The review page marks these places (src/review/web/
// highlight.ts); the API and the batch output give them as `written` (see written-evidence.ts).
// The finder is this file; how a post is read word by word is normalized-words.ts and the files it uses,
// a phrase's pattern phrase-pattern.ts, its tokens normalized-matches.ts.
import { nonOverlapping, wholeCharacters, type TextRange } from './text-range.js';
import { defaultElectionNames, type ElectionNames } from '../text/election-names.js';
import { pattern } from './phrase-pattern.js';
import { normalizedMatches, phraseTokens } from './normalized-matches.js';
import { normalizedWords } from './normalized-words.js';
import { isBallot, isPlainNumbers, type NormalizedWord } from './normalized-word.js';
import { WordReader } from './word-reader.js';

export type { TextRange } from './text-range.js';

/** Finds phrases in one post as written; the fallback's view of the post is built once, on first need. */
export class WrittenFinder {
  private words?: NormalizedWord[];
  /** The text searched: the post, or only the part of it given (see the constructor). */
  private readonly searched: string;
  /** Where `searched` starts in the post: added to every place found. */
  private readonly offset: number;

  /**
   * @param names the election names the post was read with (a scorer's own; without, ELECTIONS_DIR's)
   * @param within the part of a long post whose result the phrases are (its evidence): only that part is
   *   searched, as if it were the whole text, and places are still offsets into `post`
   */
  constructor(
    post: string,
    private readonly names: ElectionNames = defaultElectionNames(),
    within?: TextRange,
  ) {
    this.searched = within ? post.slice(within.start, within.end) : post;
    this.offset = within?.start ?? 0;
  }

  /**
   * Every place `phrase` is written, in order and not overlapping, each of whole characters; none when
   * it cannot be found. Both ways are always looked at: a post that writes "coblos" once may write
   * "c0bl0s" too, and a place both find is given once (the longer where they differ).
   */
  find(phrase: string): TextRange[] {
    const re = pattern(phrase);
    if (!re) return [];
    const found: TextRange[] = [];
    // A ballot number's phrase written as such ("nomor 2") is none where its place makes it a plain
    // number ("Perda nomor 2", "nomor 3 tahun 2024"), nor where it ends inside a longer number ("nomor
    // 3/2024", "nomor 2.5 juta"): the normalized words know.
    const plain = phraseTokens(phrase).some(isBallot) ? this.normalizedWords().filter((w) => w.notBallot || isPlainNumbers(w)) : [];
    for (const m of this.searched.matchAll(re)) {
      if (m.index === undefined || m[0].length === 0) continue;
      const place = { start: m.index, end: m.index + m[0].length };
      if (plain.some((w) => w.start < place.end && (w.notBallot ? place.start < w.end : place.end < w.end))) continue;
      found.push(wholeCharacters(this.searched, place));
    }
    for (const r of normalizedMatches(phrase, this.normalizedWords())) found.push(wholeCharacters(this.searched, r));
    const places = nonOverlapping(found);
    return this.offset === 0 ? places : places.map((p) => ({ start: p.start + this.offset, end: p.end + this.offset }));
  }

  private normalizedWords(): NormalizedWord[] {
    return (this.words ??= normalizedWords(this.searched, new WordReader(this.names)));
  }
}
