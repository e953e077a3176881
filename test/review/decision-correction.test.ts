// A supervisor corrects a confirmed or dismissed item: a new decision naming the one it supersedes
// (`corrects`), with a reason. The old decision stays as it was, in the item's decisions and audit trail;
// of two corrections of the same decision at once exactly one is saved. On SQLite and PostgreSQL.
import { expect, it } from 'vitest';
import { ConflictError, type ReviewStore } from '../../src/review/store/index.js';
import { describeOnStores, withStore } from './helpers/stores.js';
import { fakeResult } from './helpers/fixtures.js';

describeOnStores('correcting a final decision on $name', (kind) => {
  let store: ReviewStore;
  withStore(kind, (opened) => (store = opened));

  const dismissed = async (text: string) => {
    const { item } = await store.add({ text }, fakeResult(0.95, 'ajakan'), 'cli:budi');
    const first = await store.decide(item.id, { outcome: 'dismissed', reason: 'tidak partisan' }, 'Sari#k1');
    return { id: item.id, first };
  };

  it('records a correction that supersedes the decision in force, keeping the old one untouched', async () => {
    const { id, first } = await dismissed('Ayo coblos nomor 2 besok, jangan lupa!');
    const fix = await store.decide(id, { outcome: 'confirmed', label: 'ajakan', reason: 'salah tolak: ajakan jelas', corrects: first.id }, 'Ketua#k2');
    expect(fix.supersedes).toBe(first.id);
    const rec = await store.record(id);
    expect(rec?.item.status).toBe('confirmed');
    expect(rec?.decisions.map((d) => [d.id, d.outcome, d.reviewerLabel, d.reason, d.supersedes])).toEqual([
      [first.id, 'dismissed', 'netral', 'tidak partisan', null],
      [fix.id, 'confirmed', 'ajakan', 'salah tolak: ajakan jelas', first.id],
    ]);
    const trail = rec?.audit.filter((a) => a.action === 'decision') ?? [];
    expect(trail.map((a) => a.after)).toEqual([
      { status: 'dismissed', reviewer_label: 'netral', reason: 'tidak partisan', decision_id: first.id },
      { status: 'confirmed', reviewer_label: 'ajakan', reason: 'salah tolak: ajakan jelas', decision_id: fix.id, supersedes: first.id },
    ]);
    expect(trail[1].before).toEqual({ status: 'dismissed', assignee: null });
    // A correction can itself be corrected, by naming it: it is the decision in force now.
    const again = await store.decide(id, { outcome: 'dismissed', reason: 'dibahas ulang: netral', corrects: fix.id }, 'Sari#k1');
    expect(again.supersedes).toBe(fix.id);
  });

  it('refuses a correction that names no decision, one no longer in force, an open item, or no reason', async () => {
    const { id, first } = await dismissed('Pilih yang sudah terbukti, nomor 1!');
    await expect(store.decide(id, { outcome: 'confirmed', reason: 'ajakan' }, 'Ketua#k2')).rejects.toMatchObject({ field: 'corrects' });
    await expect(store.decide(id, { outcome: 'confirmed', reason: 'ajakan', corrects: 'not-a-decision' }, 'Ketua#k2')).rejects.toMatchObject({ field: 'corrects' });
    await expect(store.decide(id, { outcome: 'confirmed', corrects: first.id }, 'Ketua#k2')).rejects.toMatchObject({ field: 'reason' });
    const { item: open } = await store.add({ text: 'Rapat dinas pagi ini.' }, fakeResult(0.6), 'cli:budi');
    await expect(store.decide(open.id, { outcome: 'confirmed', reason: 'x', corrects: first.id }, 'Ketua#k2')).rejects.toMatchObject({ field: 'corrects' });
    expect((await store.record(id))?.decisions).toHaveLength(1);
  });

  it('of two supervisors correcting the same decision at once, exactly one wins', async () => {
    const { id, first } = await dismissed('Jangan pilih calon yang ingkar janji!');
    const results = await Promise.allSettled([
      store.decide(id, { outcome: 'confirmed', label: 'serangan', reason: 'serangan', corrects: first.id }, 'Ketua#k2'),
      store.decide(id, { outcome: 'confirmed', label: 'ajakan', reason: 'ajakan', corrects: first.id }, 'Sari#k1'),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const lost = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(lost.reason).toBeInstanceOf(ConflictError);
    expect(lost.reason.field).toBe('corrects');
    expect((await store.record(id))?.decisions).toHaveLength(2);
  });
});
