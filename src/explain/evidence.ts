// Evidence: the phrases that moved a post's score most. For a linear model a feature's contribution
// is exact: value × (weight for the explained label − weight for netral). Contributions of features
// over the same words (a unigram and its character n-grams) are summed into one phrase.
import type { SparseLinear } from '../model/sparse-linear.js';
import type { VectorizedPost } from '../features/vectorize.js';
import { EMPTY_BOX_NUMBER, type CandidateRef, type MentionResult } from '../elections/mentions.js';
import { readableToken } from './readable-token.js';

export interface Evidence {
  text: string;
  weight: number;
  candidate?: string;
}

export const MAX_EVIDENCE = 5;

const labels = new WeakMap<CandidateRef, string>();

/** "Name – Name (02, election-id)", built once per candidate. */
export function candidateLabel(ref: CandidateRef): string {
  let label = labels.get(ref);
  if (label === undefined) {
    label = ref.number === EMPTY_BOX_NUMBER ? `${ref.name} (${ref.election})` : `${ref.name} (${String(ref.number).padStart(2, '0')}, ${ref.election})`;
    labels.set(ref, label);
  }
  return label;
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

interface Phrase {
  text: string;
  weight: number;
  ref?: CandidateRef;
}

const byWeightDescending = (a: Phrase, b: Phrase): number => b.weight - a.weight;

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
 * strongest partisan label when the post is predicted netral), strongest first, positive only.
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
  // short list, so a linear search beats a Map; the sort is stable, so ties keep first-seen order).
  const phrases: Phrase[] = [];
  for (let t = 0; t < topCount; t++) {
    const key = topKey[t];
    const weight = topWeight[t];
    const start = key >>> 16;
    const end = key & 0xffff;
    const text = spanText(mentions.surfaces, start, end);
    let entry: Phrase | undefined;
    for (let p = 0; p < phrases.length && entry === undefined; p++) if (phrases[p].text === text) entry = phrases[p];
    if (entry) entry.weight += weight;
    else phrases.push({ text, weight, ref: spanRef(mentions.refs, start, end) });
  }
  phrases.sort(byWeightDescending);
  const out: Evidence[] = [];
  for (let i = 0; i < phrases.length && i < MAX_EVIDENCE; i++) {
    const p = phrases[i];
    const e: Evidence = { text: p.text, weight: Math.round(p.weight * 1e4) / 1e4 };
    if (p.ref) e.candidate = candidateLabel(p.ref);
    out.push(e);
  }
  return out;
}
