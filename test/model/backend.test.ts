// Backend choice: tfjs-node when it loads, else wasm, else pure JS; NETRA_TF_BACKEND forces one.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..', '..');
const script = "import('./src/model/backend.ts').then(async (m) => { console.log('chose', await m.initBackend()); const s = await import('./src/model/backend-status.ts'); console.log('status', s.tfjsBackend()); })";

function choose(forced?: string) {
  const env: Record<string, string | undefined> = { ...process.env, NETRA_TF_BACKEND: forced };
  return spawnSync(process.execPath, ['--import', 'tsx', '-e', script], { cwd: root, env, encoding: 'utf8' });
}

let haveTfjsNode = true;
try {
  createRequire(import.meta.url)('@tensorflow/tfjs-node');
} catch {
  haveTfjsNode = false;
}

describe('tfjs backend choice', () => {
  it('prefers tfjs-node, else wasm, and records the choice', () => {
    const r = choose();
    expect(r.stdout).toContain(`chose ${haveTfjsNode ? 'tensorflow' : 'wasm'}`);
    expect(r.stdout).toContain(`status ${haveTfjsNode ? 'tensorflow' : 'wasm'}`);
  });
  it('can be forced to the pure-JS backend', () => {
    expect(choose('cpu').stdout).toContain('chose cpu');
  });
  it('refuses a value it does not know instead of choosing automatically', () => {
    const r = choose('gpu');
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain('NETRA_TF_BACKEND must be node, wasm or cpu, got "gpu"');
  });
  it.skipIf(haveTfjsNode)('says so clearly when a forced backend is unavailable', () => {
    const r = choose('node');
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain('no usable tfjs backend (NETRA_TF_BACKEND=node)');
  });
});
