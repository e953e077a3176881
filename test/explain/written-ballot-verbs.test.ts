// Normalization reads "tusuk", "contreng", "colok" and their affixed forms before a ballot number as
// "coblos"; evidence "coblos" is placed on the verb as written.
import { describe, expect, it } from 'vitest';
import { withWritten } from '../../src/explain/written-evidence.js';

const places = (text: string, phrase: string) => withWritten(text, [{ text: phrase, weight: 1 }])[0].written?.map((w) => [w.text, w.start, w.end]);

describe('a ballot verb normalization reads as "coblos"', () => {
  it('is where "coblos" and "coblos nomor N" are written', () => {
    expect(places('Tusuk nomor 1 ya', 'coblos')).toEqual([['Tusuk', 0, 5]]);
    expect(places('Tusuk nomor 1 ya', 'coblos nomor 1')).toEqual([['Tusuk nomor 1', 0, 13]]);
    expect(places('contreng nomor 1', 'coblos nomor 1')).toEqual([['contreng nomor 1', 0, 16]]);
    expect(places('ayo colok nomor 2', 'coblos')).toEqual([['colok', 4, 9]]);
    expect(places('mencontreng no 3', 'coblos nomor 3')).toEqual([['mencontreng no 3', 0, 16]]);
    expect(places('nusuk, nomor 1', 'coblos')).toEqual([['nusuk', 0, 5]]);
  });

  it('is no "coblos" without a ballot number after it', () => {
    expect(places('tusuk jarum nomor 1', 'coblos')).toBeUndefined();
    expect(places('tusuk sate', 'coblos')).toBeUndefined();
  });
});
