// Python's json.dumps writes a float that is no number as NaN, Infinity or -Infinity (allow_nan is its
// default), which JSON has no word for: JSON.parse refused the whole line, so one missing number in a
// column netra does not read (likes, shares) made the post a bad record. Outside strings, such a word is
// read as null: the number is unknown. Only a line JSON.parse refused is looked at.

const WORDS = ['-Infinity', 'Infinity', 'NaN'] as const;
const QUOTE = 34;
const BACKSLASH = 92;

/** The line with each such word outside strings as null, and where a place in it was in the line; undefined when it has none. */
export function nonFiniteAsNull(line: string): { text: string; original: (at: number) => number } | undefined {
  let text = '';
  let from = 0;
  const shifts: [at: number, by: number][] = []; // from this place in `text` on, places lie `by` further on in the line
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === QUOTE) {
      for (i++; i < line.length && line.charCodeAt(i) !== QUOTE; i++) if (line.charCodeAt(i) === BACKSLASH) i++;
      continue;
    }
    const word = WORDS.find((w) => line.startsWith(w, i));
    if (word === undefined) continue;
    text += `${line.slice(from, i)}null`;
    from = i + word.length;
    shifts.push([text.length, word.length - 'null'.length]);
    i = from - 1;
  }
  if (shifts.length === 0) return undefined;
  text += line.slice(from);
  const original = (at: number) => at + shifts.filter(([p]) => p <= at).reduce((sum, [, by]) => sum + by, 0);
  return { text, original };
}
