// Keys given twice in one JSON object. JSON.parse keeps the last value and says nothing, so
// {"role":"analyst","role":"admin"} would read as an admin key and {"items":[…],"items":[]} as an
// empty batch: an ambiguous body is refused, as an unknown field is, naming the key's path
// (`role`, `items[0].text`). One pass over the text, run after JSON.parse accepted it (so it need
// not check the syntax): string contents are skipped with indexOf, and each open object keeps its
// keys. A key is compared as JSON.parse reads it, so "te\u0078t" and "text" are the same key.
// A path is kept as linked steps shared with the other keys' paths, and spelt out only for the
// errors listed: copying it for each duplicate would make 1 MB of nesting and keys given twice cost
// gigabytes.
import type { FieldError, ProblemError } from './problem.js';
import { MAX_LISTED_ERRORS, validationProblem } from './problem.js';
import { fieldPath } from './validation.js';
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

/** The message, in the words the review API uses for a query parameter given twice. */
export const GIVEN_TWICE = 'must be given once';

/** Keys an object holds in the shared list (searched in order) before they move to a Set of its own. */
const LIST_KEYS = 16;
/** Steps of a path spelt out in a field name: validationProblem shows 200 characters of it at most. */
const NAMED_STEPS = 201;

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

/** The field error for a duplicate key, its path placed under `prefix` (`items[3]` → `items[3].text`). */
export function duplicateKeyError(dup: DuplicateKey, prefix = ''): FieldError {
  const cut = dup.depth - dup.from > NAMED_STEPS;
  return { field: fieldPath(keyPath(dup, NAMED_STEPS), prefix) + (cut ? '…' : ''), message: GIVEN_TWICE };
}

/** The 400 validation problem naming the duplicate keys (the first MAX_LISTED_ERRORS of them, and how many more). */
export function duplicateKeysProblem(dups: readonly DuplicateKey[], prefix = ''): ProblemError {
  const listed = dups.slice(0, MAX_LISTED_ERRORS).map((d) => duplicateKeyError(d, prefix));
  return validationProblem(listed, 400, dups.length - listed.length);
}

/** Whether `dup` is the request's own `id` (not one inside a field), so that no id can be echoed. */
export const isIdKey = (dup: DuplicateKey): boolean => dup.depth - dup.from === 1 && dup.last.at === 'id';

/**
 * Duplicate keys of a batch body, split: those inside an element of the array at `items` (`[]`: the
 * body is that array), by element index and named from inside the element, and the others.
 */
export function duplicatesByItem(dups: readonly DuplicateKey[], items: readonly string[]): { inItems: Map<number, DuplicateKey[]>; other: DuplicateKey[] } {
  const inItems = new Map<number, DuplicateKey[]>();
  const other: DuplicateKey[] = [];
  const from = items.length + 1;
  for (const d of dups) {
    const index = d.head[items.length];
    if (typeof index !== 'number' || d.depth <= from || items.some((k, i) => d.head[i] !== k)) {
      other.push(d);
      continue;
    }
    const inner = { ...d, from };
    const list = inItems.get(index);
    if (list) list.push(inner);
    else inItems.set(index, [inner]);
  }
  return { inItems, other };
}
