// A retention purge running while an admin deletes the same item, or a supervisor corrects its
// decision, from another connection (another replica, or `netra review purge` beside the service). On
// PostgreSQL (READ COMMITTED) the purge read the due items in one statement and cleared them in
// another: an item deleted in between got a `purge_text` entry after its `delete` (and counted as
// purged), and an item corrected back to escalated in between lost its text at once, its entry naming
// a rule that no longer applied; and two replicas purging at once (each does on start) both wrote a
// `purge_text` entry for each item. SQLite's writers take turns, so there the other writer runs after.
import { expect, it } from 'vitest';
import type { ReviewStore } from '../../src/review/store/index.js';
import { PurgedError } from '../../src/review/store/errors.js';
import { deleteItem, purgeExpired } from '../../src/review/store/retention.js';
import { decideItem } from '../../src/review/store/workflow.js';
import { describeOnStores, withStorePair } from './helpers/stores.js';
import { fakeResult } from './helpers/fixtures.js';
import { interleave } from './helpers/interleave.js';

const DAY = 86_400_000;
const later = () => new Date(Date.now() + 200 * DAY); // a confirmed item decided now is due then (180 days)
const PURGE_SELECT = /^select .* from "items" where "status" in/;

describeOnStores('a purge and a concurrent delete or correction of the same item on $name', (kind) => {
  let a: ReviewStore;
  let b: ReviewStore;
  withStorePair(kind, (one, two) => ((a = one), (b = two)));
  const between = kind.name === 'postgres' ? 'between' : 'after';

  const confirmed = async (text: string) => {
    const { item } = await a.add({ text, author: 'akun-uji' }, fakeResult(0.9, 'ajakan'), 'cli:uji');
    const decision = await a.decide(item.id, { outcome: 'confirmed', reason: 'ajakan jelas' }, 'Sari#k1');
    return { id: item.id, decision: decision.id };
  };
  const actions = async (id: string) => (await a.audit(id)).map((e) => e.action);

  it('a purge that reaches an item being deleted leaves no purge_text entry after the delete', async () => {
    const { id } = await confirmed('Ayo coblos nomor 2, dihapus atas permintaan');
    const run = await interleave(a.rdb, /^delete from "items"/, (rdb) => deleteItem(rdb, id, 'admin#k9', 'permintaan subjek data'), () => purgeExpired(b.rdb, 180, 'system:retention', later()));
    expect(run.ran).toBe(between);
    expect(run.first.status).toBe('fulfilled');
    expect(run.second).toEqual({ status: 'fulfilled', value: 0 });
    expect(await a.get(id)).toBeUndefined();
    expect(await actions(id)).toEqual(['create', 'decision', 'delete']);
  });

  it('a delete that reaches an item being purged waits for it: purge_text, then delete', async () => {
    const { id } = await confirmed('Coblos nomor 1, dihapus saat retensi berjalan');
    const run = await interleave(a.rdb, PURGE_SELECT, (rdb) => purgeExpired(rdb, 180, 'system:retention', later()), () => deleteItem(b.rdb, id, 'admin#k9', 'permintaan subjek data'));
    expect(run.ran).toBe(between);
    expect(run.first).toEqual({ status: 'fulfilled', value: 1 });
    expect(run.second.status).toBe('fulfilled');
    expect(await a.get(id)).toBeUndefined();
    expect(await actions(id)).toEqual(['create', 'decision', 'purge_text', 'delete']);
  });

  it('a purge that reaches an item being corrected back to escalated leaves its text (the escalation has its own period)', async () => {
    const { id, decision } = await confirmed('Pilih nomor 3, koreksi ke eskalasi');
    const correct = (rdb: typeof a.rdb) => decideItem(rdb, id, { outcome: 'escalated', corrects: decision, reason: 'perlu pejabat pembina' }, 'Budi#k2');
    const run = await interleave(a.rdb, /^update "items"/, correct, () => purgeExpired(b.rdb, 180, 'system:retention', later(), 365));
    expect(run.ran).toBe(between);
    expect(run.first.status).toBe('fulfilled');
    expect(run.second).toEqual({ status: 'fulfilled', value: 0 });
    expect(await a.get(id)).toMatchObject({ status: 'escalated', text: 'Pilih nomor 3, koreksi ke eskalasi', purgedAt: null });
    expect(await actions(id)).toEqual(['create', 'decision', 'decision']);
  });

  it('a correction that reaches an item being purged waits for it, and is refused: the text is gone', async () => {
    const { id, decision } = await confirmed('Dukung nomor 2, koreksi saat retensi berjalan');
    const correct = () => decideItem(b.rdb, id, { outcome: 'escalated', corrects: decision, reason: 'perlu pejabat pembina' }, 'Budi#k2');
    const run = await interleave(a.rdb, PURGE_SELECT, (rdb) => purgeExpired(rdb, 180, 'system:retention', later(), 365), correct);
    expect(run.ran).toBe(between);
    expect(run.first).toEqual({ status: 'fulfilled', value: 1 });
    expect(run.second.status).toBe('rejected');
    expect((run.second as PromiseRejectedResult).reason).toBeInstanceOf(PurgedError);
    expect(await a.get(id)).toMatchObject({ status: 'confirmed', text: null });
    expect(await actions(id)).toEqual(['create', 'decision', 'purge_text']);
  });

  it('of two purges at once (two replicas starting), one purges the item and the other finds it done: one purge_text entry', async () => {
    const { id } = await confirmed('Coblos nomor 2, dua replika memurnikan');
    const run = await interleave(a.rdb, PURGE_SELECT, (rdb) => purgeExpired(rdb, 180, 'system:retention', later()), () => purgeExpired(b.rdb, 180, 'system:retention', later()));
    expect(run.ran).toBe(between);
    expect(run.first).toEqual({ status: 'fulfilled', value: 1 });
    expect(run.second).toEqual({ status: 'fulfilled', value: 0 });
    expect(await actions(id)).toEqual(['create', 'decision', 'purge_text']);
  });
});
