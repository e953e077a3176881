// Operators send SIGHUP expecting a reload; Node's default for it ended the service at once (exit
// 129), with no drain and no log line. netra reloads nothing, so it says so and keeps serving.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { startServerProcess } from './server-process.js';

describe('SIGHUP', () => {
  it('logs that nothing is reloaded (restart to load a new election or model) and keeps serving', async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'netra-hup-'));
    const service = startServerProcess({ NETRA_SCORE_WORKERS: '0', NETRA_DATA_DIR: dataDir, DATABASE_URL: '' });
    try {
      const { port } = (await service.waitFor('listening')) as { port: number };
      service.child.kill('SIGHUP');
      const line = await service.waitFor('SIGHUP', 10_000);
      expect(line).toMatchObject({ level: 40, signal: 'SIGHUP' });
      expect(String(line.msg)).toMatch(/does not reload.*restart/);
      expect(service.child.exitCode).toBeNull();
      expect((await fetch(`http://127.0.0.1:${port}/readyz`)).status).toBe(200);
      service.child.kill('SIGTERM'); // still stops as before
      expect(await service.exited()).toBe(0);
    } finally {
      await service.kill();
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 60_000);
});
