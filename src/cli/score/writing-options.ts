// Where and how `netra score` writes, and how the job runs: the output, its format, delimiter and
// decimal mark, `--min-risk`, `--written`, the errors file, `--resume`, the worker threads and the model,
// each checked in the order of --help.
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { nonEmptyFlag, numberFlag, UsageError, wholeNumberFlag } from '../command.js';
import { modelFlag } from '../model-flag.js';
import type { BatchOptions } from '../../batch/run.js';
import type { OutputFormat } from '../../batch/types.js';
import { OUTPUT_DELIMITER_CHOICES, outputDelimiter as namedDelimiter } from '../../util/csv-output-delimiter.js';
import { decimalDelimiterProblem, OUTPUT_DECIMAL_CHOICES, outputDecimal, type DecimalMark } from '../../util/csv-output-decimal.js';
import type { ScoreFlags } from './flags.js';

function outputFormat(flag: string | undefined, output: string): OutputFormat {
  if (flag !== undefined) {
    if (flag !== 'csv' && flag !== 'jsonl') throw new UsageError(`--output-format must be jsonl or csv, got ${JSON.stringify(flag)}`);
    return flag;
  }
  return path.extname(output).toLowerCase() === '.csv' ? 'csv' : 'jsonl';
}

/** `--output-delimiter`: only for CSV output, and only a delimiter a spreadsheet splits at. */
function outputDelimiter(flag: string | undefined, format: OutputFormat): string | undefined {
  if (flag === undefined) return undefined;
  if (format !== 'csv') throw new UsageError('--output-delimiter applies to CSV output only (--output-format csv, or an output named .csv)');
  const d = namedDelimiter(flag);
  if (d === undefined) throw new UsageError(`--output-delimiter must be ${OUTPUT_DELIMITER_CHOICES}, got ${JSON.stringify(flag)}`);
  return d;
}

/** `--output-decimal`: only for CSV output, and a decimal comma only where the comma is no delimiter. */
function outputDecimalFlag(flag: string | undefined, format: OutputFormat, delimiter: string): DecimalMark | undefined {
  if (flag === undefined) return undefined;
  if (format !== 'csv') throw new UsageError('--output-decimal applies to CSV output only (--output-format csv, or an output named .csv)');
  const mark = outputDecimal(flag);
  if (mark === undefined) throw new UsageError(`--output-decimal must be ${OUTPUT_DECIMAL_CHOICES}, got ${JSON.stringify(flag)}`);
  const problem = decimalDelimiterProblem(mark, delimiter);
  if (problem) throw new UsageError(`--output-decimal ,: ${problem}; add --output-delimiter ';'`);
  return mark;
}

/** `--errors`: a file, never empty, never stdout (the results go there). */
function errorsFlag(value: string | undefined): string | undefined {
  nonEmptyFlag(value, 'errors', 'give a file name, or leave it out');
  if (value === '-') throw new UsageError('--errors needs a file name');
  return value;
}

/** At most four threads per core: each holds its own scorer (~50 MB), and more only queue for the cores. */
function workers(flag: string | undefined): number {
  return wholeNumberFlag(flag, 'workers', availableParallelism(), 0, Math.max(4, 4 * availableParallelism()));
}

export type WritingOptions = Pick<BatchOptions, 'output' | 'outputFormat' | 'outputDelimiter' | 'outputDecimal' | 'minRisk' | 'written' | 'errors' | 'resume' | 'workers' | 'model'>;

export function writingOptions(values: ScoreFlags): WritingOptions {
  const output = nonEmptyFlag(values.output, 'output', 'give a file name, or leave it out for stdout') ?? '-';
  const format = outputFormat(values['output-format'], output);
  const delimiter = outputDelimiter(values['output-delimiter'], format);
  return {
    output,
    outputFormat: format,
    outputDelimiter: delimiter,
    outputDecimal: outputDecimalFlag(values['output-decimal'], format, delimiter ?? ','),
    minRisk: numberFlag(values['min-risk'], 'min-risk', 0, 0, 1),
    written: values.written === true,
    errors: errorsFlag(values.errors),
    resume: values.resume === true,
    workers: workers(values.workers),
    model: modelFlag(values.model),
  };
}
