// The real service process: refused keys counted in memory (key_failed rows are aggregated per
// minute) are written by its graceful shutdown on SIGTERM, so every refusal is in the audit log
// once the process has stopped. Counted without depending on the clock: the rows' own refusal plus
// the counts they carry add up to the refusals sent, however the minutes fell.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { ReviewStore } from '../../src/review/store/index.js';
import { createKey } from '../../src/review/keys.js';
import { startServerProcess } from '../service/server-process.js';

it('SIGTERM writes the refused-key counts still held, then the process exits 0', async () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'netra-flush-'));
  try {
    const made = await ReviewStore.open({ dataDir, url: '' });
    const sari = await createKey(made.rdb, { name: 'Sari', role: 'analyst' }, 'test');
    await made.close();
    const wrong = `${sari.key.slice(0, -1)}${sari.key.endsWith('A') ? 'B' : 'A'}`;

    const server = startServerProcess({ NETRA_DATA_DIR: dataDir, NETRA_SCORE_WORKERS: '0' });
    try {
      const { port } = (await server.waitFor('listening')) as { port: number };
      const sent = 5;
      for (let i = 0; i < sent; i++) expect((await fetch(`http://127.0.0.1:${port}/v1/review/items`, { headers: { authorization: `Bearer ${wrong}` } })).status).toBe(401);
      server.child.kill('SIGTERM');
      expect(await server.exited()).toBe(0);

      const store = await ReviewStore.open({ dataDir, url: '' });
      try {
        const rows = (await store.rdb.db.selectFrom('audit').select('after').where('action', '=', 'key_failed').execute()).map((r) => JSON.parse(String(r.after)));
        const told = rows.reduce((n, r) => n + (r.unrecorded === undefined ? 1 + (r.unrecorded_before ?? 0) : r.unrecorded), 0);
        expect(told).toBe(sent);
        for (const r of rows) expect(r).toMatchObject({ key_id: sari.info.id, reason: 'wrong_secret' });
      } finally {
        await store.close();
      }
    } finally {
      await server.kill();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}, 120_000);
