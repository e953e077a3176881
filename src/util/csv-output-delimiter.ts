// The delimiters a CSV netra writes may take: the comma, or for Excel under a locale whose list
// separator is ';' (Indonesian, with its decimal comma) the semicolon, or a tab. Named as the batch
// CLI's --output-delimiter and the decisions export's `delimiter` take them.
const DELIMITERS: Readonly<Record<string, string>> = { ',': ',', ';': ';', tab: '\t', '\t': '\t' };

export const OUTPUT_DELIMITER_CHOICES = ', ; or tab';

/** The delimiter a value names, or undefined when it names none of them. */
export function outputDelimiter(value: unknown): string | undefined {
  return typeof value === 'string' && Object.hasOwn(DELIMITERS, value) ? DELIMITERS[value] : undefined;
}
