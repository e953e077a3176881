// The races of an index and the choice between them: each race's candidates by ballot number and its
// voting day, which election a post is about, and so whose a ballot number or a shared name is.
import type { ElectionConfig } from './schema.js';
import type { CandidateRef } from './mention-types.js';
import type { Found } from './mention-context.js';

/** A race is settled this long after its voting day (disputes, rulings): later posts are about another one. */
const DECIDED_AFTER_DAYS = 120;

/** The first of `refs` in `election` (a loop: a find callback would be a closure per mention). */
export function refIn(refs: readonly CandidateRef[], election: string | undefined): CandidateRef | undefined {
  for (const r of refs) if (r.election === election) return r;
  return undefined;
}

export class Races {
  private readonly numbers = new Map<string, Map<number, CandidateRef>>();
  private readonly votingDay = new Map<string, string>();

  /** @param onlyElection the election when the index holds exactly one */
  constructor(private readonly onlyElection: string | undefined) {}

  /** Adds a race; returns its candidates, in config order, as mentions refer to them. */
  add(cfg: ElectionConfig): CandidateRef[] {
    const numbers = new Map<number, CandidateRef>();
    this.numbers.set(cfg.id, numbers);
    if (cfg.schedule?.voting) this.votingDay.set(cfg.id, cfg.schedule.voting);
    const refs: CandidateRef[] = [];
    for (const c of cfg.candidates) {
      const ref: CandidateRef = { election: cfg.id, number: c.number, name: c.names.join(' – ') };
      numbers.set(c.number, ref);
      refs.push(ref);
    }
    return refs;
  }

  resolveNumber(n: number, election: string | undefined): CandidateRef | undefined {
    if (election) return this.numbers.get(election)?.get(n);
    if (this.numbers.size === 1) return [...this.numbers.values()][0].get(n);
    return undefined;
  }

  /** The candidate in the race with the latest voting day; none when two races share that day. */
  latest(refs: CandidateRef[]): CandidateRef | undefined {
    let best: CandidateRef | undefined;
    let tied = false;
    for (const r of refs) {
      const day = this.votingDay.get(r.election) ?? '';
      const bestDay = best ? (this.votingDay.get(best.election) ?? '') : undefined;
      if (bestDay === undefined || day > bestDay) {
        best = r;
        tied = false;
      } else if (day === bestDay && r.election !== best!.election) tied = true;
    }
    return tied ? undefined : best;
  }

  /** Whether the race was decided well before `day` (voting day more than DECIDED_AFTER_DAYS earlier). */
  private decidedBefore(id: string, day: string): boolean {
    const voting = this.votingDay.get(id);
    if (voting === undefined) return false;
    const settled = new Date(Date.parse(`${voting}T00:00:00Z`) + DECIDED_AFTER_DAYS * 86_400_000).toISOString().slice(0, 10);
    return settled < day;
  }

  /**
   * The election with the most candidate-bound mentions; a ballot number votes for each election in
   * which it is the number of a candidate named in the post ("Golkar 02 menang": Golkar backs number 02
   * in one race and number 01 in another). A post dated `day` (WIB) is about a race still open then,
   * when one got votes: a 2024 post naming Jokowi and Prabowo is not about 2019. Ties go to the
   * earliest race still open, or else the newest; a tie that leaves two races level names none.
   */
  chooseElection(found: readonly Found[], day?: string): string | undefined {
    if (this.numbers.size === 1) return this.onlyElection;
    if (found.length === 0) return undefined; // most posts
    const votes = new Map<string, number>();
    for (const f of found) {
      for (let i = 0; i < f.refs.length; i++) {
        const id = f.refs[i].election;
        let first = true; // one vote per election a mention names
        for (let j = 0; j < i && first; j++) if (f.refs[j].election === id) first = false;
        if (first) votes.set(id, (votes.get(id) ?? 0) + 1);
      }
      if (f.number === undefined || f.legislator) continue;
      const agreeing = new Set<string>();
      for (const o of found) for (const r of o.refs) if (r.number === f.number) agreeing.add(r.election);
      for (const id of agreeing) votes.set(id, (votes.get(id) ?? 0) + 1);
    }
    let anyOpen = false;
    if (day !== undefined) for (const id of votes.keys()) if (!this.decidedBefore(id, day)) anyOpen = true;
    // More votes first; then the earliest race still open on the post's date, or else the newest race
    // (a 2025 post about Prabowo is about 2024, not 2019). Two races level on both: none.
    let best: string | undefined;
    let tied = false;
    for (const [id, v] of votes) {
      if (anyOpen && this.decidedBefore(id, day!)) continue;
      if (best === undefined) {
        best = id;
        continue;
      }
      const bv = votes.get(best)!;
      const a = this.votingDay.get(id) ?? '';
      const b = this.votingDay.get(best) ?? '';
      const better = v > bv || (v === bv && (anyOpen ? a < b : a > b));
      if (better) {
        best = id;
        tied = false;
      } else if (v === bv && a === b) tied = true;
    }
    return tied ? undefined : best;
  }
}
