// fastText baseline: the Debian `fasttext` binary, trained on the same training split (our normalized
// text) and asked for all four label probabilities. Nothing is installed here: when the binary is
// missing the baseline is reported as unavailable.
import { spawnSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { LABELS } from '../../data/labels.js';

export const FASTTEXT_ARGS = ['-epoch', '25', '-lr', '0.5', '-wordNgrams', '2', '-dim', '50', '-minn', '3', '-maxn', '5', '-thread', '1', '-seed', '1234', '-verbose', '0'];

export function fasttextBinary(): string | undefined {
  const bin = process.env.FASTTEXT_BIN ?? 'fasttext';
  const probe = spawnSync(bin, [], { encoding: 'utf8' });
  return probe.error ? undefined : bin;
}

// Temp directories (they hold post text) and children alive now. A signal handler's process.exit
// (train, eval) runs this hook, so an interrupted run leaves neither behind.
const liveDirs = new Set<string>();
const liveChildren = new Set<ChildProcess>();
process.on('exit', () => {
  for (const child of liveChildren) child.kill('SIGKILL');
  for (const dir of liveDirs) rmSync(dir, { recursive: true, force: true });
});

/** Runs bin to its end without blocking the event loop, so SIGINT/SIGTERM are handled at once. */
function run(bin: string, args: string[]): Promise<{ status: number | null; signal: NodeJS.Signals | null; stderr: string; error?: Error }> {
  return new Promise((resolve) => {
    const child = spawn(bin, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    liveChildren.add(child);
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', (error) => (liveChildren.delete(child), resolve({ status: null, signal: null, stderr, error })));
    child.on('close', (status, signal) => (liveChildren.delete(child), resolve({ status, signal, stderr })));
  });
}

const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim();

export interface FastTextModel {
  dir: string;
  modelPath: string;
  seconds: number;
}

export async function trainFastText(bin: string, texts: string[], labels: number[]): Promise<FastTextModel> {
  const dir = mkdtempSync(path.join(tmpdir(), 'netra-fasttext-'));
  liveDirs.add(dir);
  const trainFile = path.join(dir, 'train.txt');
  writeFileSync(trainFile, texts.map((t, i) => `__label__${LABELS[labels[i]]} ${oneLine(t)}`).join('\n') + '\n');
  const t0 = performance.now();
  const done = await run(bin, ['supervised', '-input', trainFile, '-output', path.join(dir, 'model'), ...FASTTEXT_ARGS]);
  if (done.status !== 0) {
    // The training file holds post text (personal data): it must not outlive a failed run.
    cleanupFastText({ dir });
    const why = done.error ? done.error.message : `exit ${done.status ?? done.signal}${done.stderr.trim() ? `: ${done.stderr.trim().split('\n').pop()}` : ''}`;
    throw new Error(`fasttext supervised failed (${bin}, ${why})`);
  }
  return { dir, modelPath: path.join(dir, 'model.bin'), seconds: (performance.now() - t0) / 1000 };
}

/** Probabilities in LABELS order for each text, via `fasttext predict-prob MODEL FILE 4`. */
export async function predictFastText(bin: string, model: FastTextModel, texts: string[]): Promise<number[][]> {
  const file = path.join(model.dir, `predict-${Date.now()}.txt`);
  writeFileSync(file, texts.map(oneLine).join('\n') + '\n');
  const child = spawn(bin, ['predict-prob', model.modelPath, file, String(LABELS.length)]);
  liveChildren.add(child);
  child.on('close', () => liveChildren.delete(child));
  const rows: number[][] = [];
  const rl = createInterface({ input: child.stdout });
  for await (const line of rl) {
    const probs = new Array<number>(LABELS.length).fill(0);
    const parts = line.trim().split(/\s+/);
    for (let i = 0; i + 1 < parts.length; i += 2) {
      const idx = LABELS.indexOf(parts[i].replace('__label__', '') as (typeof LABELS)[number]);
      if (idx >= 0) probs[idx] = Number(parts[i + 1]);
    }
    rows.push(probs);
  }
  const code: number = await new Promise((resolve) => child.on('close', resolve));
  if (code !== 0 || rows.length !== texts.length) throw new Error(`fasttext predict-prob failed (exit ${code}, ${rows.length}/${texts.length} lines)`);
  return rows;
}

export function cleanupFastText(model: Pick<FastTextModel, 'dir'>): void {
  rmSync(model.dir, { recursive: true, force: true });
  liveDirs.delete(model.dir);
}
