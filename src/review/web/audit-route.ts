// GET /review/audit: the audit log, for admins: the API's GET /audit with the same filters (and the
// same rules for them).
import type { Request, Response } from 'express';
import { hasRole } from '../roles.js';
import { auditQuery, givenParams } from '../http/validate.js';
import { fieldErrors } from '../../service/validation.js';
import { BadCursorError } from '../store/index.js';
import { auditPage, type AuditQuery } from './audit-page.js';
import { formErrorText } from './form-errors.js';
import { withPageTimes } from './params.js';
import type { PageContext } from './page-context.js';
import { refuseRole } from './role-refusal.js';
import { sessionOf } from './session.js';

export async function showAuditLog(ctx: PageContext, req: Request, res: Response): Promise<void> {
  const { store } = ctx;
  const s = sessionOf(req);
  if (!hasRole(s.principal.role, 'admin')) return refuseRole(ctx, req, res, 'admin', 'Log audit hanya untuk admin.');
  const given = givenParams(req.query);
  // The filters as typed, for the form: a refused one comes back in it to be corrected, not retyped.
  const typed = (k: string) => (typeof given[k] === 'string' ? (given[k] as string) : undefined);
  const shown: AuditQuery = { action: typed('action'), actor: typed('actor'), item: typed('item'), since: typed('since'), until: typed('until') };
  // The API's rules for the filters; the messages in the page's language.
  const refuse = (errors: { field: string; message: string }[]) => void res.status(400).type('html').send(auditPage(s.principal, s.csrf, shown, { errors: errors.map(formErrorText) }));
  // Times as the page shows them (WIB, no zone, to the minute) are taken too: the API requires a zone.
  const parsed = auditQuery.safeParse(withPageTimes(given));
  if (!parsed.success) return refuse(fieldErrors(parsed.error));
  const q = parsed.data;
  try {
    const listing = await store.auditLog({ action: q.action, actor: q.actor, itemId: q.item, since: q.since, until: q.until }, { cursor: q.cursor, limit: q.limit ?? 50 });
    // A deleted item's page is a 404: its id is shown without a link to it (auditItem).
    const named = listing.entries.flatMap((a) => (a.itemId ? [a.itemId] : []));
    const existing = await store.existing(q.item ? [...named, q.item] : named);
    res.type('html').send(auditPage(s.principal, s.csrf, shown, { ...listing, existing }, q.cursor));
  } catch (err) {
    if (!(err instanceof BadCursorError)) throw err;
    refuse([{ field: 'cursor', message: 'is not valid' }]);
  }
}
