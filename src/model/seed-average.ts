// Averaging linear models trained with different seeds (different shuffles of the same examples):
// the logits of the mean weights are the mean of the models' logits, so the average serves at the
// cost of one model.
import { tf, type TF } from './backend.js';

/** Training seed of member k of an average: far apart, so the members of neighbouring tune seeds do not coincide. */
export function memberSeed(seed: number, k: number): number {
  return seed + 7919 * k;
}

/** Sets the first model's weights to the mean of all models' weights, disposes the others, returns the first. */
export function averageInto(models: readonly TF.LayersModel[]): TF.LayersModel {
  const [first, ...rest] = models;
  if (rest.length === 0) return first;
  const mean = first.getWeights().map((_, j) => tf.tidy(() => tf.div(tf.addN(models.map((m) => m.getWeights()[j])), models.length)));
  first.setWeights(mean);
  tf.dispose(mean);
  for (const m of rest) m.dispose();
  return first;
}
