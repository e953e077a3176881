// Month names as Indonesians and exports write them, English and Indonesian, in full or abbreviated
// ("Agt", "Nop", "Peb", "Sept"): one list for the dates a post writes (placeholders.ts) and the posting
// times a feed gives (src/batch/date-names.ts), so that a form read in one is read in the other.

/** Each month's names, lowercase, January first. */
export const MONTH_NAMES: readonly (readonly string[])[] = [
  ['jan', 'januari', 'january'],
  ['feb', 'peb', 'februari', 'february', 'pebruari'],
  ['mar', 'maret', 'march'],
  ['apr', 'april'],
  ['mei', 'may'],
  ['jun', 'juni', 'june'],
  ['jul', 'juli', 'july'],
  ['agu', 'agt', 'ags', 'agus', 'agustus', 'aug', 'august'],
  ['sep', 'sept', 'september'],
  ['okt', 'oct', 'oktober', 'october'],
  ['nov', 'nop', 'november', 'nopember'],
  ['des', 'dec', 'desember', 'december'],
];
