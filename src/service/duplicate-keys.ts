// Keys given twice in one JSON object (found by src/util/json-duplicate-keys.ts). JSON.parse keeps the
// last value and says nothing, so {"role":"analyst","role":"admin"} would read as an admin key and
// {"items":[…],"items":[]} as an empty batch: an ambiguous body is refused, as an unknown field is,
// naming the key's path (`role`, `items[0].text`).
import type { FieldError, ProblemError } from './problem.js';
import { MAX_LISTED_ERRORS, validationProblem } from './problem.js';
import { fieldPath } from './validation.js';
import { keyPath, type DuplicateKey } from '../util/json-duplicate-keys.js';

/** The message, in the words the review API uses for a query parameter given twice. */
export const GIVEN_TWICE = 'must be given once';

/** Steps of a path spelt out in a field name: validationProblem shows 200 characters of it at most. */
const NAMED_STEPS = 201;

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
