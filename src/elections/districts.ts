// Electoral districts (dapil) as a Pileg config writes a caleg's ("DPRD Kab. Sungai Lumbah 2", "DPR RI
// Kalsel I") and as posts name them ("dapil Kalsel 1", "dapil 2 Sungai Lumbah"): a number and the words
// of a region. A post's district is read from its text as typed: normalization makes "dapil 2" a bare
// <num> (a district's number is no ballot number), so the tokens no longer say which.
import { isStopword } from '../text/stopwords.js';
import { BALLOT_CUES, ELECTION_WORDS } from '../text/ballot.js';

export interface District {
  number: number;
  /** The region's words, lowercased, without the house ("DPRD", "DPR RI", "Kab."). */
  words: ReadonlySet<string>;
}

/** Words of a district's name that say the house or the kind of region, not which one. */
const HOUSE_WORDS: ReadonlySet<string> = new Set(['dpr', 'dprd', 'dpd', 'ri', 'kab', 'kabupaten', 'kota', 'prov', 'provinsi', 'dapil']);
const ROMAN: ReadonlyMap<string, number> = new Map(['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii'].map((r, k) => [r, k + 1]));
/** "dapil", maybe a colon after it, and the words up to a mark that ends the phrase (not a full stop: "Kab. Sungai Lumbah 2"). */
const DAPIL = /(?<![\p{L}\p{N}])dapil\s*:?([^,;:!?\n]*)/giu;
/** The most words read after "dapil": a house, a region of two or three words and the number. */
const MAX_WORDS = 6;

function numberOf(word: string): number | undefined {
  return /^\d{1,2}$/.test(word) ? Number(word) : ROMAN.get(word);
}

function wordsOf(text: string): string[] {
  return text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** A config's `dapil`: its last number and the words of its region; undefined without a number. */
export function configDistrict(dapil: string): District | undefined {
  const words = wordsOf(dapil);
  let number: number | undefined;
  const region = new Set<string>();
  for (const w of words) {
    const n = numberOf(w);
    if (n !== undefined) number = n;
    else if (!HOUSE_WORDS.has(w)) region.add(w);
  }
  return number === undefined ? undefined : { number, words: region };
}

/** Words around a district's name that say nothing of which it is: "dapil 2 yang kami cintai", "dapil 2 coblos caleg …". */
function saysNothing(word: string): boolean {
  return isStopword(word) || ELECTION_WORDS.has(word) || BALLOT_CUES.has(word);
}

/** The words up to the first that says nothing of a region: "2 Sungai Lumbah", not "2 coblos caleg". */
function untilSaysNothing(words: readonly string[]): string[] {
  const end = words.findIndex(saysNothing);
  return end < 0 ? [...words] : words.slice(0, end);
}

/**
 * The districts a post names: after each "dapil", a number within a few words, with the region's words
 * before it ("dapil Kalsel 1") or, when it comes first, the two words after it ("dapil 2 Sungai Lumbah").
 */
export function postDistricts(text: string): District[] {
  const out: District[] = [];
  for (const m of text.matchAll(DAPIL)) {
    const words = wordsOf(m[1]).slice(0, MAX_WORDS);
    const at = words.findIndex((w) => numberOf(w) !== undefined);
    if (at < 0) continue;
    const region = at > 0 ? words.slice(0, at) : untilSaysNothing(words.slice(1, 3));
    out.push({ number: numberOf(words[at]) as number, words: new Set(region.filter((w) => !HOUSE_WORDS.has(w))) });
  }
  return out;
}

/**
 * Whether `named`, a district a post names, is `district`: the same number, and every other word the
 * post writes with it in the district's name ("dapil Kalsel 1", "dapil 2 Sungai Lumbah"; "dapil 2"
 * alone too), so that a region the config does not know ("dapil Banjar 2", "dapil Jatim 1" for a
 * config writing "Jawa Timur") names none of its districts.
 */
export function namesDistrict(named: District, district: District): boolean {
  if (named.number !== district.number) return false;
  for (const w of named.words) if (!district.words.has(w) && !saysNothing(w)) return false;
  return true;
}

/** The most tokens of a district named in a post's tokens: "dapil DPR RI Kalsel <num>". */
const MAX_DISTRICT_TOKENS = 7;

/**
 * Where the district named right before tokens[at] starts ("caleg PKM dapil Kalsel <num> <no:1>": the
 * "dapil"), or -1: words and plain numbers only between, so that a caleg word or party before it
 * stands as if right before the list place.
 */
export function districtBefore(tokens: readonly string[], at: number): number {
  for (let k = at - 1; k >= 0 && k >= at - MAX_DISTRICT_TOKENS; k--) {
    const w = tokens[k];
    if (w === 'dapil') return k;
    if (w.charCodeAt(0) === 60 && w !== '<num>') return -1;
  }
  return -1;
}
