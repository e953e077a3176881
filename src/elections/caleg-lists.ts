// The party lists of the Pileg configs in an index: each caleg by election, party (ballot number) and
// list number, and the reading of a ballot number as a place on a party's list: "caleg PBE nomor 3",
// "nomor urut 3 dari Partai Bulan Emas", "Bulan Emas nomor 3" (party 5: its entry 5 is the party's own);
// of the caleg holding it in the district the post names ("caleg PKM nomor 1 dapil Kalsel 1").
import type { CandidateRef } from './mention-types.js';
import type { Found } from './mention-context.js';
import { refIn } from './races.js';
import { configDistrict, districtBefore, namesDistrict, type District } from './districts.js';

/** Words after a list place that name its party next: "nomor urut 3 dari Partai Bulan Emas". */
const OF_PARTY: ReadonlySet<string> = new Set(['dari', 'dr']);

export class CalegLists {
  /** election → `${party} ${list number}` → the caleg holding it (several districts may share one). */
  private readonly places = new Map<string, Map<string, CandidateRef[]>>();

  /** Each caleg's district, as read from the config's `dapil`. */
  private readonly districts = new Map<CandidateRef, District | undefined>();

  add(ref: CandidateRef): void {
    if (ref.caleg === undefined) return;
    this.districts.set(ref, configDistrict(ref.caleg.dapil));
    const lists = this.places.get(ref.election) ?? new Map<string, CandidateRef[]>();
    const key = `${ref.number} ${ref.caleg.listNumber}`;
    lists.set(key, [...(lists.get(key) ?? []), ref]);
    this.places.set(ref.election, lists);
  }

  /**
   * Whether found[idx], a ballot number, is a place on a party list of `election`, and whose: the caleg
   * holding it, when one does in one district only (else none: a list place, of nobody in the config).
   * A place when a caleg word comes before it (`legislator`) and the party beside it (a district named
   * between them too: "caleg PKM dapil Kalsel 1 nomor 1"), or when the party
   * (or one of its caleg) comes right before it with another number than the party's own ("PBE nomor
   * 3"), or after it with "dari" ("nomor 3 dari PBE"). Undefined when it is no list place: a bare "nomor
   * 3", the party's own "PBE nomor 5", and every number of a race without caleg. Where the post names
   * districts (`named`, asked only here), the holder must run in one of them: one holder of several,
   * or none when the district named is another than the holders'.
   */
  listPlace(found: readonly Found[], idx: number, tokens: readonly string[], election: string | undefined, named: () => readonly District[]): { ref: CandidateRef | undefined } | undefined {
    const lists = election === undefined ? undefined : this.places.get(election);
    const f = found[idx];
    if (lists === undefined || f.number === undefined || f.kind !== 'number') return undefined;
    const before = entryOf(found[idx - 1], election);
    const after = entryOf(found[idx + 1], election);
    const party =
      before !== undefined && (found[idx - 1].end === f.start || districtBefore(tokens, f.start) === found[idx - 1].end) && (f.legislator || before.number !== f.number || before.caleg?.listNumber === f.number)
        ? before
        : after !== undefined && found[idx + 1].start === f.end + 1 && OF_PARTY.has(tokens[f.end])
          ? after
          : undefined;
    if (party === undefined) return f.legislator ? { ref: undefined } : undefined;
    if (party.caleg?.listNumber === f.number) return { ref: party };
    const holders = lists.get(`${party.number} ${f.number}`) ?? [];
    const districts = holders.length === 0 ? [] : named();
    const inNamed = districts.length === 0 ? holders : holders.filter((h) => this.runsIn(h, districts));
    return { ref: inNamed.length === 1 ? inNamed[0] : undefined };
  }

  /** Whether the caleg runs in one of the districts a post names. */
  private runsIn(caleg: CandidateRef, named: readonly District[]): boolean {
    const own = this.districts.get(caleg);
    return own !== undefined && named.some((d) => namesDistrict(d, own));
  }
}

/** The ballot entry (party) or caleg a found name, alias or party of `election` refers to. */
function entryOf(o: Found | undefined, election: string | undefined): CandidateRef | undefined {
  if (o === undefined || o.phrase === undefined) return undefined;
  return refIn(o.refs, election);
}
