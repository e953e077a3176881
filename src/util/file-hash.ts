// sha256 of a file's bytes, hex: what model cards record of the data a model was trained on.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

export function sha256File(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}
