// Evidence: the phrases that moved a post's score most. For a linear model a feature's contribution
// is exact: value × (weight for the explained label − weight for netral). Contributions of features
// over the same words (a unigram and its character n-grams) are summed into one phrase.
import type { SparseLinear } from '../model/sparse-linear.js';
import type { VectorizedPost } from '../features/vectorize.js';
import { EMPTY_BOX_NUMBER, type CandidateRef, type MentionResult } from '../elections/mentions.js';
import { readableToken } from './readable-token.js';
import { wordsFirst } from './evidence-order.js';

export interface Evidence {
  text: string;
  weight: number;
  candidate?: string;
  /** Where the post writes the phrase, when asked for (see written-evidence.ts). */
  written?: WrittenPlace[];
}

/** One place a phrase is written: the words as in the post, at [start, end) in UTF-16 code units. */
export interface WrittenPlace {
  text: string;
  start: number;
  end: number;
}

export const MAX_EVIDENCE = 5;

const labels = new WeakMap<CandidateRef, string>();

/**
 * "Name – Name (02, election-id)", built once per candidate; a caleg's names them and their list place
 * before their party's: "Andi Mappasessu, caleg no. urut 2, dapil Lumbah 2, Partai Bulan Emas (05, pileg-…)".
 */
export function candidateLabel(ref: CandidateRef): string {
  let label = labels.get(ref);
  if (label === undefined) {
    const name = ref.caleg === undefined ? ref.name : `${ref.caleg.name}, caleg no. urut ${ref.caleg.listNumber}, dapil ${ref.caleg.dapil}, ${ref.name}`;
    label = ref.number === EMPTY_BOX_NUMBER ? `${name} (${ref.election})` : `${name} (${String(ref.number).padStart(2, '0')}, ${ref.election})`;
    labels.set(ref, label);
  }
  return label;
}

/** The padded ballot number a candidateLabel shows ("02"), for readers that keep only the label; none for the empty box. */
export function labelBallot(label: string): string | undefined {
  return /\((\d{2,}), [^()]*\)$/.exec(label)?.[1];
}

// Reused between calls (scoring is synchronous, so one post uses them at a time); zeroed after use.
let scratchSize = 0;
let single = new Float64Array(0);
let pair = new Float64Array(0);
let pairStart = new Int32Array(0);

function scratch(tokens: number): { single: Float64Array; pair: Float64Array; pairStart: Int32Array } {
  if (tokens > scratchSize) {
    scratchSize = Math.max(64, tokens * 2);
    single = new Float64Array(scratchSize);
    pair = new Float64Array(scratchSize);
    pairStart = new Int32Array(scratchSize);
  }
  return { single, pair, pairStart };
}

// The strongest spans so far, strongest first: parallel arrays, kept short by insertion (cheaper than
// sorting every span, and no closure or tuple per call).
const KEEP = MAX_EVIDENCE * 3;
const topKey = new Int32Array(KEEP);
const topWeight = new Float64Array(KEEP);
let topCount = 0;

function consider(key: number, w: number): void {
  if (w <= 1e-4 || (topCount === KEEP && w <= topWeight[KEEP - 1])) return;
  let at = topCount < KEEP ? topCount++ : KEEP - 1;
  while (at > 0 && (topWeight[at - 1] < w || (topWeight[at - 1] === w && topKey[at - 1] > key))) {
    topWeight[at] = topWeight[at - 1];
    topKey[at] = topKey[at - 1];
    at--;
  }
  topWeight[at] = w;
  topKey[at] = key;
}

// The phrases the strongest spans read as, in first-seen order, with their summed weights and the
// first span of each: parallel arrays reused between calls, like the ones above (an object per
// phrase and a sort of them allocated more than the rest of explain).
const phraseText: string[] = [];
const phraseWeight = new Float64Array(KEEP);
const phraseKey = new Int32Array(KEEP);
let phraseCount = 0;

/** Adds a span's weight to the phrase with its text, or makes it a new phrase. */
function merge(text: string, key: number, weight: number): void {
  for (let p = 0; p < phraseCount; p++) {
    if (phraseText[p] === text) {
      phraseWeight[p] += weight;
      return;
    }
  }
  phraseText[phraseCount] = text;
  phraseWeight[phraseCount] = weight;
  phraseKey[phraseCount] = key;
  phraseCount++;
}

/** The strongest phrase not taken yet, the first seen among equals; -1 when none is left (a taken one weighs 0, the others over 1e-4). */
function takeStrongest(): number {
  let best = -1;
  for (let p = 0; p < phraseCount; p++) if (phraseWeight[p] > 0 && (best < 0 || phraseWeight[p] > phraseWeight[best])) best = p;
  return best;
}

/** The words of a token span as a reviewer reads them ("[angka] periode", ✌️): only the shown spans are mapped. */
function spanText(surfaces: readonly string[], start: number, end: number): string {
  let text = readableToken(surfaces[start]);
  for (let i = start + 1; i < end; i++) text += ` ${readableToken(surfaces[i])}`;
  return text;
}

/** The one candidate a span refers to; none when it names two ("anies muhaimin nomor 2" is not Anies's). */
function spanRef(refs: readonly (CandidateRef | undefined)[], start: number, end: number): CandidateRef | undefined {
  let found: CandidateRef | undefined;
  for (let i = start; i < end; i++) {
    const r = refs[i];
    if (r === undefined || r === found) continue;
    if (found !== undefined && (r.election !== found.election || r.number !== found.number)) return undefined;
    found ??= r;
  }
  return found;
}

/**
 * Phrases pushing toward `label` rather than `netral` (label = the predicted partisan label, or the
 * strongest partisan label when the post is predicted netral), positive only: the strongest
 * MAX_EVIDENCE, those with a word strongest first, then those of symbols only (evidence-order.ts).
 */
export function explain(
  vec: VectorizedPost,
  mentions: MentionResult,
  model: SparseLinear,
  label: number,
  netral: number,
): Evidence[] {
  // Sum contributions per token span into scratch arrays (a Map here was a hot spot): spans over one
  // token (its unigram and character n-grams) by token, bigram spans by their last token.
  const { indices, values } = vec.vector;
  const spans = vec.spans;
  if (!spans) throw new Error('explain needs a vector made with spans');
  const tokens = mentions.surfaces.length;
  const { single, pair, pairStart } = scratch(tokens);
  const kernel = model.kernel;
  const C = model.numClasses;
  for (let k = 0; k < indices.length; k++) {
    const base = indices[k] * C;
    const c = values[k] * (kernel[base + label] - kernel[base + netral]);
    const start = spans[k] >>> 16;
    const end = spans[k] & 0xffff;
    if (end === start) continue; // a post-level feature (post-features.ts) covers no words
    if (end === start + 1) single[start] += c;
    else {
      pair[end - 1] += c;
      pairStart[end - 1] = start;
    }
  }
  topCount = 0;
  for (let i = 0; i < tokens; i++) {
    if (single[i] !== 0) consider(i * 65536 + i + 1, single[i]);
    if (pair[i] !== 0) consider(pairStart[i] * 65536 + i + 1, pair[i]);
    single[i] = 0;
    pair[i] = 0;
  }
  // Different spans can read the same (e.g. a word twice): merge by text among the strongest (a
  // short list, so a linear search beats a Map), then take the strongest phrases, ties in first-seen order.
  phraseCount = 0;
  for (let t = 0; t < topCount; t++) {
    const key = topKey[t];
    merge(spanText(mentions.surfaces, key >>> 16, key & 0xffff), key, topWeight[t]);
  }
  const out: Evidence[] = [];
  while (out.length < MAX_EVIDENCE) {
    const p = takeStrongest();
    if (p < 0) break;
    const e: Evidence = { text: phraseText[p], weight: Math.round(phraseWeight[p] * 1e4) / 1e4 };
    const ref = spanRef(mentions.refs, phraseKey[p] >>> 16, phraseKey[p] & 0xffff);
    if (ref) e.candidate = candidateLabel(ref);
    out.push(e);
    phraseWeight[p] = 0; // taken
  }
  return wordsFirst(out);
}
