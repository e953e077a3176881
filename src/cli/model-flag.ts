// `--model DIR|VERSION` (or NETRA_MODEL): one that names no model is bad usage (exit 2), as a bad
// NETRA_MODEL is for the service, and the message names where it came from.
import { hasModel, resolveModelDir } from '../model/artifact.js';
import { nonEmptyFlag, UsageError } from './command.js';

/** `--model` as given: an empty one is bad usage, not models/default.json's version read as "". */
export function modelRef(flag: string | undefined): string | undefined {
  return nonEmptyFlag(flag, 'model', 'give a model directory or a version under models/, or leave it out for models/default.json');
}

export function modelFlag(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const ref = modelRef(flag) ?? (env.NETRA_MODEL || undefined);
  if (ref === undefined) return undefined;
  const where = flag !== undefined ? '--model' : 'NETRA_MODEL';
  let dir: string;
  try {
    dir = resolveModelDir(ref);
  } catch (err) {
    throw new UsageError(`${where} ${ref}: ${(err as Error).message}`); // a file naming no version: bad usage too
  }
  if (!hasModel(dir)) {
    throw new UsageError(`${where} ${ref}: no model at ${dir} (give a model directory, or a version under models/)`);
  }
  return ref;
}
