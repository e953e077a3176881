// Which sources an API client may give a post. The batch CLI's feeds (`batch`, `batch:<file name>`,
// `batch:<--source NAME>`) are its own: a post sent as `batch:posts.jsonl` looked on the item page
// exactly like a monitoring-feed record, and would join the feeds' shared dedupe scope.
import { isBatchSource } from './store/dedupe.js';

/**
 * Why an API client may not use `source`, or undefined. Read as a person reads the page: case,
 * surrounding spaces and compatibility look-alikes (fullwidth `ｂａｔｃｈ`) aside.
 */
export function apiSourceProblem(source: string): string | undefined {
  if (!isBatchSource(source.normalize('NFKC').trim().toLowerCase())) return undefined;
  return 'batch and batch:<name> name the batch CLI\'s feeds (score --enqueue) and cannot be given by an API client; name your own source (e.g. api or your tool\'s name)';
}
