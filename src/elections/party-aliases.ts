// An alias a ballot entry also lists among its parties ("PKM" of a Pileg's Partai Karya Mandiri, listed
// as both): a post naming it names the party, so it is read as the party alone (kind `party`, typed
// <party>), as if the alias were not listed; mentions and `elections --check` then say the same thing.
import { readAs } from './cross-checks.js';

/** The entry's aliases that are none of its own parties (compared as posts read them: "pkm" is "PKM"). */
export function aliasesBesideParties(entry: { aliases?: readonly string[]; parties?: readonly string[] }): string[] {
  const parties = new Set((entry.parties ?? []).map(readAs));
  return (entry.aliases ?? []).filter((a) => !parties.has(readAs(a)));
}
