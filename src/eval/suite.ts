// The evaluation suite shared by `netra eval` and `netra train`: both scenarios, reports on disk.
import { writeFileSync } from 'node:fs';
import { makeDirs } from '../util/make-dirs.js';
import path from 'node:path';
import type { Example } from '../data/dataset.js';
import { testSplitScenario, leaveOneElectionOutScenario } from './scenarios.js';
import { runScenario, type ScenarioReport } from './run.js';
import { evaluationMarkdown, prCurveSvg } from './report.js';
import type { ElectionIndexes, FitConfig, FittedModel } from '../model/train.js';

export interface SuiteResult {
  reports: ScenarioReport[];
  testSplitModel: FittedModel;
}

export async function runSuite(
  all: readonly Example[],
  testIds: Set<string>,
  indexes: ElectionIndexes,
  config: FitConfig,
  log: (msg: string) => void,
  /** Progress lines (epochs, baselines): rewritten in place on a TTY, see cli/command.ts progress(). */
  show: (line: string, done?: boolean) => void,
  scenarios: ('test-split' | 'loeo')[] = ['test-split', 'loeo'],
): Promise<SuiteResult> {
  const reports: ScenarioReport[] = [];
  let testSplitModel: FittedModel | undefined;
  for (const name of scenarios) {
    const scenario = name === 'test-split' ? testSplitScenario(all, testIds, config.train.seed) : leaveOneElectionOutScenario(all, config.train.seed);
    const { report, fitted } = await runScenario(scenario, indexes, config, log, show);
    reports.push(report);
    if (name === 'test-split') testSplitModel = fitted;
    else fitted.tfModel.dispose();
  }
  if (!testSplitModel) throw new Error('the test-split scenario is required');
  return { reports, testSplitModel };
}

export function writeSuiteReports(dir: string, reports: ScenarioReport[], header: string): void {
  makeDirs(dir);
  writeFileSync(path.join(dir, 'evaluation.json'), JSON.stringify({ header, reports }, null, 1) + '\n');
  writeFileSync(path.join(dir, 'evaluation.md'), evaluationMarkdown(reports, header));
  const first = reports[0];
  const curves = [{ name: 'netra', color: '#c0392b', points: first.model.prCurve }];
  if (!('unavailable' in first.fasttext)) curves.push({ name: 'fastText', color: '#2980b9', points: first.fasttext.prCurve });
  curves.push({ name: 'rules', color: '#7f8c8d', points: first.rules.prCurve });
  writeFileSync(path.join(dir, 'pr-curve.svg'), prCurveSvg(curves, `Partisan vs netral — ${first.name}`));
}
