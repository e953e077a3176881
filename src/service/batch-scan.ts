// Finds the items of a batch body in its bytes, without parsing it: the main thread then hands each
// worker its items' bytes to parse, check and score, and keeps neither the body's text nor its
// objects (parsing 1,000 posts on the event loop, and collecting them, cost it more than the rest
// of the request). Only the plain shape {"items":[…]} is recognised; anything else (another key,
// an escaped or repeated key, too many items) is read by the full parser, whose errors the
// caller reports. An item whose bytes are not valid JSON is caught by the worker's parser and sent
// back to the full parser too, so a malformed body gets the same answer either way.
import { QUOTE, BACKSLASH, COMMA, COLON, OPEN_ARRAY, CLOSE_ARRAY, OPEN_OBJECT, CLOSE_OBJECT } from '../util/json-chars.js';

export interface ItemSpans {
  count: number;
  /** Byte offset where each item's JSON value starts. */
  starts: Int32Array;
  /** Byte offset just after each item's JSON value. */
  ends: Int32Array;
}

const ITEMS_KEY = [QUOTE, ...Buffer.from('items'), QUOTE];

/** JSON's whitespace: space, tab, line feed, carriage return. */
function skipSpace(b: Uint8Array, i: number): number {
  while (i < b.length) {
    const c = b[i];
    if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) break;
    i++;
  }
  return i;
}

/** Just after the closing quote of the string opening at `i`, or -1. */
function stringEnd(b: Uint8Array, i: number): number {
  let at = i + 1;
  for (;;) {
    const q = b.indexOf(QUOTE, at);
    if (q < 0) return -1;
    let slashes = 0;
    while (b[q - 1 - slashes] === BACKSLASH) slashes++;
    if (slashes % 2 === 0) return q + 1;
    at = q + 1;
  }
}

/** Just after the JSON value starting at `i` (its brackets balanced, its strings closed), or -1. */
function valueEnd(b: Uint8Array, i: number): number {
  const first = b[i];
  if (first === QUOTE) return stringEnd(b, i);
  if (first === OPEN_OBJECT || first === OPEN_ARRAY) {
    let depth = 0;
    for (let j = i; j < b.length; ) {
      const c = b[j];
      if (c === QUOTE) {
        j = stringEnd(b, j);
        if (j < 0) return -1;
        continue;
      }
      if (c === OPEN_OBJECT || c === OPEN_ARRAY) depth++;
      else if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) {
        depth--;
        if (depth === 0) return j + 1;
      }
      j++;
    }
    return -1;
  }
  // A number, true, false or null: up to the next separator.
  let j = i;
  while (j < b.length) {
    const c = b[j];
    if (c === COMMA || c === CLOSE_ARRAY || c === CLOSE_OBJECT || c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) break;
    j++;
  }
  return j > i ? j : -1;
}

/** The items' byte ranges when `body` is {"items":[…]} with at most `maxItems` items; else undefined. */
export function scanBatchItems(body: Uint8Array, maxItems: number): ItemSpans | undefined {
  // A byte-order mark is allowed, as the full parser's decoder drops it.
  const bom = body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf ? 3 : 0;
  let i = skipSpace(body, bom);
  if (body[i] !== OPEN_OBJECT) return undefined;
  i = skipSpace(body, i + 1);
  for (let k = 0; k < ITEMS_KEY.length; k++) if (body[i + k] !== ITEMS_KEY[k]) return undefined;
  i = skipSpace(body, i + ITEMS_KEY.length);
  if (body[i] !== COLON) return undefined;
  i = skipSpace(body, i + 1);
  if (body[i] !== OPEN_ARRAY) return undefined;
  i = skipSpace(body, i + 1);
  const starts: number[] = [];
  const ends: number[] = [];
  if (body[i] === CLOSE_ARRAY) i++;
  else {
    for (;;) {
      if (starts.length === maxItems) return undefined;
      const end = valueEnd(body, i);
      if (end < 0) return undefined;
      starts.push(i);
      ends.push(end);
      i = skipSpace(body, end);
      if (body[i] === COMMA) i = skipSpace(body, i + 1);
      else if (body[i] === CLOSE_ARRAY) {
        i++;
        break;
      } else return undefined;
    }
  }
  i = skipSpace(body, i);
  if (body[i] !== CLOSE_OBJECT || skipSpace(body, i + 1) !== body.length) return undefined;
  return { count: starts.length, starts: Int32Array.from(starts), ends: Int32Array.from(ends) };
}
