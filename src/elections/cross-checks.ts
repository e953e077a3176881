// The checks of an election config that compare its fields with each other: stages in order, each
// ballot number once, no word given to two candidates. They read the config's JSON as far as it has
// fields of the right kind, so a config that fails the schema (a number written "2", one hashtag with
// a space) still gets them: `elections --check` lists every problem in one run, not a few per fix.
import { isValidDate } from './iso-date.js';
import { spellKey } from './spelling.js';
import { calegProblems } from './caleg-checks.js';
import { acronymProblems } from './acronym-checks.js';

export interface CrossProblem {
  path: (string | number)[];
  message: string;
}

export type Words = readonly (string | undefined)[];

/** What the checks read of one candidate: each field only when of the right kind; a word that is no string is undefined. */
export interface CheckedCandidate {
  number?: number;
  names: Words;
  aliases: Words;
  parties: Words;
  slogans: Words;
  hashtags: Words;
}

type Schedule = { candidateDetermination?: string; campaign?: string[]; quietPeriod?: string[]; voting?: string };

export const record = (v: unknown): Record<string, unknown> | undefined => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined);
export const text = (v: unknown): string | undefined => (typeof v === 'string' ? v.trim() : undefined); // trimmed, as the schema reads it
export const words = (v: unknown): Words => (Array.isArray(v) ? v.map(text) : []);
const range = (v: unknown): string[] | undefined => (Array.isArray(v) && v.length === 2 && v.every((d) => typeof d === 'string') ? v : undefined);

function checkedCandidate(v: unknown): CheckedCandidate {
  const c = record(v) ?? {};
  return {
    number: typeof c.number === 'number' ? c.number : undefined,
    names: words(c.names),
    aliases: words(c.aliases),
    parties: words(c.parties),
    slogans: words(c.slogans),
    hashtags: words(c.hashtags),
  };
}

/** The problems found by comparing a config's fields, each with its field's path. */
export function crossProblems(config: unknown): CrossProblem[] {
  const cfg = record(config);
  if (!cfg) return [];
  const s = record(cfg.schedule);
  const schedule: Schedule | undefined = s && {
    candidateDetermination: text(s.candidateDetermination),
    campaign: range(s.campaign),
    quietPeriod: range(s.quietPeriod),
    voting: text(s.voting),
  };
  const candidates = Array.isArray(cfg.candidates) ? cfg.candidates.map(checkedCandidate) : [];
  return [...scheduleOrder(schedule), ...duplicateNumbers(candidates), ...sharedWords(candidates), ...calegProblems(cfg, candidates), ...acronymProblems(cfg)];
}

/**
 * The stages follow each other (candidate determination → campaign → quiet period → voting), each
 * after the one before it: the stage of a post is read off this order, so a schedule out of order
 * would silently give wrong stages (and wrong level raises).
 */
function scheduleOrder(s: Schedule | undefined): CrossProblem[] {
  if (!s) return [];
  const points: [string, string, string][] = []; // [field, first day, last day] in stage order
  if (s.candidateDetermination) points.push(['candidateDetermination', s.candidateDetermination, s.candidateDetermination]);
  if (s.campaign) points.push(['campaign', s.campaign[0], s.campaign[1]]);
  if (s.quietPeriod) points.push(['quietPeriod', s.quietPeriod[0], s.quietPeriod[1]]);
  if (s.voting) points.push(['voting', s.voting, s.voting]);
  const valid = points.filter(([, first, last]) => isValidDate(first) && isValidDate(last));
  const problems: CrossProblem[] = [];
  for (let i = 1; i < valid.length; i++) {
    const [field, first] = valid[i];
    const [before, , last] = valid[i - 1];
    if (first <= last) problems.push({ path: ['schedule', field], message: `must start after ${before} ends (${last})` });
  }
  return problems;
}

function duplicateNumbers(candidates: readonly CheckedCandidate[]): CrossProblem[] {
  const seen = new Set<number>();
  const problems: CrossProblem[] = [];
  candidates.forEach((c, i) => {
    if (c.number === undefined) return;
    if (seen.has(c.number)) problems.push({ path: ['candidates', i, 'number'], message: `duplicate ballot number ${c.number}` });
    seen.add(c.number);
  });
  return problems;
}

/** How posts read a config phrase: lowercase, each word by its spelling key ("Mas Baguss" is "Mas Bagus"). */
export function readAs(phrase: string): string {
  return phrase.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean).map(spellKey).join(' ');
}

/**
 * A name, alias, slogan or hashtag given to two candidates would be read as the first one's: say so
 * instead. So would an alias that is a word of another candidate's name ("Nugroho" for number 3 when
 * number 2 is "Wahyu Prasetyo Nugroho"). Compared as posts are read: case- and spelling-insensitively.
 * Candidates are told apart by position: two with the same (duplicate) number still share no word.
 */
function sharedWords(candidates: readonly CheckedCandidate[]): CrossProblem[] {
  const problems: CrossProblem[] = [];
  const owners = { names: new Map<string, number>(), slogans: new Map<string, number>(), hashtags: new Map<string, number>() };
  const nameWords = new Map<string, number>();
  candidates.forEach((c, i) => {
    for (const n of c.names) for (const w of n === undefined ? [] : readAs(n).split(' ')) if (!nameWords.has(w)) nameWords.set(w, i);
  });
  const who = (i: number): string => {
    const n = candidates[i].number;
    if (n === undefined) return `candidates[${i}]`;
    return candidates.filter((c) => c.number === n).length > 1 ? `candidates[${i}] (ballot number ${n})` : `ballot number ${n}`;
  };
  const what = { names: 'a name or alias', aliases: 'a name or alias', slogans: 'a slogan', hashtags: 'a hashtag' } as const;
  candidates.forEach((c, i) => {
    for (const field of ['names', 'aliases', 'slogans', 'hashtags'] as const) {
      const owner = field === 'aliases' ? owners.names : owners[field];
      c[field].forEach((phrase, j) => {
        if (phrase === undefined) return;
        const key = field === 'hashtags' ? phrase.replace(/^#/, '').toLowerCase() : readAs(phrase);
        const other = owner.get(key);
        const wordOf = field === 'aliases' ? nameWords.get(key) : undefined;
        if (other !== undefined && other !== i) {
          problems.push({ path: ['candidates', i, field, j], message: `"${phrase}" reads as ${what[field]} of ${who(other)} too` });
        } else if (wordOf !== undefined && wordOf !== i) {
          problems.push({ path: ['candidates', i, field, j], message: `"${phrase}" is a word of ${who(wordOf)}'s name: posts naming that one would be read as this one` });
        } else owner.set(key, i);
      });
    }
  });
  return problems;
}
