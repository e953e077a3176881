// Locates data files shipped with the project (data/) and natural's Indonesian resources.
import { readFileSync } from 'node:fs';
import { sha256File } from '../util/file-hash.js';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DATA_DIR = path.join(PROJECT_ROOT, 'data');

// natural's top-level entry loads database clients and reads .env; we only ever require deep paths.
export const requireNatural = createRequire(import.meta.url);

export function readDataLines(name: string): string[] {
  return readFileSync(path.join(DATA_DIR, name), 'utf8')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0 && !line.startsWith('#'));
}

/**
 * The files in data/ that normalization and mention finding read (through readDataLines) at training
 * and at scoring time: the features depend on them, so the model card hashes them beside the data.
 */
export const TEXT_RESOURCES = ['slang-id.tsv', 'lexicon-extra.txt', 'common-given-names.txt', 'everyday-phrases.txt', 'ambiguous-acronyms.txt', 'evaluative-words.tsv', 'names-not-words.txt'] as const;

/** sha256 of a data file (hex), or undefined when it cannot be read. */
export function dataFileHash(file: string): string | undefined {
  try {
    return sha256File(file);
  } catch {
    return undefined;
  }
}

/**
 * The text resources (`data/<name>`) whose file now differs from the hash a model card recorded
 * (`trainingData.hashes`): the model reads those words differently than when it was trained. A card
 * without such hashes (older models) names none.
 */
export function changedResources(metadata: Record<string, unknown>): string[] {
  const hashes = (metadata.trainingData as { hashes?: Record<string, unknown> } | undefined)?.hashes;
  if (!hashes || typeof hashes !== 'object') return [];
  return TEXT_RESOURCES.map((name) => `data/${name}`).filter((key) => typeof hashes[key] === 'string' && dataFileHash(path.join(PROJECT_ROOT, key)) !== hashes[key]);
}

/** One line for a log: which resources changed since the model was trained, or undefined when none did. */
export function changedResourcesWarning(metadata: Record<string, unknown>): string | undefined {
  const changed = changedResources(metadata);
  return changed.length ? `${changed.join(', ')} changed since the model was trained; scores may differ from its evaluation (retrain, or restore the file)` : undefined;
}
