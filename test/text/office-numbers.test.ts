// Numbers in office text that are no ballot numbers: a budget or school year after a document's
// number, letter numbers, rooms, ranks and pay grades, letters named by their kind. Civil servants
// write these every day; read as ballot numbers they became <cand_no>, a candidate mention in an
// everyday post. Vote words keep their numbers.
import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/text/normalize.js';
import { MentionIndex } from '../../src/elections/mentions.js';
import { loadElectionDir } from '../../src/elections/load.js';

const words = (text: string): string => normalize(text).text;
const pilpres = new MentionIndex(loadElectionDir().filter((c) => c.id === 'pilpres-2024'));
const mentions = (text: string) => pilpres.detect(normalize(text)).mentions.map((m) => m.text);

describe('a number before a budget or school year', () => {
  it('is the number of a document, not a ballot number', () => {
    expect(words('nomor 3 tahun anggaran 2024')).toBe('nomor <num> tahun anggaran <num>');
    expect(words('nomor 3 thn anggaran 2024')).toBe('nomor <num> tahun anggaran <num>');
    expect(words('DPA nomor 3 tahun anggaran berjalan')).toBe('dpa nomor <num> tahun anggaran berjalan');
    expect(words('DIPA nomor 3 TA 2024')).toBe('dipa nomor <num> ta <num>');
    expect(words('nomor 3 TA.2024')).toBe('nomor <num> ta <num>');
    expect(words('no. 3 T.A. 2024')).toBe('no <num> t a <num>');
    expect(words('SK nomor 2 tahun ajaran 2024/2025')).toBe('sk nomor <num> tahun ajaran <num> <num>');
    expect(mentions('nomor 3 tahun anggaran 2024')).toEqual([]);
    expect(mentions('Realisasi DPA nomor 1 TA 2024 sudah 80 persen')).toEqual([]);
  });

  it('leaves "ta" without a year alone (East Javanese asks "right?" with it), and "tahun ini"', () => {
    expect(words('pilih nomor 2 ta')).toBe('pilih <no:2> ta');
    expect(words('coblos nomor 2 tahun ini')).toBe('coblos <no:2> tahun ini');
    expect(mentions('ayo coblos nomor 3 tahun ini')).toEqual(['nomor 3']);
  });
});

describe('letter numbers', () => {
  it('are no ballot numbers, slashed or spaced, with or without a year', () => {
    expect(words('Nomor: 800/123/BKD/2024')).toBe('nomor <num> <num> bkd <num>');
    expect(words('surat nomor 800/123 tahun 2024')).toBe('surat nomor <num> <num> tahun <num>');
    expect(words('Nomor: 800/3/BKD/2024')).toBe('nomor <num> <num> bkd <num>');
    expect(words('Nomor : 800 / 02 / BKD / 2024')).toBe('nomor <num> <num> bkd <num>');
    expect(words('Nomor: 5 / 2024')).toBe('nomor <num> <num>');
    for (const text of ['Nomor: 800/123/BKD/2024', 'surat nomor 800/123 tahun 2024', 'Nomor 800/02/BKD/2024', 'Nomor: 1 / 2024']) {
      expect(mentions(text), text).toEqual([]);
    }
  });

  it('a letter named by its kind is cited with its number: "surat undangan nomor 3"', () => {
    expect(words('surat undangan nomor 3')).toBe('surat undangan nomor <num>');
    expect(words('sesuai surat tugas no 2')).toBe('sesuai surat tugas no <num>');
    expect(words('surat suara nomor 2')).toBe('surat suara <no:2>');
  });
});

describe('rooms, floors, queues, articles and grades', () => {
  it('are numbered things', () => {
    expect(words('rapat di lantai 2 ruang 3')).toBe('rapat di lantai <num> ruang <num>');
    expect(words('nomor antrian 2 silakan ke loket')).toBe('nomor antrean <num> silakan ke loket');
    expect(words('SK nomor 2')).toBe('sk nomor <num>');
    expect(words('Perbup No. 1 Tahun 2024')).toBe('perbup no <num> tahun <num>');
    expect(words('pasal 2 ayat 1')).toBe('pasal <num> ayat <num>');
    expect(words('ruangan nomor 3')).toBe('ruangan nomor <num>');
    expect(words('aula nomor 2')).toBe('aula nomor <num>');
    expect(words('kumpul di ruang rapat nomor 2')).toBe('kumpul di ruang rapat nomor <num>');
    expect(words('Gedung B nomor 3')).toBe('gedung b nomor <num>');
    expect(words('pejabat eselon 02')).toBe('pejabat eselon <num>');
    expect(words('laporan triwulan 02')).toBe('laporan triwulan <num>');
    expect(words('pencairan termin 02')).toBe('pencairan termin <num>');
    expect(words('buletin edisi 02')).toBe('buletin edisi <num>');
    for (const text of ['lantai 2', 'ruang 3', 'nomor antrian 2', 'SK nomor 2', 'Perbup No. 1 Tahun 2024', 'pasal 2 ayat 1', 'ruang rapat nomor 2', 'eselon 02']) {
      expect(mentions(text), text).toEqual([]);
    }
  });

  it('an item of a cited article, and office documents cited by number', () => {
    expect(words('Pasal 5 huruf a nomor 2')).toBe('pasal <num> huruf a nomor <num>');
    expect(words('ayat (2) nomor 3')).toBe('ayat <num> nomor <num>');
    expect(words('Bab 2 nomor 3')).toBe('bab <num> nomor <num>');
    expect(words('diktum nomor 2')).toBe('diktum nomor <num>');
    expect(words('notulen nomor 2')).toBe('notulen nomor <num>');
    expect(words('sesuai SPK nomor 2')).toBe('sesuai spk nomor <num>');
    expect(words('DPA nomor 2 sudah disahkan')).toBe('dpa nomor <num> sudah disahkan');
    for (const text of ['Pasal 5 huruf a nomor 2', 'ayat (2) nomor 3', 'notulen nomor 2', 'DPA nomor 2']) expect(mentions(text), text).toEqual([]);
    // a vote word after the article still calls for a vote; a pair's event is the pair's
    expect(words('pasal 2, coblos nomor 2')).toBe('pasal <num> coblos <no:2>');
    expect(words('datang ke acara 02 kemarin')).toBe('datang ke acara <no:2> kemarin');
  });

  it('but not a room to act before a vote: "beri ruang untuk nomor 2", "beri ruang paslon nomor 2"', () => {
    expect(words('beri ruang untuk nomor 2')).toBe('beri ruang untuk <no:2>');
    expect(words('beri ruang paslon nomor 2')).toBe('beri ruang paslon <no:2>');
  });
});

describe('office numbers without the word that used to name them', () => {
  it('a room of a kind with a padded number, no "nomor": "Ruang Rapat 02"', () => {
    expect(words('rapat di Ruang Rapat 02')).toBe('rapat di ruang rapat <num>');
    expect(words('Ruang Sidang Utama 03 lantai 2')).toBe('ruang sidang utama <num> lantai <num>');
    expect(mentions('Ruang Rapat 02')).toEqual([]);
    // a room word and a kind alone do not hide a vote after them
    expect(words('beri ruang bagi 02')).toBe('beri ruang bagi <no:2>');
    expect(words('ruang rapat, coblos 02')).toBe('ruang rapat coblos <no:2>');
    expect(words('ruang rapat paslon 02')).toBe('ruang rapat paslon <no:2>');
  });

  it('an invitation, a memo, an office, a roll or a group numbered with "nomor"', () => {
    expect(words('undangan nomor 2')).toBe('undangan nomor <num>');
    expect(words('ND nomor 3')).toBe('nd nomor <num>');
    expect(words('nota dinas nomor 3')).toBe('nota dinas nomor <num>');
    expect(words('kantor nomor 2')).toBe('kantor nomor <num>');
    expect(words('absen nomor 3')).toBe('absen nomor <num>');
    expect(words('kelompok nomor 2 presentasi')).toBe('kelompok nomor <num> presentasi');
    expect(words('agenda nomor 2 sambutan kepala dinas')).toBe('agenda nomor <num> sambutan kepala dinas');
    expect(words('praktikum di lab 02')).toBe('praktikum di lab <num>');
    expect(words('kepala subbag 02')).toBe('kepala subbag <num>');
    for (const text of ['undangan nomor 2', 'ND nomor 3', 'nota dinas nomor 3', 'kantor nomor 2', 'absen nomor 3', 'kelompok nomor 2', 'agenda nomor 2', 'lab 02']) {
      expect(mentions(text), text).toEqual([]);
    }
  });

  it('and places and stages that were numbered things already', () => {
    for (const text of ['loket 2', 'meja 3', 'gedung 2', 'pos 1', 'antrian nomor 2', 'kelompok 2', 'sesi 2', 'gelombang 2', 'shift 2', 'tahap 2', 'loket 02', 'sesi 02']) {
      expect(mentions(text), text).toEqual([]);
    }
  });

  it('an office unit, a zone or a meeting with a padded number, and a programme item with "nomor"', () => {
    expect(words('kepala seksi 02')).toBe('kepala seksi <num>');
    expect(words('staf bidang 02 rapat di zona 02')).toBe('staf bidang <num> rapat di zona <num>');
    expect(words('laporan bagian 02 sudah masuk')).toBe('laporan bagian <num> sudah masuk');
    expect(words('rapat 02 besok pagi')).toBe('rapat <num> besok pagi');
    expect(words('acara nomor 2 sambutan kepala dinas')).toBe('acara nomor <num> sambutan kepala dinas');
    for (const text of ['seksi 02', 'bidang 02', 'bagian 02', 'subbid 02', 'zona 02', 'rapat 02', 'acara nomor 2']) {
      expect(mentions(text), text).toEqual([]);
    }
  });

  it('a form and a ticket: "formulir nomor 2", "tiket no 3" (they were ballot numbers)', () => {
    for (const text of ['Mohon isi formulir nomor 2 dengan lengkap', 'form no 3 dikumpulkan besok', 'blanko nomor 2 habis', 'tiket nomor 2 dan 3 masih ada', 'karcis no 5', 'formulir 02']) {
      expect(mentions(text), text).toEqual([]);
    }
    expect(mentions('isi formulir, lalu coblos nomor 2')).toEqual(['nomor 2']); // a vote word after it keeps its number
  });

  it('places, stages and a polling station that were plain numbers already: a TPS number is no candidate\'s', () => {
    for (const text of ['lantai 2', 'loket 02', 'pos 01', 'rt 02 rw 01', 'RT 02/RW 01', 'jalur 02', 'tps 02', 'TPS 02', 'kelas 2']) {
      expect(mentions(text), text).toEqual([]);
    }
    // a ballot number after the station's is still one
    expect(mentions('di TPS 02 coblos nomor 3')).toEqual(['nomor 3']);
  });

  it('but the pair\'s team, event and rally keep their number: "tim 02", "acara 02", "rapat akbar 02"', () => {
    expect(mentions('tim 02 solid')).toEqual(['nomor 2']);
    expect(mentions('datang ke acara 02')).toEqual(['nomor 2']);
    expect(mentions('rapat akbar 02 di GBK')).toEqual(['nomor 2']);
    expect(mentions('habis rapat, coblos 02')).toEqual(['nomor 2']);
    // a comma or a sentence's end parts a numbered thing from a padded number after it
    expect(mentions('habis rapat, 02 menang')).toEqual(['nomor 2']);
    expect(words('hasil survei: 01 naik 3 poin, 02 turun 2 poin')).toBe('hasil survei <no:1> naik <num> poin <no:2> turun <num> poin');
    expect(words('lantai 2, ruang 3')).toBe('lantai <num> ruang <num>');
  });

  it('a full stop that ends a sentence parts them too, as "," ";" "!" "?" do ("rapat. 02 menang" was a meeting\'s number)', () => {
    expect(mentions('habis rapat. 02 menang')).toEqual(['nomor 2']);
    expect(mentions('Selesai rapat bidang. 02 pasti menang!')).toEqual(['nomor 2']);
    expect(mentions('rapat 02 ditunda')).toEqual([]); // no mark: still the meeting's number
    // an abbreviation's full stop is no sentence end: "Lt. 02", "Tgl. 02", "Km. 02" stay numbered things
    expect(words('Lt. 02')).toBe('lt <num>');
    expect(words('macet di Km. 02')).toBe('macet di km <num>');
    expect(words('Kav. 02 Blok B')).toBe('kav <num> blok b');
  });

  it('but a padded number after a group or an agenda may be the pair\'s: "kelompok 02", "agenda 02"', () => {
    expect(mentions('kelompok 02')).toEqual(['nomor 2']);
    expect(mentions('agenda 02 untuk rakyat')).toEqual(['nomor 2']);
    expect(mentions('pokoknya nd 02')).toEqual(['nomor 2']); // "nd": "not" in eastern slang; "ND nomor 3" is a memo
    expect(mentions('ND nomor 3')).toEqual([]);
  });
});

describe('ballot numbers stay ballot numbers', () => {
  it('after vote words, "no urut", a role, and before a vote word', () => {
    expect(mentions('nomor 2 pilihanku')).toEqual(['nomor 2']);
    expect(mentions('paslon 02')).toEqual(['nomor 2']);
    expect(mentions('01 menang')).toEqual(['nomor 1']);
  });

  it('after vote words and "no urut"', () => {
    expect(mentions('coblos nomor 2')).toEqual(['nomor 2']);
    expect(mentions('no urut 3')).toEqual(['nomor 3']);
    expect(mentions('pilih nomor 1')).toEqual(['nomor 1']);
    expect(mentions('pilih 01/02 terserah')).toEqual(['nomor 1', 'nomor 2']);
    expect(mentions('kelompok 02')).toEqual(['nomor 2']);
    expect(mentions('agenda 02')).toEqual(['nomor 2']);
  });
});
