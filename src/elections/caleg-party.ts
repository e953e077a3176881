// A caleg's party: the ballot entry of a Pileg whose name, alias or acronym the caleg's `party` field
// writes, compared as posts read words ("PBE", "Partai Bulan Emas", "partai bulan emas" are one).
import { readAs } from './cross-checks.js';

/** What the lookup reads of a ballot entry (a config's candidate, or what the checks read of one). */
export interface PartyEntry {
  number?: number;
  names: readonly (string | undefined)[];
  aliases?: readonly (string | undefined)[];
  parties?: readonly (string | undefined)[];
}

/** The index in `entries` of the ballot entry `party` names, or -1. */
export function partyEntryIndex(entries: readonly PartyEntry[], party: string): number {
  const key = readAs(party);
  if (key === '') return -1;
  return entries.findIndex((e) => [...e.names, ...(e.aliases ?? []), ...(e.parties ?? [])].some((w) => w !== undefined && readAs(w) === key));
}
