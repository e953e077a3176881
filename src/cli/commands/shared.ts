// Pieces several commands share: loading data and elections, fit configuration from flags, hashes.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_FIT_CONFIG, type FitConfig } from '../../model/train.js';
import type { TrainingElections } from '../../model/training-elections.js';
import { wholeNumberFlag } from '../command.js';
import { DATA_DIR, PROJECT_ROOT, TEXT_RESOURCES } from '../../text/resources.js';
import { sha256File } from '../../util/file-hash.js';
import { spawnSync } from 'node:child_process';
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

/**
 * sha256 of every file that defines the training data, for the model card: labels, examples, split,
 * the election configs training read (`elections`: those the labeled data names, see
 * trainingElections; other configs in data/elections play no part), and the text resources the
 * features are computed with.
 */
export function dataHashes(elections: Pick<TrainingElections, 'files'>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const sub of ['labels', 'examples', 'splits']) {
    const dir = path.join(DATA_DIR, sub);
    for (const f of readdirSync(dir).sort()) out[`data/${sub}/${f}`] = sha256File(path.join(dir, f));
  }
  for (const f of Object.values(elections.files).sort()) out[`data/elections/${f}`] = sha256File(path.join(DATA_DIR, 'elections', f));
  for (const name of TEXT_RESOURCES) out[`data/${name}`] = sha256File(path.join(DATA_DIR, name));
  return out;
}

/**
 * The code the model was trained with: `git rev-parse HEAD` and whether tracked files (outside models/)
 * differ from it, or src/ or `dataRead` (the data files training read, relative to `dir`: dataHashes'
 * keys) include files git does not track. An untracked file elsewhere in data/ (a new election config
 * no labeled example names, say) changes no model, so it does not count.
 * Without git or outside a repository (an exported tree): nulls, never an error.
 */
export function codeVersion(dataRead: readonly string[], dir: string = PROJECT_ROOT): { commit: string | null; dirty: boolean | null } {
  const git = (...args: string[]) => spawnSync('git', args, { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  try {
    const head = git('rev-parse', '--verify', 'HEAD');
    const commit = head.status === 0 ? head.stdout.trim() : '';
    if (!/^[0-9a-f]{40}$/.test(commit)) return { commit: null, dirty: null };
    // models/ is left out: train claims its version in models/versions.txt before the card is written.
    const tracked = git('status', '--porcelain', '--untracked-files=no', '--', '.', ':(exclude)models');
    // Training reads every file of data/labels, data/examples and data/splits, so a new, uncommitted one
    // is in dataRead and changes the model as an edit does. Literal: a file name is no glob.
    const untracked = git('--literal-pathspecs', 'status', '--porcelain', '--untracked-files=all', '--', 'src', ...dataRead);
    if (tracked.status !== 0 || untracked.status !== 0) return { commit, dirty: null };
    return { commit, dirty: tracked.stdout.trim() !== '' || untracked.stdout.trim() !== '' };
  } catch {
    return { commit: null, dirty: null };
  }
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
