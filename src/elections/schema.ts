// The election config contract (shared election-config.md) and the two fields netra adds to it, a
// Pileg's caleg and a race's ambiguousAcronyms (docs/elections.md, "The config's fields"): zod schema,
// strict about unknown fields; the checks that compare fields with each other are in cross-checks.ts.
import { z } from 'zod';
import { isoDate, isValidDate } from './iso-date.js';
import { crossProblems } from './cross-checks.js';
import { ACRONYM_ENTRY } from './acronym-checks.js';
import { MAX_BALLOT } from '../text/ballot.js';

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

/**
 * A legislative candidate (caleg) of a Pileg, as the official candidate list gives one: the party's
 * ballot entry (its name, alias or acronym in `candidates`), the place on its list in the district.
 */
export const calegSchema = z.strictObject({
  name: names.element,
  aliases: names.optional(),
  party: names.element,
  number: z
    .number()
    .int()
    .min(1)
    .max(MAX_BALLOT, `posts are read for list numbers up to ${MAX_BALLOT} only`),
  dapil: z.string().trim().min(1, 'must not be empty: the electoral district of the list'),
});

/** Config acronyms that are also everyday words here (a local tax, an office): as data/ambiguous-acronyms.txt. */
const ambiguousAcronyms = z.array(z.string().trim().regex(ACRONYM_ENTRY, 'an acronym of 2 to 6 letters, as a party or alias writes it'));

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
    caleg: z.array(calegSchema).optional(),
    ambiguousAcronyms: ambiguousAcronyms.optional(),
  });

export type ElectionConfig = z.infer<typeof electionSchema>;
export type Candidate = z.infer<typeof candidateSchema>;
export type Caleg = z.infer<typeof calegSchema>;

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
  // Apart from the schema: zod skips refinements once a field has the wrong type, and then the
  // problems across candidates would only show after that fix.
  const cross = crossProblems(value).map((p) => `${issuePath(p.path)}: ${p.message}`);
  if (result.success && cross.length === 0) return result.data;
  // each unknown field is a problem of its own, so that the message can count them
  const problems = (result.error?.issues ?? []).flatMap((issue) =>
    issue.code === 'unrecognized_keys' ? issue.keys.map((k) => `${issuePath([...issue.path, k])}: unknown field`) : [`${issuePath(issue.path)}: ${issueText(issue, value)}`],
  );
  throw new ElectionConfigError(source, [...problems, ...cross]);
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
