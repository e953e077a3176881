// `netra train`: evaluates (test split + leave-one-election-out, with baselines), then fits the shipped
// model on every labeled example, carrying over the calibration and thresholds chosen on the
// test-split run's validation slice, and writes models/<version>/ (or `--out DIR`) with its model card.
import path from 'node:path';
import { appendFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import type { Command } from '../command.js';
import { nonEmptyFlag, parseFlags, progress, UsageError } from '../command.js';
import { corpusFlag } from '../corpus-flag.js';
import { loadDataset } from '../../data/dataset.js';
import { readTestSplit } from '../../data/splits.js';
import { assertSplitCovered } from '../../eval/scenarios.js';
import { fitModel, type FitConfig } from '../../model/train.js';
import { cardHyperparameters } from '../../model/card-hyperparameters.js';
import { trainingIndexes } from '../../model/training-elections.js';
import { initBackend, tf } from '../../model/backend.js';
import { setDefaultModel, MODELS_DIR, type ModelSpec } from '../../model/artifact.js';
import { saveModel } from '../../model/tfjs-io.js';
import { runSuite, writeSuiteReports } from '../../eval/suite.js';
import { LABELS } from '../../data/labels.js';
import { FIT_FLAGS, FIT_FLAGS_HELP, fitConfigFromFlags, dataHashes, codeVersion, exitOnSignal, log, reportHeader } from './shared.js';

const VERSIONS_FILE = path.join(MODELS_DIR, 'versions.txt');
/** A version name: one plain path segment ('.' and '..' pass the characters but name models/ or the root). */
const PLAIN_NAME = /^[A-Za-z0-9._-]+$/;
/** Names in models/ that are no version: eval's report directory (untracked), the default pointer and the version list. */
const KEPT_NAMES = ['eval', 'default.json', 'versions.txt'];

/** Every version name ever used (models/versions.txt), whether or not its directory is still there. */
function usedVersions(): Set<string> {
  if (!existsSync(VERSIONS_FILE)) return new Set();
  return new Set(readFileSync(VERSIONS_FILE, 'utf8').split(/\r?\n/).map((l) => l.trim()).filter((l) => l && !l.startsWith('#')));
}

/** Gives a claimed name back (its run failed before writing a model): removes it from versions.txt. */
function release(version: string): void {
  if (!existsSync(VERSIONS_FILE)) return;
  const lines = readFileSync(VERSIONS_FILE, 'utf8').split('\n');
  const at = lines.lastIndexOf(version);
  if (at >= 0) writeFileSync(VERSIONS_FILE, [...lines.slice(0, at), ...lines.slice(at + 1)].join('\n'));
}

/**
 * Creates models/<version> for this run alone: mkdir fails if it exists, even one made a moment ago,
 * and a name in models/versions.txt is never used again. A claimed name is recorded there at once.
 */
function claim(version: string): boolean {
  if (usedVersions().has(version)) return false;
  try {
    mkdirSync(path.join(MODELS_DIR, version));
    appendFileSync(VERSIONS_FILE, `${version}\n`);
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw err;
  }
}

/**
 * The version's directory, claimed before any work so that two runs can never write into one model
 * (model cards and the review log cite versions): `--version V`, which must be new, or today's date,
 * then date+b, date+c, … (the project's naming).
 */
function claimVersion(requested: string | undefined): string {
  if (requested !== undefined) {
    if (!PLAIN_NAME.test(requested) || /^\.+$/.test(requested)) throw new UsageError(`--version must be a plain directory name, got ${JSON.stringify(requested)}`);
    // A hidden directory: ls and most listings skip it, so the model would be easy to miss.
    if (requested.startsWith('.')) throw new UsageError(`--version must be a plain directory name, not starting with ".", got ${JSON.stringify(requested)}`);
    if (KEPT_NAMES.includes(requested)) {
      throw new UsageError(`--version ${requested} is a name models/ keeps for itself (eval: eval's reports; default.json, versions.txt: the default model and the version list); give another`);
    }
    if (!claim(requested)) throw new UsageError(`models/${requested} exists already or was used before (models/versions.txt); give a new --version (e.g. ${requested}b)`);
    return requested;
  }
  const day = new Date().toISOString().slice(0, 10);
  for (const suffix of ['', ...'bcdefghijklmnopqrstuvwxyz']) if (claim(day + suffix)) return day + suffix;
  throw new UsageError(`every default version for ${day} is taken; give --version`);
}

/**
 * `--out DIR`: an experiment's model written outside models/, so it claims no version there and never
 * becomes the default. DIR must be new (or an empty directory) in an existing parent; its name is the
 * version unless --version gives one.
 */
function claimOutDir(out: string, requested: string | undefined): { version: string; dir: string; made: boolean } {
  const dir = path.resolve(out);
  const models = path.resolve(MODELS_DIR);
  if (dir === models || dir.startsWith(models + path.sep)) throw new UsageError(`--out ${out} is inside models/: leave --out out and give --version V to add a version there`);
  const version = requested ?? path.basename(dir);
  if (!PLAIN_NAME.test(version) || /^\.+$/.test(version)) throw new UsageError(`--version must be a plain name, got ${JSON.stringify(version)}${requested === undefined ? ' (the name of --out\'s directory); give --version V' : ''}`);
  const parent = statSync(path.dirname(dir), { throwIfNoEntry: false });
  if (!parent?.isDirectory()) throw new UsageError(`--out ${out}: no directory ${path.dirname(dir)} to create it in`);
  const there = statSync(dir, { throwIfNoEntry: false });
  if (there && !there.isDirectory()) throw new UsageError(`--out ${out} is a file; give a new directory`);
  if (there && readdirSync(dir).length > 0) throw new UsageError(`--out ${out} is not empty; give a new or empty directory (a model is never written over another)`);
  if (!there) mkdirSync(dir);
  return { version, dir, made: !there };
}

export const trainCommand: Command = {
  name: 'train',
  summary: 'train a model (with evaluation and model card) into models/<version>/',
  usage: [
    'usage: netra train [--version V] [--out DIR] [--no-default] [--skip-eval] [--with-reviews] [--corpus DIR] [--seed N] [--epochs N] [--max-features N]',
    '  --version V     model directory name under models/, not taken yet, not hidden, not eval (eval\'s reports)',
    '                  (default: today\'s date, then date+b, c, …)',
    '  --out DIR       write the model to DIR instead (new or empty; for experiments): it claims no version in',
    '                  models/ and is never made the default. Its version is DIR\'s name, or --version V.',
    '                  Score with it by --model DIR or NETRA_MODEL=DIR',
    '  --no-default    do not point models/default.json at the new model',
    '  --skip-eval     skip the evaluation runs (the card then has no metrics). The model then trains on 6/7 of the',
    '                  labeled examples (every 7th is held out for calibration and thresholds), so its weights',
    '                  differ from a full run\'s with the same seed: use it for quick checks, not to ship',
    '  --corpus DIR    the unlabeled corpus the labels join with (default ../shared/corpus)',
    '  --with-reviews  add reviewed decisions (reviewer labels) from the review store (DATABASE_URL / NETRA_DATA_DIR)',
    ...FIT_FLAGS_HELP,
  ].join('\n'),
  async run(argv) {
    const { values } = parseFlags(argv, {
      ...FIT_FLAGS,
      version: { type: 'string' },
      out: { type: 'string' },
      'no-default': { type: 'boolean' },
      'skip-eval': { type: 'boolean' },
      'with-reviews': { type: 'boolean' },
    });
    const config = fitConfigFromFlags(values);
    corpusFlag(values.corpus);
    const out = values.out === undefined ? undefined : claimOutDir(nonEmptyFlag(values.out, 'out', 'give a directory for the model, or leave it out')!, values.version);
    const version = out?.version ?? claimVersion(values.version);
    const dir = out?.dir ?? path.join(MODELS_DIR, version);
    const shown = out ? dir : `models/${version}`;
    // A failed or interrupted run leaves no half-written model (and no empty claimed directory).
    const discard = () => {
      if (!out) {
        rmSync(dir, { recursive: true, force: true });
        release(version);
      } else if (out.made) rmSync(dir, { recursive: true, force: true });
      else for (const f of readdirSync(dir)) rmSync(path.join(dir, f), { recursive: true, force: true }); // it was empty
    };
    const stop = exitOnSignal((signal) => {
      discard();
      log(`train: ${signal}, ${shown} removed`);
    });
    try {
      return await trainInto(version, dir, config, { ...values, 'no-default': values['no-default'] === true || out !== undefined });
    } catch (err) {
      discard();
      throw err;
    } finally {
      stop();
    }
  },
};

interface TrainFlags {
  corpus?: string;
  'with-reviews'?: boolean;
  'skip-eval'?: boolean;
  'no-default'?: boolean;
}

async function trainInto(version: string, dir: string, config: FitConfig, values: TrainFlags): Promise<number> {
  const started = performance.now();
  const backend = await initBackend(log);
  const all = loadDataset({ corpusDir: values.corpus });
  assertSplitCovered(all, readTestSplit()); // also with --skip-eval: a shrunken dataset must not ship
  if (values['with-reviews']) {
    const { loadReviewExamples, newReviewExamples } = await import('../../review/training.js');
    const { examples, skipped } = newReviewExamples(all, await loadReviewExamples());
    all.push(...examples);
    log(`reviewed decisions: ${examples.length} added as training examples, ${skipped} left out (text already labeled, or repeated)`);
  }
  // Only the configs of the elections the labeled data names: a config added for scoring changes nothing here.
  const { indexes, elections } = trainingIndexes(all);

  let calibration;
  let thresholds;
  let reports: Awaited<ReturnType<typeof runSuite>>['reports'] = [];
  if (!values['skip-eval']) {
    const suite = await runSuite(all, readTestSplit(), indexes, config, log, progress());
    reports = suite.reports;
    calibration = suite.testSplitModel.calibration;
    thresholds = suite.testSplitModel.thresholds;
    suite.testSplitModel.tfModel.dispose();
  }
  const show = progress();
  // Without the evaluation runs, calibration and thresholds need a validation slice of their own.
  const skipEval = values['skip-eval'] === true;
  const train = skipEval ? all.filter((_, i) => i % 7 !== 0) : all;
  const fitted = await fitModel({
    train,
    validation: skipEval ? all.filter((_, i) => i % 7 === 0) : undefined,
    calibration,
    thresholds,
    indexes,
    config,
    onEpoch: (epoch, loss) => show(`[final] epoch ${epoch}/${config.train.epochs} loss ${loss.toFixed(4)}`, epoch === config.train.epochs),
  });
  const spec: ModelSpec = {
    format: 'netra-linear-v1',
    version,
    labels: LABELS,
    features: fitted.features,
    vocabulary: fitted.vocabulary.toJSON(),
    calibration: fitted.calibration,
    thresholds: fitted.thresholds,
  };
  const hashes = dataHashes(elections);
  const counts = Object.fromEntries(LABELS.map((l) => [l, all.filter((e) => e.label === l).length]));
  const metadata = {
    name: 'netra partisan-signal screener',
    version,
    createdAt: new Date().toISOString(),
    intendedUse: 'Ranks and explains Indonesian social-media posts by civil servants for human review of ASN neutrality. It never decides a violation.',
    labels: LABELS,
    trainingData: {
      examples: train.length,
      perLabel: counts,
      sources: Object.fromEntries([...new Set(all.map((e) => e.source))].map((s) => [s, all.filter((e) => e.source === s).length])),
      note: skipEval
        ? `Trained with --skip-eval on ${train.length} of ${all.length} labeled examples (every 7th held out); calibration and thresholds come from those ${all.length - train.length}. No evaluation.`
        : 'Final model trained on every labeled example; calibration and thresholds come from the test-split run (validation slice), see evaluation.',
      /** Election id → the config the posts were read with (its hash is in `hashes`). */
      elections: Object.fromEntries(Object.entries(elections.files).map(([id, f]) => [id, `data/elections/${f}`])),
      hashes,
    },
    code: codeVersion(Object.keys(hashes)), // dirty: only by the files hashed here, src/ and tracked changes
    seed: config.train.seed,
    backend,
    tfjsVersion: tf.version.tfjs,
    hyperparameters: cardHyperparameters(config),
    vocabularySize: fitted.vocabulary.size,
    trainingSeconds: { final: Math.round(fitted.seconds * 10) / 10, total: Math.round((performance.now() - started) / 100) / 10 },
    calibration: fitted.calibration,
    thresholds: fitted.thresholds,
    evaluation: reports.map((r) => ({
      scenario: r.name,
      description: r.description,
      sizes: r.sizes,
      model: { partisan: r.model.partisan, macroF1: r.model.macroF1, perClass: r.model.perClass, confusion: r.model.confusion, calibrationError: r.model.calibrationError },
      rules: { partisan: r.rules.partisan, macroF1: r.rules.macroF1 },
      fasttext: 'unavailable' in r.fasttext ? r.fasttext : { partisan: r.fasttext.partisan, macroF1: r.fasttext.macroF1 },
    })),
    prCurveImage: reports.length ? 'pr-curve.svg' : undefined,
  };
  await saveModel(dir, fitted.tfModel, spec, metadata);
  if (reports.length) writeSuiteReports(dir, reports, reportHeader(backend, config, all.length));
  if (!values['no-default']) setDefaultModel(version);
  const bytes = readdirSync(dir).reduce((s, f) => s + statSync(path.join(dir, f)).size, 0);
  log(`model ${version} written to ${dir} (${(bytes / 1e6).toFixed(2)} MB, final fit ${fitted.seconds.toFixed(1)} s)`);
  return 0;
}
