// The election config contract (shared election-config.md): zod schema, strict about unknown fields.
import { z } from 'zod';
import { spellKey } from './spelling.js';
import { MAX_BALLOT } from '../text/ballot.js';

const isoDate = z.iso.date({ message: 'expected an ISO date (YYYY-MM-DD)' });
/** Order checks only compare valid dates: a bad date is reported once, not again as out of order. */
const isValidDate = (d: string): boolean => isoDate.safeParse(d).success;
const dateRange = z
  .tuple([isoDate, isoDate])
  .refine(([a, b]) => !isValidDate(a) || !isValidDate(b) || a <= b, { message: 'range start must not be after its end' });
/** A word field needs a letter: "☝️" or "02" would be dropped from the words posts are read with, silently. */
const names = z.array(
  z
    .string()
    .trim()
    .min(1, { message: 'must not be empty', abort: true }) // "" has no letter either: one problem, not two
    .regex(/\p{L}/u, 'has no letter: it would never match a post (a ballot number is the `number` field)'),
);
/** A tag is one word (a tag with a space could never match a post). */
const hashtags = z.array(
  z
    .string()
    .trim()
    .regex(/^#?[\p{L}\p{N}_]+$/u, 'a hashtag is one word: letters, digits or _, after an optional #'),
);

export const candidateSchema = z.strictObject({
  number: z
    .number()
    .int()
    .min(1)
    .max(MAX_BALLOT, `posts are read for ballot numbers up to ${MAX_BALLOT} only ("coblos nomor ${MAX_BALLOT + 1}" is not found)`),
  names: names.min(1, 'at least one name is required'),
  aliases: names.optional(),
  parties: names.optional(),
  slogans: names.optional(),
  hashtags: hashtags.optional(),
});

type Schedule = { candidateDetermination?: string; campaign?: [string, string]; quietPeriod?: [string, string]; voting?: string };

/**
 * The stages follow each other (candidate determination → campaign → quiet period → voting), each
 * after the one before it: the stage of a post is read off this order, so a schedule out of order
 * would silently give wrong stages (and wrong level raises).
 */
function scheduleOrder(s: Schedule | undefined, ctx: z.RefinementCtx): void {
  if (!s) return;
  const points: [string, string, string][] = []; // [field, first day, last day] in stage order
  if (s.candidateDetermination) points.push(['candidateDetermination', s.candidateDetermination, s.candidateDetermination]);
  if (s.campaign) points.push(['campaign', ...s.campaign]);
  if (s.quietPeriod) points.push(['quietPeriod', ...s.quietPeriod]);
  if (s.voting) points.push(['voting', s.voting, s.voting]);
  const valid = points.filter(([, first, last]) => isValidDate(first) && isValidDate(last));
  points.splice(0, points.length, ...valid);
  for (let i = 1; i < points.length; i++) {
    const [field, first] = points[i];
    const [before, , last] = points[i - 1];
    if (first <= last) ctx.addIssue({ code: 'custom', path: ['schedule', field], message: `must start after ${before} ends (${last})` });
  }
}

export const electionSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9-]+$/, 'must match [a-z0-9-]+'),
    name: z.string().optional(),
    region: z.string().optional(),
    kind: z.enum(['pilpres', 'pileg', 'pilgub', 'pilbup', 'pilwalkot', 'other']).optional(),
    schedule: z
      .strictObject({
        candidateDetermination: isoDate.optional(),
        campaign: dateRange.optional(),
        quietPeriod: dateRange.optional(),
        voting: isoDate.optional(),
      })
      .optional(),
    candidates: z.array(candidateSchema).min(1, 'at least one candidate is required'),
    parties: names.optional(),
  })
  .superRefine((cfg, ctx) => {
    scheduleOrder(cfg.schedule, ctx);
    const seen = new Set<number>();
    cfg.candidates.forEach((c, i) => {
      if (seen.has(c.number)) ctx.addIssue({ code: 'custom', path: ['candidates', i, 'number'], message: `duplicate ballot number ${c.number}` });
      seen.add(c.number);
    });
    sharedWords(cfg.candidates, ctx);
  });

/** How posts read a config phrase: lowercase, each word by its spelling key ("Mas Baguss" is "Mas Bagus"). */
function readAs(text: string): string {
  return text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean).map(spellKey).join(' ');
}

/**
 * A name, alias, slogan or hashtag given to two candidates would be read as the first one's: say so
 * instead. So would an alias that is a word of another candidate's name ("Nugroho" for number 3 when
 * number 2 is "Wahyu Prasetyo Nugroho"). Compared as posts are read: case- and spelling-insensitively.
 */
function sharedWords(candidates: readonly Candidate[], ctx: z.RefinementCtx): void {
  const owners = { names: new Map<string, number>(), slogans: new Map<string, number>(), hashtags: new Map<string, number>() };
  const nameWords = new Map<string, number>();
  for (const c of candidates) for (const n of c.names) for (const w of readAs(n).split(' ')) if (!nameWords.has(w)) nameWords.set(w, c.number);
  const what = { names: 'a name or alias', aliases: 'a name or alias', slogans: 'a slogan', hashtags: 'a hashtag' } as const;
  candidates.forEach((c, i) => {
    for (const field of ['names', 'aliases', 'slogans', 'hashtags'] as const) {
      const owner = field === 'aliases' ? owners.names : owners[field];
      (c[field] ?? []).forEach((text, j) => {
        const key = field === 'hashtags' ? text.replace(/^#/, '').toLowerCase() : readAs(text);
        const other = owner.get(key);
        const wordOf = field === 'aliases' ? nameWords.get(key) : undefined;
        if (other !== undefined && other !== c.number) {
          ctx.addIssue({ code: 'custom', path: ['candidates', i, field, j], message: `"${text}" reads as ${what[field]} of ballot number ${other} too` });
        } else if (wordOf !== undefined && wordOf !== c.number) {
          ctx.addIssue({ code: 'custom', path: ['candidates', i, field, j], message: `"${text}" is a word of ballot number ${wordOf}'s name: posts naming that one would be read as this one` });
        } else owner.set(key, c.number);
      });
    }
  });
}

export type ElectionConfig = z.infer<typeof electionSchema>;
export type Candidate = z.infer<typeof candidateSchema>;

/**
 * Problems listed in the message: a stray JSON file in the elections directory (an export, someone
 * else's file) can have thousands of unknown fields, and every command reading the directory fails on
 * it. `problems` keeps them all; the message names the file, the first few and how many more.
 */
const MAX_LISTED_PROBLEMS = 5;
/** A problem longer than this (a long field name, a long quoted word) is cut, with "…". */
const MAX_PROBLEM_LENGTH = 200;

function cutProblem(problem: string): string {
  if (problem.length <= MAX_PROBLEM_LENGTH) return problem;
  let end = MAX_PROBLEM_LENGTH - 1;
  const last = problem.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--; // not half a character
  return `${problem.slice(0, end)}…`;
}

/** The problems for a message: all of them up to one more than the cap ("… and 1 more" says less than the problem). */
function listedProblems(problems: readonly string[]): string {
  const listed = problems.length <= MAX_LISTED_PROBLEMS + 1 ? problems : problems.slice(0, MAX_LISTED_PROBLEMS);
  const more = problems.length - listed.length;
  return listed.map(cutProblem).join('; ') + (more > 0 ? `; … and ${more} more` : '');
}

export class ElectionConfigError extends Error {
  constructor(
    readonly source: string,
    readonly problems: string[],
  ) {
    super(`${source}: invalid election config: ${listedProblems(problems)}`);
    this.name = 'ElectionConfigError';
  }
}

function issuePath(path: PropertyKey[]): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out ? `.${String(p)}` : String(p);
  return out || '(root)';
}

/** Validates parsed JSON against the contract; throws ElectionConfigError naming each bad field. */
export function parseElectionConfig(value: unknown, source = 'election config'): ElectionConfig {
  const result = electionSchema.safeParse(value);
  if (result.success) return result.data;
  // each unknown field is a problem of its own, so that the message can count them
  const problems = result.error.issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys' ? issue.keys.map((k) => `${issuePath([...issue.path, k])}: unknown field`) : [`${issuePath(issue.path)}: ${issueText(issue, value)}`],
  );
  throw new ElectionConfigError(source, problems);
}

/** A JSON value for "must be …, got …": short ones as written, arrays and objects by their kind. */
function shown(v: unknown): string {
  if (Array.isArray(v)) return 'an array';
  if (v !== null && typeof v === 'object') return 'an object';
  const text = JSON.stringify(v);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

const KIND_WORDS: Record<string, string> = { string: 'a string', number: 'a number', int: 'a whole number', array: 'an array', object: 'an object', boolean: 'true or false' };

/**
 * zod's own wording ("Invalid input: expected int, received number") said in the words of the
 * messages written for this contract; the messages written here are kept as they are.
 */
function issueText(issue: z.core.$ZodIssue, config: unknown): string {
  const at = (): unknown => issue.path.reduce<unknown>((v, k) => (v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined), config);
  switch (issue.code) {
    case 'invalid_type': {
      if (!issue.message.startsWith('Invalid input')) return issue.message; // one written for this contract
      const got = at();
      return got === undefined ? 'is required' : `must be ${KIND_WORDS[issue.expected] ?? issue.expected}, got ${shown(got)}`;
    }
    case 'invalid_value':
      return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, got ${shown(at())}`;
    case 'too_small':
    case 'too_big': {
      if (!issue.message.startsWith('Too ')) return issue.message; // one written for this contract
      const bound = issue.code === 'too_small' ? 'at least' : 'at most';
      return issue.origin === 'array' ? `must have ${bound} ${issue.code === 'too_small' ? issue.minimum : issue.maximum} items` : `must be ${bound} ${issue.code === 'too_small' ? issue.minimum : issue.maximum}`;
    }
    default:
      return issue.message;
  }
}
