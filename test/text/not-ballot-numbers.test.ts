import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/text/normalize.js';
import { MentionIndex } from '../../src/elections/mentions.js';
import { loadElectionDir } from '../../src/elections/load.js';

// Numbers after "nomor" (or padded) that say what kind of number they are by the words around them:
// a rank, a quiz item, a term, a queue place, a house. Since a ballot number of nobody is <cand_no>,
// reading one of these as a ballot number puts a candidate mention into an everyday post.
const words = (text: string): string => normalize(text).text;
const shipped = new MentionIndex(loadElectionDir());
const typed = (text: string): string => shipped.detect(normalize(text)).tokens.join(' ');

describe('numbers that are not ballot numbers', () => {
  it('reads a rank as a rank: a scope after the number ("di dunia", "se-Asia") or a rank word before "nomor"', () => {
    expect(words('Indonesia nomor 4 di dunia')).toBe('indonesia nomor <num> di dunia');
    expect(words('ekonomi terkuat nomor 4 didunia')).toBe('ekonomi terkuat nomor <num> didunia');
    expect(words('provinsi terbaik nomor 2 se-Indonesia')).toBe('provinsi terbaik nomor <num> se indonesia');
    expect(words('kota terbersih nomor 3 sedunia')).toBe('kota terbersih nomor <num> sedunia');
    expect(words('juara nomor 5 lomba lari')).toBe('juara nomor <num> lomba lari');
    expect(words('peringkat nomor 7 se-Asia')).toBe('peringkat nomor <num> se asia');
    expect(words('ranking no 9 di kelas')).toBe('ranking no <num> di kelas');
  });

  it('reads quiz, exam and list items as items, a range of them too', () => {
    expect(words('jawaban nomor 12 apa ya')).toBe('jawaban nomor <num> apa ya');
    expect(words('pertanyaan no 4 susah')).toBe('pertanyaan no <num> susah');
    expect(words('kerjakan nomor 11-15 di rumah')).toBe('kerjakan nomor <num> <num> di rumah');
    expect(words('nomor 1–10 lingkari yang benar, nomor 11–15 isi B atau S')).toBe('nomor <num> <num> lingkari yang benar nomor <num> <num> isi b atau s');
  });

  it('reads a term as a term: "periode 04", "periode ke-2", a date range after it', () => {
    expect(words('survei periode 04 - 10 September')).toBe('survei periode <num> <date>');
    expect(words('rapat periode 02 dimulai')).toBe('rapat periode <num> dimulai');
    expect(words('lanjut periode ke-2')).toBe('lanjut periode ke <num>');
  });

  it('reads queue places, turns, houses and rooms as such', () => {
    expect(words('dapet nomor 27, yang dipanggil baru nomor 9')).toBe('dapat nomor <num> yang dipanggil baru nomor <num>');
    expect(words('anak saya dapat giliran 03')).toBe('anak saya dapat giliran <num>');
    expect(words('antrean nomor 17 belum dipanggil')).toBe('antrean nomor <num> belum dipanggil');
    expect(words('rumah nomor 21 yang pagar hijau')).toBe('rumah nomor <num> yang pagar hijau');
    expect(words('kamar nomor 8 bocor')).toBe('kamar nomor <num> bocor');
  });

  it('reads public transport, gates, seats, rows, lockers, office machines, toilets, wards and plots as numbered things', () => {
    expect(words('naik bis nomor 2 ke terminal')).toBe('naik bis nomor <num> ke terminal');
    expect(words('angkot 02 sudah lewat')).toBe('angkot <num> sudah lewat');
    expect(words('mikrolet nomor 5 penuh')).toBe('mikrolet nomor <num> penuh');
    expect(words('naik lyn 02 dari Joyoboyo')).toBe('naik lyn <num> dari joyoboyo');
    expect(words('antri nomor 2 dari pagi')).toBe('antre nomor <num> dari pagi');
    expect(words('tunggu di gerbang nomor 2')).toBe('tunggu di gerbang nomor <num>');
    expect(words('duduk di bangku nomor 3')).toBe('duduk di bangku nomor <num>');
    expect(words('cek tabel baris nomor 2')).toBe('cek tabel baris nomor <num>');
    expect(words('kunci loker nomor 2 hilang')).toBe('kunci loker nomor <num> hilang');
    expect(words('komputer nomor 2 rusak, printer 03 macet, laptop nomor 4 dipinjam')).toBe('komputer nomor <num> rusak printer <num> macet laptop nomor <num> dipinjam');
    expect(words('toilet nomor 2 mampet, wc 03 juga')).toBe('toilet nomor <num> mampet wc <num> juga');
    expect(words('dirawat di bangsal nomor 2, paviliun 03')).toBe('dirawat di bangsal nomor <num> paviliun <num>');
    expect(words('kandang nomor 2 bocor, kolam 03 dikuras, petak nomor 4 ditanami jagung')).toBe('kandang nomor <num> bocor kolam <num> dikuras petak nomor <num> ditanami jagung');
  });

  it('reads a school\'s class groups, clusters and districts, kindergartens and utility poles as numbered things', () => {
    expect(words('wali kelas rombel 02 rapat di gugus 03')).toBe('wali kelas rombel <num> rapat di gugus <num>');
    expect(words('lomba antar sekolah rayon nomor 2')).toBe('lomba antar sekolah rayon nomor <num>');
    expect(words('TK 02 dan PAUD 03 libur')).toBe('tk <num> dan paud <num> libur');
    // a village health post's people are told who number 2 is: "posyandu" numbers nothing
    expect(typed('ingetin ibu-ibu posyandu nomer 2 itu Bu Khofifah')).toBe('ingetin ibu-ibu posyandu <cand_no> itu <cand>');
    expect(words('tiang nomor 2 miring, gardu 03 padam, sumur nomor 4 kering, pompa 02 rusak')).toBe('tiang nomor <num> miring gardu <num> padam sumur nomor <num> kering pompa <num> rusak');
  });

  it('reads a page abbreviated "hlm" as a page, and leaves "hal", also "matter", to the pair', () => {
    expect(words('baca modul hlm 02 sampai 05')).toBe('baca modul hlm <num> sampai <num>');
    expect(words('lihat hlm. 03 ya')).toBe('lihat hlm <num> ya');
    // "hal" before a number is "matter" as often as a page ("dalam hal 02 unggul"), and a page is rarely padded
    expect(words('dalam hal 02 unggul')).toBe('dalam hal <no:2> unggul');
  });

  it('reads dates and times as dates and times', () => {
    expect(words('rapat jam 02 siang, tanggal 04 libur')).toBe('rapat jam <num> siang tanggal <num> libur');
    expect(words('pukul 03 dini hari')).toBe('pukul <num> dini hari');
  });

  it('types none of them <cand_no>, with the shipped elections and without an election word', () => {
    for (const text of ['Indonesia nomor 4 di dunia', 'juara nomor 5', 'peringkat nomor 7 se-Asia', 'jawaban nomor 12 apa ya', 'soal nomor 11-15', 'periode 04', 'yang dipanggil baru nomor 9', 'rumah nomor 21', 'dapat giliran 03']) {
      expect(typed(text), text).not.toContain('<cand_no>');
    }
  });
});

describe('ballot numbers that stay ballot numbers', () => {
  it('keeps ballot numbers after vote words, roles and "nomor urut", and padded numbers', () => {
    expect(typed('coblos nomor 3')).toBe('coblos <cand_no>');
    expect(typed('paslon nomor 3 mantap')).toBe('paslon <cand_no> mantap');
    expect(typed('pilih no 2 ya')).toBe('pilih <cand_no> ya');
    expect(typed('01 menang')).toBe('<cand_no> menang');
    expect(typed('nomor urut 2')).toBe('<cand_no>');
    expect(typed('salam dua jari')).toBe('salam <cand_gesture>');
    // a number of nobody after a vote or contest word
    expect(typed('ayo coblos nomor 7')).toBe('ayo coblos <cand_no>');
    expect(typed('paslon nomor 9 paling jujur')).toBe('paslon <cand_no> paling jujur');
  });

  it('keeps them beside words of the kinds above when the vote word decides', () => {
    // a vote word or role before "nomor", not the thing the number belongs to
    expect(words('paslon nomor 2 di Indonesia timur menang')).toBe('paslon <no:2> di indonesia timur menang');
    expect(words('coblos nomor 2 se-kecamatan kompak')).toBe('coblos <no:2> se kecamatan kompak');
    expect(words('jawaban paslon nomor 2 di debat')).toBe('jawaban paslon <no:2> di debat');
    // a whole household votes, "02 di hati", a padded number after the answer of a debate
    expect(words('satu rumah nomor 2 semua')).toBe('satu rumah <no:2> semua');
    expect(words('nomor 2 di hati')).toBe('<no:2> di hati');
    expect(words('pertanyaan 02 di debat berlebihan')).toBe('pertanyaan <no:2> di debat berlebihan');
    // "nomor 1 dan 2" names two of them, no range; a vote for the voting date
    expect(words('coblos nomor 2 tanggal 14')).toBe('coblos <no:2> tanggal <num>');
    expect(words('juara 02 menang')).toBe('juara <no:2> menang');
  });
});
