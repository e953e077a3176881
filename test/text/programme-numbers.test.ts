// "acara nomor 2": an item of an event's programme ("susunan acara: nomor 2 sambutan"), or, in campaign
// talk, the event of pair number 2. Alone it reads as the programme's item, as "agenda nomor 2" and
// "kelompok nomor 2" do (the guide: a post too unclear to tell is netral), also in a post about an
// election (civil servants post the programmes of KPU and Bawaslu events); the pair's event is written
// "acara 02", "acara paslon nomor 2" or with the ballot's own term, "acara nomor urut 2".
import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/text/normalize.js';
import { MentionIndex } from '../../src/elections/mentions.js';
import { loadElectionDir } from '../../src/elections/load.js';

const words = (text: string): string => normalize(text).text;
const pilpres = new MentionIndex(loadElectionDir().filter((c) => c.id === 'pilpres-2024'));
const mentions = (text: string) => pilpres.detect(normalize(text)).mentions.map((m) => m.text);

describe('a number after "acara nomor"', () => {
  it('is an item of the programme, alone and in a programme, also one about an election (its items were ballot numbers)', () => {
    expect(mentions('acara nomor 2')).toEqual([]);
    expect(words('Susunan acara: nomor 2 sambutan')).toBe('susunan acara nomor <num> sambutan');
    expect(mentions('Susunan acara sosialisasi pemilu: nomor 1 pembukaan, nomor 2 sambutan ketua Bawaslu')).toEqual([]);
    expect(mentions('mata acara no. 3 doa penutup')).toEqual([]);
    expect(mentions('agenda nomor 2 rapat koordinasi KPU')).toEqual([]);
  });

  it('is the pair\'s where the post writes it so: padded, after a contest role, or as "nomor urut" (this was an item)', () => {
    expect(mentions('datang ke acara 02')).toEqual(['nomor 2']);
    expect(mentions('hadiri acara paslon nomor 2 besok')).toEqual(['nomor 2']);
    expect(words('ramaikan acara nomor urut 2 di alun-alun')).toBe('ramaikan acara <no:2> di alun-alun');
    expect(mentions('ramaikan acara nomor urut 2 di alun-alun')).toEqual(['nomor 2']);
    expect(mentions('agenda no urut 02 kampanye akbar')).toEqual(['nomor 2']);
    // a programme's first words after a vote call's number do not make it an item
    expect(mentions('ayo coblos nomor 2, sambutan beliau paling menyentuh')).toEqual(['nomor 2']);
    // nor what a pair shows in a debate
    expect(mentions('nomor 2 materi debatnya paling bagus')).toEqual(['nomor 2']);
    expect(mentions('nomor 3 penampilan paling tenang')).toEqual(['nomor 3']);
  });

  it('keeps a roll\'s order number plain: "absen nomor urut 3" is a place on the roll', () => {
    expect(mentions('absen nomor urut 3 maju')).toEqual([]);
  });
});
