// `netra score`: batch scoring of exported feeds (CSV, JSONL or a WhatsApp chat export, a file or stdin) into JSONL or CSV,
// in input order, with an errors file, resume after interruption and worker threads. The work is in
// src/batch; this module only turns flags into BatchOptions.
import { availableParallelism } from 'node:os';
import path from 'node:path';
import type { Command } from '../command.js';
import { nonEmptyFlag, numberFlag, parseFlags, usage, UsageError, wholeNumberFlag } from '../command.js';
import { isElectionFile } from '../../elections/load.js';
import { electionConfigsFlag, electionFlag } from '../election-flag.js';
import { modelFlag } from '../model-flag.js';
import { runBatch, type BatchOptions } from '../../batch/run.js';
import { BatchUsageError } from '../../batch/errors.js';
import { statInput } from '../../batch/source.js';
import { looksLikeChatExport } from '../../batch/whatsapp-sniff.js';
import { unicodeTextHint } from '../../batch/unicode-text-sniff.js';
import type { DateOrder } from '../../batch/date-order.js';
import { openReviewQueue } from '../../batch/enqueue.js';
import { maxTextLengthFromEnv } from '../../batch/record.js';
import { postedAtZoneFlag, POSTED_AT_ZONE_HELP } from '../posted-at-zone-flag.js';
import { postedAtOrderFlag, POSTED_AT_ORDER_HELP } from '../posted-at-order-flag.js';
import { wholeNumberSetting } from '../../util/whole-number-setting.js';
import { shellWord } from '../../util/shell-word.js';
import type { InputFormat, OutputFormat } from '../../batch/types.js';
import { resolveDataDir } from '../../review/data-dir.js';
import { postgresLocation } from '../../review/db/url.js';
import { OUTPUT_DELIMITER_CHOICES, outputDelimiter as namedDelimiter } from '../../util/csv-output-delimiter.js';
import { decimalDelimiterProblem, OUTPUT_DECIMAL_CHOICES, outputDecimal, type DecimalMark } from '../../util/csv-output-decimal.js';

const USAGE = [
  'usage: netra score --input FILE|- [flags]',
  '  Scores every record of a CSV or JSONL feed (or message of a WhatsApp chat export); writes one result',
  '  per record, in input order.',
  '',
  '  --input FILE|-            the feed; - reads stdin',
  '  --format F                csv, jsonl or whatsapp (default: from the file extension, or whatsapp for',
  '                            a .txt chat export; required for stdin)',
  '  --delimiter C             CSV field delimiter, one character or "tab" (default , and tab for .tsv)',
  '  --text-field NAME         field with the post text (default text; JSONL may use a.b paths)',
  '  --id-field NAME           field with the post id (default id; missing → the 1-based record number)',
  '  --posted-at-field NAME    field with the posting time: ISO 8601, a numeric date (29-11-2024 14.03,',
  '                            29/11/24), a month name (29-Nov-2024 2:03 PM, Senin, 29 Desember 2024',
  '                            pukul 11.14), RFC 2822, Twitter\'s form, or epoch seconds (10 digits) /',
  '                            milliseconds (13); anything else, or a time without a date, is a bad record',
  `  --posted-at-zone ZONE     ${POSTED_AT_ZONE_HELP}`,
  '                            (without it such times are bad records: the host\'s zone must not decide)',
  `  --posted-at-order ORDER   ${POSTED_AT_ORDER_HELP}`,
  '                            (a WhatsApp export\'s dates too: dmy, or mdy for a US-English phone)',
  '  --election FILE|ID        election config applied to every record (a .json file or a shipped id)',
  '  --election-field NAME     field with each record\'s own election id (overrides --election where set)',
  '  --output FILE|-           where results go (default -, stdout)',
  '  --output-format jsonl|csv (default: csv for a .csv output, else jsonl)',
  '  --output-delimiter D      CSV output: , (default), ; (Excel with Indonesian regional settings splits',
  '                            at ;) or tab; a cell holding it is quoted',
  '  --output-decimal ,|.      CSV output: the decimal mark of risk and the scores (default .); , is for',
  '                            Excel with Indonesian regional settings, with --output-delimiter ; or tab',
  '  --min-risk X              write only records with risk ≥ X (0..1); the rest are counted as skipped',
  '  --written                 give each evidence phrase the words as the post writes them (JSONL: "written"',
  '                            with UTF-16 offsets, as the API\'s ?written=true; CSV: an evidence_written',
  '                            column at the end); off by default, it makes scoring about twice as slow',
  '  --errors FILE             JSONL file of bad records: {"record","line","id","reason"}',
  '  --resume                  continue an interrupted run into the same --output (needs a file)',
  '  --workers N               scoring threads (default: available cores; 0 = main thread; at most 4 per core)',
  '  --model DIR|VERSION       model to use (default models/default.json, or NETRA_MODEL)',
  '  --enqueue                 send records at level sedang/tinggi to the review queue',
  '                            (only those written: at or above --min-risk too; its store must exist:',
  '                            netra keys create or the service starts one)',
  '  --author-field NAME       with --enqueue: field with the post\'s author (account), shown to reviewers',
  '  --url-field NAME          with --enqueue: field with the link to the post (http/https), shown to reviewers',
  '  --source NAME             with --enqueue: the feed\'s name in the queue, batch:NAME (default',
  '                            batch:<file name>); a post queued from any batch feed is not queued again',
  '',
  '  A summary goes to stderr; progress too when stderr is a terminal.',
  '  Exit: 0 done (bad records are counted, not fatal), 1 failed (also when records were read and none',
  '  could be scored), 2 bad usage (one problem named: the first in the order of the flags above);',
  '  130/143 after Ctrl-C/SIGTERM',
  '  (what was read is written and checkpointed first: --resume goes on from there); 141, without a',
  '  message, when the reader of the output pipe went away (| head).',
].join('\n');

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

/** A compressed feed's extension, and what decompresses it into a pipe (the bytes are checked too: compressed.ts). */
const COMPRESSED_EXT: Record<string, string> = { '.gz': 'zcat', '.bz2': 'bzcat', '.xz': 'xzcat', '.zst': 'zstdcat' };

function inputFormatOf(file: string): InputFormat | undefined {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.csv' || ext === '.tsv') return 'csv';
  if (ext === '.jsonl' || ext === '.ndjson' || ext === '.json') return 'jsonl';
  return undefined;
}

function inputFormat(flag: string | undefined, input: string): InputFormat {
  if (flag !== undefined) {
    if (flag !== 'csv' && flag !== 'jsonl' && flag !== 'whatsapp') throw new UsageError(`--format must be csv, jsonl or whatsapp, got ${JSON.stringify(flag)}`);
    return flag;
  }
  const ext = path.extname(input).toLowerCase();
  const known = inputFormatOf(input);
  if (known) return known;
  if (ext === '.txt' && looksLikeChatExport(input)) return 'whatsapp';
  const cat = COMPRESSED_EXT[ext];
  if (cat) {
    const inner = inputFormatOf(path.basename(input, path.extname(input)));
    throw new UsageError(`${input} looks ${ext}-compressed, and netra reads CSV or JSONL text; decompress it into stdin: ${cat} ${shellWord(input)} | netra score --input - --format ${inner ?? 'csv|jsonl'} …`);
  }
  // A missing file or a directory is that: --format, which the message below asks for, would not help.
  if (input !== '-') usage(() => statInput(input));
  const unicodeText = input === '-' ? undefined : unicodeTextHint(input);
  if (unicodeText) throw new UsageError(`cannot tell the format of ${input} from its name: ${unicodeText}`);
  throw new UsageError(`cannot tell the format of ${input === '-' ? 'stdin' : input}; give --format csv|jsonl|whatsapp`);
}

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
function refuseChatFieldFlags(values: Record<string, unknown>): void {
  for (const flag of ['text-field', 'id-field', 'posted-at-field', 'author-field', 'url-field', 'election-field'] as const) {
    if (values[flag] !== undefined) throw new UsageError(`--${flag} does not apply to --format whatsapp: each message's header gives its sender and time, its id is its number in the chat, and a chat export has no links to posts`);
  }
}

function fieldName(value: string | undefined, flag: string, fallback: string): string {
  if (value === undefined) return fallback;
  if (value.trim() === '') throw new UsageError(`--${flag} must not be empty`);
  return value;
}

/** A field flag without a default: not given is none. */
function optionalFieldName(value: string | undefined, flag: string): string | undefined {
  return value === undefined ? undefined : fieldName(value, flag, '');
}

/** `--input`: given, and not empty. The file itself is read after every flag is checked (runBatch). */
function inputFlag(value: string | undefined): string {
  if (value === undefined) throw new UsageError('give --input FILE (or - for stdin)');
  nonEmptyFlag(value, 'input', 'give a CSV or JSONL file, or - for stdin');
  return value;
}

/** `--errors`: a file, never empty, never stdout (the results go there). */
function errorsFlag(value: string | undefined): string | undefined {
  nonEmptyFlag(value, 'errors', 'give a file name, or leave it out');
  if (value === '-') throw new UsageError('--errors needs a file name');
  return value;
}

/** A flag that only the review queue reads, refused without --enqueue. */
function queueOnly<T>(value: T | undefined, enqueue: boolean | undefined, refusal: string): T | undefined {
  if (value !== undefined && !enqueue) throw new UsageError(refusal);
  return value;
}


/** The queue's source is at most this long, as the review API takes it. */
const SOURCE_MAX_LENGTH = 100;

/**
 * The feed's name in the review queue: `batch:<--source NAME>`, else `batch:<input file name>`. It only
 * names the feed: every batch feed shares one dedupe scope (src/review/store/dedupe.ts).
 */
export function queueSource(input: string, name: string | undefined): string {
  if (name === undefined) return input === '-' ? 'batch:stdin' : `batch:${path.basename(input)}`;
  nonEmptyFlag(name, 'source', 'give the feed\'s name, or leave it out for batch:<file name>');
  const source = `batch:${name.trim()}`;
  if ([...source].length > SOURCE_MAX_LENGTH) throw new UsageError(`--source must be at most ${SOURCE_MAX_LENGTH - 'batch:'.length} characters (the queue's source is batch:NAME)`);
  return source;
}

/** The review store `--enqueue` writes to, as DATABASE_URL / NETRA_DATA_DIR name it (no credentials; PostgreSQL's as the store names itself). */
export function queueLocation(env: NodeJS.ProcessEnv): string {
  if (env.DATABASE_URL) return postgresLocation(env.DATABASE_URL, env);
  return `sqlite:${resolveDataDir(env.NETRA_DATA_DIR)}`;
}

/** At most four threads per core: each holds its own scorer (~50 MB), and more only queue for the cores. */
function workers(flag: string | undefined): number {
  return wholeNumberFlag(flag, 'workers', availableParallelism(), 0, Math.max(4, 4 * availableParallelism()));
}

function election(ref: string | undefined): BatchOptions['election'] {
  if (ref === undefined) return undefined;
  return { config: electionFlag(ref), fromFile: isElectionFile(ref) };
}

/** NETRA_BATCH_CHECKPOINT_MS: how often progress is made durable (default 1000 ms); a bad value is bad usage. */
function checkpointEvery(value: string | undefined): number | undefined {
  if (value === undefined || value === '') return undefined;
  const r = wholeNumberSetting(value, 0, 3_600_000);
  if ('problem' in r) throw new UsageError(`NETRA_BATCH_CHECKPOINT_MS: ${r.problem}, got ${JSON.stringify(value)}`);
  return r.value;
}

export const scoreCommand: Command = {
  name: 'score',
  summary: 'score a CSV or JSONL feed or a WhatsApp chat export in batch (ordered output, errors file, resume, worker threads)',
  usage: USAGE,
  async run(argv) {
    const { values } = parseFlags(argv, FLAGS);
    // One usage error is named, the first in the order of --help (the input, how it is read, the output,
    // the run, the queue): each flag is checked where its option is built below, in that order, so which
    // one is named never depends on which check happened to run first.
    const input = inputFlag(values.input);
    electionConfigsFlag(); // the workers read ELECTIONS_DIR: a mistyped one, or a broken config in it, is bad usage, not a worker failure
    const format = inputFormat(values.format, input);
    if (format === 'whatsapp') refuseChatFieldFlags(values);
    const timeGiven = { name: '--posted-at-field (or --format whatsapp)', given: values['posted-at-field'] !== undefined || format === 'whatsapp' };
    const reading = {
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
    const output = nonEmptyFlag(values.output, 'output', 'give a file name, or leave it out for stdout') ?? '-';
    const outFormat = outputFormat(values['output-format'], output);
    const outDelimiter = outputDelimiter(values['output-delimiter'], outFormat);
    const writing = {
      output,
      outputFormat: outFormat,
      outputDelimiter: outDelimiter,
      outputDecimal: outputDecimalFlag(values['output-decimal'], outFormat, outDelimiter ?? ','),
      minRisk: numberFlag(values['min-risk'], 'min-risk', 0, 0, 1),
      written: values.written === true,
      errors: errorsFlag(values.errors),
      resume: values.resume === true,
      workers: workers(values.workers),
      model: modelFlag(values.model),
    };
    // The author, the link and the feed's name go only to the review queue: without it they would do nothing, silently.
    const queue = {
      authorField: queueOnly(optionalFieldName(values['author-field'], 'author-field'), values.enqueue, '--author-field is for --enqueue (the output has no author); add --enqueue or drop it'),
      urlField: queueOnly(optionalFieldName(values['url-field'], 'url-field'), values.enqueue, '--url-field is for --enqueue (the output has no link); add --enqueue or drop it'),
      source: values.enqueue ? queueSource(input, values.source) : queueOnly(values.source, false, '--source names the feed in the review queue; add --enqueue or drop it'),
    };
    const opts: BatchOptions = {
      ...reading,
      ...writing,
      authorField: queue.authorField,
      urlField: queue.urlField,
      // The environment's settings after the flags.
      maxTextLength: usage(maxTextLengthFromEnv),
      checkpointEveryMs: checkpointEvery(process.env.NETRA_BATCH_CHECKPOINT_MS),
    };
    const source = queue.source;
    if (values.enqueue && source !== undefined) {
      opts.openQueue = () => openReviewQueue(source);
      opts.queueLocation = queueLocation(process.env);
    }
    try {
      const outcome = await runBatch(opts);
      return outcome.exitCode;
    } catch (err) {
      if (err instanceof BatchUsageError) throw new UsageError(err.message);
      throw err;
    }
  },
};
