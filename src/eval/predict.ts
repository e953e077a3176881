// Calibrated probabilities of a fitted model for labeled examples, as Scorer.score computes them:
// evaluation and tuning score posts the way the service does, long posts part by part included.
import type { Example } from '../data/dataset.js';
import { preparePost, postVector } from '../features/featurizer.js';
import { softmax } from '../model/sparse-linear.js';
import type { ElectionIndexes, FittedModel } from '../model/train.js';
import { DEFAULT_SEGMENT_RULE, SEGMENT_SCORING, mayBeDiluted, type SegmentRule } from '../pipeline/segments.js';
import { strongestPart } from '../pipeline/strongest-part.js';

type Scoring = Pick<FittedModel, 'sparse' | 'features' | 'vocabulary' | 'calibration'>;

/** @param segments the rule long posts are cut into parts by; false scores every post whole */
export function predictProbs(
  examples: readonly Example[],
  indexes: ElectionIndexes,
  model: Scoring,
  segments: SegmentRule | false = SEGMENT_SCORING && DEFAULT_SEGMENT_RULE,
): number[][] {
  return examples.map((e) => {
    const index = indexes.for(e.election);
    const probsOf = (text: string) => {
      const prepared = preparePost(text, index);
      return { probs: softmax(model.sparse.logits(postVector(prepared, model.features, model.vocabulary).vector), model.calibration.temperature), tokens: prepared.normalized.tokens };
    };
    const whole = probsOf(e.text);
    return segments && mayBeDiluted(whole.tokens, segments) ? strongestPart(e.text, whole, probsOf, segments).scored.probs : whole.probs;
  });
}
