// Fitting one model: featurize → vocabulary → tfjs training → calibration and thresholds on a
// validation split. The trainer command, evaluation and tests all call `fitModel`.
import type { TF } from './backend.js';
import { createLinearModel, createWideDeepModel, trainLinearModel, DEFAULT_TRAIN_OPTIONS, type HiddenLayerOptions, type TrainOptions } from './linear-model.js';
import { SparseLinear, SparseWideDeep } from './sparse-linear.js';
import { averageInto, memberSeed } from './seed-average.js';
import { fitTemperature, type Calibration } from './calibration.js';
import { chooseThresholds, type Thresholds } from './thresholds.js';
import { Vocabulary } from '../features/vocabulary.js';
import { DEFAULT_FEATURE_CONFIG, type FeatureConfig } from '../features/extract.js';
import { POST_FEATURE_PREFIX } from '../features/post-features.js';
import { isSymbolFeature } from '../features/symbol-features.js';
import { EVALUATIVE_PREFIX } from '../features/evaluative-features.js';
import { preparePost, postFeatureSet, postVector, type PreparedPost } from '../features/featurizer.js';
import { MentionIndex } from '../elections/mentions.js';
import type { ElectionConfig } from '../elections/schema.js';
import { electionNamesOf } from '../text/election-names.js';
import { isWritten, type Example } from '../data/dataset.js';
import { LABELS, NETRAL_INDEX } from '../data/labels.js';
import { postLogits, riskiestProbs } from '../eval/predict.js';
import type { SegmentRule } from '../pipeline/segments.js';

export interface FitConfig {
  features: FeatureConfig;
  maxFeatures: number;
  minDf: number;
  /** Loss weight per label = (n / (labels × count))^power: 0.5 softens inverse frequency, 1 is inverse, 0 off. */
  classWeightPower: number;
  /** Factor on the IDF of character n-grams (1: plain TF-IDF); see Vocabulary.scaled. */
  charNgramWeight?: number;
  /** Factor on the IDF of post-level features (`p:`, features.lengthBuckets / constantFeature; default 1). */
  postFeatureWeight?: number;
  /** Factor on the IDF of emoji and punctuation unigrams (isSymbolFeature; default 1). */
  symbolWeight?: number;
  /** Factor on the IDF of evaluative-lexicon features (`x:`, features.evaluativeLexicon; default 1). */
  evaluativeWeight?: number;
  /** Loss factor for the examples we wrote (isWritten), against 1 for corpus posts (default 1). */
  writtenExampleWeight?: number;
  /** Models trained with different seeds whose weights are averaged into the one model (default 1). */
  averagedSeeds?: number;
  /** A ReLU hidden path beside the linear model (wide-and-deep; default none: the linear model alone). */
  hiddenLayer?: HiddenLayerOptions;
  train: Omit<TrainOptions, 'classWeights' | 'sampleWeights' | 'onEpoch' | 'hidden'>;
}

export const DEFAULT_FIT_CONFIG: FitConfig = {
  features: DEFAULT_FEATURE_CONFIG,
  maxFeatures: 16_384,
  minDf: 2,
  classWeightPower: 0.5,
  charNgramWeight: 0.3,
  writtenExampleWeight: 1.5, // chosen on validation data (scripts/tune.ts), 0.5 / 1 / 1.5
  train: DEFAULT_TRAIN_OPTIONS,
};

export interface FittedModel {
  tfModel: TF.LayersModel;
  vocabulary: Vocabulary;
  sparse: SparseLinear;
  calibration: Calibration;
  thresholds: Thresholds;
  losses: number[];
  seconds: number;
  features: FeatureConfig;
}

/**
 * Mention indexes per election id, plus one over all elections for posts without a known election;
 * posts are read with the name words of these configs alone (see training-elections.ts).
 */
export class ElectionIndexes {
  private readonly all: MentionIndex;
  private readonly byId = new Map<string, MentionIndex>();
  constructor(configs: readonly ElectionConfig[]) {
    const names = electionNamesOf(configs);
    this.all = new MentionIndex(configs, names);
    for (const c of configs) this.byId.set(c.id, new MentionIndex([c], names));
  }
  for(election?: string): MentionIndex {
    return (election && this.byId.get(election)) || this.all;
  }
}

export function prepareExamples(examples: readonly Example[], indexes: ElectionIndexes): PreparedPost[] {
  return examples.map((e) => preparePost(e.text, indexes.for(e.election)));
}

/** Softened inverse-frequency weights (power 0.5) so rare labels (ajakan) still shape the model. */
export function classWeights(labels: readonly number[], numClasses: number, power = 0.5): number[] {
  const counts = new Array<number>(numClasses).fill(0);
  for (const l of labels) counts[l]++;
  const soften = (x: number): number => (power === 0.5 ? Math.sqrt(x) : x ** power); // sqrt exactly, as models were trained
  return counts.map((c) => (c === 0 ? 1 : soften(labels.length / (numClasses * c))));
}

export function sparseFromTfjs(model: TF.LayersModel): SparseLinear {
  const [kernel, bias] = model.getLayer('logits').getWeights();
  const data = (t: TF.Tensor) => t.dataSync() as Float32Array;
  const [numFeatures, numClasses] = kernel.shape as [number, number];
  if (!model.layers.some((l) => l.name === 'hidden')) return new SparseLinear(data(kernel), data(bias), numFeatures, numClasses);
  const [w1, b1] = model.getLayer('hidden').getWeights();
  const [w2] = model.getLayer('deep').getWeights();
  return new SparseWideDeep(data(kernel), data(bias), numFeatures, numClasses, data(w1), data(b1), data(w2));
}

export interface FitInput {
  train: readonly Example[];
  /** Validation examples for calibration and thresholds; omit to reuse `calibration`/`thresholds`. */
  validation?: readonly Example[];
  calibration?: Calibration;
  thresholds?: Thresholds;
  /** How validation posts are scored for calibration and thresholds (default: as Scorer.score scores them). */
  segments?: SegmentRule | false;
  indexes: ElectionIndexes;
  config?: FitConfig;
  onEpoch?: (epoch: number, loss: number) => void;
}

/**
 * The vocabulary of the training posts, each group's IDF times its factor. The factors live only in
 * the saved IDF (scoring reads nothing else), so a config without one scores as factor 1 always did.
 */
export function fitVocabulary(prepared: readonly PreparedPost[], cfg: FitConfig): Vocabulary {
  return Vocabulary.build(
    prepared.map((p) => postFeatureSet(p, cfg.features)),
    { minDf: cfg.minDf, maxFeatures: cfg.maxFeatures },
  )
    .scaled('c:', cfg.charNgramWeight ?? 1)
    .scaled(POST_FEATURE_PREFIX, cfg.postFeatureWeight ?? 1)
    .scaled(isSymbolFeature, cfg.symbolWeight ?? 1)
    .scaled(EVALUATIVE_PREFIX, cfg.evaluativeWeight ?? 1);
}

export async function fitModel(input: FitInput): Promise<FittedModel> {
  const cfg = input.config ?? DEFAULT_FIT_CONFIG;
  const t0 = performance.now();
  const prepared = prepareExamples(input.train, input.indexes);
  const vocabulary = fitVocabulary(prepared, cfg);
  const vectors = prepared.map((p) => postVector(p, cfg.features, vocabulary).vector);
  const labels = input.train.map((e) => LABELS.indexOf(e.label));
  const writtenWeight = cfg.writtenExampleWeight ?? 1;
  const members: TF.LayersModel[] = [];
  const memberLosses: number[][] = [];
  for (let k = 0; k < (cfg.averagedSeeds ?? 1); k++) {
    const seed = memberSeed(cfg.train.seed, k);
    const member = cfg.hiddenLayer ? createWideDeepModel(vocabulary.size, LABELS.length, cfg.hiddenLayer, seed) : createLinearModel(vocabulary.size, LABELS.length);
    members.push(member);
    memberLosses.push(await trainLinearModel(member, vectors, labels, vocabulary.size, {
      ...cfg.train,
      seed,
      hidden: cfg.hiddenLayer,
      classWeights: classWeights(labels, LABELS.length, cfg.classWeightPower),
      sampleWeights: writtenWeight === 1 ? undefined : input.train.map((e) => (isWritten(e) ? writtenWeight : 1)),
      onEpoch: input.onEpoch,
    }));
  }
  const tfModel = averageInto(members);
  const losses = memberLosses[0].map((_, epoch) => memberLosses.reduce((a, l) => a + l[epoch], 0) / memberLosses.length);
  const sparse = sparseFromTfjs(tfModel);
  let calibration = input.calibration ?? { method: 'temperature' as const, temperature: 1 };
  let thresholds = input.thresholds;
  if (input.validation && input.validation.length > 0) {
    // Scored as the shipped model will score them (long posts part by part): temperature and thresholds
    // are chosen on the probabilities users get.
    const logits = postLogits(input.validation, input.indexes, { sparse, features: cfg.features, vocabulary }, input.segments);
    const valLabels = input.validation.map((e) => LABELS.indexOf(e.label));
    calibration = fitTemperature(logits, valLabels, riskiestProbs);
    const risk = logits.map((z) => 1 - riskiestProbs(z, calibration.temperature)[NETRAL_INDEX]);
    thresholds = chooseThresholds(risk, valLabels.map((l) => l !== NETRAL_INDEX));
  }
  if (!thresholds) throw new Error('fitModel: thresholds need a validation split or must be given');
  return { tfModel, vocabulary, sparse, calibration, thresholds, losses, seconds: (performance.now() - t0) / 1000, features: cfg.features };
}
