// Which label a post gets from its calibrated probabilities. The review question comes first: a post is
// partisan when risk = 1 − p(netral) ≥ 0.5, and then takes its most likely partisan label. This keeps
// the label consistent with risk (no "netral" post with risk 0.7).
import { NETRAL_INDEX } from '../data/labels.js';

export const PARTISAN_CUTOFF = 0.5;

export function decideLabelIndex(probs: readonly number[]): number {
  const risk = 1 - probs[NETRAL_INDEX];
  if (risk < PARTISAN_CUTOFF) return NETRAL_INDEX;
  return strongestPartisan(probs);
}

export function strongestPartisan(probs: readonly number[]): number {
  let best = -1;
  for (let c = 0; c < probs.length; c++) if (c !== NETRAL_INDEX && (best < 0 || probs[c] > probs[best])) best = c;
  return best;
}
