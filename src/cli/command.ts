// The command-line contract: every command has --help, bad usage exits 2 with a one-line reason,
// failures exit 1.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { BatchUsageError } from '../batch/errors.js';
import { decodeStdin, notTextWarning, readStdinBytes } from './stdin-text.js';

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** A BatchUsageError from reading settings (the batch path's readers), as the CLI's usage error (exit 2). */
export function usage<T>(read: () => T): T {
  try {
    return read();
  } catch (err) {
    if (err instanceof BatchUsageError) throw new UsageError(err.message);
    throw err;
  }
}

export interface Command {
  name: string;
  summary: string;
  usage: string;
  run(argv: string[]): Promise<number>;
}

type Options = NonNullable<ParseArgsConfig['options']>;
type Token = NonNullable<ReturnType<typeof parseArgs>['tokens']>[number];

/**
 * A flag that takes a value, given twice (`--input a.csv --input b.jsonl`): parseArgs keeps the last
 * one, so the first would be dropped without a word. Bad usage, unless the flag is declared
 * `multiple`. A flag without a value (`--resume`) says the same each time and may repeat.
 */
export function refuseRepeatedFlags(tokens: readonly Token[], options: Options): void {
  const seen = new Map<string, string>();
  for (const t of tokens) {
    if (t.kind !== 'option' || t.value === undefined || options[t.name]?.multiple) continue;
    const before = seen.get(t.name);
    if (before !== undefined) throw new UsageError(`--${t.name} given twice (${JSON.stringify(before)}, ${JSON.stringify(t.value)}); give it once`);
    seen.set(t.name, t.value);
  }
}

/** Strict flag parsing: unknown flags, missing values and a value flag given twice become UsageError. */
export function parseFlags<O extends Options>(argv: string[], options: O, allowPositionals = false) {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: { ...options, help: { type: 'boolean', short: 'h' } }, strict: true, allowPositionals, tokens: true });
  } catch (err) {
    const first = (err as Error).message.split('\n')[0];
    // parseArgs reads "--seed -1" as a flag followed by another flag: say how to pass such a value.
    const hint = /ambiguous/i.test(first) ? '; for a value that starts with "-", write --flag=value' : '';
    throw new UsageError(hint ? first.replace(/\.$/, '') + hint : first);
  }
  refuseRepeatedFlags(parsed.tokens, options);
  return { values: parsed.values, positionals: parsed.positionals };
}

/** All of stdin as text (for an argument `-`). */
export async function readStdin(): Promise<string> {
  let text = '';
  process.stdin.setEncoding('utf8');
  for await (const chunk of process.stdin) text += chunk;
  return text;
}

/**
 * The TEXT… arguments joined; `-` alone reads the text from stdin (a post with quotes, `$` or line
 * breaks needs no shell quoting; see stdin-text.ts for its encodings). A blank text is bad usage, and
 * so is `-` first beside other words (`explain - post.txt` scored the text "- post.txt").
 */
export async function textArgument(positionals: string[], use: { command: string; verb: string; isBlank: (text: string) => boolean }): Promise<string> {
  const { command, verb, isBlank } = use;
  if (positionals.length > 1 && positionals[0] === '-') {
    throw new UsageError(`- reads the text from stdin and takes no other text beside it; to ${verb} a text with a lone -, quote it whole ("- …")`);
  }
  const stdin = positionals.length === 1 && positionals[0] === '-';
  let text = positionals.join(' ');
  if (stdin) {
    const read = decodeStdin(await readStdinBytes(), command);
    if (read.notText) process.stderr.write(`${notTextWarning(command)}\n`);
    text = read.text.replace(/\r?\n$/, '');
  }
  if (isBlank(text)) throw new UsageError(stdin ? `stdin (-) held no text to ${verb}` : `give the text to ${verb} (or - to read it from stdin)`);
  return text;
}

/** A flag given as an empty string is bad usage saying so: read on, "" names no file, id or version. */
export function nonEmptyFlag(value: string | undefined, flag: string, give: string): string | undefined {
  if (value !== undefined && value.trim() === '') throw new UsageError(`--${flag} must not be empty; ${give}`);
  return value;
}

/** A plain decimal number: Number() alone would also take '' (0), ' ', '0x1' and '1e'. */
const DECIMAL = /^\s*[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?\s*$/i;

export function numberFlag(value: string | undefined, name: string, fallback: number, min = -Infinity, max = Infinity): number {
  if (value === undefined) return fallback;
  const n = DECIMAL.test(value) ? Number(value) : NaN;
  if (!Number.isFinite(n) || n < min || n > max) throw new UsageError(`--${name} must be a number in [${min}, ${max}], got ${JSON.stringify(value)}`);
  return n;
}

/** numberFlag for counts, seeds and sizes: a fraction (1.5 epochs, 0.5 workers) is bad usage, not rounded somewhere later. */
export function wholeNumberFlag(value: string | undefined, name: string, fallback: number, min = -Infinity, max = Infinity): number {
  const n = numberFlag(value, name, fallback, min, max);
  if (!Number.isInteger(n)) throw new UsageError(`--${name} must be a whole number, got ${JSON.stringify(value)}`);
  return n;
}

/** Progress that rewrites one line on a TTY and stays quiet otherwise. */
export function progress(stream: NodeJS.WriteStream = process.stderr): (line: string, done?: boolean) => void {
  const tty = stream.isTTY === true;
  return (line, done = false) => {
    if (!tty) return;
    stream.write(`\r\x1b[2K${line}${done ? '\n' : ''}`);
  };
}
