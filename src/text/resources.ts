// Locates data files shipped with the project (data/) and natural's Indonesian resources.
import { readFileSync } from 'node:fs';
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
