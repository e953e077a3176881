// `netra split --create`: fixes the stratified test split once.
import { existsSync } from 'node:fs';
import type { Command } from '../command.js';
import { parseFlags, numberFlag, wholeNumberFlag, UsageError } from '../command.js';
import { corpusFlag } from '../corpus-flag.js';
import { loadDataset } from '../../data/dataset.js';
import { createTestSplit, extendTestSplit, extensionNote, readTestSplit, SPLIT_FRACTION, SPLIT_SEED, TEST_SPLIT_FILE } from '../../data/splits.js';

/** The fraction's default and range, named once so --help says what the code uses. */
const FRACTION = { default: SPLIT_FRACTION, min: 0.05, max: 0.5 };

export const splitCommand: Command = {
  name: 'split',
  summary: 'create (once), extend with newly labeled examples, or show the fixed stratified test split',
  usage: [
    `usage: netra split [--create [--force] | --extend] [--fraction ${FRACTION.default}] [--seed N] [--corpus DIR]`,
    '  --create      fix the stratified test split (once: an existing split file is refused, exit 2)',
    '  --force       with --create, replace an existing split on purpose (evaluations before and after no longer compare)',
    '  --extend      add a stratified share of examples labeled since the split was fixed (existing ids never move);',
    '                its --seed defaults to the next unused one (the split\'s seed + 1 + earlier extensions);',
    '                the share is rounded up in every source × label group, so each group with any new example',
    '                gives at least one: a small batch puts far more than the fraction into test (2 new examples',
    '                with different labels: both); over 30 % a note says so. Extend after larger batches.',
    `  --fraction F  the share of the (newly) labeled examples that goes to the test split (default ${FRACTION.default}, ${FRACTION.min}–${FRACTION.max})`,
    `  --seed N      the seed of the stratified draw (--create: default ${SPLIT_SEED}; whole number)`,
    '  --corpus DIR  the unlabeled corpus the labels join with (default ../shared/corpus)',
    '  without either, prints the size of the existing split',
  ].join('\n'),
  async run(argv) {
    const { values } = parseFlags(argv, {
      create: { type: 'boolean' },
      extend: { type: 'boolean' },
      force: { type: 'boolean' },
      fraction: { type: 'string' },
      seed: { type: 'string' },
      corpus: { type: 'string' },
    });
    if (values.create && values.extend) throw new UsageError('--create and --extend exclude each other');
    if (values.extend && values.force) throw new UsageError('--force goes with --create');
    if (!values.create && !values.extend) {
      if (values.force || values.fraction !== undefined || values.seed !== undefined || values.corpus !== undefined) throw new UsageError('--force/--fraction/--seed/--corpus go with --create or --extend');
      console.log(`${TEST_SPLIT_FILE}: ${readTestSplit().size} test ids`);
      return 0;
    }
    // Every flag is checked before the dataset loads, so bad usage costs nothing.
    const fraction = numberFlag(values.fraction, 'fraction', FRACTION.default, FRACTION.min, FRACTION.max);
    const seed = wholeNumberFlag(values.seed, 'seed', SPLIT_SEED, 0, 2 ** 31);
    corpusFlag(values.corpus);
    // Replacing a fixed split is a decision, not a default.
    if (values.create && !values.force && existsSync(TEST_SPLIT_FILE)) {
      throw new UsageError(`the test split already exists at ${TEST_SPLIT_FILE} and is fixed once; add newly labeled examples with --extend, or replace it on purpose with --create --force`);
    }
    const all = loadDataset({ corpusDir: values.corpus });
    if (values.extend) {
      // Without --seed, extendTestSplit picks the next unused seed.
      const r = extendTestSplit(all, fraction, values.seed === undefined ? undefined : seed);
      if (r.eligible === 0) console.log(`${TEST_SPLIT_FILE}: no newly labeled examples; unchanged (${r.split.ids.length} of ${all.length} in the test split)`);
      else console.log(`${TEST_SPLIT_FILE}: added ${r.added} of ${r.eligible} newly labeled examples; ${r.split.ids.length} of ${all.length} in the test split`);
      const note = extensionNote(r.added, r.eligible, fraction);
      if (note) console.error(`netra split: ${note}`);
      return 0;
    }
    const split = createTestSplit(all, fraction, seed, TEST_SPLIT_FILE, values.force);
    console.log(`${TEST_SPLIT_FILE}: ${split.ids.length} of ${all.length} examples`);
    return 0;
  },
};
