// Whether a post is about an election, for reading its numbers: then "X nomor 1" is the ballot number
// ("Calon Gubernur Jawa Timur nomor 1"), elsewhere mostly the idiom, and "nomor 3 sampai 4" the
// contestants', not a range of items.
import { ELECTION_WORDS } from './ballot.js';
import type { ElectionNames } from './election-names.js';
import { HONORIFICS } from './honorifics.js';

/**
 * Whether the post has an election word (calon, pilkada, coblos …) or a candidate's name. A common
 * given name is anyone's, also after a title ("Pak Lukman nomor 1"), as for a mention; a name that is
 * also a word counts after a title, as a mention does ("Pak Ganjar nomor 3 sampai 4"), and an acronym
 * alias as a mention reads it: in any case ("Jkw"), or written in capitals ("GAMA", "AMIN"); so does a
 * party's acronym read as the party, in any case ("PKS nomor 3 sampai 4"; not "PKB", also the vehicle tax),
 * and a party's full name that counts alone ("Golkar nomor 3 sampai 4", "PDI Perjuangan"; not "Garuda").
 * @param raws the raw tokens of the text
 * @param capitalsAt whether the raw token at an index is written in capitals (case is lost in them)
 */
export function namesAnElection(raws: readonly string[], names: ElectionNames, capitalsAt: (at: number) => boolean): boolean {
  return raws.some((t, i) =>
    ELECTION_WORDS.has(t) || names.isDistinctiveNameWord(t) || (HONORIFICS.has(raws[i - 1]) && names.isOwnNameWord(t)) ||
    names.isAcronymAlias(t) || names.isPartyAcronym(t) || names.startsPartyName(raws, i) || (names.isCapitalsAlias(t) && capitalsAt(i)));
}
