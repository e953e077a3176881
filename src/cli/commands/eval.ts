// `netra eval`: the fixed test split and leave-one-election-out, with the rule and fastText baselines.
import path from 'node:path';
import { accessSync, constants, statSync } from 'node:fs';
import { makeDirs, removeEmptyMadeDirs } from '../../util/make-dirs.js';
import type { Command } from '../command.js';
import { nonEmptyFlag, parseFlags, progress, UsageError } from '../command.js';
import { corpusFlag } from '../corpus-flag.js';
import { loadDataset } from '../../data/dataset.js';
import { readTestSplit } from '../../data/splits.js';
import { trainingIndexes } from '../../model/training-elections.js';
import { initBackend } from '../../model/backend.js';
import { runSuite, writeSuiteReports } from '../../eval/suite.js';
import { evaluationMarkdown } from '../../eval/report.js';
import { exitOnSignal, FIT_FLAGS, FIT_FLAGS_HELP, fitConfigFromFlags, log, reportHeader } from './shared.js';
import { hasModel, MODELS_DIR } from '../../model/artifact.js';

export const evalCommand: Command = {
  name: 'eval',
  summary: 'evaluate on the fixed test split and leave-one-election-out, with baselines',
  usage: [
    'usage: netra eval [--out DIR] [--corpus DIR] [--seed N] [--epochs N] [--max-features N]',
    '  --out DIR      where evaluation.json, evaluation.md and pr-curve.svg go (default models/eval; not a model\'s directory)',
    '  --corpus DIR   the unlabeled corpus the labels join with (default ../shared/corpus)',
    ...FIT_FLAGS_HELP,
    'Uses the Debian `fasttext` binary for the fastText baseline when present (FASTTEXT_BIN overrides).',
  ].join('\n'),
  async run(argv) {
    const { values } = parseFlags(argv, { ...FIT_FLAGS, out: { type: 'string' } });
    const config = fitConfigFromFlags(values);
    const outFlag = nonEmptyFlag(values.out, 'out', 'give a directory the reports can go to, or leave it out for models/eval');
    corpusFlag(values.corpus);
    // The output directory first: finding it unwritable after a minute of evaluation wastes the minute.
    const out = outFlag ?? path.join(MODELS_DIR, 'eval');
    let problem: string | undefined;
    let made: string[] = [];
    try {
      made = makeDirs(out);
      // makeDirs and the access check both pass for an existing file: the reports would fail at the end.
      if (!statSync(out).isDirectory()) problem = 'is a file, not a directory';
      else accessSync(out, constants.W_OK);
    } catch (err) {
      problem = `cannot be written (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`;
    }
    if (problem) throw new UsageError(`--out ${out} ${problem}; give a directory the reports can go to`);
    // A model's directory holds the evaluation reports of its card (tracked): they are no scratch space.
    if (hasModel(out)) throw new UsageError(`--out ${out} holds a model (netra.json), whose evaluation reports eval would write over; give a directory of its own (default models/eval)`);
    // An interrupted or failed run leaves no --out directory of its own making behind, if still empty
    // (never one that existed before, nor one the user has put files in meanwhile).
    const tidy = () => {
      const removed = removeEmptyMadeDirs(made);
      return removed === undefined ? '' : `; removed ${removed}, which it had made`;
    };
    const stop = exitOnSignal((signal) => log(`eval: ${signal}, stopped before writing to ${out}${tidy()}`));
    const evaluate = async () => {
      const backend = await initBackend(log);
      const all = loadDataset({ corpusDir: values.corpus });
      const { reports } = await runSuite(all, readTestSplit(), trainingIndexes(all).indexes, config, log, progress());
      return { backend, all, reports };
    };
    const { backend, all, reports } = await evaluate()
      .catch((err: unknown) => {
        tidy();
        throw err;
      })
      .finally(stop);
    const header = reportHeader(backend, config, all.length);
    writeSuiteReports(out, reports, header);
    console.log(evaluationMarkdown(reports, header)); // the same text as evaluation.md, header included
    log(`reports written to ${out}`);
    return 0;
  },
};
