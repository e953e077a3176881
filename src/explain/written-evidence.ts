// Evidence with the words as the post writes them. Evidence shows normalized words ("tidak" for
// "ga", "nomor 2" for "02", "[angka]"), which an analyst cannot search the post for; `written` gives
// each place the phrase is written, found as the review page finds it (written.ts). Opt-in: it more than
// doubles the time a post takes to score (npm run bench:written; docs/benchmark-history.md).
import type { Evidence, WrittenPlace } from './evidence.js';
import type { TextRange } from './text-range.js';
import { WrittenFinder } from './written.js';
import { placesAsRead, readMentions, type MentionReading } from './mention-places.js';
import { defaultMentionIndex } from '../elections/default-index.js';
import { defaultElectionNames, type ElectionNames } from '../text/election-names.js';

/**
 * Sets `written` on each entry of `evidence` (the array scoring just made; returned for convenience):
 * every place in `text` the phrase is written, in order. Left out where the phrase cannot be found.
 * @param names the election names the post was scored with (a scorer's own; without, ELECTIONS_DIR's)
 * With `part` (evidence of one paragraph of a long post), only that part is searched, and places are
 * still offsets into the whole `text`.
 * @param reading the whole post as read for mentions (a scorer's own; without, read again with
 * ELECTIONS_DIR's configs), asked only for a word written both in capitals and not: which places are a
 * candidate's mention (mention-places.ts)
 */
export function withWritten(
  text: string,
  evidence: Evidence[],
  names: ElectionNames = defaultElectionNames(),
  part?: TextRange,
  reading: () => MentionReading = () => readMentions(text, defaultMentionIndex()),
): Evidence[] {
  if (evidence.length === 0) return evidence;
  const finder = new WrittenFinder(text, names, part);
  for (const e of evidence) {
    // a candidate's "AMIN" is placed where the post writes it so, the prayer "amin" beside it where it does not
    const places = placesAsRead(text, e.text, finder.find(e.text), reading, e.candidate !== undefined);
    if (places.length === 0) continue;
    const written: WrittenPlace[] = new Array(places.length);
    for (let i = 0; i < places.length; i++) {
      const { start, end } = places[i];
      written[i] = { text: text.slice(start, end), start, end };
    }
    e.written = written;
  }
  return evidence;
}
