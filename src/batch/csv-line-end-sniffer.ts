// The CSV's line ends, told from its first line break outside quotes, before csv-parse is made (it
// needs them up front). Quotes are read by the record scan's own rule (csv-scanner.ts).
import { CsvRecordScanner } from './csv-scanner.js';
import { lineEndsAt } from './line-ends.js';

/**
 * The line ends to split records at, from the input's first line break outside quotes (a quoted header
 * cell may hold one): "\r\r\n" (a CRLF file converted twice) is one line end; after CR alone (old
 * Mac exports) CR is one too; and always both CRLF and LF, whichever comes, because csv-parse
 * otherwise keeps the first line's ending for the whole file and a file with LF rows appended lost
 * those rows into one field. Fed the growing head of the input (UTF-8, see csv-encoding.ts);
 * undefined until the first break (and the two characters after a CR) have arrived, or the input ended.
 *
 * "Outside quotes" is decided by CsvRecordScanner itself, by csv-parse's rule (a quote opens a quoted
 * field only at the start of a field; "" inside one is a quote): any CR or LF ends a line until the
 * first one, so up to there it sees what the scan with the file's own line ends will. A stray quote
 * within a header name (id,te"xt) is text, as csv-parse reads it, and hides no line end.
 */
export class LineEndSniffer {
  private readonly scanner: CsvRecordScanner;
  private scanned = 0;
  private finished = false;

  constructor(delimiter: string) {
    this.scanner = new CsvRecordScanner(['\r\n', '\n', '\r'], delimiter, Number.MAX_SAFE_INTEGER);
  }

  sniff(head: Buffer, ended: boolean): string[] | undefined {
    if (this.scanner.firstLineEnd === undefined && this.scanned < head.length) {
      this.scanner.scan(head.subarray(this.scanned)); // what csv-parse would be handed is not needed
      this.scanned = head.length;
    }
    if (this.scanner.firstLineEnd === undefined && ended && !this.finished) {
      this.finished = true;
      this.scanner.scan(undefined); // the byte the scan held back to look past
    }
    const at = this.scanner.firstLineEnd;
    if (at === undefined) return ended ? ['\r\n', '\n'] : undefined;
    const ends = lineEndsAt(head, at, ended); // undefined: see what follows the CR first
    if (ends === undefined) return undefined;
    return ends === 'lf' ? ['\r\n', '\n'] : ends === 'crcrlf' ? ['\r\r\n', '\r\n', '\n'] : ['\r\n', '\n', '\r'];
  }
}
