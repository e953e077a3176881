// A correction that escalates or reopens an item without a label withdraws the superseded decision's
// label: nothing is in force until the item is decided again (stats, retraining, the export's `final`
// and the page's decision list say so). The item's audit trail used to say nothing on that entry and
// then compare the next decision with the withdrawn label ("Label: ajakan → dukungan"), as if the
// mistaken confirmation had stood while the item was escalated.
import { describe, expect, it } from 'vitest';
import { sqliteKind } from './helpers/stores.js';
import { reviewServer } from './helpers/app.js';
import { itemHtml, webLogin } from './helpers/http.js';
import { fakeResult } from './helpers/fixtures.js';

const fx = reviewServer(sqliteKind(), () => ({ score: () => fakeResult(0.9) }));
const SARI = 'Sari#0123456789abcdef';
const BUDI = 'Budi#fedcba9876543210';

/** The trail's decision rows' change lines. */
const decisionLines = (page: string): string[] => {
  const table = /<table class="audit audit-cards" id="audit">([\s\S]*?)<\/table>/.exec(page)?.[1] ?? '';
  const cell = (td: string) => td.replace(/<li>/g, '\n').replace(/<[^>]+>/g, '').replace(/&amp;/g, '&').trim();
  return [...table.matchAll(/<tr data-seq[^>]*>([\s\S]*?)<\/tr>/g)]
    .map((r) => [...r[1].matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map((m) => cell(m[1])))
    .filter((cells) => cells[2] === 'keputusan')
    .map((cells) => cells[3]);
};

describe('the trail when a correction withdraws a label', () => {
  const confirmed = async (tag: string) => {
    const { item } = await fx.store.add({ text: `Ayo coblos nomor 2, ${tag}`, author: tag }, fakeResult(0.95, 'ajakan'), 'batch');
    const first = await fx.store.decide(item.id, { outcome: 'confirmed', label: 'ajakan', reason: 'ajakan' }, SARI);
    return { id: item.id, first };
  };
  const trail = async (id: string) => decisionLines(await itemHtml(fx.srv.base, await webLogin(fx.srv.base, fx.keys.supervisor), id));

  it('an escalation by correction: ajakan → –, and the next decision is read against no label', async () => {
    const { id, first } = await confirmed('eskalasi');
    await fx.store.decide(id, { outcome: 'escalated', reason: 'tanya inspektorat', corrects: first.id }, SARI);
    await fx.store.decide(id, { outcome: 'confirmed', label: 'dukungan', reason: 'dukungan saja' }, BUDI);
    const lines = await trail(id);
    expect(lines[1]).toContain('Keputusan: Eskalasi');
    expect(lines[1]).toContain('Label: ajakan → –');
    // Nobody held it when it was confirmed: letting go of nobody is no change to show ("Dipegang oleh: –").
    expect(lines[1]).not.toContain('Dipegang oleh');
    expect(lines[2]).toContain('Label: – → dukungan');
    expect(lines[2]).not.toContain('ajakan');
  });

  it('a reopening: the same; a correction that records a label shows it against the superseded one', async () => {
    const { id, first } = await confirmed('buka');
    await fx.store.decide(id, { outcome: 'reopened', reason: 'tinjau ulang', corrects: first.id }, SARI);
    await fx.store.decide(id, { outcome: 'dismissed', reason: 'bukan ajakan' }, BUDI);
    const lines = await trail(id);
    expect(lines[1]).toContain('Label: ajakan → –');
    expect(lines[2]).toContain('Label: – → netral');

    const other = await confirmed('berlabel');
    await fx.store.decide(other.id, { outcome: 'escalated', label: 'serangan', reason: 'serangan, tanya atasan', corrects: other.first.id }, SARI);
    expect((await trail(other.id))[1]).toContain('Label: ajakan → serangan');
  });
});
