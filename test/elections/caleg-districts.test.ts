// A list place two districts' caleg hold ("PKM nomor 1": Rusdiansyah in DPRD Kab. Sungai Lumbah 2,
// Bambang Setiadi Wirawan in DPR RI Kalsel I, in the invented Lumbah Pileg fixture) is the caleg of
// the district the post names ("dapil Kalsel 1", "dapil 2 Sungai Lumbah"); it was nobody's. A district
// named that holds no such caleg in the config makes the place nobody's.
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadElectionDir } from '../../src/elections/load.js';
import { MentionIndex } from '../../src/elections/mentions.js';
import { normalize } from '../../src/text/normalize.js';
import { configDistrict, namesDistrict, postDistricts } from '../../src/elections/districts.js';

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/elections-lumbah');
const pileg = loadElectionDir(dir).find((c) => c.id === 'pileg-lumbah-2029')!;
const index = new MentionIndex([pileg]);
const read = (text: string) => index.detect(normalize(text));
/** The caleg the post's list places name. */
const calegOf = (text: string) => read(text).mentions.filter((m) => m.kind === 'number').map((m) => m.candidate?.caleg?.name);

describe('a list place held in two districts', () => {
  it('is the caleg of the district the post names (it was nobody\'s)', () => {
    expect(calegOf('dukung caleg PKM nomor 1 dapil Kalsel 1')).toEqual(['Bambang Setiadi Wirawan']);
    expect(calegOf('caleg PKM nomor 1 dapil Kalsel I, pilih yang amanah')).toEqual(['Bambang Setiadi Wirawan']);
    expect(calegOf('Dapil 2 Sungai Lumbah: coblos caleg PKM nomor urut 1')).toEqual(['Rusdiansyah']);
    expect(calegOf('warga dapil Lumbah 2, ayo caleg PKM nomor 1')).toEqual(['Rusdiansyah']);
    // a district's number alone, when one of the holders' districts has it
    expect(calegOf('caleg PKM nomor 1 dapil 2')).toEqual(['Rusdiansyah']);
  });

  it('is read so with the district between the party and the place: "caleg PKM dapil Kalsel 1 nomor urut 1" (it was nobody\'s)', () => {
    expect(calegOf('caleg PKM dapil Kalsel 1 nomor urut 1')).toEqual(['Bambang Setiadi Wirawan']);
    expect(calegOf('dukung caleg PKM dapil DPRD Sungai Lumbah 2 nomor 1')).toEqual(['Rusdiansyah']);
    // a caleg word before the district makes the party's own number a list place too
    expect(calegOf('caleg PKM dapil Lumbah 2 nomor 2')).toEqual(['Nurhayati Asmara']);
    expect(read('caleg PKM dapil Kalsel 1 nomor 2').mentions.map((m) => [m.kind, m.candidate?.number, m.candidate?.caleg])).toEqual([['party', 2, undefined], ['number', undefined, undefined]]);
    // without one, the party's own number stays the party's ballot number
    expect(read('PBE dapil Kalsel 1 nomor 5').mentions.map((m) => [m.kind, m.candidate?.number, m.candidate?.caleg])).toEqual([['party', 5, undefined], ['number', 5, undefined]]);
  });

  it('stays nobody\'s without a district, or with one no holder runs in', () => {
    expect(calegOf('caleg PKM nomor 1')).toEqual([undefined]);
    expect(calegOf('caleg PKM nomor 1 dapil Kalsel 2')).toEqual([undefined]);
    expect(calegOf('caleg PKM nomor 1 dapil 3')).toEqual([undefined]);
  });

  it('a place one caleg holds is not theirs where the post names another district', () => {
    expect(calegOf('caleg PBE nomor 2')).toEqual(['Andi Mappasessu']);
    expect(calegOf('caleg PBE nomor 2 dapil Lumbah 2')).toEqual(['Andi Mappasessu']);
    expect(calegOf('caleg PBE nomor 2 dapil Kalsel 1')).toEqual([undefined]); // PBE's place 2 for the DPR: not in the config
  });
});

describe('districts', () => {
  it('are read from a config as a number and region words, houses left out', () => {
    expect(configDistrict('DPR RI Kalsel I')).toEqual({ number: 1, words: new Set(['kalsel']) });
    expect(configDistrict('DPRD Kab. Sungai Lumbah 2')).toEqual({ number: 2, words: new Set(['sungai', 'lumbah']) });
  });

  it('are read from a post after "dapil", up to a comma or the end of the phrase', () => {
    expect(postDistricts('caleg dapil Kalsel I, nomor 2')).toEqual([{ number: 1, words: new Set(['kalsel']) }]);
    expect(postDistricts('dapil 3 Sungai Lumbah')).toEqual([{ number: 3, words: new Set(['sungai', 'lumbah']) }]);
    expect(postDistricts('dapil saya, nomor 2')).toEqual([]); // no number: no district
  });

  it('match where the post writes the region as the config does: a short form only when the config writes it too', () => {
    const [jatim] = postDistricts('caleg dapil Jatim 1 nomor 3');
    expect(namesDistrict(jatim, configDistrict('DPR RI Jawa Timur I')!)).toBe(false);
    expect(namesDistrict(jatim, configDistrict('DPR RI Jawa Timur (Jatim) I')!)).toBe(true);
    expect(namesDistrict(postDistricts('dapil Banjar 2')[0], configDistrict('DPRD Kab. Sungai Lumbah 2')!)).toBe(false);
  });
});
