// `netra score`: batch scoring of exported feeds (CSV, JSONL or a WhatsApp chat export, a file or stdin) into JSONL or CSV,
// in input order, with an errors file, resume after interruption and worker threads. The work is in
// src/batch; the flags are read into BatchOptions in src/cli/score, and this command only runs the job.
import type { Command } from '../command.js';
import { UsageError } from '../command.js';
import { runBatch } from '../../batch/run.js';
import { BatchUsageError } from '../../batch/errors.js';
import { SCORE_USAGE } from '../score/help.js';
import { parseScoreFlags } from '../score/flags.js';
import { scoreOptions } from '../score/score-options.js';

export { queueLocation, queueSource } from '../score/queue-options.js';

export const scoreCommand: Command = {
  name: 'score',
  summary: 'score a CSV or JSONL feed or a WhatsApp chat export in batch (ordered output, errors file, resume, worker threads)',
  usage: SCORE_USAGE,
  async run(argv) {
    const opts = scoreOptions(parseScoreFlags(argv), process.env);
    try {
      const outcome = await runBatch(opts);
      return outcome.exitCode;
    } catch (err) {
      if (err instanceof BatchUsageError) throw new UsageError(err.message);
      throw err;
    }
  },
};
