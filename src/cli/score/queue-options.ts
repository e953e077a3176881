// `--enqueue` and the flags only the review queue reads (`--author-field`, `--url-field`, `--source`):
// without `--enqueue` they would do nothing, silently, so they are bad usage there.
import path from 'node:path';
import { nonEmptyFlag, UsageError } from '../command.js';
import { reviewStoreName } from '../../review/db/store-name.js';
import { optionalFieldName } from './reading-options.js';
import type { ScoreFlags } from './flags.js';

/** A flag that only the review queue reads, refused without --enqueue. */
function queueOnly<T>(value: T | undefined, enqueue: boolean | undefined, refusal: string): T | undefined {
  if (value !== undefined && !enqueue) throw new UsageError(refusal);
  return value;
}

/** The queue's source is at most this long, as the review API takes it. */
const SOURCE_MAX_LENGTH = 100;

/**
 * The feed's name in the review queue: `batch:<--source NAME>`, else `batch:<input file name>`. It only
 * names the feed: every batch feed shares one dedupe scope (src/review/store/dedupe.ts).
 */
export function queueSource(input: string, name: string | undefined): string {
  if (name === undefined) return input === '-' ? 'batch:stdin' : `batch:${path.basename(input)}`;
  nonEmptyFlag(name, 'source', 'give the feed\'s name, or leave it out for batch:<file name>');
  const source = `batch:${name.trim()}`;
  if ([...source].length > SOURCE_MAX_LENGTH) throw new UsageError(`--source must be at most ${SOURCE_MAX_LENGTH - 'batch:'.length} characters (the queue's source is batch:NAME)`);
  return source;
}

/** The review store `--enqueue` writes to, for the resume check: named as the store's start line names it (no credentials). */
export function queueLocation(env: NodeJS.ProcessEnv): string {
  return reviewStoreName(env);
}

export interface QueueFlags {
  authorField?: string;
  urlField?: string;
  /** The feed's name in the queue; undefined without `--enqueue`. */
  source?: string;
}

/** The author, the link and the feed's name go only to the review queue. */
export function queueFlags(values: ScoreFlags, input: string): QueueFlags {
  return {
    authorField: queueOnly(optionalFieldName(values['author-field'], 'author-field'), values.enqueue, '--author-field is for --enqueue (the output has no author); add --enqueue or drop it'),
    urlField: queueOnly(optionalFieldName(values['url-field'], 'url-field'), values.enqueue, '--url-field is for --enqueue (the output has no link); add --enqueue or drop it'),
    source: values.enqueue ? queueSource(input, values.source) : queueOnly(values.source, false, '--source names the feed in the review queue; add --enqueue or drop it'),
  };
}
