// An item's updatedAt (the version a decision's fromUpdatedAt names) moves on with every assignment and
// decision, also when the clock does not: two changes in one millisecond, or a clock stepped back. An
// item's notes likewise keep the order they were written in.
import { afterEach, expect, it, vi } from 'vitest';
import type { ReviewStore } from '../../src/review/store/index.js';
import { describeOnStores, withStore } from './helpers/stores.js';
import { fakeResult } from './helpers/fixtures.js';

describeOnStores('updatedAt on $name', (kind) => {
  let store: ReviewStore;
  withStore(kind, (opened) => (store = opened));
  afterEach(() => {
    vi.useRealTimers();
  });
  const freezeAt = (t: number) => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(t);
  };
  const newItem = async (text: string) => (await store.add({ text, author: text }, fakeResult(0.9), 'analis')).item.id;
  const updatedAt = async (id: string) => Date.parse((await store.get(id))!.updatedAt);

  it('refuses a decision on the version seen before a take-then-release within one millisecond', async () => {
    freezeAt(Date.now()); // the add, the take and the release all in one millisecond
    const id = await newItem('Ayo pilih nomor 2, jam berhenti');
    const seen = (await store.get(id))!;
    await store.assign(id, 'B#2', 'B#2');
    await store.assign(id, null, 'B#2', { fromAssignee: 'B#2' });
    const now = (await store.get(id))!;
    expect([now.status, now.assignee]).toEqual([seen.status, seen.assignee]);
    expect(Date.parse(now.updatedAt)).toBeGreaterThan(Date.parse(seen.updatedAt));
    await expect(store.decide(id, { outcome: 'dismissed', fromStatus: seen.status, fromAssignee: seen.assignee, fromUpdatedAt: seen.updatedAt }, 'A#3')).rejects.toMatchObject({ field: 'fromUpdatedAt' });
    // The version now shown is the one a decision may be made on.
    expect((await store.decide(id, { outcome: 'dismissed', fromUpdatedAt: now.updatedAt }, 'A#3')).outcome).toBe('dismissed');
  });

  it('moves on with every change when the clock steps back, decisions included', async () => {
    const id = await newItem('Coblos nomor 1, jam mundur');
    const times = [await updatedAt(id)];
    freezeAt(times[0] - 60_000); // NTP stepped the clock back a minute
    await store.assign(id, 'B#2', 'B#2');
    times.push(await updatedAt(id));
    await store.decide(id, { outcome: 'escalated' }, 'B#2');
    times.push(await updatedAt(id));
    await store.assign(id, 'C#4', 'C#4', { fromAssignee: 'B#2' });
    times.push(await updatedAt(id));
    const decision = await store.decide(id, { outcome: 'confirmed' }, 'C#4');
    times.push(await updatedAt(id));
    for (let i = 1; i < times.length; i++) expect(times[i], `change ${i}`).toBeGreaterThan(times[i - 1]);
    expect(Date.parse(decision.createdAt)).toBe(times.at(-1));
  });
  it('keeps an item\'s notes in the order they were written within one millisecond: the latest suggestion is the last one', async () => {
    freezeAt(Date.now());
    const id = await newItem('Ayo pilih nomor 2, catatan dalam satu milidetik');
    const labels = ['ajakan', 'dukungan', 'serangan', 'netral', 'ajakan', 'serangan', 'dukungan', 'netral'] as const;
    for (const [i, label] of labels.entries()) await store.note(id, { text: `catatan ${i}`, suggestedLabel: label }, i % 2 ? 'Ani' : 'Rudi');
    const notes = (await store.record(id))!.notes;
    expect(notes.map((n) => n.text)).toEqual(labels.map((_, i) => `catatan ${i}`));
    for (let i = 1; i < notes.length; i++) expect(Date.parse(notes[i].createdAt), `note ${i}`).toBeGreaterThan(Date.parse(notes[i - 1].createdAt));
  });
});
