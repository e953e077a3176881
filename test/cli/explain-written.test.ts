// `netra explain` shows each evidence phrase's words as the post writes them: one post, so the cost
// that keeps them opt-in for the API and `score` does not matter here.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..', '..');

describe('netra explain', () => {
  it('gives evidence the words as written, with offsets into the text', () => {
    const text = 'gak usah ragu, c0bl0s nomor 02 ✌️';
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'explain', text], { cwd: root, encoding: 'utf8' });
    expect(r.status).toBe(0);
    const evidence: { text: string; written?: { text: string; start: number; end: number }[] }[] = JSON.parse(r.stdout).evidence;
    expect(evidence.find((e) => e.text === 'coblos')?.written).toEqual([{ text: 'c0bl0s', start: 15, end: 21 }]);
    expect(evidence.find((e) => e.text === 'nomor 2')?.written).toEqual([{ text: 'nomor 02', start: 22, end: 30 }]);
  });
});
