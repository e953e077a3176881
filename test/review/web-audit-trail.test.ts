// An item's audit trail reads in the page's words: who, when (WIB, with its offset) and what changed
// ("Label: dukungan → ajakan", "Keputusan: Konfirmasi", "Alasan: …"). It showed the stored JSON
// (`{"status":"confirmed","reviewer_label":"ajakan",…}`), English code to the supervisors it is for.
import { describe, expect, it } from 'vitest';
import { createScorer } from '../../src/pipeline/create.js';
import { sqliteKind } from './helpers/stores.js';
import { reviewServer } from './helpers/app.js';
import { itemHtml, webLogin } from './helpers/http.js';
import { fakeResult } from './helpers/fixtures.js';

const fx = reviewServer(sqliteKind(), () => createScorer());

const SARI = 'Sari (Bawaslu Kab.)#0123456789abcdef';
const BUDI = 'Budi#fedcba9876543210';

/** The trail's rows as [time, who, action, changes…] texts. */
const trailOf = (page: string): string[][] => {
  const table = /<table class="audit audit-cards" id="audit">([\s\S]*?)<\/table>/.exec(page)?.[1] ?? '';
  const cell = (td: string) => td.replace(/<li>/g, '\n').replace(/<[^>]+>/g, '').replace(/&amp;/g, '&').replace(/&#39;/g, "'").trim();
  return [...table.matchAll(/<tr data-seq[^>]*>([\s\S]*?)<\/tr>/g)].map((r) => [...r[1].matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map((m) => cell(m[1])));
};

describe("an item's audit trail on its page", () => {
  it('says who changed what and when in Indonesian lines, never the stored JSON', async () => {
    const { item } = await fx.store.add({ text: 'Saya dukung nomor 2, jejak audit', source: 'trail', externalId: 't-1', author: 'uji' }, fakeResult(0.9, 'dukungan'), 'batch');
    await fx.store.assign(item.id, SARI, SARI);
    await fx.store.decide(item.id, { outcome: 'escalated', reason: 'perlu dicek atasan' }, SARI);
    await fx.store.decide(item.id, { outcome: 'confirmed', label: 'ajakan', reason: 'mengajak memilih nomor 2', fromAssignee: SARI }, BUDI); // over Sari's hold
    const page = await itemHtml(fx.srv.base, await webLogin(fx.srv.base, fx.keys.supervisor), item.id);
    const trail = trailOf(page);
    expect(trail.map((r) => r.slice(1))).toEqual([
      ['batch', 'masuk antrean', 'Status: baru\nLabel model: dukungan\nLevel: tinggi'],
      [SARI, 'penugasan', `Dipegang oleh: – → ${SARI}\nStatus: baru → ditinjau`],
      [SARI, 'keputusan', 'Keputusan: Eskalasi\nStatus: ditinjau → dieskalasi\nAlasan: perlu dicek atasan'],
      [BUDI, 'keputusan', `Keputusan: Konfirmasi\nStatus: dieskalasi → dikonfirmasi\nDipegang oleh: ${SARI} → – (item selesai diputuskan)\nLabel: dukungan → ajakan\nAlasan: mengajak memilih nomor 2`],
    ]);
    for (const [when] of trail) expect(when).toMatch(/^\d\d-\d\d-\d{4} \d\d:\d\d WIB \(UTC\+7\)$/);
    const table = /<table class="audit audit-cards" id="audit">[\s\S]*?<\/table>/.exec(page)?.[0] ?? '';
    expect(table).not.toMatch(/&quot;|reviewer_label|"status"|>decision<|>confirmed</);
  });

  it('shows a second decision\'s label against the first one\'s, and a note\'s suggested label', async () => {
    const { item } = await fx.store.add({ text: 'Saya dukung nomor 2, dua keputusan', source: 'trail', externalId: 't-2', author: 'uji' }, fakeResult(0.9, 'dukungan'), 'batch');
    await fx.store.note(item.id, { suggestedLabel: 'serangan' }, 'Ani#1111111111111111');
    await fx.store.decide(item.id, { outcome: 'escalated', reason: 'ragu' }, SARI);
    await fx.store.decide(item.id, { outcome: 'dismissed', label: 'netral', reason: 'hanya berita' }, BUDI);
    const trail = trailOf(await itemHtml(fx.srv.base, await webLogin(fx.srv.base, fx.keys.supervisor), item.id)).map((r) => r[3]);
    expect(trail).toContain('Usulan label: serangan');
    expect(trail.at(-1)).toBe('Keputusan: Tolak\nStatus: dieskalasi → ditolak\nLabel: dukungan → netral\nAlasan: hanya berita');
  });
});
