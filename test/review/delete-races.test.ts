// An admin's deletion while another connection deletes, decides or exports the same item. On PostgreSQL
// the deletion read the item in one statement and deleted it in another: two admins deleting at once both
// succeeded and wrote two `delete` entries (the second deleted nothing), and a decision committed in
// between left the `delete` entry naming the status the item no longer had. An export that found the item
// just before a deletion committed wrote its `export` entry after the `delete` and handed out nothing.
// SQLite's writers take turns.
import { expect, it } from 'vitest';
import type { ReviewStore } from '../../src/review/store/index.js';
import { NotFoundError } from '../../src/review/store/errors.js';
import { deleteItem, exportItem } from '../../src/review/store/retention.js';
import { decideItem } from '../../src/review/store/workflow.js';
import { describeOnStores, withStorePair } from './helpers/stores.js';
import { fakeResult } from './helpers/fixtures.js';
import { interleave } from './helpers/interleave.js';

describeOnStores('a deletion and a concurrent deletion or decision of the same item on $name', (kind) => {
  let a: ReviewStore;
  let b: ReviewStore;
  withStorePair(kind, (one, two) => ((a = one), (b = two)));
  const between = kind.name === 'postgres' ? 'between' : 'after';
  const newItem = async (text: string) => (await a.add({ text, author: 'akun-uji' }, fakeResult(0.9, 'ajakan'), 'cli:uji')).item.id;
  const deletions = async (id: string) => (await a.audit(id)).filter((e) => e.action === 'delete');

  it('of two admins deleting one item at once, one deletes it and the other is told it is gone: one delete entry', async () => {
    const id = await newItem('Ayo coblos nomor 2, dua admin menghapus');
    const run = await interleave(a.rdb, /from "items"/, (rdb) => deleteItem(rdb, id, 'admin#k8', 'permintaan pertama'), () => deleteItem(b.rdb, id, 'admin#k9', 'permintaan kedua'));
    expect(run.ran).toBe(between);
    expect(run.first.status).toBe('fulfilled');
    expect(run.second.status).toBe('rejected');
    expect((run.second as PromiseRejectedResult).reason).toBeInstanceOf(NotFoundError);
    expect((await deletions(id)).map((e) => e.actor)).toEqual(['admin#k8']);
  });

  it('a deletion that reaches an item being decided waits, and its entry names the status the item had', async () => {
    const id = await newItem('Coblos nomor 1, diputuskan lalu dihapus');
    const decide = (rdb: typeof a.rdb) => decideItem(rdb, id, { outcome: 'confirmed', reason: 'ajakan jelas' }, 'Sari#k1');
    const run = await interleave(a.rdb, /^update "items"/, decide, () => deleteItem(b.rdb, id, 'admin#k9', 'permintaan subjek data'));
    expect(run.ran).toBe(between);
    expect(run.first.status).toBe('fulfilled');
    expect(run.second.status).toBe('fulfilled');
    expect((await deletions(id)).map((e) => e.before)).toEqual([{ status: 'confirmed', source: 'api', external_id: null, level: 'tinggi' }]);
  });

  it('a deletion that reaches an item being exported waits for the export, which holds the item and its own entry', async () => {
    const id = await newItem('Dukung nomor 3, diekspor lalu dihapus');
    const run = await interleave(a.rdb, /^select "id" from "items"/, (rdb) => exportItem(rdb, id, 'Sari#k1'), () => deleteItem(b.rdb, id, 'admin#k9', 'permintaan subjek data'));
    expect(run.ran).toBe(between);
    expect(run.first.status).toBe('fulfilled');
    expect((run.first as PromiseFulfilledResult<Awaited<ReturnType<typeof exportItem>>>).value?.item.text).toBe('Dukung nomor 3, diekspor lalu dihapus');
    expect(run.second.status).toBe('fulfilled');
    expect((await a.audit(id)).map((e) => e.action)).toEqual(['create', 'export', 'delete']);
  });
});
