// The 404 page for an item that is not there: "not found", or, for one an admin deleted (its audit
// trail outlives it), that it was deleted and when; after a form sent from its page (the admin deleted
// it while the page was open), also that the form saved nothing. It used to say "Item tidak
// ditemukan." alone, as for a mistyped link. The deletion's reason stays in the audit log, for admins.
import type { Request, Response } from 'express';
import type { ReviewStore } from '../store/index.js';
import { wibTime } from './format.js';
import { page, html } from './html.js';
import { filterQuery } from './filter-query.js';
import { filtersOf } from './params.js';
import { errorPage } from './page-errors.js';
import { sessionOf } from './session.js';

/** The item page's forms by their action path, as "… tidak disimpan" names them. */
const FORM_NAME: Record<string, string> = { decision: 'Keputusan', notes: 'Catatan', assign: 'Penugasan' };

export async function missingItem(store: ReviewStore, req: Request, res: Response, id: string): Promise<void> {
  const deleted = (await store.auditLog({ action: 'delete', itemId: id }, { limit: 1 })).entries[0];
  if (!deleted) return errorPage(req, res, 404, 'Tidak ada', 'Item tidak ditemukan.');
  const form = /\/(decision|notes|assign)\/?$/.exec(req.path)?.[1];
  const when = wibTime(deleted.at);
  const text = form ? `${FORM_NAME[form]} tidak disimpan: item ini dihapus pada ${when}, saat halamannya masih terbuka. Tidak ada yang diubah.` : `Item ini dihapus pada ${when}.`;
  const s = sessionOf(req);
  res
    .status(404)
    .type('html')
    .send(page('Item dihapus', html`<h1>Item sudah dihapus</h1><p class="error" role="alert">${text}</p><p><a href="/review${filterQuery(filtersOf(req.query))}" id="back-to-queue">« Kembali ke antrean</a></p>`, { user: s.principal, csrf: s.csrf }));
}
