// The page's words for the API's codes. Forms, URLs and the API keep the English codes (`dismissed`,
// `campaign`); everything a person reads on /review goes through this one mapping, so a status reads
// "ditolak" alike in the filter, the chart, the table, the item heading and the decision list.
import type { Outcome, Status } from '../db/schema.js';
import type { Stage } from '../../elections/stage.js';
import type { EntryItemState } from '../store/index.js';

export const STATUS_TEXT: Record<Status, string> = {
  new: 'baru',
  in_review: 'ditinjau',
  confirmed: 'dikonfirmasi',
  dismissed: 'ditolak',
  escalated: 'dieskalasi',
};

/** A decision's outcome reads as the status it leaves the item in; a reopening (a correction's) as what it did. */
export const OUTCOME_TEXT: Record<Outcome, string> = {
  confirmed: STATUS_TEXT.confirmed,
  dismissed: STATUS_TEXT.dismissed,
  escalated: STATUS_TEXT.escalated,
  reopened: 'dibuka kembali',
};

/** A decision as the item page's buttons name it ("Konfirmasi (c)"), for the audit trail's "Keputusan: Konfirmasi". */
export const DECISION_TEXT: Record<Outcome, string> = {
  confirmed: 'Konfirmasi',
  dismissed: 'Tolak',
  escalated: 'Eskalasi',
  reopened: 'Buka kembali',
};

/** Audit actions as the item's trail names them; the audit log (`/review/audit`) filters by the codes. */
export const ACTION_TEXT: Record<string, string> = {
  create: 'masuk antrean',
  assign: 'penugasan',
  decision: 'keputusan',
  note: 'catatan',
  read: 'dibaca',
  export: 'ekspor',
  purge_text: 'teks dihapus (retensi)',
  delete: 'dihapus',
};

/** What became of an item an export held (GET /audit/:seq/items's `state`), as its list on the page says it. */
export const ITEM_STATE_TEXT: Record<EntryItemState, string> = {
  stored: 'tersimpan',
  purged: 'teks dan penulis dihapus (retensi)',
  deleted: 'item dihapus',
};

/** The queue's orders (`sort`); the default, by risk, is sent as no value. */
export const SORT_TEXT: Record<'risk' | 'newest' | 'oldest', string> = {
  risk: 'risiko tertinggi',
  newest: 'terbaru dahulu',
  oldest: 'terlama dahulu',
};

/** Election stages as the KPU's schedule names them. */
export const STAGE_TEXT: Record<Stage, string> = {
  before: 'sebelum tahapan',
  candidate_determination: 'penetapan calon',
  campaign: 'kampanye',
  quiet_period: 'masa tenang',
  voting: 'pemungutan suara',
  after: 'setelah pemungutan suara',
};

const lookup = (table: Record<string, string>, code: string): string => (Object.hasOwn(table, code) ? table[code] : code);

/** The Indonesian word for a status, outcome or stage code; an unknown code is shown as it is. */
export const statusText = (code: string): string => lookup(STATUS_TEXT, code);
export const outcomeText = (code: string): string => lookup(OUTCOME_TEXT, code);
export const stageText = (code: string): string => lookup(STAGE_TEXT, code);
export const decisionText = (code: string): string => lookup(DECISION_TEXT, code);
export const actionText = (code: string): string => lookup(ACTION_TEXT, code);

