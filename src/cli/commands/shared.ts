// Pieces several commands share: loading data and elections, fit configuration from flags, hashes.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_FIT_CONFIG, type FitConfig } from '../../model/train.js';
import { wholeNumberFlag } from '../command.js';
import { DATA_DIR } from '../../text/resources.js';
import { signalExitCode } from '../../batch/interrupt.js';

/** Help lines for FIT_FLAGS, with the defaults the code uses. */
export const FIT_FLAGS_HELP = [
  `  --seed N         training seed (default ${DEFAULT_FIT_CONFIG.train.seed}; whole number)`,
  `  --epochs N       training epochs (default ${DEFAULT_FIT_CONFIG.train.epochs}, 1–1000)`,
  `  --max-features N vocabulary size (default ${DEFAULT_FIT_CONFIG.maxFeatures}, 16–1048576)`,
];

export const FIT_FLAGS = {
  corpus: { type: 'string' },
  seed: { type: 'string' },
  epochs: { type: 'string' },
  'max-features': { type: 'string' },
} as const;

export function fitConfigFromFlags(values: { seed?: string; epochs?: string; 'max-features'?: string }): FitConfig {
  return {
    ...DEFAULT_FIT_CONFIG,
    maxFeatures: wholeNumberFlag(values['max-features'], 'max-features', DEFAULT_FIT_CONFIG.maxFeatures, 16, 1 << 20),
    train: {
      ...DEFAULT_FIT_CONFIG.train,
      seed: wholeNumberFlag(values.seed, 'seed', DEFAULT_FIT_CONFIG.train.seed, 0, 2 ** 31),
      epochs: wholeNumberFlag(values.epochs, 'epochs', DEFAULT_FIT_CONFIG.train.epochs, 1, 1000),
    },
  };
}

/** The evaluation report's first line: backend, the settings a flag can change, and the data size. */
export function reportHeader(backend: string, config: FitConfig, examples: number): string {
  return `Backend ${backend}, seed ${config.train.seed}, ${config.train.epochs} epochs, ${config.maxFeatures} features, ${examples} labeled examples.`;
}

/** sha256 of every file that defines the training data, for the model card. */
export function dataHashes(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const sub of ['labels', 'examples', 'splits', 'elections']) {
    const dir = path.join(DATA_DIR, sub);
    for (const f of readdirSync(dir).sort()) {
      out[`data/${sub}/${f}`] = createHash('sha256').update(readFileSync(path.join(dir, f))).digest('hex');
    }
  }
  return out;
}

/** A line on stderr; on a TTY it first clears a progress line left there (see command.ts progress()). */
export function log(msg: string): void {
  process.stderr.write(`${process.stderr.isTTY ? '\r\x1b[2K' : ''}${msg}\n`);
}

/**
 * SIGINT/SIGTERM in a long command: `cleanup` runs, then the process exits 130/143 through
 * process.exit, so 'exit' hooks run too (the fastText baseline's temp files hold post text).
 * Returns the off switch.
 */
export function exitOnSignal(cleanup: (signal: NodeJS.Signals) => void): () => void {
  const handler = (signal: NodeJS.Signals): void => {
    cleanup(signal);
    process.exit(signalExitCode(signal));
  };
  process.once('SIGINT', handler).once('SIGTERM', handler);
  return () => void process.off('SIGINT', handler).off('SIGTERM', handler);
}
