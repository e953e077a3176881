// A command's run() in this process, its output captured: for cases where only the command's answer is
// under test. Spawning `node --import tsx src/cli/main.ts` costs 0.2–0.8 s a case; the CLI's own
// wiring (exit codes, the "netra <command>: " prefix on stderr) is proven by the spawned runs kept in
// cli.test.ts.
import { Readable } from 'node:stream';
import { vi } from 'vitest';
import type { Command } from '../../src/cli/command.js';

export interface InProcessRun {
  /** What run() returned, or undefined when it threw. */
  code: number | undefined;
  /** What it threw (a UsageError for bad usage: the CLI prints its message and exits 2). */
  error: unknown;
  out: string;
  err: string;
}

/**
 * Runs `command` on `argv` with `env` set for the run (undefined unsets a variable) and `stdin` as the
 * bytes on standard input, then restores them.
 */
export async function runInProcess(command: Command, argv: string[], env: Record<string, string | undefined> = {}, stdin?: Buffer | string): Promise<InProcessRun> {
  let out = '';
  let err = '';
  const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
  const setEnv = (values: Record<string, string | undefined>) => {
    for (const [k, v] of Object.entries(values)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  };
  const spies: { mockRestore(): void }[] = [
    vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void (out += `${a.join(' ')}\n`)),
    vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void (err += `${a.join(' ')}\n`)),
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => ((out += String(chunk)), true)),
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => ((err += String(chunk)), true)),
  ];
  if (stdin !== undefined) spies.push(vi.spyOn(process, 'stdin', 'get').mockReturnValue(Readable.from([Buffer.from(stdin)]) as typeof process.stdin));
  setEnv(env);
  try {
    const code = await command.run(argv);
    return { code, error: undefined, out, err };
  } catch (error) {
    return { code: undefined, error, out, err };
  } finally {
    setEnv(saved);
    for (const spy of spies) spy.mockRestore();
  }
}

/** The command named `name` (src/cli/commands/<name>.ts exports `<name>Command`). */
export async function command(name: string): Promise<Command> {
  return (await import(`../../src/cli/commands/${name}.ts`))[`${name}Command`] as Command;
}
