// A trained model on disk, models/<version>/ (loading for scoring needs no tfjs; writing is in tfjs-io.ts):
//   model.json + weights.bin — the tfjs LayersModel (standard tfjs format, loadable by any backend)
//   netra.json               — everything else needed to score: labels, feature config, vocabulary,
//                              calibration, thresholds
//   metadata.json            — the model card (data hashes, seed, backend, timing, metrics)
//   pr-curve.svg             — precision-recall curve of the evaluation run
// models/default.json names the version `npm start` and the CLI load when none is given.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
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

export function readModelJson(dir: string): { json: ModelJson; weights: ArrayBuffer } {
  const json = JSON.parse(readFileSync(path.join(dir, 'model.json'), 'utf8')) as ModelJson;
  const buf = readFileSync(path.join(dir, json.weightsManifest[0].paths[0]));
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
    if (w.dtype && w.dtype !== 'float32') throw new Error(`${dir}: unsupported weight dtype ${w.dtype}`);
    const size = w.shape.reduce((a, b) => a * b, 1);
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

export function resolveModelDir(ref?: string): string {
  if (ref && (ref.includes('/') || existsSync(ref))) return path.resolve(ref);
  const version = ref ?? (JSON.parse(readFileSync(path.join(MODELS_DIR, 'default.json'), 'utf8')) as { version: string }).version;
  return path.join(MODELS_DIR, version);
}

/** Loads a model directory for scoring. Needs no tfjs backend: scoring runs on the sparse path. */
export function loadModel(ref?: string): LoadedModel {
  const dir = resolveModelDir(ref);
  if (!existsSync(path.join(dir, 'netra.json'))) throw new Error(`no model at ${dir} (expected netra.json, model.json, weights.bin)`);
  const spec = JSON.parse(readFileSync(path.join(dir, 'netra.json'), 'utf8')) as ModelSpec;
  if (spec.format !== 'netra-linear-v1') throw new Error(`${dir}: unknown model format ${String(spec.format)}`);
  if (spec.labels.join() !== LABELS.join()) throw new Error(`${dir}: label set ${spec.labels.join()} differs from ${LABELS.join()}`);
  const vocabulary = Vocabulary.fromJSON(spec.vocabulary);
  const sparse = readLinearWeights(dir);
  if (sparse.numFeatures !== vocabulary.size) throw new Error(`${dir}: kernel has ${sparse.numFeatures} rows but vocabulary ${vocabulary.size}`);
  const metaFile = path.join(dir, 'metadata.json');
  const metadata = existsSync(metaFile) ? (JSON.parse(readFileSync(metaFile, 'utf8')) as Record<string, unknown>) : {};
  return { dir, spec, vocabulary, sparse, metadata };
}

export function setDefaultModel(version: string): void {
  writeFileSync(path.join(MODELS_DIR, 'default.json'), JSON.stringify({ version }, null, 2) + '\n');
}
