// A date or a time the text stage reads across words ("14 Februari 2024", "10.00 WIB") is one
// placeholder; its evidence ("[tanggal]", "[jam]") is found as those words, not missed because each
// word alone reads as a plain number and a month.
import { describe, expect, it } from 'vitest';
import { withWritten } from '../../src/explain/written-evidence.js';
import { highlight } from '../../src/review/web/highlight.js';
import { normalize } from '../../src/text/normalize.js';

const placesOf = (text: string, phrase: string) => withWritten(text, [{ text: phrase, weight: 1 }])[0].written?.map((w) => [w.text, w.start]);

/** The premise of each case: the text stage reads `written` as one date. */
const readsAsDate = (written: string) => expect(normalize(written).tokens).toEqual(['<date>']);

describe('a date written with a month name', () => {
  it('is found in the reported post, alone and in a phrase', () => {
    const text = 'Rek, 14 Februari c0bl0s 0⃣2⃣ yo, ben lanjut pembangunane 🙏 #PrabowoGibran';
    expect(placesOf(text, '[tanggal]')).toEqual([['14 Februari', 5]]);
    expect(placesOf(text, '[tanggal] coblos')).toEqual([['14 Februari c0bl0s', 5]]);
  });

  it.each([
    ['14 Februari'],
    ['14 Februari 2024'],
    ['14 February 2024'],
    ['14 Feb'],
    ['14 Feb. 2024'],
    ['14 Pebruari'],
    ['17 Agt'],
    ['17 Agustus 1945'],
    ['1 Mei'],
    ['5 Nov'],
    ['5 Nopember 2023'],
    ['5 Nop'], // Nop, Peb: November and February as Indonesians abbreviate them
    ['5 Nop. 2024'],
    ['5 Peb 2024'],
    ['5 Okt'],
    ['25 Des'],
    ['25 dec 2023'],
    ['02 Desember'], // a day that alone reads as a ballot number
  ])('finds "%s" whole', (date) => {
    readsAsDate(date);
    const text = `Ingat ${date} datang ke TPS`;
    expect(placesOf(text, '[tanggal]')).toEqual([[date, 6]]);
  });

  it('is found after "tanggal" and "tgl", which stay words of their own', () => {
    expect(normalize('tanggal 14 Februari 2024').tokens).toEqual(['tanggal', '<date>']);
    expect(placesOf('Ayo tanggal 14 Februari 2024 coblos', '[tanggal]')).toEqual([['14 Februari 2024', 12]]);
    expect(placesOf('Ayo tanggal 14 Februari 2024 coblos', 'tanggal [tanggal]')).toEqual([['tanggal 14 Februari 2024', 4]]);
    expect(placesOf('tgl 14 Feb coblos 02 ya', 'tanggal [tanggal]')).toEqual([['tgl 14 Feb', 0]]);
  });

  it('leaves a sentence-ending dot out, and a year after a comma, as the text stage does', () => {
    expect(placesOf('Coblos 14 Feb. Jangan lupa', '[tanggal]')).toEqual([['14 Feb', 7]]);
    expect(normalize('14 Feb, 2024').tokens).toEqual(['<date>', '<num>']);
    expect(placesOf('14 Feb, 2024', '[tanggal]')).toEqual([['14 Feb', 0]]);
  });

  it('is not found where a number and a word make no date', () => {
    expect(normalize('14 jangan').tokens).not.toContain('<date>');
    expect(placesOf('Ada 14 jangan lupa', '[tanggal]')).toBeUndefined();
  });

  it('still finds numeric dates', () => {
    expect(placesOf('14-02-2024 coblos', '[tanggal]')).toEqual([['14-02-2024', 0]]);
    expect(placesOf('Tgl 2024-02-14 ya', '[tanggal]')).toEqual([['2024-02-14', 4]]);
  });

  it('is no ballot number after a ballot cue, as the text stage reads it', () => {
    expect(normalize('coblos 14 Februari').tokens).toEqual(['coblos', '<date>']);
    expect(placesOf('coblos 14 Februari ya', 'nomor 14')).toBeUndefined();
    expect(placesOf('coblos 14 Februari ya', 'coblos [tanggal]')).toEqual([['coblos 14 Februari', 0]]);
  });

  it('is marked on the review page', () => {
    const html = highlight('Rek, 14 Februari c0bl0s', [{ text: '[tanggal]', kind: 'evidence', title: 'e' }]);
    expect(html).toBe('Rek, <mark class="evidence" title="e">14 Februari</mark> c0bl0s');
  });
});

describe('a time written with its zone', () => {
  it('is found with the zone, alone and in a phrase', () => {
    expect(normalize('10.00 WIB di').tokens).toEqual(['<time>', 'di']);
    expect(placesOf('Kumpul jam 10.00 WIB di balai', '[jam]')).toEqual([['10.00 WIB', 11]]);
    expect(placesOf('Kumpul jam 10.00 WIB di balai', '[jam] di')).toEqual([['10.00 WIB di', 11]]);
    expect(placesOf('Kumpul pukul 07:30 wita', '[jam]')).toEqual([['07:30 wita', 13]]);
  });
});
