// The checks of a Pileg config's caleg across fields: a caleg belongs to a Pileg, runs for one of its
// ballot entries (a party), holds a list place no one else of that party holds in the district, and has
// a name and aliases no candidate or other caleg has (a post naming one would be read as the other).
import { readAs, record, text, words, type CheckedCandidate, type CrossProblem } from './cross-checks.js';
import { partyEntryIndex } from './caleg-party.js';

interface CheckedCaleg {
  name?: string;
  aliases: readonly (string | undefined)[];
  party?: string;
  number?: number;
  dapil?: string;
}

function checkedCaleg(v: unknown): CheckedCaleg {
  const c = record(v) ?? {};
  return { name: text(c.name), aliases: words(c.aliases), party: text(c.party), number: typeof c.number === 'number' ? c.number : undefined, dapil: text(c.dapil) };
}

/** The problems of `cfg.caleg`, each with its field's path. */
export function calegProblems(cfg: Record<string, unknown>, candidates: readonly CheckedCandidate[]): CrossProblem[] {
  if (!Array.isArray(cfg.caleg)) return [];
  const caleg = cfg.caleg.map(checkedCaleg);
  const problems: CrossProblem[] = [];
  if (cfg.kind !== 'pileg') problems.push({ path: ['caleg'], message: `caleg are a legislative race's candidates: kind must be "pileg"${typeof cfg.kind === 'string' ? `, not "${cfg.kind}"` : ''}` });
  const places = new Map<string, number>();
  // a caleg's words against every candidate's and every other caleg's, read as posts read them
  const owners = new Map<string, string>();
  candidates.forEach((c, i) => {
    for (const w of [...c.names, ...c.aliases]) if (w !== undefined) owners.set(readAs(w), c.number === undefined ? `candidates[${i}]` : `ballot number ${c.number}`);
  });
  caleg.forEach((c, i) => {
    const entry = c.party === undefined ? -1 : partyEntryIndex(candidates, c.party);
    if (c.party !== undefined && entry < 0) {
      problems.push({ path: ['caleg', i, 'party'], message: `"${c.party}" is no ballot entry of this config: write a party's name, alias or acronym as \`candidates\` gives it` });
    }
    if (entry >= 0 && c.number !== undefined && c.dapil !== undefined) {
      const place = `${entry} ${c.number} ${c.dapil.toLowerCase()}`;
      const other = places.get(place);
      if (other !== undefined) problems.push({ path: ['caleg', i, 'number'], message: `list number ${c.number} of "${c.party}" in dapil "${c.dapil}" is also caleg[${other}]'s` });
      else places.set(place, i);
    }
    [c.name, ...c.aliases].forEach((w, j) => {
      if (w === undefined) return;
      const key = readAs(w);
      const other = owners.get(key);
      const path = j === 0 ? ['caleg', i, 'name'] : ['caleg', i, 'aliases', j - 1];
      if (other !== undefined && other !== `caleg[${i}]`) problems.push({ path, message: `"${w}" reads as a name or alias of ${other} too` });
      else owners.set(key, `caleg[${i}]`);
    });
  });
  return problems;
}
