// A ballot number's evidence ("nomor 1") is found where the post writes the ballot number, not at a
// number normalization reads as an address, a regulation or a time ("RW 01", "Perda nomor 2"): read
// alone, "01" would be a ballot number, but in its place it is not one.
import { describe, expect, it } from 'vitest';
import { withWritten } from '../../src/explain/written-evidence.js';
import { highlight } from '../../src/review/web/highlight.js';
import { normalize } from '../../src/text/normalize.js';

const placesOf = (text: string, phrase: string) => withWritten(text, [{ text: phrase, weight: 1 }])[0].written?.map((w) => [w.text, w.start]);

describe('a ballot number written where another number is too', () => {
  it('is found only at the ballot number, not at "RW 01"', () => {
    const text = 'Posyandu RW 01 besok pagi. Jangan pilih paslon 1 ya.';
    expect(normalize(text).tokens).toContain('rw'); // the premise: "RW 01" is no ballot number to normalization
    expect(normalize(text).tokens.filter((t) => t === '<no:1>')).toHaveLength(1);
    expect(placesOf(text, 'nomor 1')).toEqual([['1', 47]]);
  });

  it('is not found at numbered things and regulations', () => {
    expect(placesOf('Rapat di TPS 02 jam 07. Coblos 02!', 'nomor 2')).toEqual([['02', 31]]);
    expect(placesOf('Sesuai Perda nomor 2 tahun 2020, coblos nomor 2', 'nomor 2')).toEqual([['nomor 2', 40]]);
    expect(placesOf('Kumpul di RT 03 ya', 'nomor 3')).toBeUndefined();
  });

  it('is not found at a regulation\'s number that the words after it make one: "tahun" and a year, a slash code', () => {
    for (const text of ['sesuai nomor 3 tahun 2024', 'Perbup nomor 3/2024', 'SE nomor 3 th. 2024']) {
      expect(normalize(text).tokens, text).not.toContain('<no:3>'); // the premise: no ballot number to normalization
    }
    expect(placesOf('Ganjar 03, sesuai nomor 3 tahun 2024', 'nomor 3')).toEqual([['03', 7]]);
    expect(placesOf('Pilih nomor 3, Perbup nomor 3/2024', 'nomor 3')).toEqual([['nomor 3', 6]]);
    expect(placesOf('Coblos 02, Peraturan Bupati Nomor 2 Tahun 2024 sudah terbit', 'nomor 2')).toEqual([['02', 7]]);
  });

  it('is not found where the words after it make the number a count, a place in a row or a decimal', () => {
    expect(placesOf('pilih 2 orang perwakilan, lalu coblos 02', 'nomor 2')).toEqual([['02', 38]]);
    expect(placesOf('anak saya nomor 2 dari 3 bersaudara, coblos 02', 'nomor 2')).toEqual([['02', 44]]);
    expect(placesOf('Coblos nomor 2, nomor 2.5 juta', 'nomor 2')).toEqual([['nomor 2', 7]]);
  });

  it('places a regulation\'s plain number without its "nomor", a word of its own', () => {
    const text = 'Ganjar nomor 3. Peraturan Bupati nomor 3 tahun 2024';
    expect(normalize(text).tokens.slice(-4)).toEqual(['nomor', '<num>', 'tahun', '<num>']);
    expect(placesOf(text, '[angka] tahun')).toEqual([['3 tahun', 39]]);
  });

  it('is still found after its cue and alone', () => {
    expect(placesOf('Ayo 01! Nomor 01 pasti menang', 'nomor 1')).toEqual([['01', 4], ['Nomor 01', 8]]);
  });

  it('is marked on the review page only at the ballot number', () => {
    const html = highlight('Posyandu RW 01 besok. Pilih paslon 1', [{ text: 'nomor 1', kind: 'evidence', title: 'e' }]);
    expect(html).toBe('Posyandu RW 01 besok. Pilih paslon <mark class="evidence" title="e">1</mark>');
  });
});
