// An open escalation's page says when retention purges its text (NETRA_RETENTION_ESCALATED_DAYS after
// the escalation, in WIB): a supervisor holding it sees what to decide by. The test app keeps decided
// items 30 days and escalations the default 365.
import { describe, expect, it } from 'vitest';
import { sqliteKind } from './helpers/stores.js';
import { reviewServer } from './helpers/app.js';
import { fakeResult } from './helpers/fixtures.js';
import { itemHtml, webLogin } from './helpers/http.js';
import { wibTime } from '../../src/review/web/format.js';
import { DEFAULT_ESCALATED_RETENTION_DAYS, escalationPurgeAt } from '../../src/review/retention-run.js';

describe('the purge date of an open escalation on its page', () => {
  const fx = reviewServer(sqliteKind(), () => ({ score: () => fakeResult(0.95, 'ajakan') }));

  it('shows it in WIB for an escalated item, and not for an open or decided one', async () => {
    const add = async (text: string) => (await fx.store.add({ text }, fakeResult(0.95, 'ajakan'), 'test')).item.id;
    const escalated = await add('Ayo coblos nomor 2, kasus untuk pejabat');
    const esc = await fx.store.decide(escalated, { outcome: 'escalated', reason: 'perlu pejabat' }, 'Sari#k1');
    const open = await add('Pilih nomor 1 ya, masih baru');
    const decided = await add('Pilih nomor 3, sudah diputuskan');
    await fx.store.decide(decided, { outcome: 'confirmed', reason: 'jelas ajakan' }, 'Sari#k1');
    const cookie = await webLogin(fx.srv.base, fx.keys.supervisor);

    const due = new Date(Date.parse(esc.createdAt) + DEFAULT_ESCALATED_RETENTION_DAYS * 86_400_000).toISOString();
    const page = await itemHtml(fx.srv.base, cookie, escalated);
    expect(page).toContain(`Teks dan penulis dihapus otomatis pada <time datetime="${due}">${wibTime(due)}</time> bila belum diputuskan`);
    for (const id of [open, decided]) expect(await itemHtml(fx.srv.base, cookie, id)).not.toContain('dihapus otomatis');
  });
});

describe('escalationPurgeAt', () => {
  it('is none when an escalation is kept until decided or retention is off', () => {
    const at = '2026-12-05T03:00:00.000Z';
    expect(escalationPurgeAt(at, { retentionDays: 30, escalatedRetentionDays: 40 })).toBe('2027-01-14T03:00:00.000Z');
    expect(escalationPurgeAt(at, { retentionDays: 30, escalatedRetentionDays: 0 })).toBeUndefined();
    expect(escalationPurgeAt(at, { retentionDays: 0 })).toBeUndefined();
  });
});
