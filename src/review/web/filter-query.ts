// The query string of the pages' filters, for links that keep them (pager, items, forms).
import type { ListFilters } from '../store/index.js';
import type { AuditQuery } from './audit-page.js';

export function filterQuery(f: ListFilters | AuditQuery, extra: Record<string, string | undefined> = {}): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries({ ...f, ...extra })) if (v) p.set(k, v);
  const s = p.toString();
  return s ? `?${s}` : '';
}
