// CSV rows with more cells than the header: csv-parse drops the cells past its last column (relaxed
// column counts), so a post holding the delimiter unquoted is cut there and scored on its first part,
// looking like any other result. Counted as they are read, for the summary's warning.
import { counted } from './count-noun.js';
import { oneDelimiter } from './other-delimiters.js';

export class LongRows {
  private count = 0;
  private first: number | undefined;

  /** A row of `cells` cells, starting on `line`, under a header of `columns`. */
  see(cells: number, columns: number, line: number): void {
    if (cells <= columns) return;
    this.count++;
    this.first ??= line;
  }

  /** The summary's warning, when a row was cut. */
  warning(delimiter: string): string | undefined {
    if (this.count === 0) return undefined;
    return (
      `${counted(this.count, 'row')} had more cells than the header (the first is line ${this.first}): the cells past its last column were dropped, ` +
      `so a post holding an unquoted ${oneDelimiter(delimiter)} was cut there and scored on its first part; quote such cells, or check --delimiter`
    );
  }
}
