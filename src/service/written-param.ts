// `?written=true` on the score routes: evidence with the words as the post writes them (see
// src/explain/written-evidence.ts). Off unless asked for: it costs more than the rest of scoring.
import type { Request } from 'express';
import { validationProblem } from './problem.js';
import type { ScoreOptions } from '../pipeline/scorer.js';

/** The score options a request's query asks for; a `written` other than true or false once is a 400 naming it. */
export function scoreOptions(req: Request): ScoreOptions {
  const value: unknown = req.query.written;
  if (value === undefined || value === 'false') return {};
  if (value === 'true') return { written: true };
  const message = Array.isArray(value) ? 'must be given once, as true or false' : 'must be true or false';
  throw validationProblem([{ field: 'written', message }]);
}
