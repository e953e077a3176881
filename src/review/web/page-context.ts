// What the page routes share: the store, the service's retention settings, and where a page refused
// for the session's role is written.
import type { ReviewStore } from '../store/index.js';
import type { RetentionSettings } from '../retention-run.js';
import type { FailedKeyAudit } from '../http/failed-key-audit.js';

export interface PageContext {
  store: ReviewStore;
  /** For the item page's purge date; unset: none shown. */
  retention?: RetentionSettings;
  /** Where a page refused for the session's role is written (`role_refused`, the API's own log). */
  roleAudit: FailedKeyAudit;
}
