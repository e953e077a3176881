// Candidate accounts: whether an @handle names a candidate's account key (@prabowo, @budi_hartono,
// @burisma), and not a longer given name that contains it (@hendrawan_89 is not Hendra).
import { commonGivenNamesContaining } from './word-lists.js';

// Titles written before a name inside a handle: @burisma, @khmarufamin, and handle-only prefixes:
// @mohmahfudmd (Moh.), @trirismaharini, @tkn… (a campaign team).
const HANDLE_TITLES = /(?:^|[^a-z])(?:bu|pak|kh|moh|mas|gus|ning|cak|kang|bang|tri|tkn)$/;

/**
 * Whether a handle names the account key. A key of several words matches them joined or with '_' or
 * '.' between them (@budihartono, @budi_hartono). A key of 6+ letters may start anywhere (@jhprabowo),
 * a 5-letter key only where a word starts: at the start, after a non-letter or after a title
 * (@chandra_wijaya is not Andra, @uasabdulsomad not Abdul Muhaimin). Either way not as a piece of a
 * longer common given name (@hendrawan_89 is not Hendra, @chandra not Andra).
 */
export function handleHasKey(handle: string, key: string, pattern = keyPattern(key)): boolean {
  const words = key.split(' ');
  pattern.lastIndex = 0;
  for (let m = pattern.exec(handle); m !== null; m = pattern.exec(handle)) {
    const at = m.index;
    pattern.lastIndex = at + 1;
    const startsWord = at === 0 || !/[a-z]/.test(handle[at - 1]) || HANDLE_TITLES.test(handle.slice(0, at));
    if ((words.length > 1 || key.length >= 6 || startsWord) && !(words.length === 1 && insideLongerName(handle, at, key))) return true;
  }
  return false;
}

/** The regex that finds an account key in a handle, its words joined or with '_' or '.' between them (global: handleHasKey steps through every place). */
export function keyPattern(key: string): RegExp {
  return new RegExp(key.split(' ').join('[._]?'), 'g');
}

/** Whether `key`, found at `at` in the handle, is a piece of a longer common given name written there. */
function insideLongerName(handle: string, at: number, key: string): boolean {
  for (const name of commonGivenNamesContaining(key)) {
    for (let off = name.indexOf(key); off >= 0; off = name.indexOf(key, off + 1)) {
      if (at - off >= 0 && handle.startsWith(name, at - off)) return true;
    }
  }
  return false;
}

/** The lowercase words of a config phrase for account keys: "Ma'ruf Amin" → maruf, amin. */
export function handleWords(text: string): string[] {
  return text.toLowerCase().replace(/['’`]/g, '').split(/[^a-z0-9]+/).filter(Boolean);
}
