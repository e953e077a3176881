// A text cell a spreadsheet would run as a formula (=, +, -, @, or a tab or CR before one) gets a
// leading ' so Excel, LibreOffice and Google Sheets show it as text: ids and evidence come from posts.
const FORMULA_START = /^[=+\-@\t\r]/;

/** `s`, with a leading ' if a spreadsheet would read it as a formula. */
export function guardFormula(s: string): string {
  return FORMULA_START.test(s) ? `'${s}` : s;
}
