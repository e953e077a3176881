// fastText baseline: the Debian `fasttext` binary, trained on the same training split (our normalized
// text) and asked for all four label probabilities. Nothing is installed here: when the binary is
// missing the baseline is reported as unavailable.
import { spawnSync, spawn } from 'node:child_process';
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

const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim();

export interface FastTextModel {
  dir: string;
  modelPath: string;
  seconds: number;
}

export function trainFastText(bin: string, texts: string[], labels: number[]): FastTextModel {
  const dir = mkdtempSync(path.join(tmpdir(), 'netra-fasttext-'));
  const trainFile = path.join(dir, 'train.txt');
  writeFileSync(trainFile, texts.map((t, i) => `__label__${LABELS[labels[i]]} ${oneLine(t)}`).join('\n') + '\n');
  const t0 = performance.now();
  const run = spawnSync(bin, ['supervised', '-input', trainFile, '-output', path.join(dir, 'model'), ...FASTTEXT_ARGS], { encoding: 'utf8' });
  if (run.status !== 0) {
    // The training file holds post text (personal data): it must not outlive a failed run.
    rmSync(dir, { recursive: true, force: true });
    const why = run.error ? run.error.message : `exit ${run.status ?? run.signal}${run.stderr?.trim() ? `: ${run.stderr.trim().split('\n').pop()}` : ''}`;
    throw new Error(`fasttext supervised failed (${bin}, ${why})`);
  }
  return { dir, modelPath: path.join(dir, 'model.bin'), seconds: (performance.now() - t0) / 1000 };
}

/** Probabilities in LABELS order for each text, via `fasttext predict-prob MODEL FILE 4`. */
export async function predictFastText(bin: string, model: FastTextModel, texts: string[]): Promise<number[][]> {
  const file = path.join(model.dir, `predict-${Date.now()}.txt`);
  writeFileSync(file, texts.map(oneLine).join('\n') + '\n');
  const child = spawn(bin, ['predict-prob', model.modelPath, file, String(LABELS.length)]);
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

export function cleanupFastText(model: FastTextModel): void {
  rmSync(model.dir, { recursive: true, force: true });
}
