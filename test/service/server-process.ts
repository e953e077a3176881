// The real service process (`src/service/server.ts`) for tests that need signals, exit codes or a
// database that goes away: its JSON log lines, its stderr, and waiting for a line or the exit.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface ServerProcess {
  child: ChildProcess;
  lines(): Record<string, unknown>[];
  stderr(): string;
  /** The first log line whose message starts with `msg`. */
  waitFor(msg: string, ms?: number): Promise<Record<string, unknown>>;
  exited(): Promise<number | null>;
  kill(): Promise<void>;
}

/** `command`: what starts it (default node on server.ts; `npm start` to test signals through npm). */
export function startServerProcess(env: Record<string, string>, command: [string, string[]] = [process.execPath, ['--import', 'tsx', 'src/service/server.ts']]): ServerProcess {
  // The service opens the review store: without a NETRA_DATA_DIR of the test's own, a store of its own
  // in a temporary directory (removed when the process ends), never the project's var/.
  const dataDir = 'NETRA_DATA_DIR' in env ? undefined : mkdtempSync(path.join(os.tmpdir(), 'netra-server-'));
  const child = spawn(command[0], command[1], {
    cwd: ROOT,
    env: { ...process.env, HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'info', NETRA_API_KEYS: '', ...(dataDir ? { NETRA_DATA_DIR: dataDir } : {}), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (dataDir) child.once('exit', () => rmSync(dataDir, { recursive: true, force: true }));
  let out = '';
  let err = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (err += d));
  const lines = () =>
    out
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l) as Record<string, unknown>);
  const exited = (): Promise<number | null> => (child.exitCode !== null || child.signalCode !== null ? Promise.resolve(child.exitCode) : new Promise((r) => child.once('exit', (code) => r(code))));
  return {
    child,
    lines,
    stderr: () => err,
    async waitFor(msg, ms = 45_000) {
      const until = Date.now() + ms;
      while (Date.now() < until) {
        const hit = lines().find((l) => String(l.msg).startsWith(msg));
        if (hit) return hit;
        if (child.exitCode !== null) break;
        await new Promise((r) => setTimeout(r, 25));
      }
      throw new Error(`no "${msg}" log line; stdout: ${out.slice(-1500)} stderr: ${err.slice(-1500)}`);
    },
    exited,
    async kill() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited();
    },
  };
}
