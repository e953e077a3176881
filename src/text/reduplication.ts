// Reduplication: "orang2" and "orang-orang" both become "orang-orang"; "dipikir-pikir" stays one word.
// Hyphenated tokens that are not reduplication ("khofifah-emil", "pdi-p") are split into their parts.
const LETTERS_THEN_2 = /^([a-z]{2,})2(an)?$/;

/**
 * "orang2" → "orang-orang", "kecil2an" → "kecil-kecilan" (the -an suffix goes after the repeated
 * half), or undefined when the token is not a digit-2 reduplication form.
 */
export function expandDigitReduplication(word: string): string | undefined {
  const m = LETTERS_THEN_2.exec(word);
  return m ? `${m[1]}-${m[1]}${m[2] ?? ''}` : undefined;
}

const isDigit = (p: string): boolean => p >= '0' && p <= '9';

/** Parts of a hyphenated token: one part when it is a reduplication, else each piece. */
export function splitHyphenated(word: string): string[] {
  const parts = word.split('-').filter((p) => p.length > 0);
  if (parts.length === 2) {
    const [a, b] = parts;
    // orang-orang, tiba-tiba, dipikir-pikir, bermain-main, sayur-mayur (rhyming second half), and with
    // -an: besar-besaran, the slang dictionary's reading of "besar2an" (split, it read apart on a second pass)
    if (a === b || (b.length >= 3 && a.endsWith(b)) || (a.length >= 4 && b.length >= 4 && a.slice(-3) === b.slice(-3)) || b === `${a}an`) {
      return [`${a}-${b}`];
    }
  }
  // c-o-b-l-o-s; not digits alone: "0-2", "2-3" are a score or a range, two numbers (after a ballot cue
  // placeholders.ts has read "0-2" as 02 already)
  if (parts.length >= 2 && parts.every((p) => p.length === 1) && !parts.every(isDigit)) return [parts.join('')];
  return parts;
}
