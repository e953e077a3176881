// The CSV header against the columns the flags name: a missing or repeated one is bad usage, with a
// hint at the likely cause (another delimiter, a name in another case, no header line); the default
// id column in another case is a warning. And the warning for a CSV that holds only its header.
import { OTHER_DELIMITERS } from './other-delimiters.js';
import { headerNameShown, looksLikeRecord } from './header-names-shown.js';
import { BatchUsageError } from './errors.js';
import type { RecordStart } from './csv-scanner.js';

/** A column the header must have, with the flag that named it; `optional`: the default id column, which may be missing. */
export interface RequiredColumn {
  column: string;
  flag: string;
  optional?: boolean;
}

/** The header's name for `column` in another case (`ID` for `id`), if it has one. */
const inOtherCase = (header: readonly string[], column: string): string | undefined => header.find((h) => h.toLowerCase() === column.toLowerCase());

/** What to do about a missing column: the usual causes are another delimiter (Excel in many locales writes `;`) and case. */
function missingColumnHint(header: string[], column: string, flag: string, delimiter: string, sepLine: string | undefined): string {
  const other = header.length === 1 ? OTHER_DELIMITERS.find(([d]) => d !== delimiter && header[0].includes(d)) : undefined;
  // a sep line outranks --delimiter (it refuses one that differs): the line is what to fix
  if (other && sepLine !== undefined) return `the header reads as one column: if the file is ${other[1]}-separated, its first line ${JSON.stringify(sepLine)} is wrong: delete that line, or make it sep=${other[0] === '\t' ? ' and a tab' : other[0]}`;
  if (other) return `the header reads as one column: if the file is ${other[1]}-separated, give --delimiter '${other[1]}'`;
  if (looksLikeRecord(header)) return 'the first line looks like a record (a cell is a number or a date): give the file a header line naming its columns';
  const cased = inOtherCase(header, column);
  if (cased !== undefined) return `names are matched exactly: use --${flag} ${JSON.stringify(cased)}`;
  return header.length > 0 ? `use --${flag} NAME with one of those columns` : `use --${flag} NAME`;
}

/**
 * The header's names as far as its first line goes, for messages. A name that holds a line break is
 * a quote that took in the records after it (or, rarely, a quoted name with a line break): it is cut
 * at the break, and the names after it, read from later lines, are only counted (`more`), since
 * messages go to stderr and the lines past the header's first are posts.
 */
export function firstLineColumns(header: readonly string[]): { names: string[]; more: number } {
  const names: string[] = [];
  const recordLike = looksLikeRecord(header);
  for (let i = 0; i < header.length; i++) {
    const br = header[i].search(/[\r\n]/);
    if (br < 0) {
      names.push(headerNameShown(header[i], recordLike));
      continue;
    }
    names.push(`${headerNameShown(header[i].slice(0, br), recordLike)}…`);
    return { names, more: header.length - i - 1 };
  }
  return { names, more: 0 };
}

/**
 * Throws for a column missing or given twice; warns of the default id column in another case.
 * `sepLine`: Excel's `sep=` first line, when one set the delimiter (csv-sep-line.ts).
 */
export function checkColumns(header: string[], required: readonly RequiredColumn[], delimiter: string, onWarning?: (message: string) => void, sepLine?: string): void {
  for (const { column, flag, optional } of required) {
    const count = header.filter((h) => h === column).length;
    if (count === 0 && !optional) {
      const { names, more } = firstLineColumns(header);
      const listed = [...names, ...(more > 0 ? [`${more} more`] : [])].join(', ');
      throw new BatchUsageError(`the CSV header has no column "${column}" (columns: ${listed || 'none'}); ${missingColumnHint(header, column, flag, delimiter, sepLine)}`);
    }
    if (count > 1) throw new BatchUsageError(`the CSV header has ${count} columns named "${column}" (--${flag}); rename all but one`);
    const cased = count === 0 && optional ? inOtherCase(header, column) : undefined;
    // the default id column may be missing, but one in another case is the export's ids, lost to record numbers
    if (cased !== undefined) onWarning?.(`the CSV has no column "${column}", so its records were numbered 1, 2, … in place of ids; it has ${JSON.stringify(cased)}: names are matched exactly, give --${flag} ${JSON.stringify(cased)}`);
  }
}

/**
 * No record: say why, or the job ends "0 records" unremarked. Either the input went on past the
 * header's first line (a quote in the header opened a field that took the lines after it in), or
 * there is only the header (an export of nothing, or of the wrong day).
 */
export function onlyHeaderWarning(header: string[], headerStart: RecordStart): string {
  const { names, more } = firstLineColumns(header);
  const shown = names.slice(0, 10).map((h) => JSON.stringify(h.length > 40 ? `${h.slice(0, 40)}…` : h));
  const unshown = names.length - shown.length + more;
  if (unshown > 0) shown.push(`${unshown} more`);
  return headerStart.endLine > headerStart.line
    ? `no records were read, but the CSV header (line ${headerStart.line}) runs on to line ${headerStart.endLine}: ` +
        `a quote in it opened a field that holds those lines (columns: ${shown.join(', ')})`
    : `no records were read: the CSV has its header (line ${headerStart.line}; columns: ${shown.join(', ')}) and nothing after it`;
}
