// Writing a trained model in the standard tfjs format (model.json + weights.bin) and reading it back
// as a tfjs LayersModel. Kept apart from artifact.ts so that scoring never loads tfjs.
import { writeFileSync } from 'node:fs';
import { makeDirs } from '../util/make-dirs.js';
import path from 'node:path';
import { tf, type TF } from './backend.js';
import { readModelJson, type ModelJson, type ModelSpec } from './artifact.js';

export async function saveModel(dir: string, model: TF.LayersModel, spec: ModelSpec, metadata: object): Promise<void> {
  makeDirs(dir);
  await model.save(
    tf.io.withSaveHandler(async (artifacts) => {
      const weightData = artifacts.weightData as ArrayBuffer;
      const json: ModelJson = {
        modelTopology: artifacts.modelTopology as object,
        format: 'layers-model',
        generatedBy: `TensorFlow.js tfjs-layers v${tf.version.tfjs}`,
        convertedBy: null,
        weightsManifest: [{ paths: ['weights.bin'], weights: (artifacts.weightSpecs ?? []) as ModelJson['weightsManifest'][0]['weights'] }],
      };
      writeFileSync(path.join(dir, 'model.json'), JSON.stringify(json));
      writeFileSync(path.join(dir, 'weights.bin'), Buffer.from(weightData));
      return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: 'JSON', weightDataBytes: weightData.byteLength } };
    }),
  );
  writeFileSync(path.join(dir, 'netra.json'), JSON.stringify(spec));
  writeFileSync(path.join(dir, 'metadata.json'), JSON.stringify(metadata, null, 2) + '\n');
}

/** Loads the tfjs model itself (for training-time checks and the sparse-vs-tfjs test). */
export async function loadTfjsModel(dir: string): Promise<TF.LayersModel> {
  const { json, weights } = readModelJson(dir);
  return tf.loadLayersModel(tf.io.fromMemory({ modelTopology: json.modelTopology, weightSpecs: json.weightsManifest[0].weights as TF.io.WeightsManifestEntry[], weightData: weights }));
}

