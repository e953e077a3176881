// kill -9 during a burst of decisions: every decision acknowledged before the kill is in the store.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReviewStore } from '../../src/review/store/index.js';
import { describeOnStores } from './helpers/stores.js';
import { fakeResult } from './helpers/fixtures.js';

const CHILD = fileURLToPath(new URL('./helpers/decide-burst.ts', import.meta.url));
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const ITEMS = 400;
const KILL_AFTER = 60;

describeOnStores('durability on $name', (kind) => {
  beforeAll(() => kind.setup(), 60_000);
  afterAll(() => kind.teardown());

  it('loses no acknowledged decision when the writer is killed with SIGKILL', async () => {
    const where = await kind.fresh();
    const store = await ReviewStore.open(where);
    const ids: string[] = [];
    for (let i = 0; i < ITEMS; i++) ids.push((await store.add({ text: `Posting ketahanan ${i}`, source: 'burst', externalId: String(i) }, fakeResult(0.5 + (i % 50) / 100), 'setup')).item.id);
    await store.close();

    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, JSON.stringify({ ...where, ids })], { stdio: ['ignore', 'pipe', 'pipe'] });
    const acked = new Map<string, string>();
    let stderr = '';
    child.stderr.on('data', (d) => {
      stderr += String(d);
    });
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
    let buf = '';
    let killed = false;
    child.stdout.on('data', (d) => {
      buf += String(d);
      let nl;
      while ((nl = buf.indexOf('\n')) >= 0) {
        const line = buf.slice(0, nl);
        buf = buf.slice(nl + 1);
        const m = /^ack (\S+) (\S+)$/.exec(line);
        if (m) acked.set(m[1], m[2]);
        if (!killed && acked.size >= KILL_AFTER) {
          killed = true;
          child.kill('SIGKILL');
        }
      }
    });
    const { signal } = await exited;
    expect(signal, stderr.slice(-2000)).toBe('SIGKILL');
    expect(acked.size).toBeGreaterThanOrEqual(KILL_AFTER);
    expect(acked.size).toBeLessThan(ITEMS);

    const after = await ReviewStore.open(where);
    try {
      for (const [itemId, decisionId] of acked) {
        const rec = await after.record(itemId);
        expect(rec?.decisions.map((d) => d.id)).toContain(decisionId);
        expect(['confirmed', 'dismissed']).toContain(rec?.item.status);
        expect(rec?.audit.some((a) => a.action === 'decision' && (a.after as { decision_id?: string }).decision_id === decisionId)).toBe(true);
      }
      // Decisions and statuses agree everywhere, acknowledged or not: no half-written change.
      const decided = await after.rdb.db.selectFrom('decisions').select('item_id').execute();
      const statuses = await after.rdb.db.selectFrom('items').select(['id', 'status']).execute();
      const withDecision = new Set(decided.map((d) => d.item_id));
      for (const s of statuses) expect(withDecision.has(s.id)).toBe(s.status !== 'new');
      const audits = await after.rdb.db.selectFrom('audit').select('item_id').where('action', '=', 'decision').execute();
      expect(audits.length).toBe(decided.length);
    } finally {
      await after.close();
    }
  }, 120_000);
});

describe('a new SQLite store opened by two processes at once', () => {
  it('is migrated once; neither fails on tables the other just made', async () => {
    // Each child loads the store module first, then waits for a common moment, so the opens race.
    const open = (dir: string, at: number) =>
      new Promise<{ code: number | null; stderr: string }>((resolve) => {
        const code = `import('./src/review/store/index.ts').then(async ({ ReviewStore }) => { while (Date.now() < ${at}); const s = await ReviewStore.open({ dataDir: ${JSON.stringify(dir)} }); await s.close(); })`;
        const child = spawn(process.execPath, ['--import', 'tsx', '-e', code], { cwd: ROOT });
        let stderr = '';
        child.stderr.on('data', (c: Buffer) => (stderr += c));
        child.on('close', (c) => resolve({ code: c, stderr }));
      });
    for (let trial = 0; trial < 3; trial++) {
      const dir = mkdtempSync(path.join(os.tmpdir(), 'netra-migrate-'));
      const at = Date.now() + 3000;
      const runs = await Promise.all([open(dir, at), open(dir, at), open(dir, at)]);
      for (const r of runs) expect(r.code, r.stderr.slice(-400)).toBe(0);
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('waits for another process that holds a write lock on the new file instead of failing at once', async () => {
    // SQLite answers SQLITE_BUSY to the switch to WAL at once, without its busy handler, while another
    // connection holds a write lock on a new (rollback-journal) file: the CI race this pins down.
    const dir = mkdtempSync(path.join(os.tmpdir(), 'netra-walbusy-'));
    const file = path.join(dir, 'review.sqlite');
    const code = `const D = require('better-sqlite3'); const d = new D(${JSON.stringify(file)}); d.exec('create table lock_probe(x)'); d.exec('begin immediate'); d.exec('insert into lock_probe values (1)'); console.log('locked'); setTimeout(() => { d.exec('commit'); d.close(); }, 400);`;
    const child = spawn(process.execPath, ['-e', code], { cwd: ROOT });
    const done = new Promise<number | null>((resolve) => child.on('close', resolve));
    await new Promise<void>((resolve) => child.stdout.on('data', () => resolve()));
    const store = await ReviewStore.open({ dataDir: dir });
    try {
      expect(await done).toBe(0);
      expect((await store.stats()).total).toBe(0);
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 30_000);
});
