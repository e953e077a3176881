// Command-line arguments for the scripts: unknown flags and bad numbers are one-line usage errors
// (exit 2), as in the CLI, instead of stack traces or silent fallbacks. A script that fails later (a
// changed corpus, a bad data file) says why in one message and exits 1, as the CLI does (failLikeTheCli).
import { statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { refuseRepeatedFlags, UsageError } from '../../src/cli/command.js';
import { CLOSED_PIPE_EXIT, isClosedPipe, quitQuietlyOnClosedPipes } from '../../src/util/closed-pipe.js';

// Every script parses its flags here, so this is where they all get the CLI's handling of a closed
// pipe: `tsx scripts/x.ts | head` ends quietly (exit 141) instead of with an EPIPE stack trace.
quitQuietlyOnClosedPipes();

let failing: string | undefined;

/**
 * From now on an error the script does not catch — a missing or changed corpus (the label integrity
 * check), a bad labels, examples or split file, an invalid election config — ends it as the CLI ends a
 * command: `script: message` on stderr and exit 1 (a UsageError: exit 2; NETRA_DEBUG=1 adds the stack).
 * Uncaught, such an error printed its stack trace, and once the wasm backend had loaded (tune), the
 * ~30 KB minified source line of tfjs-backend-wasm, which rethrows uncaught errors, and exit 7.
 * These listeners come before the backend's, and exit before it rethrows. scriptArgv calls it.
 */
export function failLikeTheCli(script: string): void {
  if (failing !== undefined) return;
  failing = script;
  const fail = (err: unknown): void => {
    if (isClosedPipe(err)) process.exit(CLOSED_PIPE_EXIT); // the reader stopped: nothing to say, as the CLI
    console.error(`${script}: ${err instanceof Error ? err.message : String(err)}`);
    if (process.env.NETRA_DEBUG && err instanceof Error) console.error(err.stack);
    process.exit(err instanceof UsageError ? 2 : 1);
  };
  process.on('uncaughtException', fail);
  process.on('unhandledRejection', fail);
}

export function usageError(script: string, message: string): never {
  console.error(`${script}: ${message}`);
  process.exit(2);
}

/** parseArgs with a one-line error for unknown flags, missing values or a value flag given twice (as the CLI's parseFlags). */
export function scriptArgs<T extends NonNullable<ParseArgsConfig['options']>>(script: string, options: T) {
  return scriptArgv(script, options, false).values;
}

/** scriptArgs for scripts that also take file names: the flags' values and the positionals. */
export function scriptArgv<T extends NonNullable<ParseArgsConfig['options']>>(script: string, options: T, allowPositionals = true) {
  failLikeTheCli(script);
  let parsed;
  try {
    parsed = parseArgs({ options, allowPositionals, tokens: true });
  } catch (err) {
    return usageError(script, (err as Error).message.split('\n')[0]);
  }
  checkedArg(script, () => refuseRepeatedFlags(parsed.tokens, options));
  return { values: parsed.values, positionals: parsed.positionals };
}

/**
 * `--json FILE`, checked before the run: the report is written last, and a path that cannot take it
 * would otherwise end a long run (robustness, tune) in a stack trace with nothing written.
 */
export function jsonOutArg(script: string, file: string | undefined): string | undefined {
  if (file === undefined) return undefined;
  const give = 'give a file in an existing directory';
  if (file.trim() === '') usageError(script, `--json must not be empty; ${give}`);
  if (statSync(file, { throwIfNoEntry: false })?.isDirectory()) usageError(script, `--json ${file} is a directory; ${give}`);
  const dir = path.dirname(file);
  if (!statSync(dir, { throwIfNoEntry: false })?.isDirectory()) usageError(script, `--json ${file}: ${dir} does not exist; ${give}`);
  return file;
}

/** A whole-number flag ≥ min; `fallback` when absent. */
export function wholeArg(script: string, value: string | undefined, name: string, fallback: number, min = 1): number {
  if (value === undefined) return fallback;
  const n = /^\d+$/.test(value) ? Number(value) : NaN;
  if (!(n >= min)) usageError(script, `--${name} must be a whole number ≥ ${min}, got ${JSON.stringify(value)}`);
  return n;
}

/**
 * Runs one of the CLI's own checks (corpusFlag, modelFlag) for a script: its UsageError becomes the
 * script's one-line exit 2, before the model or the corpus is loaded.
 */
export function checkedArg<T>(script: string, check: () => T): T {
  try {
    return check();
  } catch (err) {
    if (err instanceof UsageError) return usageError(script, err.message);
    throw err;
  }
}
