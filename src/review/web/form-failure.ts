// An item page form that failed on the server's side (the store: a full disk, a lost connection) saved
// nothing, and what was typed must not be lost either: the item page comes back with it (item-form.ts's
// guard), or, when the item cannot be shown, this refusal page links back to it.
import type { Request, Response } from 'express';
import type { Principal } from '../roles.js';
import type { ItemMessage, ItemPageExtras } from './item-message.js';
import { formPagePath } from './next-path.js';
import { html, page } from './html.js';
import { str } from './params.js';

/** What a failed item form says: nothing was saved, so send it again. */
export const NOT_SAVED: ItemMessage = { text: 'Tidak tersimpan: kesalahan server, coba lagi.', refused: true };

/** What was typed in the item page's form that was sent, as a refused form brings it back. */
export const typedOf = (body: unknown): ItemPageExtras['typed'] => {
  const b = (body ?? {}) as Record<string, unknown>;
  return { reason: str(b.reason), label: str(b.label), text: str(b.text), suggestedLabel: str(b.suggestedLabel) };
};

/**
 * The failed form's page when the item itself cannot be shown: the header (when the session is known),
 * that nothing was saved, and the way back to the item (with the queue filters). It is a refusal
 * (#form-refused), so review.js takes what was typed back to the item, as after a 401 or 403.
 */
export function formNotSavedPage(req: Request, res: Response, session?: { principal: Principal; csrf: string }): void {
  const body = html`<h1>Tidak tersimpan</h1><p class="error" role="alert" id="form-refused">${NOT_SAVED.text} Tidak ada yang diubah. <a href="${formPagePath(req.originalUrl)}" id="back-to-item">Kembali ke item</a> lalu kirim lagi; isian yang belum tersimpan dikembalikan di sana.</p>`;
  res.status(500).type('html').send(page('Tidak tersimpan', body, session ? { user: session.principal, csrf: session.csrf } : {}));
}
