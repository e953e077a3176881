// A CSV row with fewer cells than the header: csv-parse leaves the columns after its end out of the record
// (relaxed column counts). When the text column is among them, the bad record's reason adds this note,
// so it says why a header with that column gave no text, and names the delimiter the row's cells hold
// when it is not the header's (a header edited to `;` over comma rows, or the other way round). It never
// quotes the row: reasons reach stderr, and the row is a post.
import { counted } from './count-noun.js';
import { delimiters, oneDelimiter, OTHER_DELIMITERS } from './other-delimiters.js';

/** `cells`: the row's cells (their count, and their text to look for another delimiter in). */
export function shortRowNote(cellCount: number, cells: readonly (string | undefined)[], columns: number, delimiter: string): string {
  const short = `the row has ${counted(cellCount, 'cell')} where the header has ${columns.toLocaleString('en-US')}`;
  const other = OTHER_DELIMITERS.find(([d]) => d !== delimiter && cells.some((c) => c?.includes(d)));
  if (!other) return short;
  return `${short}, and holds ${oneDelimiter(other[0])}: its cells may be separated by ${delimiters(other[0])}, the header's by ${delimiters(delimiter)}`;
}
