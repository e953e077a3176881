// The labeled data set: corpus posts joined with our labels, plus the examples we wrote.
import { joinLabels } from './label-files.js';
import { readExamples } from './examples.js';
import { DEFAULT_CORPUS_DIR } from './corpus.js';
import { loadElectionDir, SHIPPED_ELECTIONS_DIR } from '../elections/load.js';
import type { Label } from './labels.js';

/** `source` of examples from reviewed decisions (`train --with-reviews`): training data only, never tested on. */
export const REVIEW_SOURCE = 'review';

export interface Example {
  /** `<corpus-file>:<row>` or the written example's id. */
  id: string;
  text: string;
  label: Label;
  election?: string;
  /** corpus file name, or `examples/<file>` */
  source: string;
  platform: string;
}

/** `source` prefix of the examples we wrote (the rest are corpus posts or reviewed decisions). */
export const WRITTEN_SOURCE_PREFIX = 'examples/';

export function isWritten(e: Pick<Example, 'source'>): boolean {
  return e.source.startsWith(WRITTEN_SOURCE_PREFIX);
}

export interface DatasetOptions {
  corpusDir?: string;
  /** Include our written examples (default true). */
  examples?: boolean;
}

export function loadDataset(opts: DatasetOptions = {}): Example[] {
  const corpus = joinLabels(opts.corpusDir ?? DEFAULT_CORPUS_DIR).map<Example>((p) => ({
    id: `${p.file}:${p.row}`,
    text: p.text,
    label: p.label,
    election: p.election,
    source: p.file,
    platform: p.platform,
  }));
  // Written examples must name an election a config in data/elections has, or none: the configs
  // training reads (training-elections.ts), whatever ELECTIONS_DIR says for scoring.
  const known = () => new Set(loadElectionDir(SHIPPED_ELECTIONS_DIR).map((c) => c.id));
  const written = opts.examples === false ? [] : readExamples(undefined, known()).map<Example>((e) => ({
    id: e.id,
    text: e.text,
    label: e.label,
    election: e.election,
    source: `${WRITTEN_SOURCE_PREFIX}${e.file}`,
    platform: 'written',
  }));
  return [...corpus, ...written];
}
