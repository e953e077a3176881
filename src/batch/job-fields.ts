// The fields the flags name, twice over: as CSV columns the header must have (checked before anything
// is written), and as the field map each scoring thread reads records by.
import type { FieldMap } from './record.js';
import type { BatchOptions } from './job-options.js';

export function fieldMap(opts: BatchOptions): FieldMap {
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
