// The fields the flags name, twice over: as CSV columns the header must have (checked before anything
// is written), and as the field map each scoring thread reads records by.
import type { FieldMap } from './record.js';
import type { BatchOptions } from './job-options.js';
import { CHAT_FIELDS } from './whatsapp-reader.js';
import { BatchUsageError } from './errors.js';

export function fieldMap(opts: BatchOptions): FieldMap {
  // A chat's records carry fields of the reader's own, whatever the field flags say.
  if (opts.format === 'whatsapp') {
    const chat = { text: CHAT_FIELDS.text, id: 'id', postedAt: CHAT_FIELDS.postedAt, author: CHAT_FIELDS.author };
    return { ...chat, postedAtZone: opts.postedAtZone, election: opts.election?.config.id, maxTextLength: opts.maxTextLength };
  }
  return {
    text: opts.textField,
    id: opts.idField,
    postedAt: opts.postedAtField,
    postedAtZone: opts.postedAtZone,
    postedAtOrder: opts.postedAtOrder,
    election: opts.election?.config.id,
    electionField: opts.electionField,
    author: opts.authorField,
    url: opts.urlField,
    maxTextLength: opts.maxTextLength,
  };
}

/**
 * A chat export's times have no zone, and every message has one: without --posted-at-zone each would
 * be a bad record (the host's zone must not decide the stage), so the job is refused at once instead.
 */
export function checkChatZone(opts: BatchOptions): void {
  if (opts.format === 'whatsapp' && opts.postedAtZone === undefined) {
    throw new BatchUsageError('WhatsApp exports write times without a zone: give --posted-at-zone, the zone of the phone that exported the chat (WIB, WITA, WIT, or an offset such as +07:00)');
  }
}

/** The CSV columns the flags name: the text, the id (the default may be missing), posted-at and election fields. */
export function requiredColumns(opts: BatchOptions): { column: string; flag: string; optional?: boolean }[] {
  const out: { column: string; flag: string; optional?: boolean }[] = [{ column: opts.textField, flag: 'text-field' }];
  // the default id column may be missing (ids become record numbers), but not there twice
  out.push(opts.idField !== 'id' ? { column: opts.idField, flag: 'id-field' } : { column: 'id', flag: 'id-field', optional: true });
  if (opts.postedAtField !== undefined) out.push({ column: opts.postedAtField, flag: 'posted-at-field' });
  if (opts.electionField !== undefined) out.push({ column: opts.electionField, flag: 'election-field' });
  if (opts.authorField !== undefined) out.push({ column: opts.authorField, flag: 'author-field' });
  if (opts.urlField !== undefined) out.push({ column: opts.urlField, flag: 'url-field' });
  return out;
}
