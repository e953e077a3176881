// Hashtag segmentation: "#2019GantiPresiden" → ["2019", "ganti", "presiden"], "#gantipresiden" → ["ganti", "presiden"].
// Case boundaries are used when the author gave them; otherwise a dictionary segmentation picks the
// split with the fewest, longest known words; a part in capitals splits like the same letters in
// lowercase. A prefix cut off its root is joined back ("#ASNBerAKHLAK" → asn berakhlak). Lowercase tags
// split at the election names of the reader (a scorer's ElectionNames). Results are cached because the
// same tags recur constantly.
import { lexicon } from './lexicon.js';
import { cachesByNames, defaultElectionNames, type ElectionNames } from './election-names.js';
import { HONORIFICS } from './honorifics.js';
import { stem } from './stem.js';
import { isCommonGivenName } from '../elections/word-lists.js';

const CASE_PARTS = /[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|\d+|[^\x00-\x7f]+/g;
const MAX_WORD = 20;
const MAX_DP_LENGTH = 48; // longer runs are left whole: they are rarely tags and DP cost grows with length
/** Segmented tags, by the names they were split with. */
const cacheOf = cachesByNames<string[]>(20_000);

/** Verb and adjective prefixes a camel-case tag may cut off its root: "#ASNBerAKHLAK" is "berakhlak". */
const PREFIXES: ReadonlySet<string> = new Set(['ber', 'ter', 'per', 'mem', 'men', 'meng', 'meny', 'pem', 'pen', 'peng', 'peny']);

/** Cost of using `word` as one segment: known words are cheap, very short ones a little less so. */
function segmentCost(word: string, known: ReadonlySet<string>): number {
  if (/^\d+$/.test(word)) return 1;
  if (known.has(word)) return word.length <= 2 ? 2.2 : 1;
  return 2.5 + 0.4 * word.length;
}

/** Joins a prefix piece to the root after it when together they are a word ("ber" + "akhlak"). */
function joinPrefixes(words: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const next = words[i + 1];
    if (next !== undefined && PREFIXES.has(words[i]) && /^[a-z]+$/.test(next)) {
      const joined = words[i] + next;
      if (lexicon().has(joined) || stem(joined) === next) {
        out.push(joined);
        i++;
        continue;
      }
    }
    out.push(words[i]);
  }
  return out;
}

/** Whether every piece of a split is a number, a title or a known word of three letters or more: whole words, not syllables. */
function wholeWords(split: string[], known: ReadonlySet<string>): boolean {
  return split.every((w) => /^\d+$/.test(w) || HONORIFICS.has(w) || (w.length >= 3 && known.has(w)));
}

/**
 * Dictionary segmentation of a lowercase run without case or digit boundaries. Election name words
 * ("khofifah", "emil") may split a tag only when every other piece is a known word of three or more
 * letters (or an honorific: "#burisma"): "#pilihkhofifah" → "pilih khofifah", but "#chandra" is not "ch andra",
 * nor "#emilia" "emil ia".
 */
export function segmentRun(run: string, names: ElectionNames): string[] {
  const n = run.length;
  if (n <= 3 || n > MAX_DP_LENGTH) return [run];
  const known = names.segmentation;
  const base = lexicon();
  const withNames = bestSplit(run, known);
  if (!withNames.some((w) => known.has(w) && !base.has(w))) return withNames; // no name word in it
  return wholeWords(withNames, known) ? withNames : bestSplit(run, base);
}

function bestSplit(run: string, known: ReadonlySet<string>): string[] {
  const n = run.length;
  if (known.has(run)) return [run];
  const best = new Float64Array(n + 1).fill(Infinity);
  const from = new Int32Array(n + 1);
  best[0] = 0;
  for (let end = 1; end <= n; end++) {
    for (let start = Math.max(0, end - MAX_WORD); start < end; start++) {
      if (best[start] === Infinity) continue;
      const cost = best[start] + segmentCost(run.slice(start, end), known);
      if (cost < best[end]) {
        best[end] = cost;
        from[end] = start;
      }
    }
  }
  const parts: string[] = [];
  for (let end = n; end > 0; end = from[end]) parts.push(run.slice(from[end], end));
  return parts.reverse();
}

/**
 * A ballot cue and the number ending a tag ("#WASISnomor1", "#budinomer2"): the cue is split off first,
 * or case and the dictionary cut elsewhere ("wasi snomor 1", "wasi s nomor 1"). "no" only where case
 * marks it ("#WASISno1") or a candidate's name comes before it ("#jokowino1"): "#Kasino1", "#Dino2",
 * "#suratno1" are names.
 */
const CUE_THEN_DIGITS = /^(.*?[A-Za-z])(nomor|nomer|nmr|coblos|no)(\d+)$/i;

function cueBeforeDigits(piece: string, names: ElectionNames): [head: string, cue: string, digits: string] | undefined {
  const m = CUE_THEN_DIGITS.exec(piece);
  if (!m) return undefined;
  const [, head, cue, digits] = m;
  const last = head[head.length - 1];
  const caseMark = (last === last.toUpperCase()) !== (cue[0] === cue[0].toUpperCase());
  if (cue.length === 2 && !caseMark && !nameBeforeNo(head.toLowerCase(), names)) return undefined;
  const word = `${/[A-Za-z]+$/.exec(head)?.[0] ?? ''}${cue}`.toLowerCase();
  return lexicon().has(word) ? undefined : [head, cue.toLowerCase(), digits];
}

/**
 * Whether a lowercase tag's letters before "no" end in a word of a candidate's name ("#jokowino1",
 * "#wasisno1" when WASIS is in a config) that is no longer name with "no": a dictionary word is not
 * enough ("#suratno1", "#kusno1" are names).
 */
function nameBeforeNo(head: string, names: ElectionNames): boolean {
  if (!/^[a-z]+$/.test(head)) return false;
  const split = segmentRun(head, names);
  const last = split[split.length - 1];
  return last.length >= 3 && names.isConfigNameWord(last) && wholeWords(split, names.segmentation) && !isCommonGivenName(`${last}no`);
}

/**
 * Words of one piece of a tag. With `wholeName`, the last part (a name before a ballot cue) is cut only
 * into whole words: "wasis" is no "wasi s".
 */
function pieceWords(piece: string, names: ElectionNames, wholeName = false): string[] {
  const words: string[] = [];
  const parts = piece.match(CASE_PARTS) ?? [];
  parts.forEach((part, i) => {
    const lower = part.toLowerCase();
    const hadCase = part !== lower && part !== part.toUpperCase();
    if (hadCase || /\d/.test(lower)) {
      words.push(lower);
      return;
    }
    // All capitals carry no word boundaries, so they split like the same tag in lowercase: an
    // all-caps post then reads like the original ("#JATIMMAJUBERPRESTASI" like "#jatimmajuberprestasi").
    const split = segmentRun(lower, names);
    words.push(...(wholeName && i === parts.length - 1 && !wholeWords(split, names.segmentation) ? [lower] : split));
  });
  return words;
}

/** Words of a hashtag body (without '#'), lowercased, split at the words of `names`. */
export function segmentHashtag(tag: string, names: ElectionNames = defaultElectionNames()): string[] {
  const cache = cacheOf(names);
  const hit = cache.get(tag);
  if (hit) return hit;
  const words: string[] = [];
  for (const piece of tag.split('_')) {
    const cued = cueBeforeDigits(piece, names);
    if (cued) words.push(...pieceWords(cued[0], names, true), cued[1], cued[2]);
    else words.push(...pieceWords(piece, names));
  }
  const joined = joinPrefixes(words);
  cache.set(tag, joined);
  return joined;
}
