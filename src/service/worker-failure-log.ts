// What a scoring worker's failure may say in the log. The pool words it `scoring worker 2 failed: …`
// (or crashed, exited unexpectedly (code 1)), and after the colon comes the worker's own error message,
// which can quote the post it was scoring (Node's JSON.parse quotes the text it stops at; any bug's
// message may hold its input). So: the pool's own words, then the error as error-log.ts logs any.
import type { Request } from 'express';
import { loggedError, type LoggedError } from './error-log.js';
import { PoolClosedError } from './pool-closed.js';

const POOL_WORDS = /^scoring worker \d+ (?:failed|crashed|could not start|exited unexpectedly \(code -?\d+\))/;

export function workerFailureLog(err: unknown): LoggedError & { worker?: string } {
  const message = err instanceof Error ? err.message : '';
  const worker = POOL_WORDS.exec(message)?.[0];
  return worker ? { ...loggedError(err), worker } : loggedError(err);
}

/**
 * What a route chains to a scoring worker's promise: the failure logged as above (a pool closed on
 * purpose, the service stopping, is none) and undefined in its place, so the route scores inline.
 */
export function scoreInlineOnFailure(req: Request, message: string): (err: Error) => undefined {
  return (err) => {
    if (!(err instanceof PoolClosedError)) req.log?.warn({ err: workerFailureLog(err) }, message);
    return undefined;
  };
}
