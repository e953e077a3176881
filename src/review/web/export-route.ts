// GET /review/export: the decisions export for supervisors logged in here: the API's GET /export (same
// file, audit row and streaming), so exporting needs no API key in a script. The router (router.ts)
// sends Cache-Control: no-store.
import type { Request, Response } from 'express';
import { actorOf, hasRole } from '../roles.js';
import { exportQuery, givenParams } from '../http/validate.js';
import { EXPORT_RETRY_AFTER_S, MAX_EXPORTS_AT_ONCE } from '../http/export-slots.js';
import { exportCsvOptions, isExportFormat, sendDecisionsExport, type ExportOptionProblem } from '../http/export.js';
import { fieldErrors } from '../../service/validation.js';
import { pageExportChoices } from './export-choices.js';
import { formErrorText } from './form-errors.js';
import { withPageTimes } from './params.js';
import type { PageContext } from './page-context.js';
import { errorPage } from './page-errors.js';
import { refuseRole } from './role-refusal.js';
import { sessionOf } from './session.js';

/** What the page says of an export parameter the API would refuse. */
const EXPORT_OPTION_WORDS: Record<ExportOptionProblem['field'], string> = {
  bom: 'bom harus 0 atau 1, dan hanya untuk format csv.',
  delimiter: 'delimiter harus , ; atau tab, dan hanya untuk format csv.',
  decimal: 'decimal harus , atau ., hanya untuk format csv, dan desimal koma memerlukan delimiter ; atau tab.',
};

/** Why the export was refused, and what to do: every export slot of the process is streaming (export-slots.ts). */
const BUSY_TEXT = `Sedang ada ${MAX_EXPORTS_AT_ONCE} ekspor yang diunduh dari layanan ini, batas yang dikirim sekaligus (agar keputusan dan antrean tetap berjalan). Tidak ada yang diekspor; coba lagi dalam ${EXPORT_RETRY_AFTER_S} detik, dan ekspor per hari (Keputusan sejak … sampai sebelum) agar cepat selesai.`;

export async function exportDecisions(ctx: PageContext, req: Request, res: Response): Promise<void> {
  const s = sessionOf(req);
  if (!hasRole(s.principal.role, 'supervisor')) return refuseRole(ctx, req, res, 'supervisor', 'Ekspor memerlukan peran supervisor.');
  const format = req.query.format ?? 'jsonl';
  if (!isExportFormat(format)) return errorPage(req, res, 400, 'Salah', 'Format ekspor harus csv atau jsonl.');
  // An empty value is none, as a form sends a field left at its default (the time window's delimiter: the comma);
  // CSV-only choices the form sends with JSONL are left out, and its Excel Indonesia file gets its BOM (export-choices.ts).
  const given = pageExportChoices(format, givenParams(req.query));
  const csv = exportCsvOptions(format, given);
  if ('problem' in csv) return errorPage(req, res, 400, 'Salah', EXPORT_OPTION_WORDS[csv.field]);
  // The window of decision times, read as the audit log's filters are (WIB without a zone; empty: no bound).
  const window = exportQuery.safeParse(withPageTimes(given));
  if (!window.success) return errorPage(req, res, 400, 'Salah', fieldErrors(window.error).map(formErrorText).join(' '));
  const sent = await sendDecisionsExport(ctx.store, res, format, actorOf(s.principal), { ...csv, window: { since: window.data.since, until: window.data.until } });
  if (sent === 'busy') {
    res.set('Retry-After', String(EXPORT_RETRY_AFTER_S));
    return errorPage(req, res, 503, 'Ekspor sedang penuh', BUSY_TEXT, 'Ekspor sedang penuh');
  }
}
