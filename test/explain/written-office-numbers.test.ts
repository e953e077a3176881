// Evidence over numbers of office text is placed where normalization reads it: a part of a letter
// number ("[angka] tahun" is "123 tahun" of "800/123 tahun 2024"), never a ballot number inside a
// code, before a budget year or after a room.
import { describe, expect, it } from 'vitest';
import { withWritten } from '../../src/explain/written-evidence.js';

const places = (text: string, phrase: string) => withWritten(text, [{ text: phrase, weight: 1 }])[0].written?.map((w) => [w.text, w.start]);

describe('a letter number', () => {
  it('places evidence on the part it reads', () => {
    expect(places('surat nomor 800/123 tahun 2024', '[angka] tahun')).toEqual([['123 tahun', 16]]);
    expect(places('Nomor: 800/123/BKD/2024', '[angka]')).toEqual([['800', 7], ['123', 11], ['2024', 19]]);
    expect(places('Nomor: 800/123/BKD/2024', 'bkd [angka]')).toEqual([['BKD/2024', 15]]);
  });

  it('holds no ballot number, slashed or spaced; a ballot number after it is placed', () => {
    expect(places('Nomor 800/02/BKD/2024', 'nomor 2')).toBeUndefined();
    expect(places('Nomor : 800 / 02 / BKD / 2024, coblos 02', 'nomor 2')).toEqual([['02', 38]]);
  });

  it('two ballot numbers joined by a slash are each placed', () => {
    expect(places('pilih 01/02 terserah', 'nomor 1')).toEqual([['01', 6]]);
  });
});

describe('a number before a budget year', () => {
  it('is no ballot number: "[angka] tahun" is placed, "nomor 3" is not', () => {
    expect(places('nomor 3 tahun anggaran 2024', 'nomor 3')).toBeUndefined();
    expect(places('nomor 3 tahun anggaran 2024', '[angka] tahun')).toEqual([['3 tahun', 6]]);
    expect(places('DPA nomor 3 T.A. 2024 sudah cair', 'nomor 3')).toBeUndefined();
  });
});

describe('a room named before its number', () => {
  it('holds no ballot number', () => {
    expect(places('kumpul di ruang rapat nomor 2', 'nomor 2')).toBeUndefined();
    expect(places('kumpul di ruang rapat nomor 2', '[angka]')).toEqual([['2', 28]]);
  });
});

describe('an item of a cited article', () => {
  it('holds no ballot number', () => {
    expect(places('huruf a nomor 2', 'nomor 2')).toBeUndefined();
    expect(places('huruf a nomor 2', '[angka]')).toEqual([['2', 14]]);
  });
});

describe('office numbers beside a ballot number', () => {
  it('a room of a kind, a roll, a group, an invitation hold none; the ballot number is placed', () => {
    const text = 'coblos nomor 2! Ruang Rapat 02, absen nomor 2, kelompok nomor 2, undangan nomor 2';
    expect(places(text, 'nomor 2')).toEqual([['nomor 2', 7]]);
  });
});
