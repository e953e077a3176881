// A port in use (or a HOST that cannot be listened on) is found before the model loads and before the
// review store is opened: it used to be found only after the store had been created and migrated,
// which left a stray new store behind (and cost the model's load).
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp-dir.js';

const ROOT = path.resolve(import.meta.dirname, '..', '..');

describe('the service checks its port first', () => {
  it('exits 2 naming PORT, without loading the model or creating a store', async () => {
    const taken = createServer();
    await new Promise<void>((r) => taken.listen(0, '127.0.0.1', () => r()));
    const dataDir = path.join(tempDir('netra-port-first-'), 'baru');
    try {
      const child = spawn(process.execPath, ['--import', 'tsx', 'src/service/server.ts'], {
        cwd: ROOT,
        env: { ...process.env, HOST: '127.0.0.1', PORT: String((taken.address() as AddressInfo).port), LOG_LEVEL: 'info', NETRA_API_KEYS: '', NETRA_DATA_DIR: dataDir, DATABASE_URL: '', NETRA_SCORE_WORKERS: '0' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let out = '';
      let err = '';
      child.stdout.on('data', (d) => (out += d));
      child.stderr.on('data', (d) => (err += d));
      const code = await new Promise<number | null>((r) => child.on('exit', (c) => r(c)));
      expect(code, err).toBe(2);
      expect(err).toMatch(/^netra service: invalid configuration: PORT: \d+ is already in use on "127\.0\.0\.1"$/m);
      expect(existsSync(dataDir)).toBe(false);
      expect(out).not.toContain('scorer ready');
    } finally {
      taken.close();
    }
  }, 60_000);
});
