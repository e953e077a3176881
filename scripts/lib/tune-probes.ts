// Reviewer probes for tune.ts --probes: short posts whose reading a feature change is meant to move
// (one-token reactions, a call or an attack with a trailing emoji). Written for this check, not posts.
import { preparePost, postVector } from '../../src/features/featurizer.js';
import { softmax } from '../../src/model/sparse-linear.js';
import { explain } from '../../src/explain/evidence.js';
import { decideLabelIndex, strongestPartisan } from '../../src/decision/label.js';
import { LABELS, NETRAL_INDEX } from '../../src/data/labels.js';
import type { ElectionIndexes, FittedModel } from '../../src/model/train.js';

export const PROBES = ['🙄', '😏', 'Lanjut', 'Setuju', 'Mantap pak', 'Ayo coblos 02 besok 😏', 'Ayo coblos 02 besok', 'Janji paslon 01 cuma omong kosong 🙄', 'Janji paslon 01 cuma omong kosong'];

export interface ProbeReading {
  text: string;
  label: string;
  risk: number;
  /** The strongest evidence phrase, as the scorer would show it. */
  top: string;
}

/** Each probe read whole by a fitted model, as Scorer.score reads a short post. */
export function readProbes(model: Pick<FittedModel, 'sparse' | 'features' | 'vocabulary' | 'calibration'>, indexes: ElectionIndexes): ProbeReading[] {
  return PROBES.map((text) => {
    const prepared = preparePost(text, indexes.for(undefined));
    const vec = postVector(prepared, model.features, model.vocabulary, true);
    const probs = softmax(model.sparse.logits(vec.vector), model.calibration.temperature);
    const label = decideLabelIndex(probs);
    const evidence = explain(vec, prepared.mentions, model.sparse, label === NETRAL_INDEX ? strongestPartisan(probs) : label, NETRAL_INDEX);
    return { text, label: LABELS[label], risk: +(1 - probs[NETRAL_INDEX]).toFixed(2), top: evidence[0]?.text ?? '' };
  });
}
