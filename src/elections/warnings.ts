// Warnings for an election config that is valid but will read posts in ways its author may not expect
// (`netra elections --check` prints them; they do not fail the check). See docs/elections.md.
import type { ElectionConfig } from './schema.js';
import { HONORIFICS } from '../text/honorifics.js';
import { ambiguousAcronyms, isAcronym, isCommonGivenName } from './word-lists.js';

export function configWarnings(cfg: ElectionConfig, shippedIds: ReadonlySet<string>): string[] {
  const out: string[] = [];
  if (shippedIds.has(cfg.id)) out.push(`id "${cfg.id}" is a shipped election: given with --election FILE, this config replaces it for that run`);
  const partyOwner = new Map<string, number>();
  cfg.candidates.forEach((c, i) => {
    (c.aliases ?? []).forEach((alias, j) => {
      const where = `candidates[${i}].aliases[${j}]`;
      const words = alias.toLowerCase().split(/[\s-]+/).filter(Boolean);
      if (words.length === 2 && HONORIFICS.has(words[0]) && isCommonGivenName(words[1])) {
        out.push(`${where}: "${alias}" is a title and a common given name: it matches any colleague called ${words[1]}; prefer the candidate's own nickname`);
      }
      if (isAcronym(alias) && ambiguousAcronyms().has(alias.trim().toLowerCase())) {
        out.push(`${where}: "${alias}" also stands for something else (data/ambiguous-acronyms.txt): it counts only with context`);
      }
    });
    (c.parties ?? []).forEach((party, j) => {
      const key = party.toLowerCase().replace(/[\s-]+/g, '');
      const owner = partyOwner.get(key);
      if (owner !== undefined && owner !== c.number) {
        out.push(`candidates[${i}].parties[${j}]: "${party}" is also listed for ballot number ${owner}: a mention of it is read as number ${owner}'s`);
      } else partyOwner.set(key, c.number);
    });
  });
  return out;
}
