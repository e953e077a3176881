// Loading election configs: the shipped ones in data/elections, a directory (ELECTIONS_DIR), or one file.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { DATA_DIR } from '../text/resources.js';
import { parseElectionConfig, ElectionConfigError, type ElectionConfig } from './schema.js';

export const SHIPPED_ELECTIONS_DIR = path.join(DATA_DIR, 'elections');

/** The configured directory of election configs: ELECTIONS_DIR when set and not empty, else the shipped one. */
export function electionsDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.ELECTIONS_DIR || SHIPPED_ELECTIONS_DIR;
}

/** Whether `--election REF` names a file rather than an id. */
export function isElectionFile(ref: string): boolean {
  return ref.endsWith('.json') || ref.includes('/') || ref.includes(path.sep);
}

export function loadElectionFile(file: string): ElectionConfig {
  let raw: string;
  try {
    raw = readFileSync(file, 'utf8').replace(/^\uFEFF/, ''); // editors on Windows save JSON with a BOM
  } catch (err) {
    throw new ElectionConfigError(file, [`cannot read file (${(err as NodeJS.ErrnoException).code ?? 'error'})`]);
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (err) {
    throw new ElectionConfigError(file, [`not valid JSON: ${(err as Error).message}`]);
  }
  return parseElectionConfig(json, file);
}

export function loadElectionDir(dir: string = SHIPPED_ELECTIONS_DIR): ElectionConfig[] {
  const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  const configs = files.map((f) => loadElectionFile(path.join(dir, f)));
  const ids = new Set<string>();
  for (const c of configs) {
    if (ids.has(c.id)) throw new ElectionConfigError(dir, [`duplicate election id ${c.id}`]);
    ids.add(c.id);
  }
  return configs;
}

/** `--election FILE|ID`: a path to a JSON file, or the id of a config in `dir`. */
export function resolveElection(ref: string, dir: string = electionsDir()): ElectionConfig {
  if (isElectionFile(ref)) {
    if (!statSync(ref, { throwIfNoEntry: false })) throw new ElectionConfigError(ref, ['file not found']);
    return loadElectionFile(ref);
  }
  const found = loadElectionDir(dir).find((c) => c.id === ref);
  if (!found) throw new ElectionConfigError(ref, [`unknown election id (known: ${loadElectionDir(dir).map((c) => c.id).join(', ')})`]);
  return found;
}
