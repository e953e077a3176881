// A ballot number written with a leading zero ("coblos nomor 02", "Coblos 02!", "no 02") is marked as
// the mention the item lists ("nomor 2"), also where evidence has the same phrase: the mention was
// skipped as a repeat of the evidence, and "02" was never read as "2".
import { describe, expect, it } from 'vitest';
import { highlight, type Mark } from '../../src/review/web/highlight.js';

const mention: Mark = { text: 'nomor 2', kind: 'mention', title: 'm' };
const evidence: Mark = { text: 'nomor 2', kind: 'evidence', title: 'e' };
const m = (s: string) => `<mark class="mention" title="m">${s}</mark>`;
const e = (s: string) => `<mark class="evidence" title="e">${s}</mark>`;

describe('a ballot number with a leading zero', () => {
  it('is marked for its mention as written', () => {
    expect(highlight('coblos nomor 02', [mention])).toBe(`coblos ${m('nomor 02')}`);
    expect(highlight('Coblos 02!', [mention])).toBe(`Coblos ${m('02')}!`);
    // its cue with it, as "no 2" and "nomor 02" are: normalization reads "no 02" as one ballot number
    expect(highlight('no 02 aja', [mention])).toBe(`${m('no 02')} aja`);
    expect(highlight('no 2 aja', [mention])).toBe(`${m('no 2')} aja`);
    expect(highlight('nomor 20 bukan', [mention])).toBe('nomor 20 bukan');
  });

  it('marks a keycap number whole, its marks inside the mark', () => {
    expect(highlight('Ayo 0\u20E32\u20E3 ya', [mention])).toBe(`Ayo ${m('0\u20E32\u20E3')} ya`);
    expect(highlight('coblos 2\uFE0F\u20E3', [evidence])).toBe(`coblos ${e('2\uFE0F\u20E3')}`);
  });

  it('shows the mention inside evidence of the same or a longer phrase', () => {
    expect(highlight('coblos nomor 02', [evidence, mention])).toBe(`coblos ${e(m('nomor 02'))}`);
    expect(highlight('coblos nomor 1 ya', [{ ...evidence, text: 'coblos nomor 1' }, { ...mention, text: 'nomor 1' }])).toBe(`${e('coblos ')}${e(m('nomor 1'))} ya`);
  });
});

describe('a ballot verb normalization reads as "coblos"', () => {
  it('is marked for evidence "coblos"', () => {
    expect(highlight('Tusuk nomor 1 ya', [{ ...evidence, text: 'coblos' }])).toBe(`${e('Tusuk')} nomor 1 ya`);
  });
});
