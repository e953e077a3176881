// The flags `netra score` takes, parsed strictly (an unknown flag, a missing value or a value flag
// given twice is bad usage); what each value means is checked where its option is built.
import { parseFlags } from '../command.js';

const FLAGS = {
  input: { type: 'string' },
  format: { type: 'string' },
  delimiter: { type: 'string' },
  'text-field': { type: 'string' },
  'id-field': { type: 'string' },
  'posted-at-field': { type: 'string' },
  'author-field': { type: 'string' },
  'url-field': { type: 'string' },
  'posted-at-zone': { type: 'string' },
  'posted-at-order': { type: 'string' },
  election: { type: 'string' },
  'election-field': { type: 'string' },
  output: { type: 'string' },
  'output-format': { type: 'string' },
  'output-delimiter': { type: 'string' },
  'output-decimal': { type: 'string' },
  'min-risk': { type: 'string' },
  errors: { type: 'string' },
  resume: { type: 'boolean' },
  written: { type: 'boolean' },
  workers: { type: 'string' },
  model: { type: 'string' },
  enqueue: { type: 'boolean' },
  source: { type: 'string' },
} as const;

export function parseScoreFlags(argv: string[]) {
  return parseFlags(argv, FLAGS).values;
}

/** The flags as given: strings for values, booleans for switches, undefined when left out. */
export type ScoreFlags = ReturnType<typeof parseScoreFlags>;
