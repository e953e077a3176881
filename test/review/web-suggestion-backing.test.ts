// "Usulan analis": the queue showed the number of suggestions (notes with a label) as "serangan ×2",
// which read as two analysts agreeing on serangan when one analyst had suggested dukungan and then
// serangan, or the same label twice. The page now says how many analysts back the latest label now
// (each analyst's own latest suggestion) of how many suggested one.
import { beforeAll, describe, expect, it } from 'vitest';
import { createScorer } from '../../src/pipeline/create.js';
import { sqliteKind } from './helpers/stores.js';
import { reviewServer } from './helpers/app.js';
import { webLogin } from './helpers/http.js';
import { fakeResult } from './helpers/fixtures.js';
import type { Label } from '../../src/data/labels.js';

const fx = reviewServer(sqliteKind(), () => createScorer());

const ANI = 'Ani#1111111111111111';
const RUDI = 'Rudi#2222222222222222';
let cookie: string;
beforeAll(async () => {
  cookie = await webLogin(fx.srv.base, fx.keys.supervisor);
});

/** A new item of its own election with these suggestions, in order; the queue cell and the item page's line. */
async function shown(name: string, suggestions: [string, Label][]): Promise<{ cell: string; line: string }> {
  const { item } = await fx.store.add({ text: `Jangan pilih calon ${name}`, source: 'backing', externalId: name, author: 'uji', election: name }, fakeResult(0.9, 'serangan', 'tinggi', name), 'batch');
  for (const [author, label] of suggestions) await fx.store.note(item.id, { suggestedLabel: label }, author);
  const queue = await (await fetch(`${fx.srv.base}/review?election=${name}`, { headers: { cookie } })).text();
  const page = await (await fetch(`${fx.srv.base}/review/items/${item.id}`, { headers: { cookie } })).text();
  const cell = /<td class="suggested">([\s\S]*?)<\/td>/.exec(queue)?.[1] ?? '';
  const line = (/<p class="suggestion" id="suggestion">([\s\S]*?)<\/p>/.exec(page)?.[1] ?? '').replace(/<time[^>]*>[^<]*<\/time>/, 'T').replace(/<[^>]+>/g, '');
  return { cell, line };
}
const text = (cell: string) => cell.replace(/<[^>]+>/g, '');
const title = (cell: string) => /title="([^"]*)"/.exec(cell)?.[1] ?? '';

describe('"Usulan analis" counts analysts, not notes', () => {
  it('one analyst changing their mind is one analyst: no count beside the label', async () => {
    const { cell, line } = await shown('satu-analis', [[ANI, 'dukungan'], [ANI, 'serangan']]);
    expect(text(cell)).toBe('serangan');
    expect(title(cell)).toMatch(/^usulan terakhir oleh Ani#1111111111111111, .* WIB; 2 usulan dari 1 analis$/);
    expect(line).toBe(`Usulan analis terakhir: serangan oleh ${ANI}, T (2 usulan dari 1 analis; lihat Catatan)`);
  });

  it('two analysts agreeing are counted as two', async () => {
    const { cell, line } = await shown('dua-setuju', [[ANI, 'serangan'], [RUDI, 'serangan']]);
    expect(text(cell)).toBe('serangan 2 dari 2 analis');
    expect(line).toBe(`Usulan analis terakhir: serangan oleh ${RUDI}, T (2 usulan dari 2 analis; 2 mengusulkan serangan; lihat Catatan)`);
  });

  it('two analysts disagreeing: the latest label is backed by one of them', async () => {
    const { cell } = await shown('dua-beda', [[ANI, 'ajakan'], [ANI, 'ajakan'], [RUDI, 'serangan']]);
    expect(text(cell)).toBe('serangan 1 dari 2 analis');
    expect(title(cell)).toMatch(/; 3 usulan dari 2 analis; 1 mengusulkan serangan$/);
  });
});
