// Retention never purged an escalated item: a post escalated to an ASN-discipline officer kept its text
// and author for ever. An open escalation now keeps its evidence for its own, longer period
// (NETRA_RETENTION_ESCALATED_DAYS, default 365 days after the escalation; 0: until decided), and every
// retention run names the open escalations past the normal period, so someone decides them before the
// evidence goes. On SQLite and PostgreSQL.
import { describe, expect, it } from 'vitest';
import type { ReviewStore } from '../../src/review/store/index.js';
import { describeOnStores, withStore } from './helpers/stores.js';
import { reviewServer } from './helpers/app.js';
import { apiCall } from './helpers/http.js';
import { fakeResult } from './helpers/fixtures.js';
import { escalatedDaysOf, escalatedNotice, runRetention } from '../../src/review/retention-run.js';
import { reviewConfig } from '../../src/review/config.js';
import { openReview } from '../../src/review/mount.js';
import type { ReviewScorer } from '../../src/review/http/router.js';
import { ReviewStore as Store } from '../../src/review/store/index.js';
import { tempDir } from '../helpers/temp-dir.js';

const DAY = 86_400_000;

describeOnStores('retention of escalated items on $name', (kind) => {
  let store: ReviewStore;
  withStore(kind, (opened) => (store = opened));
  const escalated = async (text: string) => {
    const { item } = await store.add({ text, author: 'akun-uji' }, fakeResult(0.95, 'ajakan'), 'cli:budi');
    const escalation = await store.decide(item.id, { outcome: 'escalated', reason: 'ke pejabat pembina kepegawaian' }, 'Sari#k1');
    return { id: item.id, at: Date.parse(escalation.createdAt) };
  };
  const textOf = async (id: string) => (await store.record(id))?.item.text;

  it('keeps an open escalation past the normal period, names it, and purges it after its own period', async () => {
    const { id, at } = await escalated('Ayo coblos nomor 2, dieskalasi ke inspektorat');
    // A take-over later does not restart the clock: it runs from the escalation.
    await store.assign(id, 'Budi#k3', 'Budi#k3');
    const trail = (await store.record(id))?.audit.length ?? 0;

    const day200 = new Date(at + 200 * DAY);
    expect(await store.purgeExpired(180, 'system:retention', day200, 365)).toBe(0);
    expect(await textOf(id)).toBe('Ayo coblos nomor 2, dieskalasi ke inspektorat');
    expect(await store.escalatedPastRetention(180, day200)).toBe(1);
    expect(await store.escalatedPastRetention(180, new Date(at + 100 * DAY))).toBe(0);

    expect(await store.purgeExpired(180, 'system:retention', new Date(at + 365 * DAY + 1), 365)).toBe(1);
    const rec = await store.record(id);
    expect(rec?.item).toMatchObject({ text: null, author: null, status: 'escalated' });
    expect(rec?.decisions).toHaveLength(1); // the escalation and its reason stay
    expect(rec?.audit.slice(trail).map((a) => [a.action, a.after])).toEqual([['purge_text', { text: null, retention_days: 365, counted_from: 'first_escalation', counted_from_at: new Date(at).toISOString(), status: 'escalated' }]]);
    expect(await store.escalatedPastRetention(180, new Date(at + 366 * DAY))).toBe(0); // its text is gone: nothing left to decide on
  });

  it('0 keeps an open escalation until it is decided; decided, it follows the normal period', async () => {
    const { id, at } = await escalated('Pilih nomor 1, eskalasi tanpa batas');
    expect(await store.purgeExpired(180, 'system:retention', new Date(at + 1000 * DAY), 0)).toBe(0);
    expect(await textOf(id)).not.toBeNull();
    await store.decide(id, { outcome: 'confirmed', reason: 'ajakan, sanksi dijatuhkan' }, 'Budi#k3');
    expect(await store.escalatedPastRetention(1, new Date(at + 1000 * DAY))).toBe(0);
    expect(await store.purgeExpired(180, 'system:retention', new Date(Date.now() + 181 * DAY), 0)).toBeGreaterThanOrEqual(1);
    expect(await textOf(id)).toBeNull();
  });

  it('a correction to escalated starts the escalation clock; runRetention reports and warns', async () => {
    const { item } = await store.add({ text: 'Dukung nomor 3, dikoreksi ke eskalasi' }, fakeResult(0.9, 'dukungan'), 'cli:budi');
    const first = await store.decide(item.id, { outcome: 'dismissed', reason: 'berita' }, 'Sari#k1');
    const correction = await store.decide(item.id, { outcome: 'escalated', reason: 'ternyata dukungan, ke atasan', corrects: first.id }, 'Ketua#k2');
    const at = Date.parse(correction.createdAt);
    expect(await store.escalatedPastRetention(30, new Date(at + 29 * DAY))).toBe(0);
    expect(await store.escalatedPastRetention(30, new Date(at + 31 * DAY))).toBeGreaterThanOrEqual(1);
    // The run as the service, the CLI and the API make it: with real time nothing of these is due yet.
    const run = await runRetention(store, { retentionDays: 180 });
    expect(run).toEqual({ purged: 0, escalatedPastRetention: 0 });
    expect(escalatedNotice({ purged: 0, escalatedPastRetention: 3 }, { retentionDays: 180 })).toBe(
      '3 escalated items open longer than 180 days (NETRA_RETENTION_DAYS) keep their text until 365 days after their first escalation (NETRA_RETENTION_ESCALATED_DAYS), then it is purged: decide them',
    );
    expect(escalatedNotice({ purged: 0, escalatedPastRetention: 1 }, { retentionDays: 180, escalatedRetentionDays: 0 })).toMatch(/keep their text until they are decided \(NETRA_RETENTION_ESCALATED_DAYS=0\)/);
  });
});

describeOnStores('POST /retention/purge names open escalations past the period on $name', (kind) => {
  const fx = reviewServer(kind, () => ({ score: () => fakeResult(0.9) }));
  it('answers escalatedPastRetention, and purges an escalation past NETRA_RETENTION_ESCALATED_DAYS (default 365)', async () => {
    const { item } = await fx.store.add({ text: 'Coblos nomor 2, eskalasi lama' }, fakeResult(0.9, 'ajakan'), 'cli:budi');
    const escalation = await fx.store.decide(item.id, { outcome: 'escalated', reason: 'ke inspektorat' }, 'Sari#k1');
    const backdate = (days: number) =>
      fx.store.rdb.db.updateTable('decisions').set({ created_at: new Date(Date.now() - days * DAY).toISOString() }).where('id', '=', escalation.id).execute();
    await backdate(40); // the test app's NETRA_RETENTION_DAYS is 30
    const first = await apiCall(fx.srv.base, 'POST', '/v1/review/retention/purge', fx.keys.admin);
    expect(first.json).toEqual({ purged: 0, escalatedPastRetention: 1 });
    await backdate(366);
    const second = await apiCall(fx.srv.base, 'POST', '/v1/review/retention/purge', fx.keys.admin);
    expect(second.json).toEqual({ purged: 1, escalatedPastRetention: 0 });
    expect((await fx.store.record(item.id))?.item.text).toBeNull();
  });
});

describe('NETRA_RETENTION_ESCALATED_DAYS', () => {
  it('defaults to 365, takes 0 (until decided), and is never shorter than NETRA_RETENTION_DAYS', () => {
    expect(reviewConfig({ NETRA_DATA_DIR: '/d' }).escalatedRetentionDays).toBe(365);
    expect(reviewConfig({ NETRA_DATA_DIR: '/d', NETRA_RETENTION_ESCALATED_DAYS: '0' }).escalatedRetentionDays).toBe(0);
    expect(reviewConfig({ NETRA_DATA_DIR: '/d', NETRA_RETENTION_DAYS: '90', NETRA_RETENTION_ESCALATED_DAYS: '90' }).escalatedRetentionDays).toBe(90);
    expect(() => reviewConfig({ NETRA_DATA_DIR: '/d', NETRA_RETENTION_ESCALATED_DAYS: '30' })).toThrow('NETRA_RETENTION_ESCALATED_DAYS: must be at least NETRA_RETENTION_DAYS (180), or 0, got 30');
    expect(() => reviewConfig({ NETRA_DATA_DIR: '/d', NETRA_RETENTION_ESCALATED_DAYS: 'soon' })).toThrow(/NETRA_RETENTION_ESCALATED_DAYS: must be a whole number/);
  });

  it('unset, is the longer of 365 and NETRA_RETENTION_DAYS, so a setting that started before it still starts', () => {
    expect(reviewConfig({ NETRA_DATA_DIR: '/d', NETRA_RETENTION_DAYS: '730' }).escalatedRetentionDays).toBe(730);
    expect(reviewConfig({ NETRA_DATA_DIR: '/d', NETRA_RETENTION_DAYS: '90' }).escalatedRetentionDays).toBe(365);
    expect(escalatedDaysOf({ retentionDays: 730 })).toBe(730);
    expect(escalatedDaysOf({ retentionDays: 180 })).toBe(365);
  });
});

describe('the service warns of open escalations past the period', () => {
  it('on start, naming how many and until when', async () => {
    const dataDir = tempDir('netra-retention-escalated-');
    const setup = await Store.open({ dataDir });
    const { item } = await setup.add({ text: 'Ayo pilih nomor 2, eskalasi terlupa' }, fakeResult(0.9, 'ajakan'), 'cli:budi');
    const escalation = await setup.decide(item.id, { outcome: 'escalated', reason: 'ke inspektorat' }, 'Sari#k1');
    await setup.rdb.db.updateTable('decisions').set({ created_at: new Date(Date.now() - 40 * DAY).toISOString() }).where('id', '=', escalation.id).execute();
    await setup.close();
    const warnings: string[] = [];
    const review = await openReview({ scorer: {} as ReviewScorer, config: { dataDir, retentionDays: 30, maxBatch: 10, maxTextLength: 100 }, warn: (m) => warnings.push(m) });
    await review.close();
    expect(warnings).toEqual(['review retention: 1 escalated items open longer than 30 days (NETRA_RETENTION_DAYS) keep their text until 365 days after their first escalation (NETRA_RETENTION_ESCALATED_DAYS), then it is purged: decide them']);
  });
});
