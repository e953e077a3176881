// The environment's settings a batch job reads, checked after the flags: a bad one is bad usage.
import { usage, UsageError } from '../command.js';
import { maxTextLengthFromEnv } from '../../batch/record.js';
import { wholeNumberSetting } from '../../util/whole-number-setting.js';
import type { BatchOptions } from '../../batch/run.js';

/** NETRA_BATCH_CHECKPOINT_MS: how often progress is made durable (default 1000 ms); a bad value is bad usage. */
function checkpointEvery(value: string | undefined): number | undefined {
  if (value === undefined || value === '') return undefined;
  const r = wholeNumberSetting(value, 0, 3_600_000);
  if ('problem' in r) throw new UsageError(`NETRA_BATCH_CHECKPOINT_MS: ${r.problem}, got ${JSON.stringify(value)}`);
  return r.value;
}

/** NETRA_MAX_TEXT_LENGTH, then NETRA_BATCH_CHECKPOINT_MS. */
export function environmentSettings(env: NodeJS.ProcessEnv): Pick<BatchOptions, 'maxTextLength' | 'checkpointEveryMs'> {
  return {
    maxTextLength: usage(() => maxTextLengthFromEnv(env)),
    checkpointEveryMs: checkpointEvery(env.NETRA_BATCH_CHECKPOINT_MS),
  };
}
