// An id a spreadsheet turned into a number in scientific notation: Excel shows a post id of 12 or more
// digits as `1.74568E+18` (`1,74568E+18` under a decimal comma) and saves it so in a CSV, keeping six
// figures of nineteen. Such ids no longer tell posts apart: they are counted for the summary's warning.

const EXPONENT_ID = /^-?\d(?:[.,]\d+)?E\+\d+$/i;

export const isIdInExponent = (id: string): boolean => id.length <= 24 && EXPONENT_ID.test(id);
