// GET /review/audit/:seq/items: the items one export entry held (the API's GET /audit/:seq/items),
// linked from the entry in the log: ids and what became of each, never text; paged as the log. Not
// audited, as the log is not.
import type { Request, Response } from 'express';
import { hasRole } from '../roles.js';
import { auditItemsQuery, givenParams } from '../http/validate.js';
import { fieldErrors } from '../../service/validation.js';
import { BadCursorError, NotExportError, NotFoundError, type AuditEntry } from '../store/index.js';
import { auditSeqOf } from '../audit-seq.js';
import { entryItemsPage } from './entry-items-page.js';
import { formErrorText } from './form-errors.js';
import type { PageContext } from './page-context.js';
import { errorPage } from './page-errors.js';
import { refuseRole } from './role-refusal.js';
import { sessionOf } from './session.js';

export async function showEntryItems(ctx: PageContext, req: Request, res: Response): Promise<void> {
  const { store } = ctx;
  const s = sessionOf(req);
  if (!hasRole(s.principal.role, 'admin')) return refuseRole(ctx, req, res, 'admin', 'Log audit hanya untuk admin.');
  const seq = auditSeqOf(String(req.params.seq));
  const notFound = () => errorPage(req, res, 404, 'Tidak ada', 'Entri audit itu tidak ada.');
  if (seq === undefined) return notFound();
  // The store's check, as the API's: the entry read here is the one listed (read once).
  let entry: AuditEntry;
  try {
    entry = await store.exportEntry(seq);
  } catch (err) {
    if (err instanceof NotFoundError) return notFound();
    if (err instanceof NotExportError) return errorPage(req, res, 409, 'Bukan ekspor', `Entri audit #${seq} adalah ${err.action}, bukan ekspor: hanya item sebuah ekspor yang didaftar.`, 'Bukan entri ekspor');
    throw err;
  }
  const q = auditItemsQuery.safeParse(givenParams(req.query));
  if (!q.success) return errorPage(req, res, 400, 'Salah', fieldErrors(q.error).map(formErrorText).join(' '));
  try {
    const listing = await store.entryItems(entry, { cursor: q.data.cursor, limit: q.data.limit ?? 50 });
    res.type('html').send(entryItemsPage(s.principal, s.csrf, entry, listing, q.data.cursor));
  } catch (err) {
    if (!(err instanceof BadCursorError)) throw err;
    errorPage(req, res, 400, 'Salah', 'Tautan halaman itu tidak berlaku untuk ekspor ini; buka halaman pertamanya.');
  }
}
