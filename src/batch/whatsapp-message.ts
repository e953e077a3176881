// What a WhatsApp export line holds after its header, and which messages carry text to score. A
// system event (joined, left, subject changed, the end-to-end encryption notice) has no "Sender: ";
// media, stickers and deleted messages leave a placeholder where the text would be. Neither is a post.
import { LEADING_MARKS } from './whatsapp-header.js';

/** Longer than any sender name WhatsApp shows (a contact name or a phone number). */
const MAX_SENDER = 100;
/** A subject or description change quotes the new one, which may hold ": " itself. */
const SYSTEM_EVENT = /\b(changed the (subject|group name|group description|group's icon|group icon)|changed this group's|mengubah (subjek|nama grup|deskripsi grup|ikon grup|foto grup)|created group|membuat grup)\b/i;

/** iOS exports give the encryption notice the group's name as its sender. */
const ENCRYPTION_NOTICE = /^(pesan dan panggilan terenkripsi|messages and calls are end-to-end encrypted)/i;
/** iOS writes other events so too, their text after a direction mark ("Grup: \u200eTono added Ani"). */
const IOS_EVENT = /^\u200e.*\b(added|removed|left|joined|created (this )?group|changed (the|this group's)|menambahkan|mengeluarkan|keluar|bergabung|membuat grup|mengubah)\b/i;

/** The sender and the first line of the message, or undefined for a system event. */
export function splitSender(rest: string): { sender: string; body: string } | undefined {
  const m = /^(.+?):(?:[ \u00a0](.*))?$/s.exec(rest);
  if (!m) return undefined;
  const sender = m[1].replace(LEADING_MARKS, '').trim();
  const body = m[2] ?? '';
  if (sender === '' || sender.length > MAX_SENDER || SYSTEM_EVENT.test(sender) || ENCRYPTION_NOTICE.test(body.replace(LEADING_MARKS, '')) || IOS_EVENT.test(body)) return undefined;
  return { sender, body };
}

/** A whole message that stands for media or a deleted message (Indonesian and English exports). */
const PLACEHOLDERS = [
  /^<(media tidak disertakan|media omitted)>$/i,
  /^(gambar|foto|video|audio|stiker|gif|dokumen|kartu kontak) tidak disertakan$/i,
  /^(image|photo|video|audio|sticker|gif|document|contact card) omitted$/i,
  /^<(attached|lampiran): [^>]*>$/i,
  /^.+ \((file attached|file terlampir)\)$/i,
  /^(pesan ini (telah )?dihapus|anda menghapus pesan ini|this message was deleted|you deleted this message)\.?$/i,
  /^(pesan ini (telah )?dihapus oleh admin|this message was deleted by admin)\b.*$/i,
  // view-once media, and a message the phone had not received when the chat was exported
  /^null$/,
  /^(menunggu pesan ini|waiting for this message)\b.*$/i,
  // the edit mark alone, the message's text gone
  /^<?(pesan ini diedit|this message was edited)>?$/i,
];

/** A line that only says the message was forwarded (copied along by users, or by some exports). */
const FORWARD_MARKER = /^[*_~]*(diteruskan( berkali-kali)?|forwarded( many times)?)[*_~]*:?$/i;
/** Newer exports append this to an edited message: a mark of the export, not of the post. */
const EDITED_SUFFIX = /\s*<(this message was edited|pesan ini diedit)>$/i;

const clean = (line: string) => line.replace(LEADING_MARKS, '').trim();

/**
 * The text to score from a message's lines, or why there is none: a placeholder for media or a
 * deleted message, or a forward marker with nothing after it. A forward marker alone on the first
 * line is dropped (it carries no content); anywhere else, and any other text, is kept as written.
 */
export function messageText(lines: string[]): { text: string } | { skipped: 'placeholder' | 'marker only' } {
  const kept = [...lines];
  kept[kept.length - 1] = kept[kept.length - 1].replace(EDITED_SUFFIX, '');
  while (kept.length > 1 && kept[kept.length - 1].trim() === '') kept.pop();
  while (kept.length > 1 && kept[0].trim() === '') kept.shift(); // `Sender:` with the text on the lines below
  if (kept.length === 1 && PLACEHOLDERS.some((p) => p.test(clean(kept[0])))) return { skipped: 'placeholder' };
  if (FORWARD_MARKER.test(clean(kept[0]))) {
    if (kept.slice(1).every((l) => l.trim() === '')) return { skipped: 'marker only' };
    kept.shift();
  }
  return { text: kept.join('\n') };
}
