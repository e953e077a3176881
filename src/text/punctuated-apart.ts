// Whether the text puts only punctuation between two words: the tokens lose commas and full stops, and
// some readings of a number hold only with nothing but spaces between ("coblos dua"; not "Tiga paslon,
// tiga tim sukses", "Keputusan KPU, Ganjar nomor 3").
import { escapeRegExp } from '../util/escape-regexp.js';
import { BoundedCache } from './lru.js';

/**
 * The two patterns punctuatedApart tests, made once per cue, word and marks: building them for every
 * call cost more than all the rest of reading the numbers of a post that has some.
 */
const apartCache = new BoundedCache<string, [RegExp, RegExp]>(2_000);

function apartPatterns(cue: string, word: string, marks: string): [RegExp, RegExp] {
  const key = `${marks} ${cue} ${word}`; // tokens hold no spaces
  let patterns = apartCache.get(key);
  if (patterns === undefined) {
    const around = (gap: string) => new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(cue)}${gap}${escapeRegExp(word)}(?![\\p{L}\\p{N}])`, 'u');
    patterns = [around(`\\s*[${marks}]\\s*`), around('\\s+')];
    apartCache.set(key, patterns);
  }
  return patterns;
}

/**
 * Whether `text` has `cue` and `word` only with punctuation between them ("Tiga paslon, tiga
 * tim sukses"): the tokens lose commas, and a spelled number is a ballot number only right after
 * its cue. Checked only when a spelled number follows a cue, which is rare.
 */
export function punctuatedApart(text: string, cue: string, word: string, marks = ',.;:'): boolean {
  const [punctuated, spaced] = apartPatterns(cue, word, marks);
  return punctuated.test(text) && !spaced.test(text);
}

/**
 * Whether a comma or semicolon stands between words[from] and words[to]: it ends a regulation's name
 * ("Keputusan KPU, Ganjar nomor 3"). Not a full stop, which abbreviations have ("SK Kab. Sleman No 5").
 */
export function commaBetween(text: string, words: readonly string[], from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (punctuatedApart(text, words[j], words[j + 1], ',;')) return true;
  return false;
}
