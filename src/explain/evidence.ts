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

export function candidateLabel(ref: CandidateRef): string {
  return `${ref.name} (${String(ref.number).padStart(2, '0')}, ${ref.election})`;
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
  const phrases = new Map<string, { weight: number; ref?: CandidateRef; start: number }>();
  const { indices, values } = vec.vector;
  for (let k = 0; k < indices.length; k++) {
    const col = indices[k];
    const delta = values[k] * (model.weight(col, label) - model.weight(col, netral));
    const hits = vec.spans.get(col) ?? [];
    const span = hits[0];
    if (!span) continue;
    const text = mentions.surfaces.slice(span.start, span.end).join(' ');
    const ref = mentions.refs.slice(span.start, span.end).find((r) => r !== undefined);
    const entry = phrases.get(text);
    if (entry) entry.weight += delta;
    else phrases.set(text, { weight: delta, ref, start: span.start });
  }
  return [...phrases.entries()]
    .filter(([, p]) => p.weight > 1e-4)
    .sort((a, b) => b[1].weight - a[1].weight || a[1].start - b[1].start)
    .slice(0, MAX_EVIDENCE)
    .map(([text, p]) => ({ text, weight: Math.round(p.weight * 1e4) / 1e4, ...(p.ref ? { candidate: candidateLabel(p.ref) } : {}) }));
}
