// What a redirect after a form may say on the item page, once. The code travels in a short-lived
// cookie (HttpOnly, SameSite=Strict, /review) signed with the session's secret CSRF token and bound to
// the item, never in the URL: a crafted link (`?done=saved-confirmed`) or another session's cookie
// announces nothing, and the page clears the cookie when it shows the message, so a reload or going
// back (pages are no-store) does not repeat it.
// A refusal (nothing saved or changed) is shown and announced as one, not as a success.
import { createHmac } from 'node:crypto';
import type { Request, Response } from 'express';
import type { ItemRecord } from '../store/retention.js';
import type { ItemMessage } from './item-message.js';
import { outcomeText } from './words.js';
import { changesSince } from './changes.js';
import { cookies, same, setCookie } from './cookies.js';
import { filterQuery } from './filter-query.js';
import { filtersOf } from './params.js';
import { sessionOf, type Session } from './session.js';

const FLASH_COOKIE = 'netra_review_flash';

const FLASH: Record<string, ItemMessage> = {
  'saved-confirmed': { text: `Tersimpan: ${outcomeText('confirmed')}` },
  'saved-dismissed': { text: `Tersimpan: ${outcomeText('dismissed')}` },
  'saved-escalated': { text: `Tersimpan: ${outcomeText('escalated')}` },
  'corrected-confirmed': { text: `Tersimpan: koreksi, ${outcomeText('confirmed')}` },
  'corrected-dismissed': { text: `Tersimpan: koreksi, ${outcomeText('dismissed')}` },
  'corrected-escalated': { text: `Tersimpan: koreksi, ${outcomeText('escalated')}` },
  'corrected-reopened': { text: `Tersimpan: koreksi, ${outcomeText('reopened')} (kembali ke antrean)` },
  assigned: { text: 'Ditugaskan' },
  released: { text: 'Dilepaskan' },
  'note-saved': { text: 'Catatan tersimpan' },
  'note-empty': { text: 'Catatan tidak disimpan: isi teks catatan atau pilih usulan label.', refused: true },
  conflict: { text: 'Tidak diubah: item ini sudah berubah (lihat status dan riwayatnya)', refused: true },
  purged: { text: 'Tidak diubah: teks item ini sudah dihapus oleh retensi; catatan tidak diterima lagi', refused: true },
};

/** "Not changed: the item has changed — who changed it and how" since the version a refused form showed, from its trail. */
export function changedFlash(rec: ItemRecord, since: string | undefined): ItemMessage {
  const what = changesSince(rec.audit, since);
  return what ? { text: `Tidak diubah: item ini sudah berubah — ${what}`, refused: true } : FLASH.conflict;
}

const flashMac = (s: Session, code: string, id: string): string => createHmac('sha256', s.csrf).update(`flash\n${code}\n${id}`).digest('base64url');

/** Leaves `code` for the next display of item `id` in this session. */
const setFlash = (req: Request, res: Response, id: string, code: string): void => {
  setCookie(res, req, FLASH_COOKIE, `${code}.${id}.${flashMac(sessionOf(req), code, id)}`, 120);
};

/**
 * The message left for this item by this session's last form, if any; it is shown once: a GET clears
 * it. A HEAD (a link checker, a prefetch) shows nothing, so it leaves the message for the GET.
 */
export const takeFlash = (req: Request, res: Response, id: string): ItemMessage | undefined => {
  const raw = cookies(req)[FLASH_COOKIE];
  if (raw === undefined) return undefined;
  if (req.method !== 'HEAD') setCookie(res, req, FLASH_COOKIE, '', 0);
  const [code, itemId, mac, ...rest] = raw.split('.');
  if (rest.length || !code || itemId !== id || !Object.hasOwn(FLASH, code) || !same(mac ?? '', flashMac(sessionOf(req), code, id))) return undefined;
  return FLASH[code];
};

/** Back to the item page (keeping the queue filters), with `done` shown there once. */
export const backToItem = (req: Request, res: Response, id: string, done: string): void => {
  setFlash(req, res, id, done);
  res.redirect(303, `/review/items/${encodeURIComponent(id)}${filterQuery(filtersOf(req.query))}`);
};
