// The item's trail says who held the item as the page and the API do: nobody once it is confirmed or
// dismissed. The decision that ended Sari's hold said nothing about it, and a later correction that
// escalated or reopened the item showed "Dipegang oleh: Sari → –", a hand-over nobody made (Sari had
// stopped holding it when she decided; the row only keeps her name).
import { describe, expect, it } from 'vitest';
import { sqliteKind } from './helpers/stores.js';
import { reviewServer } from './helpers/app.js';
import { itemHtml, webLogin } from './helpers/http.js';
import { fakeResult } from './helpers/fixtures.js';

const fx = reviewServer(sqliteKind(), () => ({ score: () => fakeResult(0.9) }));
const SARI = 'Sari#0123456789abcdef';
const BUDI = 'Budi#fedcba9876543210';

/** The trail's rows as [who, action, change lines]. */
const trailOf = (page: string): string[][] => {
  const table = /<table class="audit audit-cards" id="audit">([\s\S]*?)<\/table>/.exec(page)?.[1] ?? '';
  const cell = (td: string) => td.replace(/<li>/g, '\n').replace(/<[^>]+>/g, '').replace(/&amp;/g, '&').trim();
  return [...table.matchAll(/<tr data-seq[^>]*>([\s\S]*?)<\/tr>/g)].map((r) => [...r[1].matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map((m) => cell(m[1])).slice(1));
};
const holderLines = (rows: string[][]) => rows.map(([who, action, lines]) => [who, action, lines.split('\n').filter((l) => l.startsWith('Dipegang oleh')).join(' / ')]);

describe("the trail's holder around decisions", () => {
  it('a decision ends the hold, said on that entry; a later correction lets go of nobody', async () => {
    const { item } = await fx.store.add({ text: 'Ayo coblos nomor 2, pemegang di jejak', author: 'uji' }, fakeResult(0.9, 'ajakan'), 'batch');
    await fx.store.assign(item.id, SARI, SARI);
    await fx.store.decide(item.id, { outcome: 'escalated', reason: 'tanya inspektorat' }, SARI); // an escalated item stays held
    const first = await fx.store.decide(item.id, { outcome: 'confirmed', label: 'ajakan', reason: 'ajakan' }, SARI);
    await fx.store.decide(item.id, { outcome: 'reopened', reason: 'tinjau ulang', corrects: first.id }, BUDI);
    await fx.store.assign(item.id, BUDI, BUDI);
    await fx.store.decide(item.id, { outcome: 'dismissed', reason: 'hanya berita' }, BUDI);
    const page = await itemHtml(fx.srv.base, await webLogin(fx.srv.base, fx.keys.supervisor), item.id);
    expect(holderLines(trailOf(page))).toEqual([
      ['batch', 'masuk antrean', ''],
      [SARI, 'penugasan', `Dipegang oleh: – → ${SARI}`],
      [SARI, 'keputusan', ''],
      [SARI, 'keputusan', `Dipegang oleh: ${SARI} → – (item selesai diputuskan)`],
      [BUDI, 'keputusan', ''],
      [BUDI, 'penugasan', `Dipegang oleh: – → ${BUDI}`],
      [BUDI, 'keputusan', `Dipegang oleh: ${BUDI} → – (item selesai diputuskan)`],
    ]);
  });

  it('an item nobody held is decided without a holder line', async () => {
    const { item } = await fx.store.add({ text: 'Pilih nomor 1, tanpa pemegang', author: 'uji' }, fakeResult(0.9, 'dukungan'), 'batch');
    const first = await fx.store.decide(item.id, { outcome: 'dismissed', reason: 'netral' }, SARI);
    await fx.store.decide(item.id, { outcome: 'escalated', reason: 'tanya atasan', corrects: first.id }, BUDI);
    const page = await itemHtml(fx.srv.base, await webLogin(fx.srv.base, fx.keys.supervisor), item.id);
    expect(holderLines(trailOf(page)).map((r) => r[2])).toEqual(['', '', '']);
  });
});
