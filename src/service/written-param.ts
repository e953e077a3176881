// The query of the score routes: `?written=true` (evidence with the words as the post writes them, see
// src/explain/written-evidence.ts; off unless asked for: it costs more than the rest of scoring) and
// nothing else. Any other name is refused, as an unknown body field is: a misspelt `?writen=true`
// would otherwise be answered without the written words and without a word about why.
import type { Request } from 'express';
import { validationProblem } from './problem.js';
import type { ScoreOptions } from '../pipeline/scorer.js';

/** What a query parameter of the score routes other than `written` is told, naming it. */
export const UNKNOWN_SCORE_PARAM = 'unknown query parameter (the score routes take only written)';

/** The score options a request's query asks for; a `written` other than true or false once, or any other parameter, is a 400 naming it. */
export function scoreOptions(req: Request): ScoreOptions {
  const unknown = Object.keys(req.query).filter((name) => name !== 'written');
  if (unknown.length > 0) throw validationProblem(unknown.map((field) => ({ field, message: UNKNOWN_SCORE_PARAM })));
  const value: unknown = req.query.written;
  if (value === undefined || value === 'false') return {};
  if (value === 'true') return { written: true };
  const message = Array.isArray(value) ? 'must be given once, as true or false' : 'must be true or false';
  throw validationProblem([{ field: 'written', message }]);
}
