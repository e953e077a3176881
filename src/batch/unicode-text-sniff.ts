// Excel's "Unicode Text" export (.txt): UTF-16 after a byte order mark, tab-separated. Its extension
// tells no format; the CSV reader decodes it (csv-encoding.ts), so the message names the flags to give.
import { fileHead } from './file-head.js';

/** Whether `file` starts with a UTF-16 byte order mark (LE `FF FE`, or BE `FE FF`). */
function startsWithUtf16Bom(file: string): boolean {
  const head = fileHead(file, 2);
  return head !== undefined && head.length === 2 && ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff));
}

/** What to give for an input of no known format that is UTF-16 text with its BOM; undefined for any other. */
export function unicodeTextHint(file: string): string | undefined {
  if (!startsWithUtf16Bom(file)) return undefined;
  return `it is UTF-16 text with a byte order mark, as Excel's "Unicode Text" (.txt) export writes it, tab-separated; netra reads it as CSV: give --format csv --delimiter tab (or save it from Excel as "CSV UTF-8" and give --format csv)`;
}
