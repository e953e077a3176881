// Evidence: the phrases that moved a post's score most. For a linear model a feature's contribution
// is exact: value × (weight for the explained label − weight for netral). Contributions of features
// over the same words (a unigram and its character n-grams) are summed into one phrase.
import type { SparseLinear } from '../model/sparse-linear.js';
import type { VectorizedPost } from '../features/vectorize.js';
import type { CandidateRef, MentionResult } from '../elections/mentions.js';

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
    label = `${ref.name} (${String(ref.number).padStart(2, '0')}, ${ref.election})`;
    labels.set(ref, label);
  }
  return label;
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
  // Sum contributions per token span with numeric keys first; build text only for the winners.
  const bySpan = new Map<number, number>();
  const { indices, values } = vec.vector;
  const spans = vec.spans;
  if (!spans) throw new Error('explain needs a vector made with spans');
  for (let k = 0; k < indices.length; k++) {
    const col = indices[k];
    const key = spans[k];
    bySpan.set(key, (bySpan.get(key) ?? 0) + values[k] * (model.weight(col, label) - model.weight(col, netral)));
  }
  // Keep the strongest few spans by insertion into a short sorted list (cheaper than sorting all).
  const top: [number, number][] = [];
  const keep = MAX_EVIDENCE * 3;
  for (const [key, w] of bySpan) {
    if (w <= 1e-4 || (top.length === keep && w <= top[keep - 1][1])) continue;
    let at = top.length;
    while (at > 0 && (top[at - 1][1] < w || (top[at - 1][1] === w && top[at - 1][0] > key))) at--;
    top.splice(at, 0, [key, w]);
    if (top.length > keep) top.pop();
  }
  // Different spans can read the same (e.g. a word twice): merge by text among the strongest.
  const phrases = new Map<string, { weight: number; ref?: CandidateRef }>();
  for (const [key, weight] of top) {
    const start = Math.floor(key / 65536);
    const end = key % 65536;
    const text = mentions.surfaces.slice(start, end).join(' ');
    const entry = phrases.get(text);
    if (entry) entry.weight += weight;
    else phrases.set(text, { weight, ref: mentions.refs.slice(start, end).find((r) => r !== undefined) });
  }
  return [...phrases.entries()]
    .sort((a, b) => b[1].weight - a[1].weight)
    .slice(0, MAX_EVIDENCE)
    .map(([text, p]) => ({ text, weight: Math.round(p.weight * 1e4) / 1e4, ...(p.ref ? { candidate: candidateLabel(p.ref) } : {}) }));
}
