// The workflow's check-then-write sequences, interleaved from two connections: each locks the item row
// as it reads it (FOR UPDATE on PostgreSQL; SQLite's writers take turns), so the second to come waits
// and then sees what the first did. These were no defects: they held before the purge locked its items,
// except that a note added on PostgreSQL between the purge's read and its write was accepted (and its
// text cleared by the purge, as now one added before it); it is now refused, as after a purge.
import { expect, it } from 'vitest';
import type { ReviewStore } from '../../src/review/store/index.js';
import { ConflictError, PurgedError } from '../../src/review/store/errors.js';
import { purgeExpired } from '../../src/review/store/retention.js';
import { addNote, assignItem, decideItem } from '../../src/review/store/workflow.js';
import { describeOnStores, withStorePair } from './helpers/stores.js';
import { fakeResult } from './helpers/fixtures.js';
import { interleave } from './helpers/interleave.js';

const DAY = 86_400_000;
const later = () => new Date(Date.now() + 200 * DAY);
const ITEM_READ = /^select .* from "items" where "id" = /; // the row read (and locked) for the change

describeOnStores('decisions, assignments and notes interleaved with each other and a purge on $name', (kind) => {
  let a: ReviewStore;
  let b: ReviewStore;
  withStorePair(kind, (one, two) => ((a = one), (b = two)));
  const between = kind.name === 'postgres' ? 'between' : 'after';
  const newItem = async (text: string) => (await a.add({ text, author: 'akun-uji' }, fakeResult(0.9, 'ajakan'), 'cli:uji')).item.id;
  const actions = async (id: string) => (await a.audit(id)).map((e) => e.action);

  it('an assignment that reaches an item being decided waits, then is refused: the item is decided', async () => {
    const id = await newItem('Ayo coblos nomor 2, diputuskan saat diambil');
    const decide = (rdb: typeof a.rdb) => decideItem(rdb, id, { outcome: 'confirmed', reason: 'ajakan jelas' }, 'Sari#k1');
    const run = await interleave(a.rdb, ITEM_READ, decide, () => assignItem(b.rdb, id, 'Budi#k2', 'Budi#k2'));
    expect(run.ran).toBe(between);
    expect(run.first.status).toBe('fulfilled');
    expect((run.second as PromiseRejectedResult).reason).toBeInstanceOf(ConflictError);
    expect(await actions(id)).toEqual(['create', 'decision']);
  });

  it('of two decisions made on the same status, the second waits and is refused', async () => {
    const id = await newItem('Coblos nomor 1, dua keputusan sekaligus');
    const decide = (rdb: typeof a.rdb, outcome: 'confirmed' | 'escalated', who: string) => decideItem(rdb, id, { outcome, reason: 'alasan uji', fromStatus: 'new' }, who);
    const run = await interleave(a.rdb, ITEM_READ, (rdb) => decide(rdb, 'escalated', 'Sari#k1'), () => decide(b.rdb, 'confirmed', 'Budi#k2'));
    expect(run.ran).toBe(between);
    expect(run.first.status).toBe('fulfilled');
    expect((run.second as PromiseRejectedResult).reason).toBeInstanceOf(ConflictError);
    expect((await a.record(id))?.decisions.map((d) => d.outcome)).toEqual(['escalated']);
  });

  it('a note added while a purge runs never keeps its text: refused after the purge, cleared by it before', async () => {
    for (const noteFirst of [true, false]) {
      const id = await newItem(`Pilih nomor 3, catatan saat retensi (${noteFirst})`);
      await a.decide(id, { outcome: 'confirmed', reason: 'ajakan jelas' }, 'Sari#k1');
      const note = (rdb: typeof a.rdb) => addNote(rdb, id, { text: 'menyalin kalimat unggahan' }, 'Ani#k3');
      const purge = (rdb: typeof a.rdb) => purgeExpired(rdb, 180, 'system:retention', later());
      const run = noteFirst ? await interleave(a.rdb, ITEM_READ, note, () => purge(b.rdb)) : await interleave(a.rdb, /^select .* from "items" where "status" in/, purge, () => note(b.rdb));
      expect(run.ran).toBe(between);
      const noted = noteFirst ? run.first : run.second;
      if (noteFirst) expect(noted.status).toBe('fulfilled');
      else expect((noted as PromiseRejectedResult).reason).toBeInstanceOf(PurgedError);
      expect((await a.record(id))?.notes.map((n) => n.text)).toEqual(noteFirst ? [null] : []);
      expect(await a.get(id)).toMatchObject({ text: null });
    }
  });
});
