// Calibrated probabilities of a fitted model for labeled examples, as Scorer.score computes them:
// evaluation, tuning and training's calibration and thresholds score posts the way the service does,
// long posts part by part included.
import type { Example } from '../data/dataset.js';
import { preparePost, postVector } from '../features/featurizer.js';
import { softmax } from '../model/sparse-linear.js';
import type { ElectionIndexes, FittedModel } from '../model/train.js';
import { DEFAULT_SEGMENT_RULE, SEGMENT_SCORING, partsToScore, type SegmentRule } from '../pipeline/segments.js';
import { riskier } from '../pipeline/strongest-part.js';

type Logits = Pick<FittedModel, 'sparse' | 'features' | 'vocabulary'>;
type Scoring = Logits & Pick<FittedModel, 'calibration'>;

/**
 * Each post's logits: the whole post's first, then each of its parts' (partsToScore) — what Scorer.score
 * chooses among. Uncalibrated, so training can choose the temperature on them (the riskiest part can
 * differ by temperature).
 * @param segments the rule long posts are cut into parts by; false scores every post whole
 */
export function postLogits(
  examples: readonly Example[],
  indexes: ElectionIndexes,
  model: Logits,
  segments: SegmentRule | false = SEGMENT_SCORING && DEFAULT_SEGMENT_RULE,
): number[][][] {
  return examples.map((e) => {
    const index = indexes.for(e.election);
    const logitsOf = (text: string) => {
      const prepared = preparePost(text, index);
      return { logits: Array.from(model.sparse.logits(postVector(prepared, model.features, model.vocabulary).vector)), tokens: prepared.normalized.tokens };
    };
    const whole = logitsOf(e.text);
    if (!segments) return [whole.logits];
    return [whole.logits, ...partsToScore(e.text, whole.tokens, segments).map((part) => logitsOf(e.text.slice(part.start, part.end)).logits)];
  });
}

/** A post's calibrated probabilities from its `postLogits`: the whole post's, or the first riskier part's, as Scorer.score takes them. */
export function riskiestProbs(logits: readonly number[][], temperature: number): number[] {
  let chosen = softmax(logits[0], temperature);
  for (let i = 1; i < logits.length; i++) {
    const probs = softmax(logits[i], temperature);
    if (riskier(probs, chosen)) chosen = probs;
  }
  return chosen;
}

/** @param segments the rule long posts are cut into parts by; false scores every post whole */
export function predictProbs(examples: readonly Example[], indexes: ElectionIndexes, model: Scoring, segments?: SegmentRule | false): number[][] {
  return postLogits(examples, indexes, model, segments).map((logits) => riskiestProbs(logits, model.calibration.temperature));
}
