// Mention context: whether a word that could be a mention counts as one. A full name needs nothing; a
// common word, a given name shared with colleagues or an everyday phrase needs a title, a role or vote
// word, or another mention beside it (see Context). MentionIndex finds the candidates; this decides.
import type { CandidateRef, MentionKind } from './mention-types.js';
import { HONORIFICS } from '../text/honorifics.js';
import type { ElectionNames } from '../text/election-names.js';
import { isAcquaintance } from './acquaintances.js';

/**
 * What words anyone writes need around them to count as a mention:
 * - `none`: nothing (a full name, a distinctive alias);
 * - `title`: a common or short word ("ganjar", "pks") needs a title, a role or vote word before it
 *   ("Pak Ganjar", "capres Ganjar", "coblos PKS") or a mention of the same race next to it; a word of
 *   a candidate's own name that is no common given name, or several ordinary words of it ("Bulan Emas"
 *   of "Partai Bulan Emas"), also counts after pilih/dukung/menangkan/lawan ("dukung Luluk", "pilih
 *   Ganjar", "milih Bulan Emas"; not an alias like "sandi": "pilih sandi yang kuat");
 * - `role`: an alias that is also a common given name ("Lukman", "Sandi") needs a role or vote word
 *   or a mention next to it, not a title: "Pak Lukman" is anyone's colleague;
 * - `post`: an everyday phrase ("kerja nyata", "dua periode", "#IndonesiaMaju") needs another mention
 *   that needs nothing, anywhere in the post;
 * - `race`: the empty box of a single-pair race ("kotak kosong", also a form's checkbox or a snack box)
 *   needs a role or vote word before it ("coblos / pilih / lawan kotak kosong") or another mention of
 *   the same race that needs nothing, anywhere in the post.
 */
export type Context = 'none' | 'title' | 'role' | 'post' | 'race';

export interface Phrase {
  keys: string[];
  /** The words as a post writes them (normalized), for people: `elections --check` notes. */
  text: string;
  /** Matched word for word, not by spelling key: an acronym ("PPP" is not "p"). */
  exact?: string[];
  /**
   * An alias the config writes in capitals that is also a word ("AMIN", the prayer "amin"): this word,
   * written so by a post not typed all in capitals, needs no context (Found.capitals).
   */
  capitals?: string;
  kind: MentionKind;
  refs: CandidateRef[]; // empty for parties not tied to a candidate
  context: Context;
  /**
   * The same words read as another kind in another race, this phrase among them ("Partai Rakyat
   * Berdaulat": a Pileg's ballot entry and a Pilbup pair's party): the post's election says which.
   */
  readings?: Phrase[];
  /** With readings: the candidates of all of them, this phrase's first (the race is chosen from all). */
  allRefs?: CandidateRef[];
}

/**
 * Contest roles and the ballot verb before a common word make it a candidate or party: "capres
 * Ganjar", "coblos PKS". Not pilih/dukung/menangkan: "pilih sandi yang kuat", "menangkan Garuda".
 */
export const ROLES: ReadonlySet<string> = new Set([
  ...['capres', 'cawapres', 'cagub', 'cawagub', 'cabup', 'cawabup', 'cawalkot', 'cawawalkot', 'cawali', 'paslon', 'calon', 'partai', 'caleg'],
  ...['coblos', 'mencoblos', 'nyoblos'],
]);
/**
 * Words before the empty box that make it the race's ("pilih kotak kosong", "melawan kolom kosong"):
 * nobody picks, backs or fights a form's checkbox. (Beside ROLES, which count for every context.)
 * Also before a word of a candidate's own name (context `title`): "dukung Luluk".
 */
const VOTE_VERBS: ReadonlySet<string> = new Set([
  ...['pilih', 'memilih', 'dukung', 'mendukung', 'menangkan', 'memenangkan', 'lawan', 'melawan', 'vs', 'versus'],
  ...['milih', 'ngelawan', 'nglawan'], // Javanese / colloquial
  ...['vote', 'ngevote', 'ngvote'], // borrowed: "vote kotak kosong", "ngevote Luluk"
]);
/** "sudah nyoblos ☝️": the words before a vote verb that say the vote is done. */
const VOTED_WORDS: ReadonlySet<string> = new Set(['sudah', 'udah', 'dah', 'telah', 'habis', 'abis', 'selesai', 'barusan', 'tadi']);
/**
 * Words that join a list of contestants: "Anies, Prabowo dan Ganjar", "Risma vs Khofifah"; regional
 * "and"/"with" too: Javanese lan, karo, kalih, kaliyan; Sundanese jeung, sareng; Minang jo; Betawi
 * ama, ame ("sama").
 */
const LIST_JOINERS: ReadonlySet<string> = new Set([
  ...['dan', 'atau', 'vs', 'versus', 'lawan', 'melawan', '&', 'sama', 'dengan'],
  ...['lan', 'karo', 'kalih', 'kaliyan', 'jeung', 'sareng', 'jo', 'ama', 'ame'],
]);

/**
 * Cheers right after a party acronym that is also an everyday word ("PKB jaya", "PKB nomor satu"): its
 * context when the post names the race elsewhere ("Cak Imin mantap, PKB jaya"), not alone ("PAD
 * bangkit" is revenue). Not "juara": a team wins a contest ("regu PBB SMP kami juara", baris-berbaris).
 */
const PARTY_CHEERS: ReadonlySet<string> = new Set(['jaya', 'menang', 'bangkit', 'solid']);

/**
 * A party's boards and its group in a council, right before a party acronym that is also an everyday word:
 * "DPW PKB Jatim", "DPC PKB", "DPP PBB", "Fraksi PKB" are the party alone (no vehicle tax has a board).
 */
const PARTY_BOARDS: ReadonlySet<string> = new Set(['dpw', 'dpc', 'dpp', 'fraksi']);

/** Whether a party cheer follows tokens[end]: a PARTY_CHEERS word or "nomor satu". */
function cheerAt(tokens: readonly string[], end: number): boolean {
  return PARTY_CHEERS.has(tokens[end]) || (tokens[end] === 'nomor' && tokens[end + 1] === 'satu');
}

/** A mention candidate found in a post, before context decides whether it counts. */
export interface Found {
  phrase?: Phrase;
  kind: MentionKind;
  start: number;
  end: number;
  refs: CandidateRef[];
  number?: number;
  everydayTag?: boolean;
  /** A gesture emoji on its own (✌️ in a holiday photo is peace, not a ballot number). */
  bareGesture?: boolean;
  /** A caleg's place on a party list ("caleg nomor urut 3"): a ballot number of no config's candidate. */
  legislator?: boolean;
  /** Phrase.capitals written in capitals ("Saya dukung AMIN"): the candidate's acronym, not the word. */
  capitals?: boolean;
}

/** Units of measure that are also a party's acronym: "32 psi" is a tyre's pressure, not the PSI. */
const UNITS: ReadonlySet<string> = new Set(['psi']);

/** A party acronym right after a plain number, where it is a unit ("ban 32 psi"); not after a ballot number ("nomor 15 PSI"). */
function isUnitAfterNumber(f: Found, tokens: readonly string[]): boolean {
  return f.kind === 'party' && f.end - f.start === 1 && UNITS.has(tokens[f.start]) && tokens[f.start - 1] === '<num>';
}

// Module-level functions rather than closures: this runs for every post, and the TypeScript loader
// names each closure it creates (a defineProperty call per closure per post).
function contextOf(f: Found): Context {
  if (f.capitals) return 'none';
  return f.phrase?.context ?? (f.everydayTag || f.bareGesture ? 'post' : 'none');
}

function isFree(o: Found | undefined): o is Found {
  return o !== undefined && contextOf(o) === 'none';
}

/** Whether any of `a` is the same candidate as any of `b`; with `raceOnly`, the same race is enough. */
export function sharesCandidate(a: readonly CandidateRef[], b: readonly CandidateRef[], raceOnly: boolean): boolean {
  for (const r of a) for (const q of b) if (r.election === q.election && (raceOnly || r.number === q.number)) return true;
  return false;
}

/**
 * Whether `o`, `gap` words from `f` with `between` the first word between them, lends `f` context: a
 * mention right next to it of the same candidate ("jokowi amin", not "gus hans amin"; a ballot number
 * when it is this candidate's: "AMIN 01"), or a name of the same race joined to it in a list ("Anies,
 * Prabowo dan Ganjar"; not "Prabowo ganjar atlet", and never a party: "Gibran tampil prima").
 */
function lendsContext(f: Found, o: Found | undefined, gap: number, between: string | undefined): boolean {
  if (o === undefined || o.legislator) return false;
  // "AMIN amin", "amin AMIN": the acronym lends nothing to the same word not in capitals, the prayer beside it
  if (o.capitals && o.phrase === f.phrase && !f.capitals) return false;
  // Two names of one candidate pair, side by side or joined ("Luluk dan Lukman"), need nothing more.
  if (contextOf(o) !== 'none') {
    return (
      o.phrase !== undefined && f.phrase !== undefined && o.phrase !== f.phrase && o.kind !== 'party' && f.kind !== 'party' &&
      (gap === 0 || (gap === 1 && between !== undefined && LIST_JOINERS.has(between))) && sharesCandidate(o.refs, f.refs, false)
    );
  }
  if (gap === 0) {
    if (o.number === undefined) return sharesCandidate(o.refs, f.refs, false);
    for (const q of f.refs) if (q.number === o.number) return true;
    return false;
  }
  // a list of names, or of parties ("PKB dan PKS"), not a name beside a party ("Gibran tampil Prima")
  return (
    gap === 1 && (f.kind === 'party') === (o.kind === 'party') && o.number === undefined && between !== undefined && LIST_JOINERS.has(between) && sharesCandidate(o.refs, f.refs, true)
  );
}

/**
 * Whether found[idx] counts: it needs no context, or has the context its kind needs (see Context).
 * @param names the election names of the index (which words are a candidate's own name)
 */
export function hasContext(found: readonly Found[], idx: number, tokens: readonly string[], names: ElectionNames): boolean {
  const f = found[idx];
  if (isUnitAfterNumber(f, tokens) || isAcquaintance(f, tokens)) return false;
  const context = contextOf(f);
  if (context === 'none') return true;
  const prev = tokens[f.start - 1];
  // "capres gemoy", "coblos PKS", "coblos ✌️"; not "sudah nyoblos ☝️" (the inked finger of one who voted)
  if (prev && ROLES.has(prev) && !(f.bareGesture === true && VOTED_WORDS.has(tokens[f.start - 2]))) return true;
  if (context === 'post') {
    for (const o of found) if (o !== f && isFree(o)) return true;
    return false;
  }
  if (context === 'race') {
    if (prev && VOTE_VERBS.has(prev)) return true;
    for (const o of found) if (o !== f && isFree(o) && sharesCandidate(o.refs, f.refs, true)) return true;
    return false;
  }
  if (context === 'title' && prev && HONORIFICS.has(prev)) return true;
  // A party acronym matched word for word: after one of its boards ("DPW PKB Jatim"), or cheered in a
  // post naming its race ("Cak Imin mantap, PKB jaya")
  const acronym = f.kind === 'party' && f.phrase?.exact !== undefined;
  if (acronym && prev !== undefined && PARTY_BOARDS.has(prev)) return true;
  if (acronym && cheerAt(tokens, f.end)) {
    for (const o of found) if (o !== f && isFree(o) && sharesCandidate(o.refs, f.refs, true)) return true;
  }
  if (context === 'title' && prev && VOTE_VERBS.has(prev) && f.kind !== 'party' && (f.end - f.start === 1 ? names.isOwnNameWord(tokens[f.start]) : f.kind === 'name')) return true;
  if (listAfterRole(found, idx, tokens)) return true;
  if (f.kind !== 'party' && nameWithNumberTag(tokens, f.start, f.end)) return true; // #Ganjar2024
  const before = found[idx - 1];
  const after = found[idx + 1];
  return (
    (before !== undefined && lendsContext(f, before, listStart(f, before, tokens) - before.end, tokens[before.end])) ||
    (after !== undefined && lendsContext(f, after, after.start - f.end, tokens[f.end]))
  );
}

/**
 * Where f starts for the mention before it: at a title right before it ("Khofifah dan Pak Emil", "Khofifah,
 * Bu Risma"), or at its own tag ("#Khofifah #Emil emil"), which do not part a name from a list.
 */
function listStart(f: Found, before: Found, tokens: readonly string[]): number {
  const at = f.start - 1;
  if (at < before.end) return f.start;
  const word = tokens[at];
  return HONORIFICS.has(word) || (word.charCodeAt(0) === 35 && word.slice(1) === tokens.slice(f.start, f.end).join('')) ? at : f.start;
}

/**
 * Whether found[idx] ends a list of names of one race that a role or vote word starts: "paslon Budi
 * dan Wahyu", "capres Anies, Prabowo dan Ganjar" (the first one has the role word itself).
 */
function listAfterRole(found: readonly Found[], idx: number, tokens: readonly string[]): boolean {
  for (let j = idx; j > 0; j--) {
    const cur = found[j];
    const before = found[j - 1];
    const gap = cur.start - before.end;
    const joined = gap === 0 || (gap === 1 && LIST_JOINERS.has(tokens[before.end]));
    if (!joined || before.phrase === undefined || before.kind === 'party' || cur.kind === 'party' || !sharesCandidate(before.refs, cur.refs, true)) return false;
    const prev = tokens[before.start - 1];
    if (prev !== undefined && ROLES.has(prev) && prev !== 'partai') return true;
  }
  return false;
}

/**
 * Whether tokens [start, end) are the words of the hashtag just before them and the tag ends in a year
 * or ballot number ("#ganjar2024 ganjar <num>", "#amin01"): a campaign tag. A tag of the word alone is
 * not enough ("#amin" is a prayer, "#Garuda" the national team), nor one with other words
 * ("#TimnasGaruda", "#KIPKuliah").
 */
function nameWithNumberTag(tokens: readonly string[], start: number, end: number): boolean {
  const tag = tokens[start - 1];
  if (tag === undefined || tag.charCodeAt(0) !== 35) return false;
  const name = tag.slice(1).replace(/\d+$/, '');
  return name.length < tag.length - 1 && name === tokens.slice(start, end).join('');
}
