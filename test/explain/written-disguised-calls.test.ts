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

  it('a zero and a digit apart after the cue, however far the cue is typed apart', () => {
    expect(places('ayo c o b l o s  0 2', 'coblos nomor 2')).toEqual([['c o b l o s  0 2', 4]]);
    expect(places('ayo c o b l o s  0 2', 'nomor 2')).toEqual([['0 2', 17]]);
    expect(places('coblos 0 2', 'coblos nomor 2')).toEqual([['coblos 0 2', 0]]);
    expect(places('c o b l o s nomor 0 2', 'nomor 2')).toEqual([['nomor 0 2', 12]]);
    // a score is no ballot number, and is not placed as one
    expect(places('kalah 0 2 dari Jepang, coblos 02', 'nomor 2')).toEqual([['02', 30]]);
  });

  it('leet digits among letters typed apart, and letters apart joined by dots or hyphens', () => {
    expect(places('ayo c 0 b l 0 s 02', 'coblos nomor 2')).toEqual([['c 0 b l 0 s 02', 4]]);
    expect(places('C 0 B L 0 S nomor 2', 'coblos')).toEqual([['C 0 B L 0 S', 0]]);
    expect(places('p 1 l 1 h 0 1 ya', 'pilih nomor 1')).toEqual([['p 1 l 1 h 0 1', 0]]);
    expect(places('ayo c.o.b.l.o.s 02', 'coblos nomor 2')).toEqual([['c.o.b.l.o.s 02', 4]]);
    expect(places('ayo c-o-b-l-o-s 02', 'coblos')).toEqual([['c-o-b-l-o-s', 4]]);
    // a digit among letters that spell no word stays a number
    expect(places('a 1 b c, coblos 2', '[angka]')).toEqual([['1', 2]]);
  });

  it('keycaps after leetspeak, as before', () => {
    expect(places('c0blos 0⃣2⃣', 'coblos nomor 2')).toEqual([['c0blos 0⃣2⃣', 0]]);
  });

  it('a padded number after a numbered thing is still no ballot number', () => {
    expect(places('ruang nomor 02, c0bl0s nomor 02', 'nomor 2')).toEqual([['nomor 02', 23]]);
  });
});
