// The characters a CSV export may be split at besides the one a job reads it by, each with the name
// `--delimiter` takes: Excel writes `;` in many locales and a tab for "Unicode Text", and a comma export
// may be named .tsv. Messages name the one a header or row holds, so the fix is one flag away.
export const OTHER_DELIMITERS: readonly (readonly [char: string, flag: string])[] = [[';', ';'], ['\t', 'tab'], ['|', '|'], [',', ',']];

/** A delimiter as a message names one of it ("a tab", "','") and several ("tabs", "','"). */
export const oneDelimiter = (d: string): string => (d === '\t' ? 'a tab' : `'${d}'`);
export const delimiters = (d: string): string => (d === '\t' ? 'tabs' : `'${d}'`);
