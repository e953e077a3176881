// Scoring one chunk of consecutive records with a Scorer: maps each raw record to a score input,
// scores it, formats the kept ones (--min-risk), collects the kept ones that are flagged for the
// queue, counts level × label outcomes, and passes bad records through as errors so the errors file
// stays in record order. Runs inside each worker thread (or in
// the main thread with --workers 0); the output comes back as UTF-8 bytes, ready to write.
import type { Scorer } from '../pipeline/scorer.js';
import type { ElectionConfig } from '../elections/schema.js';
import { formatter } from './format.js';
import { scoringFailure } from './scoring-failure.js';
import { toWorkItem, type FieldMap } from './record.js';
import { outcomeKey } from './outcome.js';
import type { ChunkResult, FlaggedItem, OutputFormat, RawRecord } from './types.js';
import { Utf8Builder } from '../util/utf8-builder.js';
import type { DecimalMark } from '../util/csv-output-decimal.js';
import { earliestElection, longBeforeCutoff } from './long-before.js';
import { isPostedInFuture } from '../pipeline/posted-in-future.js';
import { isIdInExponent } from './id-in-exponent.js';
import { pushIdHash } from './id-hash.js';

export interface ChunkOptions {
  outputFormat: OutputFormat;
  /** CSV output: the character between cells (`--output-delimiter`); undefined is the comma. */
  outputDelimiter?: string;
  /** CSV output: the number cells' decimal mark (`--output-decimal`); undefined is the point. */
  outputDecimal?: DecimalMark;
  /** Evidence with the words as the post writes them (`--written`). */
  written: boolean;
  minRisk: number;
  /** Collect records at or above the review threshold (level sedang or tinggi) and minRisk for the queue. */
  collectFlagged: boolean;
  fields: FieldMap;
}

export type ChunkScorer = (records: readonly RawRecord[]) => ChunkResult;

/** The scorer with an election config from a file (`--election FILE`) added or replacing its namesake. */
export function withElection(scorer: Scorer, config?: ElectionConfig): Scorer {
  return config ? scorer.withElection(config) : scorer;
}

export function chunkScorer(scorer: Scorer, opts: ChunkOptions): ChunkScorer {
  const write = formatter(opts.outputFormat, opts.written, opts.outputDelimiter, opts.outputDecimal);
  const scoreOptions = { written: opts.written };
  const out = new Utf8Builder(); // reused by every chunk: scoring a chunk is synchronous
  const earliest = earliestElection(scorer.elections);
  const longBefore = earliest ? longBeforeCutoff(earliest) : -Infinity;
  return (records) => {
    const outcomes: Record<string, number> = {};
    const result: ChunkResult = { count: records.length, out: new Uint8Array(0), errors: [], scored: 0, skipped: 0, noPostedAt: 0, noElection: 0, postedLater: 0, postedLongBefore: 0, idsInExponent: 0, idsOtherCase: 0, outcomes };
    const idHashes: number[] = [];
    // A post cannot be made after it is scored (beyond a fast clock's few minutes: posted-in-future.ts);
    // read once per chunk, as a live pipe's posts keep coming.
    const now = Date.now();
    const flagged: FlaggedItem[] = [];
    out.clear();
    for (const rec of records) {
      const item = toWorkItem(rec, opts.fields);
      if (!item.input) {
        result.errors.push({ record: item.n, line: item.line, ...(item.id !== undefined ? { id: item.id } : {}), reason: item.error ?? 'unreadable record' });
        continue;
      }
      let scored;
      try {
        scored = scorer.score(item.input, scoreOptions);
      } catch (err) {
        result.errors.push({ record: item.n, line: item.line, id: item.id, reason: scoringFailure(err, scorer) });
        continue;
      }
      result.scored++;
      if (item.idGiven) {
        pushIdHash(idHashes, item.n, item.input.id ?? '');
        if (isIdInExponent(item.input.id ?? '')) {
          result.idsInExponent++;
          result.firstIdInExponent ??= item.n;
        }
      } else if (item.idKeyOtherCase !== undefined) {
        result.idsOtherCase++;
        result.firstIdOtherCase ??= item.n;
        result.idKeyOtherCase ??= item.idKeyOtherCase;
      }
      // A stage needs both a time and an election: each record missing one is counted once, for the
      // election first (without one, a posting time would not have helped).
      if (opts.fields.postedAt !== undefined) {
        if (item.input.election === undefined) result.noElection++;
        else if (item.input.postedAt === undefined) result.noPostedAt++;
        const at = typeof item.input.postedAt === 'string' ? Date.parse(item.input.postedAt) : NaN;
        if (isPostedInFuture(at, now)) {
          result.postedLater++;
          result.firstPostedLater ??= item.n;
        } else if (at < longBefore) {
          result.postedLongBefore++;
          result.firstPostedLongBefore ??= item.n;
        }
      }
      const outcome = outcomeKey(scored.level, scored.label);
      outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
      const kept = scored.risk >= opts.minRisk;
      if (kept) write(out, scored);
      else result.skipped++;
      // only what is written is queued: --min-risk keeps the reviewers' queue as small as the output
      if (opts.collectFlagged && kept && scored.level !== 'rendah') {
        const postedAt = item.input.postedAt;
        flagged.push({
          record: item.n,
          ...(item.idGiven ? { externalId: item.id } : {}),
          ...(item.author !== undefined ? { author: item.author } : {}),
          ...(item.url !== undefined ? { url: item.url } : {}),
          text: item.input.text,
          ...(typeof postedAt === 'string' ? { postedAt } : {}),
          ...(item.postedAtLocal !== undefined ? { postedAtLocal: item.postedAtLocal } : {}),
          result: scored,
        });
      }
    }
    result.out = out.take();
    if (idHashes.length > 0) result.idHashes = Uint32Array.from(idHashes);
    if (opts.collectFlagged) result.flagged = flagged;
    return result;
  };
}
