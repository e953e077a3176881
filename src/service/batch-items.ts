// The rules for one score request — validation, the id the service gives, the error entry standing in
// for a refused batch item — in one place for the two threads that apply them: the route (single
// posts, batches scored inline) and the batch workers, which parse, check and score a slice of a
// batch body's bytes (see batch-scan.ts) and answer with that slice's part of the response.
import { randomUUID } from 'node:crypto';
import type { Scorer, ScoreOptions, ScoreResult } from '../pipeline/scorer.js';
import { outcomeKey } from '../batch/outcome.js';
import { shortMessage } from '../batch/errors.js';
import { PROBLEM_TYPES, ProblemError, unknownElectionProblem, validationProblem } from './problem.js';
import { fieldErrors, idSchema, scoreRequestSchema, type ScoreRequest, type ValidationLimits } from './validation.js';
import { jsonValue } from './body.js';
import { duplicateKeysProblem, duplicatesByItem, isIdKey } from './duplicate-keys.js';
import { duplicateKeys, type DuplicateKey } from '../util/json-duplicate-keys.js';
import { Utf8Builder } from '../util/utf8-builder.js';
import { appendResultJson } from '../pipeline/result-json.js';
import { FUTURE_POSTED_AT, futurePostedAtWarning, type ScoreWarning } from './future-posted-at.js';

/** A score result as the service answers it: Scorer.score's, with `warnings` when there is something to say. */
export type ServiceScoreResult = ScoreResult & { warnings?: ScoreWarning[] };

/** A refused request whose `id` was given twice has no id to echo (`echoId: false`): which one is meant is not ours to guess. */
export type Check = { ok: true; input: ScoreRequest } | { ok: false; problem: ProblemError; echoId?: false };

export interface BatchItemError {
  index: number;
  id?: string;
  /** The item's problem, with the request's id as a single request's problem body carries it. */
  error: ProblemError['problem'] & { requestId?: string };
}

/** `problem` with the request's id, when there is one (behind createApp's request context). */
function withRequestId(problem: ProblemError['problem'], requestId: string | undefined): BatchItemError['error'] {
  return requestId === undefined ? problem : { ...problem, requestId };
}

export interface ItemRules {
  /**
   * The validated request or the problem saying why not; `prefix` names fields inside a batch
   * ("items[3]"). `duplicates`: the keys the request's JSON gives twice (named from inside the
   * request, see duplicate-keys.ts), which refuse it before any other check.
   */
  check(value: unknown, prefix?: string, duplicates?: readonly DuplicateKey[]): Check;
  /** The error entry standing in for batch item `index` (its id echoed only when it is a valid one). */
  itemError(item: unknown, index: number, problem: ProblemError['problem'], requestId: string | undefined): BatchItemError;
  /**
   * Scores a valid request; the service gives an id when the caller gave none. `prefix` names the
   * warnings' fields inside a batch ("items[3]"), as check() names errors.
   */
  score(input: ScoreRequest, options?: ScoreOptions, prefix?: string): ServiceScoreResult;
}

export function itemRules(scorer: Scorer, limits: Pick<ValidationLimits, 'maxTextLength'>): ItemRules {
  const schema = scoreRequestSchema(limits);
  const known = scorer.elections.map((e) => e.id);
  return {
    check(value, prefix = '', duplicates = []) {
      if (duplicates.length > 0) {
        return { ok: false, problem: duplicateKeysProblem(duplicates, prefix), ...(duplicates.some(isIdKey) ? { echoId: false as const } : {}) };
      }
      const parsed = schema.safeParse(value);
      if (!parsed.success) return { ok: false, problem: validationProblem(fieldErrors(parsed.error, prefix)) };
      const input = parsed.data;
      if (input.election !== undefined && !scorer.hasElection(input.election)) {
        return { ok: false, problem: unknownElectionProblem(prefix ? `${prefix}.election` : 'election', input.election, known) };
      }
      return { ok: true, input };
    },
    itemError(item, index, problem, requestId) {
      const id = item !== null && typeof item === 'object' ? (item as { id?: unknown }).id : undefined;
      // A refused id could be blank or as long as the body.
      return { index, ...(idSchema.safeParse(id).success ? { id: id as string } : {}), error: withRequestId(problem, requestId) };
    },
    score(input, options, prefix = '') {
      const result: ServiceScoreResult = scorer.score({ text: input.text, id: input.id ?? randomUUID(), election: input.election, postedAt: input.postedAt }, options);
      const future = futurePostedAtWarning(input.postedAt, Date.now(), prefix ? `${prefix}.postedAt` : 'postedAt');
      if (future) result.warnings = [future]; // last, after everything the result says
      return result;
    },
  };
}

/** The entry for an item that passed its checks but could not be scored. */
export function scoringFailed(index: number, reason: string, id: string | undefined, requestId: string | undefined): BatchItemError {
  const problem = { type: PROBLEM_TYPES.internal, title: 'Scoring failed', status: 500, detail: reason, errors: [{ field: `items[${index}]`, message: 'could not be scored' }] };
  return { index, ...(id !== undefined ? { id } : {}), error: withRequestId(problem, requestId) };
}

/** Consecutive items of a batch body: their bytes (from the first item's start to the last's end). */
export interface ItemSlice {
  bytes: Uint8Array;
  /** Position of the first item in the request's items. */
  first: number;
  count: number;
  /** The request's id, for its error entries. */
  requestId?: string;
  /** The request's score options (`?written=true`). */
  options?: ScoreOptions;
  /** One request of POST /v1/score (a long post), not a batch's items: its warnings name `postedAt`, not `items[0].postedAt`. */
  single?: boolean;
}

export interface SliceResult {
  /** The slice's result entries as UTF-8 JSON, comma-separated, in item order. */
  out: Uint8Array;
  /** Error entries, by status (for the service's metrics). */
  refused: Record<string, number>;
  /** Scored items per `level label` pair. */
  outcomes: Record<string, number>;
  /** Scored items whose postedAt was later than when they were scored (warned of in their entries). */
  postedLater: number;
  /** The bytes were not valid UTF-8 or JSON: the caller reads the whole body to say why. */
  unreadable?: true;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** A fresh one each time: a result's buffer is transferred. */
const unreadable = (): SliceResult => ({ out: new Uint8Array(0), refused: {}, outcomes: {}, postedLater: 0, unreadable: true });

/** Scores slices as the route scores a parsed batch, entry for entry. */
export function sliceScorer(scorer: Scorer, limits: Pick<ValidationLimits, 'maxTextLength'>): (slice: ItemSlice) => SliceResult {
  const rules = itemRules(scorer, limits);
  const out = new Utf8Builder(); // reused by every slice: scoring one is synchronous
  return ({ bytes, first, count, requestId, options, single }) => {
    let items: unknown;
    let text: string;
    try {
      text = `[${utf8.decode(bytes)}]`;
      items = jsonValue(text);
    } catch {
      return unreadable();
    }
    if (!Array.isArray(items) || items.length !== count) return unreadable();
    // The slice is an array of the items: a key given twice is inside item [k], and refuses it alone.
    const twice = duplicatesByItem(duplicateKeys(text), []).inItems;
    const refused: Record<string, number> = {};
    const outcomes: Record<string, number> = {};
    let postedLater = 0;
    const refuse = (entry: BatchItemError): string => {
      const status = String(entry.error.status);
      refused[status] = (refused[status] ?? 0) + 1;
      return JSON.stringify(entry);
    };
    out.clear();
    for (let k = 0; k < count; k++) {
      const index = first + k;
      if (k > 0) out.append(',');
      const c = rules.check(items[k], `items[${index}]`, twice.get(k));
      if (!c.ok) {
        out.append(refuse(rules.itemError(c.echoId === false ? undefined : items[k], index, c.problem.problem, requestId)));
        continue;
      }
      let result: ServiceScoreResult;
      try {
        result = rules.score(c.input, options, single ? '' : `items[${index}]`);
      } catch (err) {
        out.append(refuse(scoringFailed(index, `scoring failed: ${shortMessage(err)}`, c.input.id, requestId)));
        continue;
      }
      const outcome = outcomeKey(result.level, result.label);
      outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
      if (result.warnings?.some((w) => w.type === FUTURE_POSTED_AT)) postedLater++;
      appendResultJson(out, result); // the bytes of JSON.stringify(result)
    }
    return { out: out.take(), refused, outcomes, postedLater };
  };
}
