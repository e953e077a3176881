// A JSONL record that gives a field the job reads twice ({"text":"a","text":"b"}) is ambiguous: JSON.parse
// keeps the last value without a word, so an exporter that repeats a field would have its post scored
// on whichever value came last. Such a record is bad, naming the key, as the service refuses a body
// with a key given twice. Keys the job does not read may repeat: they change no result.
//
// The full check (src/util/json-duplicate-keys.ts) runs only on a line that could hold such a key:
// one where a key's quoted name shows twice, or that has a backslash (a key can be written with
// escapes, "te\u0078t"). Most lines have neither, so they cost a few indexOf calls.
import { duplicateKeys, keyPath } from '../util/json-duplicate-keys.js';
import type { FieldMap } from './record.js';

/** The fields a job reads, each as the steps of its path and as the quoted names to look for in a line. */
interface ReadFields {
  paths: string[][];
  needles: string[];
  /** The longest path's length: a duplicate deeper than it is on no path. */
  depth: number;
}

const readFieldsOf = new WeakMap<FieldMap, ReadFields>();

function readFields(map: FieldMap): ReadFields {
  let found = readFieldsOf.get(map);
  if (found) return found;
  const names = [map.text, map.id, map.postedAt, map.electionField, map.author, map.url].filter((n): n is string => n !== undefined);
  // A dotted name is read as a key of its own first, then as a path (see getField): both ways count.
  const paths = names.flatMap((n) => (n.includes('.') ? [[n], n.split('.')] : [[n]]));
  const needles = [...new Set(paths.flat())].map((step) => JSON.stringify(step));
  found = { paths, needles, depth: Math.max(...paths.map((p) => p.length)) };
  readFieldsOf.set(map, found);
  return found;
}

/** Whether `text` holds `needle` at least twice. */
function twice(text: string, needle: string): boolean {
  const first = text.indexOf(needle);
  return first >= 0 && text.indexOf(needle, first + needle.length) >= 0;
}

/** Whether `dup` is a step on the way to a field read: the field's own key, or an object holding it. */
const onPath = (dup: readonly (string | number)[], path: readonly string[]): boolean => dup.length <= path.length && dup.every((step, i) => step === path[i]);

/** Why the JSONL line `json` (which JSON.parse accepted) is ambiguous for the fields of `map`, or undefined. */
export function duplicateFieldError(json: string, map: FieldMap): string | undefined {
  const { paths, needles, depth } = readFields(map);
  if (!json.includes('\\') && !needles.some((needle) => twice(json, needle))) return undefined;
  for (const dup of duplicateKeys(json)) {
    // Spelling out a path walks all its steps: for every duplicate of a deep line that was quadratic.
    if (dup.depth > depth) continue;
    const steps = keyPath(dup);
    if (paths.some((path) => onPath(steps, path))) {
      return `key "${steps.join('.')}" is given twice: which value is meant cannot be told (JSON keeps the last one)`;
    }
  }
  return undefined;
}
