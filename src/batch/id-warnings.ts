// The summary's warnings about ids (id-counts.ts): ids a spreadsheet turned into scientific notation,
// ids that repeat, and JSONL ids under "ID"/"Id" lost to record numbers. None refuses a record: each
// is still scored and queued (the queue tells posts apart by id and text), but the ids no longer lead
// back to one post each.
import { counted } from './count-noun.js';
import { firstRecord } from './first-record.js';
import type { IdCounts } from './id-counts.js';

const inExponent = (n: number, first: number | undefined, field: string): string =>
  `${counted(n, 'record')} had an id in scientific notation (field "${field}", such as 1.74568E+18${firstRecord(n, first)}): a spreadsheet turned long ids into numbers and kept only their first figures, so these ids no longer tell posts apart; export the id column as text (in Excel, format the column as Text before the ids go in) and run again`;

const repeated = (n: number, first: number | undefined, field: string): string =>
  `${counted(n, 'record')} had an id an earlier record had (field "${field}"${firstRecord(n, first)}): the ids no longer tell those posts apart in the output (the review queue still tells them apart by their text); check the export, and export ids as text if a spreadsheet rounded them`;

const otherCase = (n: number, first: number | undefined, key: string): string =>
  `${counted(n, 'record')} had no key "id", so ${n === 1 ? 'it was' : 'they were'} numbered by record in place of ${n === 1 ? 'its id' : 'their ids'}${firstRecord(n, first)}; ${n === 1 ? 'it has' : 'they have'} ${JSON.stringify(key)}: keys are matched exactly, give --id-field ${JSON.stringify(key)}`;

export function idWarnings(ids: IdCounts | undefined, idField: string): string[] {
  const out: string[] = [];
  if (!ids) return out;
  if (ids.otherCase > 0) out.push(otherCase(ids.otherCase, ids.firstOtherCase, ids.otherCaseKey ?? 'ID'));
  if (ids.inExponent > 0) out.push(inExponent(ids.inExponent, ids.firstInExponent, idField));
  if (ids.repeated > 0) out.push(repeated(ids.repeated, ids.firstRepeated, idField));
  return out;
}
