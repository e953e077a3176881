// A CSV row that repeats the header: exports joined one after another (`cat januari.csv februari.csv`)
// bring each file's header along. Read as a record it was scored as a post (id "id", text "text"); it
// is a bad record instead, which keeps the records' numbering (a resume skips records by count).

export const REPEATED_HEADER = 'the row repeats the CSV header (files joined one after another?): it is not a post';

/** Whether a row of `cellCount` cells holds the header's names, each in its own column (cells trimmed, as the names are). */
export function repeatsHeader(record: Record<string, string | undefined>, cellCount: number, header: readonly string[]): boolean {
  return cellCount === header.length && header.every((name) => record[name]?.trim() === name);
}
