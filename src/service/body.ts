// JSON request bodies, strictly: Content-Type must be application/json (or +json) in UTF-8 (415),
// the body must fit the limit (413), be valid UTF-8 (400) and valid JSON (400), with no key given
// twice in one object (400 naming it, see duplicate-keys.ts). Bytes are decoded with a fatal UTF-8
// decoder, so malformed input is refused instead of silently replaced, and unpaired surrogates
// written as JSON escapes are replaced with U+FFFD before scoring.
import type { RequestHandler } from 'express';
import { ProblemError, PROBLEM_TYPES } from './problem.js';
import { jsonErrorDetail } from './json-position.js';
import { rawBody } from './read-body.js';
import { duplicateKeysProblem } from './duplicate-keys.js';
import { duplicateKeys, type DuplicateKey } from '../util/json-duplicate-keys.js';

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

function unsupportedMediaType(detail: string): ProblemError {
  return new ProblemError(
    { type: PROBLEM_TYPES.unsupportedMediaType, title: 'Unsupported media type', status: 415, detail, errors: [{ field: '(header) Content-Type', message: detail }] },
    { 'Accept-Post': 'application/json' },
  );
}

function invalidJson(detail: string, type: string = PROBLEM_TYPES.invalidJson): ProblemError {
  return new ProblemError({ type, title: type === PROBLEM_TYPES.invalidJson ? 'Malformed JSON body' : 'Invalid body encoding', status: 400, detail, errors: [{ field: '(body)', message: detail }] });
}

/** Replaces unpaired UTF-16 surrogates (legal in JSON escapes, not in text) with U+FFFD. */
export function wellFormed(text: string): string {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

/** Applies wellFormed to every string in a parsed JSON value, iteratively (no recursion on deep nesting). */
function fixStrings(root: unknown): unknown {
  if (typeof root === 'string') return wellFormed(root);
  const stack: unknown[] = [root];
  while (stack.length) {
    const node = stack.pop();
    if (!node || typeof node !== 'object') continue;
    const obj = node as Record<string, unknown>;
    for (const k of Object.keys(obj)) {
      const v = obj[k];
      if (typeof v === 'string') obj[k] = wellFormed(v);
      else if (v && typeof v === 'object') stack.push(v);
    }
  }
  return root;
}

const SURROGATE_ESCAPE = /\\u[dD][89a-fA-F][0-9a-fA-F]{2}/;

/**
 * A JSON body's value from its bytes, and the keys it gives twice in one object (for a
 * route that places them itself, as the batch route does per item); throws the 400 ProblemError for
 * an empty body, bad UTF-8 or bad JSON.
 */
export function readJsonBody(raw: unknown): { value: unknown; duplicates: DuplicateKey[] } {
  if (!Buffer.isBuffer(raw) || raw.length === 0) throw invalidJson('body is empty; send a JSON object');
  let text: string;
  try {
    text = utf8.decode(raw);
  } catch {
    throw invalidJson('body is not valid UTF-8', PROBLEM_TYPES.invalidEncoding);
  }
  let value: unknown;
  try {
    value = jsonValue(text);
  } catch (err) {
    throw invalidJson(jsonErrorDetail(text, err));
  }
  return { value, duplicates: duplicateKeys(text) };
}

/** A JSON body's value from its bytes; throws the 400 ProblemError for an empty body, bad UTF-8, bad JSON or a key given twice. */
export function parseJsonBody(raw: unknown): unknown {
  const { value, duplicates } = readJsonBody(raw);
  if (duplicates.length > 0) throw duplicateKeysProblem(duplicates);
  return value;
}

/** JSON text's value as the service reads it: lone surrogates written as escapes become U+FFFD. Throws JSON.parse's error. */
export function jsonValue(text: string): unknown {
  const value: unknown = JSON.parse(text);
  return SURROGATE_ESCAPE.test(text) ? fixStrings(value) : value;
}

/**
 * Middleware chain that checks a JSON body's media type and leaves its bytes in req.body, for a route
 * that parses them itself (parseJsonBody), or not at all (see batch-scan.ts).
 */
export function jsonBodyBytes(limitBytes: number): RequestHandler[] {
  const checkType: RequestHandler = (req, _res, next) => {
    const type = req.get('content-type');
    if (!type) return next(unsupportedMediaType('Content-Type is missing; send application/json'));
    const media = type.split(';')[0].trim().toLowerCase();
    if (media !== 'application/json' && !/^application\/[a-z0-9!#$&^_.+-]+\+json$/.test(media)) {
      return next(unsupportedMediaType(`Content-Type "${media.slice(0, 100)}" is not supported; send application/json`));
    }
    const charset = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(type)?.[1]?.toLowerCase();
    if (charset && charset !== 'utf-8' && charset !== 'utf8') {
      return next(unsupportedMediaType(`charset "${charset.slice(0, 40)}" is not supported; send UTF-8`));
    }
    next();
  };
  return [checkType, ...rawBody(limitBytes)];
}

/** Middleware chain that leaves the parsed JSON value in req.body. */
export function jsonBody(limitBytes: number): RequestHandler[] {
  const parse: RequestHandler = (req, _res, next) => {
    try {
      req.body = parseJsonBody(req.body);
    } catch (err) {
      return next(err);
    }
    next();
  };
  return [...jsonBodyBytes(limitBytes), parse];
}
