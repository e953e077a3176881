// A padded number before "persen" or "%" is a percentage to the text stage ("naik 02 persen", "diskon
// 02%"), a plain number: its "[angka]" is found there, and a ballot number's "nomor 2" is not, though
// "02" read alone would be one.
import { describe, expect, it } from 'vitest';
import { withWritten } from '../../src/explain/written-evidence.js';
import { normalize } from '../../src/text/normalize.js';

const placesOf = (text: string, phrase: string) => withWritten(text, [{ text: phrase, weight: 1 }])[0].written?.map((w) => [w.text, w.start]);

describe('a padded percentage', () => {
  it('is a number before "persen", not a ballot number', () => {
    const text = 'Gaji naik 02 persen, coblos 02';
    expect(normalize(text).tokens).toEqual(['gaji', 'naik', '<num>', 'persen', 'coblos', '<no:2>']);
    expect(placesOf(text, '[angka] persen')).toEqual([['02 persen', 10]]);
    expect(placesOf(text, '[angka]')).toEqual([['02', 10]]);
    expect(placesOf(text, 'nomor 2')).toEqual([['02', 28]]);
  });

  it('is a number before "%", also after a ballot cue', () => {
    expect(normalize('diskon 02% ya').tokens).toEqual(['diskon', '<num>', 'ya']);
    expect(placesOf('diskon 02% ya', 'diskon [angka]')).toEqual([['diskon 02', 0]]);
    expect(placesOf('diskon 02% ya', 'nomor 2')).toBeUndefined();
    expect(normalize('coblos 02 persen').tokens).toEqual(['coblos', '<num>', 'persen']);
    expect(placesOf('coblos 02 persen', 'nomor 2')).toBeUndefined();
  });
});
