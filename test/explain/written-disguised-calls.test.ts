// Evidence of a disguised call is placed where the post writes it: normalization repairs leetspeak and
// letters typed apart ("c0bl0s nomor 02", "c o b l o s nomor 2" read "coblos nomor 2"), and the review
// page marks the evidence only where it is found. "c0bl0s nomor 02" and "c o b l o s" were found nowhere.
import { describe, expect, it } from 'vitest';
import { withWritten } from '../../src/explain/written-evidence.js';

const places = (text: string, phrase: string) => withWritten(text, [{ text: phrase, weight: 1 }])[0].written?.map((w) => [w.text, w.start]);

describe('a disguised call', () => {
  it('leetspeak before a padded number after "nomor"', () => {
    expect(places('ayo c0bl0s nomor 02', 'coblos nomor 2')).toEqual([['c0bl0s nomor 02', 4]]);
    expect(places('c0bl0s no 03!', 'coblos nomor 3')).toEqual([['c0bl0s no 03', 0]]);
    expect(places('ayo c0bl0s nomor 02', 'nomor 2')).toEqual([['nomor 02', 11]]);
  });

  it('letters typed apart, before a number or "nomor"', () => {
    expect(places('ayo c o b l o s nomor 2', 'coblos')).toEqual([['c o b l o s', 4]]);
    expect(places('ayo c o b l o s nomor 2', 'coblos nomor 2')).toEqual([['c o b l o s nomor 2', 4]]);
    expect(places('C O B L O S 2', 'coblos nomor 2')).toEqual([['C O B L O S 2', 0]]);
  });

  it('letters apart with wider gaps between words are words apart, as normalization parts them', () => {
    expect(places('P I L I H   N O M O R   3', 'pilih')).toEqual([['P I L I H', 0]]);
    expect(places('P I L I H   N O M O R   3', 'pilih nomor 3')).toEqual([['P I L I H   N O M O R   3', 0]]);
  });

  it('pure cues before the number, and the abbreviation\'s dot, are read with it', () => {
    expect(places('c0bl0s nomor urut 02', 'coblos nomor 2')).toEqual([['c0bl0s nomor urut 02', 0]]);
    expect(places('ayo coblos nomor urut 2', 'nomor 2')).toEqual([['nomor urut 2', 11]]);
    expect(places('coblos No. 2 ya', 'coblos nomor 2')).toEqual([['coblos No. 2', 0]]);
    expect(places('coblos no. urut 02', 'nomor 2')).toEqual([['no. urut 02', 7]]);
    // an address's number is still none
    expect(places('Jl. Sudirman No. 2, coblos no. 2', 'nomor 2')).toEqual([['no. 2', 27]]);
  });

  it('keycaps after leetspeak, as before', () => {
    expect(places('c0blos 0⃣2⃣', 'coblos nomor 2')).toEqual([['c0blos 0⃣2⃣', 0]]);
  });

  it('a padded number after a numbered thing is still no ballot number', () => {
    expect(places('ruang nomor 02, c0bl0s nomor 02', 'nomor 2')).toEqual([['nomor 02', 23]]);
  });
});
