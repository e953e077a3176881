// Unexpected errors of the review routes are the store's (a full disk, a read-only file, a database
// gone): counted by code in the service's /metrics, so an operator sees SQLITE_FULL or 57P01 rising.
import type { Request } from 'express';
import type { AppContext } from '../../service/app.js';
import { errorCode } from '../../service/error-log.js';

export function countStoreError(req: Request, err: unknown): void {
  (req.app?.locals?.netra as AppContext | undefined)?.metrics?.recordReviewStoreError(errorCode(err));
}
