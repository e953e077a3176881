// The exports count analysts as the queue page does: one analyst's two notes are one analyst, not two
// agreeing. The decisions export (CSV/JSONL: `suggestion_analysts`, `suggestion_backing`) and the item
// export (`suggestion.analysts`, `.backing`) say how many analysts suggested a label and how many of them
// back the latest one now (their own latest suggestion is that label); `suggestions` still counts notes.
import { expect, it } from 'vitest';
import type { ReviewStore } from '../../src/review/store/index.js';
import { EXPORT_COLUMNS } from '../../src/review/store/reports.js';
import type { Label } from '../../src/data/labels.js';
import { describeOnStores, withStore } from './helpers/stores.js';
import { fakeResult } from './helpers/fixtures.js';
import { exportedRow } from './helpers/exported-row.js';

describeOnStores('suggestion counts in the exports on $name', (kind) => {
  let store: ReviewStore;
  withStore(kind, (opened) => (store = opened));

  /** A decided item with these suggestions, in order: its decisions-export row and its case file's suggestion. */
  async function exported(name: string, suggestions: [string, Label][]) {
    const { item } = await store.add({ text: `Jangan pilih calon ${name}`, author: name }, fakeResult(0.9, 'serangan'), 'batch');
    for (const [author, label] of suggestions) await store.note(item.id, { suggestedLabel: label }, author);
    await store.decide(item.id, { outcome: 'confirmed' }, 'sup');
    const row = await exportedRow(store, item.id);
    const counts = { suggestions: row?.suggestions, suggestion_analysts: row?.suggestion_analysts, suggestion_backing: row?.suggestion_backing };
    const file = (await store.exportItem(item.id, 'sup'))?.suggestion;
    const shown = (await store.suggestions([item.id])).get(item.id);
    return { counts, file, shown };
  }

  it('one analyst changing their mind is one analyst', async () => {
    const { counts, file, shown } = await exported('satu-analis', [['Ani', 'dukungan'], ['Ani', 'serangan']]);
    expect(counts).toEqual({ suggestions: 2, suggestion_analysts: 1, suggestion_backing: 1 });
    expect(file).toMatchObject({ label: 'serangan', count: 2, analysts: 1, backing: 1 });
    expect(shown).toEqual(file);
  });

  it('two analysts disagreeing: the latest label is backed by one of them', async () => {
    const { counts, file, shown } = await exported('dua-beda', [['Ani', 'ajakan'], ['Ani', 'ajakan'], ['Rudi', 'serangan']]);
    expect(counts).toEqual({ suggestions: 3, suggestion_analysts: 2, suggestion_backing: 1 });
    expect(file).toMatchObject({ label: 'serangan', count: 3, analysts: 2, backing: 1 });
    expect(shown).toEqual(file);
  });

  it('an analyst who came round to the latest label backs it', async () => {
    const { counts } = await exported('berubah', [['Ani', 'ajakan'], ['Rudi', 'serangan'], ['Ani', 'serangan']]);
    expect(counts).toEqual({ suggestions: 3, suggestion_analysts: 2, suggestion_backing: 2 });
  });

  it('an item with no suggestion counts none, and the new columns come after the text', async () => {
    const { counts, file } = await exported('tanpa-usul', []);
    expect(counts).toEqual({ suggestions: 0, suggestion_analysts: 0, suggestion_backing: 0 });
    expect(file).toBeNull();
    const after = EXPORT_COLUMNS.indexOf('text') + 1;
    expect(EXPORT_COLUMNS.slice(after, after + 4)).toEqual(['suggested_label', 'suggestions', 'suggestion_analysts', 'suggestion_backing']);
  });
});
