// Runs a scenario end to end: fit the model, score the test set on the sparse path, and score the
// rule baseline and fastText (when its binary is present) on the very same split.
import { fitModel, prepareExamples, type ElectionIndexes, type FitConfig, type FittedModel } from '../model/train.js';
import { predictProbs } from './predict.js';
import { evaluatePredictions, type EvalResult } from './evaluate.js';
import { bySource, type SourceRow } from './by-source.js';
import { levelRows, type LevelRow } from './levels.js';
import { ruleProbabilities } from './baselines/rules.js';
import { fasttextBinary, trainFastText, predictFastText, cleanupFastText } from './baselines/fasttext.js';
import type { Scenario } from './scenarios.js';
import { LABELS } from '../data/labels.js';

export interface ScenarioReport {
  name: string;
  description: string;
  sizes: { train: number; validation: number; test: number };
  model: EvalResult & { trainSeconds: number; temperature: number; thresholds: FittedModel['thresholds']; bySource: SourceRow[]; levels: LevelRow[] };
  rules: EvalResult;
  fasttext: (EvalResult & { trainSeconds: number }) | { unavailable: string };
}

export async function runScenario(
  scenario: Scenario,
  indexes: ElectionIndexes,
  config: FitConfig,
  log: (msg: string) => void,
  show: (line: string, done?: boolean) => void = () => {},
): Promise<{ report: ScenarioReport; fitted: FittedModel }> {
  log(`[${scenario.name}] training on ${scenario.train.length}, validating on ${scenario.validation.length}, testing on ${scenario.test.length}`);
  const epochs = config.train.epochs;
  const onEpoch = (epoch: number, loss: number): void => show(`[${scenario.name}] epoch ${epoch}/${epochs} loss ${loss.toFixed(4)}`, epoch === epochs);
  const fitted = await fitModel({ train: scenario.train, validation: scenario.validation, indexes, config, onEpoch });
  const testPrepared = prepareExamples(scenario.test, indexes);
  const gold = scenario.test.map((e) => LABELS.indexOf(e.label));
  const probs = predictProbs(scenario.test, indexes, fitted);
  const model = evaluatePredictions(probs, gold);
  // The whole post's mentions, as Scorer.score counts them (a post of no election is read with every config).
  const mentions = testPrepared.map((p) => p.mentions.mentions.length);
  const rules = evaluatePredictions(testPrepared.map(ruleProbabilities), gold);

  let fasttext: ScenarioReport['fasttext'];
  const bin = fasttextBinary();
  if (!bin) {
    fasttext = { unavailable: 'fasttext binary not found (Debian package `fasttext`; or set FASTTEXT_BIN)' };
    log(`[${scenario.name}] fastText baseline skipped: binary not found`);
  } else {
    show(`[${scenario.name}] fastText baseline: training and predicting`);
    const pool = [...scenario.train, ...scenario.validation];
    const poolPrepared = prepareExamples(pool, indexes);
    const ft = await trainFastText(bin, poolPrepared.map((p) => p.normalized.text), pool.map((e) => LABELS.indexOf(e.label)));
    try {
      const ftProbs = await predictFastText(bin, ft, testPrepared.map((p) => p.normalized.text));
      fasttext = { ...evaluatePredictions(ftProbs, gold), trainSeconds: ft.seconds };
    } finally {
      cleanupFastText(ft);
    }
  }
  const f = (x: number): string => x.toFixed(3);
  log(
    `[${scenario.name}] model partisan F1 ${f(model.partisan.f1)} PR-AUC ${f(model.partisan.prAuc)} macro-F1 ${f(model.macroF1)} | rules F1 ${f(rules.partisan.f1)} | fastText ${
      'unavailable' in fasttext ? 'n/a' : `F1 ${f(fasttext.partisan.f1)} macro-F1 ${f(fasttext.macroF1)}`
    }`,
  );
  return {
    fitted,
    report: {
      name: scenario.name,
      description: scenario.description,
      sizes: { train: scenario.train.length, validation: scenario.validation.length, test: scenario.test.length },
      model: { ...model, trainSeconds: fitted.seconds, temperature: fitted.calibration.temperature, thresholds: fitted.thresholds, bySource: bySource(scenario.test, probs, fitted.thresholds), levels: levelRows(probs, gold, mentions, fitted.thresholds) },
      rules,
      fasttext,
    },
  };
}
