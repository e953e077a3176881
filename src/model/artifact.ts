// A trained model on disk, models/<version>/ (loading for scoring needs no tfjs; writing is in tfjs-io.ts):
//   model.json + weights.bin — the tfjs LayersModel (standard tfjs format, loadable by any backend)
//   netra.json               — everything else needed to score: labels, feature config, vocabulary,
//                              calibration, thresholds
//   metadata.json            — the model card (data hashes, seed, backend, timing, metrics)
//   pr-curve.svg             — precision-recall curve of the evaluation run
// models/default.json names the version `npm start` and the CLI load when none is given.
import { readFileSync, writeFileSync, existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { SparseLinear } from './sparse-linear.js';
import { Vocabulary, type VocabularyJSON } from '../features/vocabulary.js';
import type { FeatureConfig } from '../features/extract.js';
import type { Calibration } from './calibration.js';
import type { Thresholds } from './thresholds.js';
import { LABELS, type Label } from '../data/labels.js';
import { PROJECT_ROOT } from '../text/resources.js';

export const MODELS_DIR = path.join(PROJECT_ROOT, 'models');

export interface ModelSpec {
  format: 'netra-linear-v1';
  version: string;
  labels: readonly Label[];
  features: FeatureConfig;
  vocabulary: VocabularyJSON;
  calibration: Calibration;
  thresholds: Thresholds;
}

export interface LoadedModel {
  dir: string;
  spec: ModelSpec;
  vocabulary: Vocabulary;
  sparse: SparseLinear;
  metadata: Record<string, unknown>;
}

/** A weights manifest entry as tfjs writes it. */
export interface WeightEntry {
  name: string;
  shape: number[];
  dtype?: string;
}

export interface ModelJson {
  modelTopology: object;
  weightsManifest: { paths: string[]; weights: WeightEntry[] }[];
  format?: string;
  generatedBy?: string;
  convertedBy?: string | null;
}

/** A model file's JSON; a missing or unreadable file is an error naming it (a model is several files). */
function readJsonFile(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new Error(`cannot read ${file} (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new Error(`${file} is not valid JSON: ${(err as Error).message}`);
  }
}

export function readModelJson(dir: string): { json: ModelJson; weights: ArrayBuffer } {
  const file = path.join(dir, 'model.json');
  const json = readJsonFile(file) as ModelJson;
  const weightsPath = json?.weightsManifest?.[0]?.paths?.[0];
  if (typeof weightsPath !== 'string' || !Array.isArray(json.weightsManifest[0].weights)) throw new Error(`${file} has no tfjs weights manifest`);
  const weightsFile = path.join(dir, weightsPath);
  const buf = (() => {
    try {
      return readFileSync(weightsFile);
    } catch (err) {
      throw new Error(`cannot read ${weightsFile} (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
    }
  })();
  return { json, weights: buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) };
}

/** Reads kernel and bias straight out of weights.bin using the tfjs weights manifest. */
function readLinearWeights(dir: string): SparseLinear {
  const { json, weights } = readModelJson(dir);
  let offset = 0;
  let kernel: Float32Array | undefined;
  let bias: Float32Array | undefined;
  let shape: number[] = [];
  for (const w of json.weightsManifest[0].weights) {
    if (!w || typeof w.name !== 'string' || !Array.isArray(w.shape)) throw new Error(`${path.join(dir, 'model.json')}: a weight entry lacks its name or shape`);
    // FitConfig.hiddenLayer (wide-and-deep) is a tuning option only: its weights have no reader here.
    if (/^(hidden|deep)\//.test(w.name)) throw new Error(`${dir}: a wide-and-deep model (weight ${w.name}); only linear models load`);
    if (w.dtype && w.dtype !== 'float32') throw new Error(`${dir}: unsupported weight dtype ${w.dtype}`);
    const size = w.shape.reduce((a, b) => a * b, 1);
    if (offset + size * 4 > weights.byteLength) throw new Error(`${dir}: weights file is shorter than model.json says (cut off?)`);
    const data = new Float32Array(weights.slice(offset, offset + size * 4));
    offset += size * 4;
    if (w.name.endsWith('kernel')) {
      kernel = data;
      shape = w.shape;
    } else if (w.name.endsWith('bias')) bias = data;
  }
  if (!kernel || !bias || shape.length !== 2) throw new Error(`${dir}: model.json has no dense kernel and bias`);
  return new SparseLinear(kernel, bias, shape[0], shape[1]);
}

/**
 * A model version, a model directory, or a file naming a version under models/ as models/default.json
 * does (the documented default, so NETRA_MODEL=models/default.json loads what leaving it out loads).
 */
export function resolveModelDir(ref?: string): string {
  if (ref && isFile(ref)) return path.join(MODELS_DIR, givenPointer(path.resolve(ref)));
  if (ref && (ref.includes('/') || existsSync(ref))) return path.resolve(ref);
  return path.join(MODELS_DIR, ref ?? pointedVersion(path.join(MODELS_DIR, 'default.json')));
}

const isFile = (ref: string): boolean => statSync(ref, { throwIfNoEntry: false })?.isFile() === true;

/** The version a file given as the model names; any other file (README.md, a weights file) is said to be no model. */
function givenPointer(file: string): string {
  try {
    return pointedVersion(file);
  } catch {
    throw new Error(`${file} is a file, not a model directory; a file given as the model must name a version under models/ ({"version": "…"}, as models/default.json does)`);
  }
}

/** The version a pointer file (`{"version": "…"}`) names. */
function pointedVersion(file: string): string {
  const version = (readJsonFile(file) as { version?: unknown } | null)?.version;
  if (typeof version !== 'string' || !version) throw new Error(`${file} names no model version (expected {"version": "…"})`);
  return version;
}

/** Whether `dir` holds a model: its netra.json, which the CLI and the service check before loading. */
export function hasModel(dir: string): boolean {
  return existsSync(path.join(dir, 'netra.json'));
}

/** Loads a model directory for scoring. Needs no tfjs backend: scoring runs on the sparse path. */
export function loadModel(ref?: string): LoadedModel {
  const dir = resolveModelDir(ref);
  if (!hasModel(dir)) throw new Error(`no model at ${dir} (expected netra.json, model.json, weights.bin)`);
  const spec = readJsonFile(path.join(dir, 'netra.json')) as ModelSpec;
  if (spec?.format !== 'netra-linear-v1') throw new Error(`${dir}: unknown model format ${String(spec?.format)}`);
  if (!Array.isArray(spec.labels) || spec.labels.join() !== LABELS.join()) throw new Error(`${dir}: label set ${String(spec.labels)} differs from ${LABELS.join()}`);
  const missing = (['features', 'vocabulary', 'calibration', 'thresholds'] as const).filter((k) => !spec[k] || typeof spec[k] !== 'object');
  if (missing.length) throw new Error(`${path.join(dir, 'netra.json')} lacks ${missing.join(', ')}`);
  const vocabulary = Vocabulary.fromJSON(spec.vocabulary);
  const sparse = readLinearWeights(dir);
  if (sparse.numFeatures !== vocabulary.size) throw new Error(`${dir}: kernel has ${sparse.numFeatures} rows but vocabulary ${vocabulary.size}`);
  const metaFile = path.join(dir, 'metadata.json');
  const metadata = existsSync(metaFile) ? (readJsonFile(metaFile) as Record<string, unknown>) : {};
  return { dir, spec, vocabulary, sparse, metadata };
}

export function setDefaultModel(version: string): void {
  writeFileSync(path.join(MODELS_DIR, 'default.json'), JSON.stringify({ version }, null, 2) + '\n');
}
