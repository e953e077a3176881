// Keys given twice in one JSON object, which JSON.parse reads without a word (the last value wins).
// One pass over the text, run after JSON.parse accepted it (so it need not check the syntax): string
// contents are skipped with indexOf, and each open object keeps its keys. A key is compared as
// JSON.parse reads it, so "te\u0078t" and "text" are the same key. A path is kept as linked steps
// shared with the other keys' paths, and spelt out only for the keys reported: copying it for each
// duplicate would make 1 MB of nesting and keys given twice cost gigabytes. Used by the service
// (which refuses such a body) and the batch job (a record whose fields it reads are given twice).
import { QUOTE, BACKSLASH, COMMA, OPEN_OBJECT, CLOSE_OBJECT, OPEN_ARRAY, CLOSE_ARRAY } from './json-chars.js';

/** Where a key is: the object keys and array indexes leading to it, the key last (`['items', 0, 'text']`). */
export type KeyPath = (string | number)[];

/** One step of a path (a key or an array index), linked to the step before it. */
interface Step {
  readonly up: Step | undefined;
  readonly at: string | number;
}

/** A key given twice in one object. */
export interface DuplicateKey {
  /** The key, linked to the steps before it. */
  readonly last: Step;
  /** Length of its whole path. */
  readonly depth: number;
  /** The path's first steps (at most 2, e.g. `['items', 3]`), to place the key in a batch without walking it. */
  readonly head: readonly (string | number)[];
  /** Steps at the start left out of its name: 2 for a key inside a batch item, whose name the item's prefix gives. */
  readonly from: number;
}

/** Keys an object holds in the shared list (searched in order) before they move to a Set of its own. */
const LIST_KEYS = 16;

/** Just after the closing quote of the string opening at `i` (the text is valid JSON; if not, the end of the text). */
function stringEnd(text: string, i: number): number {
  let at = i + 1;
  for (;;) {
    const q = text.indexOf('"', at);
    if (q < 0) return text.length;
    let slashes = 0;
    while (text.charCodeAt(q - 1 - slashes) === BACKSLASH) slashes++;
    if (slashes % 2 === 0) return q + 1;
    at = q + 1;
  }
}

const SIMPLE_ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

/** The key between `start` and `end` (the quotes excluded) as JSON.parse reads it. */
function keyOf(text: string, start: number, end: number): string {
  const raw = text.slice(start, end);
  if (raw.indexOf('\\') < 0) return raw;
  let out = '';
  for (let j = 0; j < raw.length; j++) {
    const c = raw[j];
    if (c !== '\\') {
      out += c;
      continue;
    }
    const e = raw[++j];
    if (e === 'u') {
      out += String.fromCharCode(parseInt(raw.slice(j + 1, j + 5), 16));
      j += 4;
    } else out += SIMPLE_ESCAPES[e];
  }
  return out;
}

/** The step of the current position at depth `t` (`at[t]`), made once for all the paths through it. */
function stepAt(steps: (Step | undefined)[], at: readonly (string | number)[], t: number): Step {
  let from = t;
  while (from >= 0 && steps[from] === undefined) from--;
  for (let d = from + 1; d <= t; d++) steps[d] = { up: d > 0 ? steps[d - 1] : undefined, at: at[d] };
  return steps[t] as Step;
}

/**
 * Each key given more than once in one object of `text`, once per key, in the order of their second
 * occurrence. `text` must be valid JSON (JSON.parse accepted it); a byte order mark is ignored.
 */
export function duplicateKeys(text: string): DuplicateKey[] {
  const found: DuplicateKey[] = [];
  // Per open object or array, innermost last: where its keys start in `keys` (-1: an array), its
  // latest key or its element index, and that position's step once a path through it was needed.
  const base: number[] = [];
  const at: (string | number)[] = [];
  const steps: (Step | undefined)[] = [];
  // The keys of every open object, each object's after its parent's (an inner object's are dropped
  // when it closes); an object with more than LIST_KEYS keys keeps them in a Set instead.
  const keys: string[] = [];
  let keyCount = 0; // the list's length: it is not shortened when an object closes, only overwritten
  const sets: (Set<string> | undefined)[] = [];
  const reported: (Set<string> | undefined)[] = []; // keys already reported, per open object
  let top = -1;
  let wantKey = false; // in an object, after `{` or `,`: the next string is a key
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      const end = stringEnd(text, i);
      if (wantKey) {
        wantKey = false;
        const key = keyOf(text, i + 1, end - 1);
        at[top] = key;
        steps[top] = undefined;
        let twice = false;
        const set = sets[top];
        if (set !== undefined) {
          twice = set.has(key);
          if (!twice) set.add(key);
        } else {
          for (let k = base[top]; k < keyCount; k++) {
            if (keys[k] === key) {
              twice = true;
              break;
            }
          }
          if (!twice) {
            if (keyCount - base[top] < LIST_KEYS) keys[keyCount++] = key;
            else {
              sets[top] = new Set(keys.slice(base[top], keyCount)).add(key);
              keyCount = base[top];
            }
          }
        }
        if (twice && !reported[top]?.has(key)) {
          (reported[top] ??= new Set()).add(key);
          found.push({ last: stepAt(steps, at, top), depth: top + 1, head: at.slice(0, Math.min(top + 1, 2)), from: 0 });
        }
      }
      i = end;
      continue;
    }
    if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
      top++;
      base[top] = c === OPEN_OBJECT ? keyCount : -1;
      at[top] = c === OPEN_OBJECT ? '' : 0;
      steps[top] = undefined;
      sets[top] = undefined;
      reported[top] = undefined;
      wantKey = c === OPEN_OBJECT;
    } else if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) {
      if (base[top] >= 0) keyCount = base[top];
      top--;
      wantKey = false;
    } else if (c === COMMA && top >= 0) {
      if (base[top] >= 0) wantKey = true;
      else {
        at[top] = (at[top] as number) + 1;
        steps[top] = undefined;
      }
    }
    i++;
  }
  return found;
}

/** The key's path, without its first `dup.from` steps; `max`: at most that many steps from there. */
export function keyPath(dup: DuplicateKey, max = Infinity): KeyPath {
  const path: KeyPath = [];
  for (let s: Step | undefined = dup.last; s !== undefined; s = s.up) path.push(s.at);
  path.reverse();
  return path.slice(dup.from, dup.from + max);
}
