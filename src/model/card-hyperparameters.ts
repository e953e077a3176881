// The hyperparameters a model card records: the training options and every setting of the fit, each
// factor on a feature group's IDF written out even at its default 1, so the card alone says how the
// features were weighed (cards up to 2026-12-06a lack postFeatureWeight and symbolWeight; nothing reads
// them back, and those models were fitted with both at 1).
import type { FitConfig } from './train.js';

export function cardHyperparameters(config: FitConfig): Record<string, unknown> {
  return {
    ...config.train,
    maxFeatures: config.maxFeatures,
    minDf: config.minDf,
    classWeightPower: config.classWeightPower,
    charNgramWeight: config.charNgramWeight ?? 1,
    postFeatureWeight: config.postFeatureWeight ?? 1,
    symbolWeight: config.symbolWeight ?? 1,
    evaluativeWeight: config.evaluativeWeight ?? 1,
    writtenExampleWeight: config.writtenExampleWeight ?? 1,
    averagedSeeds: config.averagedSeeds ?? 1,
    ...(config.hiddenLayer && { hiddenLayer: config.hiddenLayer }),
    features: config.features,
  };
}
