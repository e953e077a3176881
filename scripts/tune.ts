// Hyperparameter search on the validation slice only (never the fixed test split): trains on the
// test-split scenario's training part and reports validation metrics for a small grid.
// usage: tsx scripts/tune.ts [--json FILE]
import { writeFileSync } from 'node:fs';
import { initBackend } from '../src/model/backend.js';
import { loadDataset } from '../src/data/dataset.js';
import { readTestSplit } from '../src/data/splits.js';
import { loadElectionDir } from '../src/elections/load.js';
import { ElectionIndexes, fitModel, prepareExamples, DEFAULT_FIT_CONFIG, type FitConfig } from '../src/model/train.js';
import { testSplitScenario } from '../src/eval/scenarios.js';
import { evaluatePredictions } from '../src/eval/evaluate.js';
import { postVector } from '../src/features/featurizer.js';
import { softmax } from '../src/model/sparse-linear.js';
import { LABELS } from '../src/data/labels.js';

if (process.argv.includes('--help')) {
  console.log('usage: tsx scripts/tune.ts [--json FILE]  — grid search scored on the validation slice');
  process.exit(0);
}
await initBackend();
const all = loadDataset();
const scenario = testSplitScenario(all, readTestSplit(), DEFAULT_FIT_CONFIG.train.seed);
const indexes = new ElectionIndexes(loadElectionDir());
const val = prepareExamples(scenario.validation, indexes);
const gold = scenario.validation.map((e) => LABELS.indexOf(e.label));
const grid: { name: string; cfg: FitConfig }[] = [];
for (const epochs of [15, 30]) {
  for (const lr of [0.01, 0.03]) {
    for (const l2 of [0, 1e-5, 1e-4]) {
      for (const chars of [[], [3, 4]]) {
        grid.push({
          name: `epochs=${epochs} lr=${lr} l2=${l2} chars=${chars.join('+') || 'none'}`,
          cfg: { ...DEFAULT_FIT_CONFIG, features: { ...DEFAULT_FIT_CONFIG.features, charNgrams: chars }, train: { ...DEFAULT_FIT_CONFIG.train, epochs, learningRate: lr, l2 } },
        });
      }
    }
  }
}
const rows = [];
for (const g of grid) {
  const f = await fitModel({ train: scenario.train, validation: scenario.validation, indexes, config: g.cfg });
  const probs = val.map((p) => softmax(f.sparse.logits(postVector(p, f.features, f.vocabulary).vector), f.calibration.temperature));
  const r = evaluatePredictions(probs, gold);
  rows.push({ config: g.name, partisanF1: +r.partisan.f1.toFixed(3), prAuc: +r.partisan.prAuc.toFixed(3), macroF1: +r.macroF1.toFixed(3), seconds: +f.seconds.toFixed(1) });
  console.error(JSON.stringify(rows[rows.length - 1]));
  f.tfModel.dispose();
}
console.table(rows.sort((a, b) => b.macroF1 + b.partisanF1 - (a.macroF1 + a.partisanF1)));
const i = process.argv.indexOf('--json');
if (i > 0) writeFileSync(process.argv[i + 1], JSON.stringify(rows, null, 1));
