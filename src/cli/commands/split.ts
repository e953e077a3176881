// `netra split --create`: fixes the stratified test split once.
import type { Command } from '../command.js';
import { parseFlags, numberFlag, UsageError } from '../command.js';
import { loadDataset } from '../../data/dataset.js';
import { createTestSplit, readTestSplit, TEST_SPLIT_FILE } from '../../data/splits.js';

export const splitCommand: Command = {
  name: 'split',
  summary: 'create (once) or show the fixed stratified test split',
  usage: [
    'usage: netra split [--create [--fraction 0.2] [--seed N] [--force]] [--corpus DIR]',
    '  without --create, prints the size of the existing split',
  ].join('\n'),
  async run(argv) {
    const { values } = parseFlags(argv, {
      create: { type: 'boolean' },
      force: { type: 'boolean' },
      fraction: { type: 'string' },
      seed: { type: 'string' },
      corpus: { type: 'string' },
    });
    if (!values.create) {
      if (values.force || values.fraction || values.seed) throw new UsageError('--force/--fraction/--seed go with --create');
      console.log(`${TEST_SPLIT_FILE}: ${readTestSplit().size} test ids`);
      return 0;
    }
    const all = loadDataset({ corpusDir: values.corpus });
    const split = createTestSplit(all, numberFlag(values.fraction, 'fraction', 0.2, 0.05, 0.5), numberFlag(values.seed, 'seed', 2026, 0, 2 ** 31), TEST_SPLIT_FILE, values.force);
    console.log(`${TEST_SPLIT_FILE}: ${split.ids.length} of ${all.length} examples`);
    return 0;
  },
};
