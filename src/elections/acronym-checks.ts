// The check of a config's own ambiguous acronyms: each must be an acronym the config gives a party or
// an alias, or listing it would change nothing (a misspelt entry would go unnoticed).
import { record, words, type CrossProblem } from './cross-checks.js';

/** What an entry of `ambiguousAcronyms` must look like (the schema says so when it does not): "PKM", "pkm". */
export const ACRONYM_ENTRY = /^[A-Za-z]{2,6}$/;

/** The problems of `cfg.ambiguousAcronyms`, each with its field's path. */
export function acronymProblems(cfg: Record<string, unknown>): CrossProblem[] {
  if (!Array.isArray(cfg.ambiguousAcronyms)) return [];
  const given = new Set<string>();
  for (const w of words(cfg.parties)) if (w !== undefined) given.add(w.toLowerCase());
  for (const c of Array.isArray(cfg.candidates) ? cfg.candidates : []) {
    const r = record(c) ?? {};
    for (const w of [...words(r.aliases), ...words(r.parties)]) if (w !== undefined) given.add(w.toLowerCase());
  }
  const problems: CrossProblem[] = [];
  words(cfg.ambiguousAcronyms).forEach((a, i) => {
    // an entry that is no acronym has its problem from the schema already: one problem per entry
    if (a !== undefined && ACRONYM_ENTRY.test(a.trim()) && !given.has(a.toLowerCase())) problems.push({ path: ['ambiguousAcronyms', i], message: `"${a}" is no party or alias of this config: listing it changes nothing` });
  });
  return problems;
}
