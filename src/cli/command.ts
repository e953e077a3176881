// The command-line contract: every command has --help, bad usage exits 2 with a one-line reason,
// failures exit 1.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { BatchUsageError } from '../batch/errors.js';

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

/** Strict flag parsing: unknown flags and missing values become UsageError. */
export function parseFlags<O extends Options>(argv: string[], options: O, allowPositionals = false) {
  try {
    return parseArgs({ args: argv, options: { ...options, help: { type: 'boolean', short: 'h' } }, strict: true, allowPositionals });
  } catch (err) {
    const first = (err as Error).message.split('\n')[0];
    // parseArgs reads "--seed -1" as a flag followed by another flag: say how to pass such a value.
    const hint = /ambiguous/i.test(first) ? '; for a value that starts with "-", write --flag=value' : '';
    throw new UsageError(hint ? first.replace(/\.$/, '') + hint : first);
  }
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
 * breaks needs no shell quoting). A blank text is bad usage.
 */
export async function textArgument(positionals: string[], verb: string, isBlank: (text: string) => boolean): Promise<string> {
  const stdin = positionals.length === 1 && positionals[0] === '-';
  const text = stdin ? (await readStdin()).replace(/\r?\n$/, '') : positionals.join(' ');
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
