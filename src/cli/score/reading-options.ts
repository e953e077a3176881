// How `netra score` reads its input: `--input`, `--format` and the flags that say how records are read
// (delimiter, field names, posting times, election), each checked in the order of --help.
import path from 'node:path';
import { nonEmptyFlag, UsageError } from '../command.js';
import { isElectionFile } from '../../elections/load.js';
import { electionConfigsFlag, electionFlag } from '../election-flag.js';
import { postedAtZoneFlag } from '../posted-at-zone-flag.js';
import { postedAtOrderFlag } from '../posted-at-order-flag.js';
import type { DateOrder } from '../../batch/date-order.js';
import type { BatchOptions } from '../../batch/run.js';
import type { InputFormat } from '../../batch/types.js';
import { inputFormat } from './input-format.js';
import type { ScoreFlags } from './flags.js';

/** `--input`: given, and not empty. The file itself is read after every flag is checked (runBatch). */
function inputFlag(value: string | undefined): string {
  if (value === undefined) throw new UsageError('give --input FILE (or - for stdin)');
  nonEmptyFlag(value, 'input', 'give a CSV or JSONL file, or - for stdin');
  return value;
}

function delimiter(flag: string | undefined, format: InputFormat, input: string): string | undefined {
  if (format !== 'csv') {
    if (flag !== undefined) throw new UsageError('--delimiter applies to CSV input only');
    return undefined;
  }
  if (flag === undefined) return path.extname(input).toLowerCase() === '.tsv' ? '\t' : ',';
  const d = flag === 'tab' || flag === '\\t' ? '\t' : flag;
  if ([...d].length !== 1 || d === '"' || d === '\n' || d === '\r') throw new UsageError(`--delimiter must be one character other than a quote or newline, got ${JSON.stringify(flag)}`);
  return d;
}

/** A chat export writes its dates day or month first, never year first. */
function chatOrder(order: DateOrder | undefined, format: InputFormat): DateOrder | undefined {
  if (format === 'whatsapp' && order === 'ymd') throw new UsageError('--posted-at-order for a WhatsApp export is dmy (the Indonesian locale, the default) or mdy (a US-English phone)');
  return order;
}

/** A chat's lines give the text, sender and time: a field flag would do nothing, silently. */
function refuseChatFieldFlags(values: ScoreFlags): void {
  for (const flag of ['text-field', 'id-field', 'posted-at-field', 'author-field', 'url-field', 'election-field'] as const) {
    if (values[flag] !== undefined) throw new UsageError(`--${flag} does not apply to --format whatsapp: each message's header gives its sender and time, its id is its number in the chat, and a chat export has no links to posts`);
  }
}

export function fieldName(value: string | undefined, flag: string, fallback: string): string {
  if (value === undefined) return fallback;
  if (value.trim() === '') throw new UsageError(`--${flag} must not be empty`);
  return value;
}

/** A field flag without a default: not given is none. */
export function optionalFieldName(value: string | undefined, flag: string): string | undefined {
  return value === undefined ? undefined : fieldName(value, flag, '');
}

function election(ref: string | undefined): BatchOptions['election'] {
  if (ref === undefined) return undefined;
  return { config: electionFlag(ref), fromFile: isElectionFile(ref) };
}

export type ReadingOptions = Pick<
  BatchOptions,
  'input' | 'format' | 'delimiter' | 'delimiterGiven' | 'textField' | 'idField' | 'postedAtField' | 'postedAtZone' | 'postedAtOrder' | 'election' | 'electionField'
>;

/** The input and how its records are read; a missing `--input` first, then each flag in --help order. */
export function readingOptions(values: ScoreFlags): ReadingOptions {
  const input = inputFlag(values.input);
  electionConfigsFlag(); // the workers read ELECTIONS_DIR: a mistyped one, or a broken config in it, is bad usage, not a worker failure
  const format = inputFormat(values.format, input);
  if (format === 'whatsapp') refuseChatFieldFlags(values);
  const timeGiven = { name: '--posted-at-field (or --format whatsapp)', given: values['posted-at-field'] !== undefined || format === 'whatsapp' };
  return {
    input,
    format,
    delimiter: delimiter(values.delimiter, format, input),
    delimiterGiven: values.delimiter !== undefined,
    textField: fieldName(values['text-field'], 'text-field', 'text'),
    idField: fieldName(values['id-field'], 'id-field', 'id'),
    postedAtField: optionalFieldName(values['posted-at-field'], 'posted-at-field'),
    postedAtZone: postedAtZoneFlag(values['posted-at-zone'], timeGiven),
    postedAtOrder: chatOrder(postedAtOrderFlag(values['posted-at-order'], timeGiven), format),
    election: election(values.election),
    electionField: optionalFieldName(values['election-field'], 'election-field'),
  };
}
