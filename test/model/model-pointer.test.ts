// NETRA_MODEL and --model given models/default.json, the documented default: the version that file
// names is loaded, as with neither set. It used to be "no model at …/models/default.json" (the service
// exit 2), so a deployment writing the documented default into its environment did not start.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { MODELS_DIR, resolveModelDir } from '../../src/model/artifact.js';
import { loadConfig } from '../../src/service/config.js';
import { tempDir } from '../helpers/temp-dir.js';

const root = path.resolve(import.meta.dirname, '..', '..');
const SHIPPED = (JSON.parse(readFileSync(path.join(root, 'models/default.json'), 'utf8')) as { version: string }).version;

describe('a model pointer file ({"version": …}) as the model', () => {
  it('resolves to the version it names, under models/', () => {
    expect(resolveModelDir('models/default.json')).toBe(path.join(MODELS_DIR, SHIPPED));
    expect(resolveModelDir(path.join(root, 'models/default.json'))).toBe(path.join(MODELS_DIR, SHIPPED));
    expect(loadConfig({ NETRA_MODEL: 'models/default.json' }).model).toBe('models/default.json');
  });

  it('is scored with by explain --model and NETRA_MODEL, as with neither', () => {
    const explain = (args: string[], env: Record<string, string> = {}) =>
      spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'explain', ...args, 'ayo c0bl0s 02'], { cwd: root, encoding: 'utf8', env: { ...process.env, ...env } });
    const plain = explain([]);
    expect(plain.status).toBe(0);
    expect(explain(['--model', 'models/default.json'])).toMatchObject({ status: 0, stdout: plain.stdout });
    expect(explain([], { NETRA_MODEL: 'models/default.json' })).toMatchObject({ status: 0, stdout: plain.stdout });
  });

  it('refuses a file naming no version, saying so', () => {
    const dir = tempDir('netra-pointer-');
    for (const [name, body] of [['pointer.json', '{"name": "x"}'], ['notes.txt', 'model 2026-12-06g']]) {
      const file = path.join(dir, name);
      writeFileSync(file, body);
      expect(() => resolveModelDir(file)).toThrow(`${file} is a file, not a model directory; a file given as the model must name a version under models/ ({"version": "…"}, as models/default.json does)`);
      expect(() => loadConfig({ NETRA_MODEL: file })).toThrow(`NETRA_MODEL: ${file} is a file, not a model directory`);
    }
  });
});
