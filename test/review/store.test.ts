// The review store on SQLite and PostgreSQL: the same suite for both.
import { describe, expect, it } from 'vitest';
import { ReviewStore, ConflictError, NotFoundError } from '../../src/review/store/index.js';
import { createKey, listKeys, revokeKey, verifyKey } from '../../src/review/keys.js';
import { createSession, readSession, endSession } from '../../src/review/sessions.js';
import { mostUncertain } from '../../src/review/suggest.js';
import { sql } from '../../src/review/db/kysely.js';
import { describeOnStores, withStore } from './helpers/stores.js';
import { fakeResult, POSTS } from './helpers/fixtures.js';
import { EXPORT_COLUMNS, EXPORT_HISTORY_COLUMNS, type ExportRow } from '../../src/review/store/reports.js';

describeOnStores('review store on $name', (kind) => {
  let store: ReviewStore;
  withStore(kind, (opened) => (store = opened));

  it('migrates once and reopens an existing database', async () => {
    const opts = await kind.fresh();
    const a = await ReviewStore.open(opts);
    await a.add({ text: 'satu', source: 's', externalId: 'x1' }, fakeResult(0.5), 'test');
    await a.close();
    const b = await ReviewStore.open(opts);
    const page = await b.list({});
    expect(page.items).toHaveLength(1);
    await b.close();
  });

  it('enqueues, dedupes by (source, external id, text) and by author + text, and audits creation', async () => {
    const a = await store.add({ text: POSTS[0], author: 'asn-1', source: 'x', externalId: 'p1' }, fakeResult(0.9), 'analyst#1');
    expect(a.created).toBe(true);
    expect(a.item.status).toBe('new');
    const dup = await store.add({ text: ` ${POSTS[0]} `, source: 'x', externalId: 'p1' }, fakeResult(0.2), 'analyst#1');
    expect(dup.created).toBe(false);
    expect(dup.item.id).toBe(a.item.id);
    expect((await store.add({ text: 'different text', source: 'x', externalId: 'p1' }, fakeResult(0.2), 'analyst#1')).created).toBe(true);
    const h1 = await store.add({ text: POSTS[1], author: 'asn-2' }, fakeResult(0.1, 'netral'), 'analyst#1');
    const h2 = await store.add({ text: `  ${POSTS[1]} `, author: 'asn-2' }, fakeResult(0.1, 'netral'), 'analyst#1');
    const h3 = await store.add({ text: POSTS[1], author: 'asn-3' }, fakeResult(0.1, 'netral'), 'analyst#1');
    expect(h1.created && !h2.created && h3.created).toBe(true);
    const audit = await store.audit(a.item.id);
    expect(audit.map((x) => x.action)).toEqual(['create']);
    expect(JSON.stringify(audit)).not.toContain(POSTS[0]);
  });

  it('walks new → in_review → confirmed with assignee, decision, reviewer label and audit before/after', async () => {
    const { item } = await store.add({ text: POSTS[2], author: 'asn-4' }, fakeResult(0.95, 'ajakan'), 'analyst#1');
    await store.assign(item.id, 'sari#k1', 'boss#k0');
    expect((await store.get(item.id))?.status).toBe('in_review');
    const d = await store.decide(item.id, { outcome: 'confirmed', reason: 'ajakan memilih jelas' }, 'sari#k1');
    expect(d.reviewerLabel).toBe('ajakan');
    const rec = await store.record(item.id);
    expect(rec?.item.status).toBe('confirmed');
    expect(rec?.item.decidedAt).toBeTruthy();
    expect(rec?.decisions).toHaveLength(1);
    expect(rec?.audit.map((a) => a.action)).toEqual(['create', 'assign', 'decision']);
    expect(rec?.audit[1]).toMatchObject({ actor: 'boss#k0', before: { status: 'new', assignee: null }, after: { status: 'in_review', assignee: 'sari#k1' } });
    expect(rec?.audit[2]).toMatchObject({ actor: 'sari#k1', before: { status: 'in_review' }, after: { status: 'confirmed', reviewer_label: 'ajakan' } });
    await expect(store.decide(item.id, { outcome: 'dismissed' }, 'x')).rejects.toBeInstanceOf(ConflictError);
    await expect(store.assign(item.id, 'y', 'x')).rejects.toBeInstanceOf(ConflictError);
    await expect(store.decide('nope', { outcome: 'dismissed' }, 'x')).rejects.toBeInstanceOf(NotFoundError);
  });

  it('lets an escalated item be decided again; dismissed defaults to netral', async () => {
    const { item } = await store.add({ text: POSTS[3], author: 'asn-5' }, fakeResult(0.7, 'serangan'), 'a');
    const e = await store.decide(item.id, { outcome: 'escalated', reason: 'perlu pendapat kedua' }, 's1');
    expect(e.reviewerLabel).toBeNull();
    await expect(store.decide(item.id, { outcome: 'escalated' }, 's1')).rejects.toBeInstanceOf(ConflictError);
    const d = await store.decide(item.id, { outcome: 'dismissed' }, 's2');
    expect(d.reviewerLabel).toBe('netral');
    expect((await store.record(item.id))?.decisions.map((x) => x.outcome)).toEqual(['escalated', 'dismissed']);
  });

  it('keeps an item\'s decisions in the order they were made, also within one millisecond', async () => {
    for (let i = 0; i < 20; i++) {
      const { item } = await store.add({ text: `${POSTS[3]} urutan ${i}`, author: 'asn-order' }, fakeResult(0.7, 'serangan'), 'a');
      await store.decide(item.id, { outcome: 'escalated' }, 's1');
      await store.decide(item.id, { outcome: 'confirmed' }, 's2');
      const decisions = (await store.record(item.id))?.decisions ?? [];
      expect(decisions.map((d) => d.outcome)).toEqual(['escalated', 'confirmed']);
      expect(decisions[0].createdAt < decisions[1].createdAt).toBe(true);
    }
  });

  it("gives each item's latest label suggestion and how many there are, notes without one aside", async () => {
    const { item } = await store.add({ text: `${POSTS[3]} usulan`, author: 'asn-sug' }, fakeResult(0.6, 'dukungan'), 'a');
    const { item: other } = await store.add({ text: `${POSTS[3]} tanpa usulan`, author: 'asn-sug2' }, fakeResult(0.6, 'dukungan'), 'a');
    await store.note(item.id, { suggestedLabel: 'dukungan' }, 'analis-1');
    await new Promise((r) => setTimeout(r, 5)); // a later note time
    await store.note(item.id, { text: 'sindiran', suggestedLabel: 'serangan' }, 'analis-2');
    await store.note(item.id, { text: 'catatan saja' }, 'analis-3');
    await store.note(other.id, { text: 'catatan saja' }, 'analis-3');
    const got = await store.suggestions([item.id, other.id]);
    expect(got.get(item.id)).toMatchObject({ label: 'serangan', count: 2, author: 'analis-2' });
    expect(got.has(other.id)).toBe(false);
  });

  it('only one of two concurrent decisions wins', async () => {
    const { item } = await store.add({ text: 'Kampanye bersama di alun-alun sore ini', author: 'race' }, fakeResult(0.6), 'a');
    const results = await Promise.allSettled([
      store.decide(item.id, { outcome: 'confirmed' }, 'r1'),
      store.decide(item.id, { outcome: 'dismissed' }, 'r2'),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect((await store.record(item.id))?.decisions).toHaveLength(1);
  });

  it('refuses a decision on another version of the item (fromUpdatedAt), even one back in the status and holder it expected', async () => {
    const { item } = await store.add({ text: 'Ayo ke TPS, versi item', author: 'version' }, fakeResult(0.7), 'a');
    await store.assign(item.id, 'Budi', 'Budi');
    await store.assign(item.id, null, 'Budi', { fromAssignee: 'Budi' }); // new and unassigned again
    const stale = store.decide(item.id, { outcome: 'confirmed', fromStatus: 'new', fromAssignee: null, fromUpdatedAt: item.updatedAt }, 'r1');
    await expect(stale).rejects.toMatchObject({ constructor: ConflictError, field: 'fromUpdatedAt' });
    const now = await store.get(item.id);
    await expect(store.decide(item.id, { outcome: 'confirmed', fromUpdatedAt: now?.updatedAt }, 'r1')).resolves.toMatchObject({ outcome: 'confirmed' });
  });

  it('reads fromUpdatedAt as an instant: the same time in another zone is the same version', async () => {
    const { item } = await store.add({ text: 'Ayo ke TPS, versi dalam WIB', author: 'version-zone' }, fakeResult(0.7), 'a');
    // The stored updatedAt (…Z) written as WIB: 7 hours later on the clock, the same instant.
    const wib = new Date(Date.parse(item.updatedAt) + 7 * 3600_000).toISOString().replace('Z', '+07:00');
    const earlier = new Date(Date.parse(item.updatedAt) - 1).toISOString();
    await expect(store.decide(item.id, { outcome: 'confirmed', fromUpdatedAt: earlier }, 'r1')).rejects.toMatchObject({ constructor: ConflictError, field: 'fromUpdatedAt' });
    await expect(store.decide(item.id, { outcome: 'confirmed', fromUpdatedAt: wib }, 'r1')).resolves.toMatchObject({ outcome: 'confirmed' });
  });

  it('keeps the audit log append-only', async () => {
    await expect(sql`UPDATE audit SET actor = 'mallory'`.execute(store.rdb.db)).rejects.toThrow(/append-only/);
    await expect(sql`DELETE FROM audit`.execute(store.rdb.db)).rejects.toThrow(/append-only/);
  });

  it('rolls back the change when its audit row cannot be written', async () => {
    const { item } = await store.add({ text: 'Ada acara syukuran di balai desa', author: 'tx' }, fakeResult(0.3), 'a');
    // An actor of null violates audit.actor NOT NULL: the status update must roll back with it.
    await expect(store.assign(item.id, 'z', null as unknown as string)).rejects.toThrow();
    expect((await store.get(item.id))?.status).toBe('new');
    expect((await store.audit(item.id)).map((a) => a.action)).toEqual(['create']);
  });

  it('lists by risk with filters and cursor pagination', async () => {
    const s = await kind.open();
    const risks = [0.2, 0.9, 0.5, 0.9, 0.7, 0.1, 0.9, 0.65];
    for (const [i, r] of risks.entries()) await s.add({ text: `Posting uji nomor ${i}`, author: 'p', source: 'page', externalId: String(i) }, fakeResult(r, 'dukungan', undefined, i % 2 ? 'pilpres-2024' : 'pilpres-2019'), 'a');
    const seen: number[] = [];
    let cursor: string | undefined;
    do {
      const page = await s.list({}, { cursor, limit: 3 });
      seen.push(...page.items.map((x) => x.risk));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toEqual([...risks].sort((a, b) => b - a));
    const high = await s.list({ level: 'tinggi' });
    expect(high.items.map((x) => x.risk)).toEqual([0.9, 0.9, 0.9]);
    const e19 = await s.list({ election: 'pilpres-2019' });
    expect(e19.items.every((x) => x.election === 'pilpres-2019')).toBe(true);
    expect(e19.items).toHaveLength(4);
    const first = e19.items[0];
    const nav = await s.neighbors({ election: 'pilpres-2019' }, first);
    expect(nav.prev).toBeUndefined();
    expect(nav.next).toBe(e19.items[1].id);
    const back = await s.neighbors({ election: 'pilpres-2019' }, e19.items[1]);
    expect(back.prev).toBe(first.id);
    await s.assign(first.id, 'ani', 'boss');
    expect((await s.list({ assignee: 'ani' })).items.map((x) => x.id)).toEqual([first.id]);
    expect((await s.list({ assignee: 'none' })).items).toHaveLength(7);
    expect((await s.list({ status: 'in_review' })).items).toHaveLength(1);
    await expect(s.list({}, { cursor: 'garbage' })).rejects.toThrow();
    await s.close();
  });

  it('finds the queue page an item sits on, as list() hands the pages out', async () => {
    const s = await kind.open();
    const risks = [0.9, 0.3, 0.9, 0.7, 0.5, 0.9, 0.1];
    for (const [i, r] of risks.entries()) await s.add({ text: `Posting halaman ${i}`, author: 'h', source: 'page', externalId: String(i) }, fakeResult(r), 'a');
    const pages: { cursor?: string; ids: string[] }[] = [];
    let cursor: string | undefined;
    do {
      const page = await s.list({}, { cursor, limit: 3 });
      pages.push({ cursor, ids: page.items.map((x) => x.id) });
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(pages.map((p) => p.ids.length)).toEqual([3, 3, 1]);
    for (const p of pages) for (const id of p.ids) expect(await s.pageCursorAt({}, (await s.get(id))!, 3), id).toBe(p.cursor);
    // An item a filter leaves out counts where it would sort: beside the items it was listed with.
    const gone = (await s.get(pages[1].ids[0]))!;
    await s.decide(gone.id, { outcome: 'dismissed' }, 'rev');
    expect(await s.pageCursorAt({ status: 'new' }, gone, 3)).toBe(pages[1].cursor);
    expect((await s.list({ status: 'new' }, { cursor: pages[1].cursor, limit: 3 })).items.map((x) => x.id)).toEqual([...pages[1].ids.slice(1), ...pages[2].ids]);
    await s.close();
  });

  it('exports decisions with labels and computes stats with agreement', async () => {
    const s = await kind.open();
    const a = await s.add({ text: 'Dukung terus paslon nomor 1', author: 'e1' }, fakeResult(0.9, 'dukungan'), 'a');
    const b = await s.add({ text: 'Info jadwal posyandu minggu depan', author: 'e2' }, fakeResult(0.2, 'netral'), 'a');
    const c = await s.add({ text: 'Calon itu tukang bohong, "jangan" dipilih', author: 'e3' }, fakeResult(0.8, 'serangan'), 'a');
    await s.decide(a.item.id, { outcome: 'confirmed', reason: 'jelas' }, 'rev1');
    await s.decide(b.item.id, { outcome: 'confirmed', label: 'ajakan' }, 'rev1');
    await s.decide(c.item.id, { outcome: 'dismissed' }, 'rev2');
    const rows = [];
    for await (const r of s.exportDecisions()) rows.push(r);
    expect(rows.map((r) => r.reviewer_label).sort()).toEqual(['ajakan', 'dukungan', 'netral']);
    expect(rows.find((r) => r.item_id === c.item.id)?.text).toContain('tukang bohong');
    const st = await s.stats();
    expect(st.total).toBe(3);
    expect(st.byStatus).toEqual({ confirmed: 2, dismissed: 1 });
    expect(st.byLevel.tinggi).toBe(1);
    expect(st.agreement.decided).toBe(3);
    expect(st.agreement.partisanAgreement).toBeCloseTo(1 / 3);
    expect(st.agreement.labelAgreement).toBeCloseTo(1 / 3);
    expect(st.agreement.byReviewer.rev1.decided).toBe(2);
    await s.close();
  });

  it("summarises the queue for the web page as stats() counts it: by level and status, and the items' elections", async () => {
    const s = await kind.open();
    expect(await s.queueSummary()).toEqual({ byLevelStatus: {}, elections: [] });
    const a = await s.add({ text: 'Coblos nomor 2 ya', author: 'q1' }, fakeResult(0.9, 'ajakan', 'tinggi', 'pilpres-2024'), 'a');
    await s.add({ text: 'Nomor 1 pilihan kita', author: 'q2' }, fakeResult(0.9, 'dukungan', 'tinggi', 'pilgub-jatim-2024'), 'a');
    const c = await s.add({ text: 'Rapat RT malam ini', author: 'q3' }, { ...fakeResult(0.1, 'netral'), election: undefined }, 'a');
    await s.add({ text: 'Lomba tujuh belasan', author: 'q4' }, { ...fakeResult(0.2, 'netral'), election: undefined }, 'a');
    await s.decide(a.item.id, { outcome: 'confirmed' }, 'rev');
    await s.assign(c.item.id, 'rev', 'sup');
    const summary = await s.queueSummary();
    expect(summary).toEqual({ byLevelStatus: { tinggi: { confirmed: 1, new: 1 }, rendah: { in_review: 1, new: 1 } }, elections: ['pilgub-jatim-2024', 'pilpres-2024'] });
    expect(summary.byLevelStatus).toEqual((await s.stats()).byLevelStatus);
    await s.close();
  });

  it("exports each decision with its item's latest label suggestion and their number, and sums suggestions in the stats", async () => {
    const s = await kind.open();
    const add = async (text: string) => (await s.add({ text, author: text }, fakeResult(0.7, 'dukungan'), 'a')).item.id;
    const [taken, overruled, open, none] = [await add('usul diikuti'), await add('usul tidak diikuti'), await add('usul masih terbuka'), await add('tanpa usul')];
    await s.note(taken, { suggestedLabel: 'dukungan' }, 'analis-1');
    await new Promise((r) => setTimeout(r, 5)); // a later note time
    await s.note(taken, { text: 'menyerang', suggestedLabel: 'serangan' }, 'analis-2');
    await s.note(taken, { text: 'catatan tanpa usulan' }, 'analis-3');
    await s.note(overruled, { suggestedLabel: 'netral' }, 'analis-1');
    await s.note(open, { suggestedLabel: 'ajakan' }, 'analis-1');
    await s.note(none, { text: 'catatan saja' }, 'analis-1');
    await s.decide(taken, { outcome: 'confirmed', label: 'serangan' }, 'rev');
    await s.decide(overruled, { outcome: 'confirmed' }, 'rev'); // the model's dukungan, not the suggested netral
    await s.decide(open, { outcome: 'escalated' }, 'rev');
    await s.decide(none, { outcome: 'dismissed' }, 'rev');
    const rows = new Map<string, ExportRow>();
    for await (const r of s.exportDecisions()) rows.set(r.item_id, r);
    const pick = (id: string) => ({ suggested_label: rows.get(id)?.suggested_label, suggestions: rows.get(id)?.suggestions, reviewer_label: rows.get(id)?.reviewer_label });
    expect(pick(taken)).toEqual({ suggested_label: 'serangan', suggestions: 2, reviewer_label: 'serangan' });
    expect(pick(overruled)).toEqual({ suggested_label: 'netral', suggestions: 1, reviewer_label: 'dukungan' });
    expect(pick(open)).toEqual({ suggested_label: 'ajakan', suggestions: 1, reviewer_label: null });
    expect(pick(none)).toEqual({ suggested_label: null, suggestions: 0, reviewer_label: 'netral' });
    expect(Object.keys(rows.get(taken)!)).toEqual([...EXPORT_COLUMNS, ...EXPORT_HISTORY_COLUMNS]);
    // Escalated is not final: two items with a suggestion were decided, one took the latest suggestion.
    expect((await s.stats()).suggestions).toEqual({ items: 3, suggestions: 4, decided: 2, matched: 1, labelAgreement: 0.5 });
    expect((await s.exportItem(taken, 'sup'))?.suggestion).toMatchObject({ label: 'serangan', count: 2, author: 'analis-2' });
    expect((await s.exportItem(none, 'sup'))?.suggestion).toBeNull();
    // The case file takes the suggestion from the notes it loaded; notes at the same time go by id,
    // as in the queue and the bulk export (inserted out of id order here).
    const tied = await add('usul pada waktu yang sama');
    const at = '2026-01-02T03:04:05.000Z';
    for (const [id, label] of [['c3', 'serangan'], ['c1', 'dukungan'], ['c2', 'netral'], ['c4', null]] as const)
      await s.rdb.db.insertInto('notes').values({ id: `${tied}-${id}`, item_id: tied, author: `analis-${id}`, text: '', suggested_label: label, created_at: at }).execute();
    const fromNotes = (await s.exportItem(tied, 'sup'))?.suggestion;
    expect(fromNotes).toMatchObject({ label: 'serangan', count: 3, author: 'analis-c3' });
    expect(fromNotes).toEqual((await s.suggestions([tied])).get(tied));
    await s.close();
  });

  it('purges decided items’ text after the retention period, keeping decisions and audit', async () => {
    const s = await kind.open();
    const a = await s.add({ text: 'Posting yang akan dihapus teksnya', author: 'r1' }, fakeResult(0.9), 'a');
    const b = await s.add({ text: 'Posting yang masih terbuka', author: 'r2' }, fakeResult(0.9), 'a');
    const c = await s.add({ text: 'Posting yang dieskalasi', author: 'r3' }, fakeResult(0.9), 'a');
    await s.decide(a.item.id, { outcome: 'confirmed' }, 'rev');
    await s.decide(c.item.id, { outcome: 'escalated' }, 'rev');
    await s.note(a.item.id, { text: 'catatan pribadi', suggestedLabel: 'dukungan' }, 'an');
    expect(await s.purgeExpired(30)).toBe(0); // decided just now
    const later = new Date(Date.now() + 31 * 86_400_000);
    expect(await s.purgeExpired(30, 'system:retention', later)).toBe(1);
    const rec = await s.record(a.item.id);
    expect(rec?.item.text).toBeNull();
    expect(rec?.item.author).toBeNull();
    expect(rec?.item.purgedAt).toBeTruthy();
    // Evidence phrases and mentions quote the post, so they are purged with it.
    expect(rec?.item.evidence).toEqual([]);
    expect(rec?.item.mentions).toEqual([]);
    expect(rec?.item.scores).toEqual(a.item.scores);
    expect(rec?.notes[0].text).toBeNull();
    expect(rec?.notes[0].suggestedLabel).toBe('dukungan');
    expect(rec?.decisions).toHaveLength(1);
    expect(rec?.audit.map((x) => x.action)).toEqual(['create', 'decision', 'note', 'purge_text']);
    expect((await s.get(b.item.id))?.text).toBe('Posting yang masih terbuka');
    expect((await s.get(c.item.id))?.text).toBe('Posting yang dieskalasi');
    expect(await s.purgeExpired(30, 'system:retention', later)).toBe(0);
    await s.close();
  });

  it('exports and deletes a single item; the audit log keeps the deletion', async () => {
    const { item } = await store.add({ text: 'Permintaan hapus data', author: 'del' }, fakeResult(0.6), 'a');
    await store.decide(item.id, { outcome: 'dismissed' }, 'rev');
    const rec = await store.record(item.id);
    expect(rec?.item.text).toBe('Permintaan hapus data');
    await store.delete(item.id, 'admin#1', 'permintaan subjek data');
    expect(await store.get(item.id)).toBeUndefined();
    expect(await store.record(item.id)).toBeUndefined();
    const audit = await store.audit(item.id);
    expect(audit.map((a) => a.action)).toEqual(['create', 'decision', 'delete']);
    expect(JSON.stringify(audit)).not.toContain('Permintaan hapus data');
    await expect(store.delete(item.id, 'admin#1', 'permintaan subjek data')).rejects.toBeInstanceOf(NotFoundError);
  });

  it('refuses a note on an item whose purge is committing at that moment (no text survives the purge)', async () => {
    const opts = await kind.fresh();
    const a = await ReviewStore.open(opts);
    const b = await ReviewStore.open(opts);
    try {
      const { item } = await a.add({ text: POSTS[1], author: 'race-1' }, fakeResult(0.9), 'analyst#1');
      await a.decide(item.id, { outcome: 'confirmed' }, 'supervisor#1');
      const old = new Date(Date.now() + 400 * 86_400_000);
      let note: Promise<unknown> | undefined;
      if (kind.name === 'postgres') {
        // The purge holds its row lock while the note arrives; on SQLite writers are serialized anyway.
        await b.rdb.db.transaction().execute(async (tx) => {
          await tx.updateTable('items').set({ text: null, purged_at: new Date().toISOString() }).where('id', '=', item.id).execute();
          note = a.note(item.id, { text: 'NIP 198001012005011001' }, 'analyst#1').then(() => 'saved', (e: unknown) => e);
          await new Promise((r) => setTimeout(r, 200));
        });
      } else {
        await b.purgeExpired(30, 'system:retention', old);
        note = a.note(item.id, { text: 'NIP 198001012005011001' }, 'analyst#1').then(() => 'saved', (e: unknown) => e);
      }
      expect(await note).toBeInstanceOf(ConflictError);
      expect((await a.record(item.id))?.notes ?? []).toEqual([]);
    } finally {
      await a.close();
      await b.close();
    }
  });

  it('stores API keys hashed, verifies, revokes; sessions follow the key', async () => {
    const { key, info } = await createKey(store.rdb, { name: 'Sari', role: 'supervisor' }, 'test');
    expect(key).toMatch(/^nrk_[0-9a-f]{16}_/);
    const row = await store.rdb.db.selectFrom('api_keys').selectAll().where('id', '=', info.id).executeTakeFirstOrThrow();
    // the secret is everything after `nrk_<id>_` (base64url, so it may itself contain '_')
    const secret = key.slice('nrk_'.length + 16 + 1);
    expect(secret).toHaveLength(43);
    expect(JSON.stringify(row)).not.toContain(secret);
    expect(await verifyKey(store.rdb, key)).toEqual({ keyId: info.id, name: 'Sari', role: 'supervisor' });
    const tampered = `${key.slice(0, -1)}${key.endsWith('A') ? 'B' : 'A'}`; // always differs from the key
    expect(await verifyKey(store.rdb, tampered)).toBeUndefined();
    expect(await verifyKey(store.rdb, 'nrk_0000000000000000_' + 'a'.repeat(43))).toBeUndefined();
    const sess = await createSession(store.rdb, info.id);
    expect((await readSession(store.rdb, sess.token))?.principal.name).toBe('Sari');
    expect(await revokeKey(store.rdb, info.id, 'test')).toBe(true);
    expect(await verifyKey(store.rdb, key)).toBeUndefined();
    expect(await readSession(store.rdb, sess.token)).toBeUndefined();
    expect((await listKeys(store.rdb)).find((k) => k.id === info.id)?.revokedAt).toBeTruthy();
    await endSession(store.rdb, sess.token);
  });

  it('stops a cached key at once when another process revokes it (the CLI, another replica)', async () => {
    const { key, info } = await createKey(store.rdb, { name: 'Budi', role: 'admin' }, 'test');
    expect(await verifyKey(store.rdb, key)).toMatchObject({ keyId: info.id }); // now cached
    // What `keys revoke` does from its own process: this process's cache never hears of it.
    await store.rdb.db.updateTable('api_keys').set({ revoked_at: new Date().toISOString() }).where('id', '=', info.id).execute();
    expect(await verifyKey(store.rdb, key)).toBeUndefined();
  });

  it('suggests the most uncertain open items first', async () => {
    const s = await kind.open();
    const sure = await s.add({ text: 'pasti', author: 'u' }, fakeResult(0.99), 'a');
    const unsure = await s.add({ text: 'ragu', author: 'u' }, fakeResult(0.5), 'a');
    const got = await mostUncertain(s, 1);
    expect(got.map((g) => g.item.id)).toEqual([unsure.item.id]);
    expect(sure.created).toBe(true);
    await s.close();
  });
});

describe('review examples for retraining', () => {
  it('uses confirmed/dismissed items with reviewer labels, skipping escalated and purged ones', async () => {
    const { reviewExamples } = await import('../../src/review/training.js');
    const kind = (await import('./helpers/stores.js')).sqliteKind();
    const s = await kind.open();
    const a = await s.add({ text: 'Dukung nomor 1 sampai menang', author: 't1' }, fakeResult(0.9), 'a');
    const b = await s.add({ text: 'Jadwal vaksinasi di puskesmas', author: 't2' }, fakeResult(0.6), 'a');
    const c = await s.add({ text: 'Perlu dicek atasan', author: 't3' }, fakeResult(0.6), 'a');
    const d = await s.add({ text: 'Sudah lama diputus', author: 't4' }, fakeResult(0.6), 'a');
    await s.decide(a.item.id, { outcome: 'confirmed', label: 'ajakan' }, 'r');
    await s.decide(b.item.id, { outcome: 'dismissed' }, 'r');
    await s.decide(c.item.id, { outcome: 'escalated' }, 'r');
    await s.decide(d.item.id, { outcome: 'dismissed' }, 'r');
    await s.rdb.db.updateTable('items').set({ text: null, purged_at: new Date().toISOString() }).where('id', '=', d.item.id).execute();
    const ex = await reviewExamples(s, 'cli:budi');
    expect(ex.map((e) => [e.text, e.label]).sort()).toEqual([
      ['Dukung nomor 1 sampai menang', 'ajakan'],
      ['Jadwal vaksinasi di puskesmas', 'netral'],
    ]);
    expect(ex[0].id.startsWith('review:')).toBe(true);
    // Handing the texts to training is an export like any other: one audit row, who and how many.
    const log = await s.auditLog({ action: 'export' });
    expect(log.entries.map((e) => [e.actor, e.itemId, e.after])).toEqual([['cli:budi', null, { format: 'training', rows: 2, items: 2 }]]);
    await s.close();
    await kind.teardown();
  });

  it('lists decisions oldest first, so the first decision on a repeated text is the one kept', async () => {
    const { reviewExamples, newReviewExamples } = await import('../../src/review/training.js');
    const kind = (await import('./helpers/stores.js')).sqliteKind();
    const s = await kind.open();
    // Many pairs, so that random item ids would put the later decision first in some of them.
    for (let i = 0; i < 12; i++) {
      const text = `Pilih nomor ${i} saja`;
      const x = await s.add({ text, source: 'qa', externalId: `x${i}` }, fakeResult(0.9), 'a');
      const y = await s.add({ text, source: 'qa', externalId: `y${i}` }, fakeResult(0.9), 'a');
      await s.decide(y.item.id, { outcome: 'dismissed' }, 'r'); // decided first
      await new Promise((r) => setTimeout(r, 2));
      await s.decide(x.item.id, { outcome: 'confirmed', label: 'ajakan' }, 'r');
    }
    const { examples } = newReviewExamples([], await reviewExamples(s, 'cli:test'));
    expect(examples.map((e) => e.label)).toEqual(Array(12).fill('netral'));
    await s.close();
    await kind.teardown();
  });

  it('leaves out texts the labeled data already has, and repeats, and never tests on reviews', async () => {
    const { newReviewExamples } = await import('../../src/review/training.js');
    const { leaveOneElectionOutScenario } = await import('../../src/eval/scenarios.js');
    const ex = (id: string, text: string, label: 'ajakan' | 'netral', source: string, election?: string) => ({ id, text, label, source, platform: 'x', election });
    const labeled = [ex('c:1', 'Ayo coblos nomor 2!', 'ajakan', 'corpus.csv', 'pilgub-jatim-2024'), ex('c:2', 'jadwal rapat dinas', 'netral', 'corpus.csv', 'pilpres-2019')];
    const reviews = [
      ex('review:1', '  ayo COBLOS nomor 2!  https://t.co/x ', 'netral', 'review', 'pilgub-jatim-2024'),
      ex('review:2', 'Mari dukung paslon 1', 'ajakan', 'review', 'pilgub-jatim-2024'),
      ex('review:3', 'mari dukung paslon 1', 'netral', 'review', 'pilgub-jatim-2024'),
    ];
    const { examples, skipped } = newReviewExamples(labeled, reviews);
    expect(examples.map((e) => e.id)).toEqual(['review:2']);
    expect(skipped).toBe(2);
    const loeo = leaveOneElectionOutScenario([...labeled, ...examples], 1);
    expect(loeo.test.map((e) => e.id)).toEqual(['c:1']);
  });
});
