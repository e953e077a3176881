// A trained model on disk, models/<version>/:
//   model.json + weights.bin — the tfjs LayersModel (standard tfjs format, loadable by any backend)
//   netra.json               — everything else needed to score: labels, feature config, vocabulary,
//                              calibration, thresholds
//   metadata.json            — the model card (data hashes, seed, backend, timing, metrics)
//   pr-curve.svg             — precision-recall curve of the evaluation run
// models/default.json names the version `npm start` and the CLI load when none is given.
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { tf } from './backend.js';
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

interface ModelJson {
  modelTopology: object;
  weightsManifest: { paths: string[]; weights: tf.io.WeightsManifestEntry[] }[];
  format?: string;
  generatedBy?: string;
  convertedBy?: string | null;
}

export async function saveModel(dir: string, model: tf.LayersModel, spec: ModelSpec, metadata: object): Promise<void> {
  mkdirSync(dir, { recursive: true });
  await model.save(
    tf.io.withSaveHandler(async (artifacts) => {
      const weightData = artifacts.weightData as ArrayBuffer;
      const json: ModelJson = {
        modelTopology: artifacts.modelTopology as object,
        format: 'layers-model',
        generatedBy: `TensorFlow.js tfjs-layers v${tf.version.tfjs}`,
        convertedBy: null,
        weightsManifest: [{ paths: ['weights.bin'], weights: artifacts.weightSpecs ?? [] }],
      };
      writeFileSync(path.join(dir, 'model.json'), JSON.stringify(json));
      writeFileSync(path.join(dir, 'weights.bin'), Buffer.from(weightData));
      return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: 'JSON', weightDataBytes: weightData.byteLength } };
    }),
  );
  writeFileSync(path.join(dir, 'netra.json'), JSON.stringify(spec));
  writeFileSync(path.join(dir, 'metadata.json'), JSON.stringify(metadata, null, 2) + '\n');
}

function readModelJson(dir: string): { json: ModelJson; weights: ArrayBuffer } {
  const json = JSON.parse(readFileSync(path.join(dir, 'model.json'), 'utf8')) as ModelJson;
  const buf = readFileSync(path.join(dir, json.weightsManifest[0].paths[0]));
  return { json, weights: buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) };
}

/** Loads the tfjs model itself (for training-time checks and the sparse-vs-tfjs test). */
export async function loadTfjsModel(dir: string): Promise<tf.LayersModel> {
  const { json, weights } = readModelJson(dir);
  return tf.loadLayersModel(tf.io.fromMemory({ modelTopology: json.modelTopology, weightSpecs: json.weightsManifest[0].weights, weightData: weights }));
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
