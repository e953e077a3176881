// The decimal mark of the number cells a CSV netra writes: the point (the default, what scripts read),
// or the comma that Excel under a decimal-comma locale (Indonesian: decimal ',', thousands '.', list
// separator ';') needs to read a cell as a number. Named as the batch CLI's --output-decimal and the
// decisions export's `decimal` take them.
export type DecimalMark = '.' | ',';

export const OUTPUT_DECIMAL_CHOICES = ', or .';

/** The decimal mark a value names, or undefined when it names none. */
export function outputDecimal(value: unknown): DecimalMark | undefined {
  return value === '.' || value === ',' ? value : undefined;
}

/**
 * Why a decimal mark cannot go with a delimiter, or undefined when it can: a decimal comma in a comma
 * file would have to be quoted, and Excel imports a quoted cell as text, while a point-locale reader
 * reads "0,912" as text anyway; the decimal comma is for the ';' (or tab) file a comma locale splits.
 */
export function decimalDelimiterProblem(decimal: DecimalMark, delimiter: string): string | undefined {
  return decimal === ',' && delimiter === ',' ? 'a decimal comma needs ; or tab between cells (a comma-separated file would have to quote every number, and a quoted cell is text to Excel)' : undefined;
}
