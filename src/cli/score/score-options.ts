// `netra score`'s flags and environment turned into the batch job's options. One usage error is named,
// the first in the order of --help (the input, how it is read, the output, the run, the queue, then the
// environment): each flag is checked where its option is built, in that order, so which one is named
// never depends on which check happened to run first.
import type { BatchOptions } from '../../batch/run.js';
import { openReviewQueue } from '../../batch/enqueue.js';
import type { ScoreFlags } from './flags.js';
import { readingOptions } from './reading-options.js';
import { writingOptions } from './writing-options.js';
import { queueFlags, queueLocation } from './queue-options.js';
import { environmentSettings } from './environment-settings.js';

export function scoreOptions(values: ScoreFlags, env: NodeJS.ProcessEnv): BatchOptions {
  const reading = readingOptions(values);
  const writing = writingOptions(values);
  const { source, ...queue } = queueFlags(values, reading.input);
  const opts: BatchOptions = { ...reading, ...writing, ...queue, ...environmentSettings(env) };
  if (values.enqueue && source !== undefined) {
    opts.openQueue = () => openReviewQueue(source);
    opts.queueLocation = queueLocation(env);
  }
  return opts;
}
