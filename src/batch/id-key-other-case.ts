// A JSONL record without the default "id" key but with "ID" or "Id": its id was replaced by the
// record number, as for a CSV header with such a column (csv-reader.ts), so the summary warns. Two
// key lookups, and only on a record without "id" under the default --id-field.

const OTHER_CASES = ['ID', 'Id'] as const;

/** The key in another case the record holds its id under, if any. */
export function idKeyInOtherCase(fields: Record<string, unknown>): string | undefined {
  return OTHER_CASES.find((key) => Object.hasOwn(fields, key));
}
