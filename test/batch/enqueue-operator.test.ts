// `score --enqueue` is audited as the person who ran it, as the other commands run from a shell are
// (`keys`, `train --with-reviews`): `cli:<login name>`, the process's own OS account, not `$USER`, which
// anyone can set for one command. The feed stays in the create entry's `source`.
import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { ReviewStore } from '../../src/review/store/index.js';
import { cliActor } from '../../src/review/names.js';
import { cli, tempDir } from './helpers.js';

describe('score --enqueue in the audit log', () => {
  it('names the OS account that ran the job as the creator of each item it queued', async () => {
    const dir = tempDir();
    const dataDir = path.join(dir, 'data');
    await (await ReviewStore.open({ dataDir })).close();
    const feed = path.join(dir, 'bkd.csv');
    writeFileSync(feed, 'id,text\n1,Ayo coblos nomor 2 Khofifah-Emil!\n2,Dukung nomor 2 ya teman-teman!\n');
    const run = await cli(['score', '--input', feed, '--enqueue', '--output', path.join(dir, 'out.jsonl')], { env: { NETRA_DATA_DIR: dataDir, DATABASE_URL: '', USER: 'bukan-saya' } });
    expect(run.code, run.stderr).toBe(0);

    const store = await ReviewStore.open({ dataDir });
    try {
      const created = await store.rdb.db.selectFrom('audit').select(['actor', 'after']).where('action', '=', 'create').execute();
      expect(created.length).toBeGreaterThan(0);
      expect(cliActor()).toMatch(/^cli:/);
      for (const entry of created) {
        expect(entry.actor).toBe(cliActor());
        expect(JSON.parse(String(entry.after)).source).toBe('batch:bkd.csv');
      }
    } finally {
      await store.close();
    }
  }, 120_000);
});
