// GET /v1/model (what is being served and how well it did on its evaluation) and GET /v1/elections
// (the election configs the service knows, with the stage each is in today), behind `auth`: the
// scoring key check, as they tell the thresholds and the configured races of what that key scores.
import { Router, type RequestHandler } from 'express';
import type { Scorer } from '../../pipeline/scorer.js';
import { electionStage } from '../../elections/stage.js';
import { tfjsBackend } from '../../model/backend-status.js';
import { emptyBoxRef, hasEmptyBox } from '../../elections/mentions.js';
import { candidateLabel } from '../../explain/evidence.js';
import type { ElectionConfig } from '../../elections/schema.js';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => !!v && typeof v === 'object' && !Array.isArray(v);

/** Evaluation metrics from the model card, per scenario: the model's own figures (baselines left out). */
export function modelMetrics(metadata: Json): Json[] {
  const evaluation = metadata.evaluation;
  if (!Array.isArray(evaluation)) return [];
  return evaluation.filter(isObject).map((s) => {
    const m = isObject(s.model) ? s.model : {};
    return {
      scenario: s.scenario,
      description: s.description,
      sizes: s.sizes,
      partisan: m.partisan,
      macroF1: m.macroF1,
      perClass: m.perClass,
      calibrationError: m.calibrationError,
    };
  });
}

export function modelDescription(scorer: Scorer): Json {
  const { spec, metadata } = scorer.model;
  return {
    version: spec.version,
    backend: scorer.backend,
    labels: spec.labels,
    thresholds: spec.thresholds,
    calibration: spec.calibration,
    features: spec.features,
    vocabularySize: scorer.model.vocabulary.size,
    ...(typeof metadata.createdAt === 'string' ? { createdAt: metadata.createdAt } : {}),
    ...(typeof metadata.intendedUse === 'string' ? { intendedUse: metadata.intendedUse } : {}),
    metrics: modelMetrics(metadata),
  };
}

/**
 * A single-pair regional race reads "kotak kosong" as a contestant that is in no config: say so, with
 * the label its mentions and evidence carry as `candidate`.
 */
function emptyBox(config: ElectionConfig): { emptyBox?: string } {
  return hasEmptyBox(config) ? { emptyBox: candidateLabel(emptyBoxRef(config)) } : {};
}

export function catalogRouter(scorer: Scorer, auth: RequestHandler): Router {
  const router = Router();
  const model = modelDescription(scorer); // fixed for the life of the process
  router.get('/v1/model', auth, (_req, res) => {
    // Scoring runs on the sparse path; tfjs (training, the equality check) is loaded only on request
    // (NETRA_LOAD_TFJS), in the background after start-up, so its backend is read per request.
    res.json({ ...model, tfjsBackend: tfjsBackend() ?? 'not loaded' });
  });
  router.get('/v1/elections', auth, (_req, res) => {
    const now = new Date();
    res.json({ elections: scorer.elections.map((config) => ({ ...config, ...emptyBox(config), currentStage: electionStage(config, now) ?? null })) });
  });
  return router;
}
