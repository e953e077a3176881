// Numbered everyday things after "nomor": a post's photos and videos, a duty roster, groups in an order
// of presentations, a person in a photo or line-up, and the second number of a list of them ("soal nomor
// 2 dan nomor 3"). Each was read as a ballot number, so an everyday post got a <cand_no>. The pair's
// own things stay ballot numbers where the post writes them so: after a contest role or vote word, as
// "nomor urut", or padded.
import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/text/normalize.js';
import { MentionIndex } from '../../src/elections/mentions.js';
import { loadElectionDir } from '../../src/elections/load.js';

const words = (text: string): string => normalize(text).text;
const shipped = new MentionIndex(loadElectionDir());
const numbers = (text: string) => shipped.detect(normalize(text)).mentions.filter((m) => m.kind === 'number').map((m) => m.text);
const mentioned = (text: string) => shipped.detect(normalize(text)).mentions.map((m) => m.text);

describe('numbered everyday things', () => {
  it('reads a numbered photo or video as an item, alone and in a post about an election', () => {
    expect(words('video nomor 2 lucu banget')).toBe('video nomor <num> lucu banget');
    expect(words('foto nomor 3 paling bagus')).toBe('foto nomor <num> paling bagus');
    expect(numbers('foto nomor 3 di galeri KPU, debat capres kemarin')).toEqual([]);
  });

  it('reads a duty roster\'s numbers as places on it, with its time between ("piket minggu ini")', () => {
    expect(words('piket nomor 2')).toBe('piket nomor <num>');
    expect(words('Piket minggu ini nomor 2 dan nomor 3')).toBe('piket minggu ini nomor <num> dan nomor <num>');
    expect(words('piket hari ini nomor 4')).toBe('piket hari ini nomor <num>');
  });

  it('gives the second number of a list the kind of the first ("soal nomor 2 dan nomor 3", "RT 02 dan 03")', () => {
    expect(words('soal nomor 2 dan nomor 3 susah')).toBe('soal nomor <num> dan nomor <num> susah');
    expect(words('absen nomor 2 atau nomor 3')).toBe('absen nomor <num> atau nomor <num>');
    expect(words('warga RT 02 dan 03 kerja bakti')).toBe('warga rt <num> dan <num> kerja bakti');
  });

  it('reads "&" and "/" between two numbers as "dan" ("RT 02 & 03", "RT 02/03"), not after "soal" meaning "about"', () => {
    expect(words('warga RT 02 & 03 kerja bakti')).toBe('warga rt <num> <num> kerja bakti');
    expect(words('warga RT 02&03 kerja bakti')).toBe('warga rt <num> <num> kerja bakti');
    expect(words('Rumah saya RT 02/03 Kelurahan Sukamaju')).toBe('rumah saya rt <num> <num> kelurahan sukamaju');
    expect(words('RT 02/RW 03')).toBe('rt <num> rw <num>');
    expect(words('tgl 02/03 rapat')).toBe('tanggal <num> <num> rapat');
    expect(words('soal nomor 2 & nomor 3 susah')).toBe('soal nomor <num> nomor <num> susah');
    // "soal" is also "about": a list after it is the pair's
    expect(numbers('sama kayak hoaks soal 02 & 03 kemarin')).toEqual(['nomor 3']);
  });

  it('reads a group named by its kind before "nomor" as a group ("kelompok tani nomor 4")', () => {
    expect(words('Kelompok tani nomor 4 panen raya')).toBe('kelompok tani nomor <num> panen raya');
    expect(words('kelompok belajar nomor 2 maju duluan')).toBe('kelompok belajar nomor <num> maju duluan');
    expect(words('regu pramuka nomor 3')).toBe('regu pramuka nomor <num>');
    expect(words('kelompok tani Makmur nomor 4')).toBe('kelompok tani makmur nomor <num>');
  });

  it('reads "nomor N sampai M" as a range of items when M is higher and no time ("malam Selasa nomor 6 sampai 10")', () => {
    expect(words('malam Selasa nomor 6 sampai 10')).toBe('malam selasa nomor <num> sampai <num>');
    expect(words('Tadarus malam Selasa nomor 6 sampai 10 ya')).toBe('tadarus malam selasa nomor <num> sampai <num> ya');
    // a time after it that says when, not how long
    expect(words('Hafalan surat pendek nomor 5 sampai 7 minggu depan')).toBe('hafalan surat pendek nomor <num> sampai <num> minggu depan');
  });

  it('reads the writer\'s numbered photo ("Nomor 3 foto saya") and a vote in a contest ("Pilih nomor 2 ya buat lomba foto") as such', () => {
    expect(words('Nomor 3 foto saya')).toBe('nomor <num> foto saya');
    expect(numbers('Nomor 3 foto saya, debat capres kemarin')).toEqual([]);
    expect(words('Pilih nomor 2 ya buat lomba foto')).toBe('pilih nomor <num> ya buat lomba foto');
    expect(words('pilih 3 untuk lomba video kantor')).toBe('pilih <num> untuk lomba video kantor');
    expect(words('dukung nomor dua di lomba')).toBe('dukung nomor <num> di lomba');
  });

  it('reads a player\'s number and a game of an Independence Day programme as such', () => {
    expect(words('Pemain nomor 10 mainnya keren banget')).toBe('pemain nomor <num> mainnya keren banget');
    expect(words('Lomba 17an: nomor 1 balap karung, nomor 2 panjat pinang')).toBe('lomba 17an nomor satu balap karung nomor <num> panjat pinang');
    expect(numbers('coblos nomor 2 balap')).toEqual(['nomor 2']);
  });

  it('reads a teacher\'s question, a bathroom, a licence plate and a file as such', () => {
    expect(words('Kuis hari ini, jawab nomor 4 ya anak-anak')).toBe('kuis hari ini jawab nomor <num> ya anak-anak');
    expect(words('kerjakan nomor 5 di rumah')).toBe('kerjakan nomor <num> di rumah');
    expect(words('Kamar mandi nomor 2 rusak')).toBe('kamar mandi nomor <num> rusak');
    expect(words('Kamar Mandi 02 rusak')).toBe('kamar mandi <num> rusak');
    expect(words('Yang parkir mobil plat nomor 2 tolong dipindah')).toBe('yang parkir mobil plat nomor <num> tolong dipindah');
    expect(words('file nomor 3 belum bisa dibuka')).toBe('file nomor <num> belum bisa dibuka');
    expect(numbers('kamar kami nomor 2 semua')).toEqual(['nomor 2']);
  });

  it('reads "nomor N kelompok X" as a group\'s turn in an order', () => {
    expect(words('Urutan presentasi: nomor 1 kelompok A, nomor 2 kelompok B')).toBe('urutan presentasi nomor satu kelompok a nomor <num> kelompok b');
    expect(numbers('Urutan presentasi materi pemilu: nomor 1 kelompok A, nomor 2 kelompok B')).toEqual([]);
  });

  it('reads a person in a photo or line-up as such, also after "yang" ("yang nomor 2 cowok ya")', () => {
    expect(words('yang nomor 2 cowok ya')).toBe('yang nomor <num> cowok ya');
    expect(words('nomor 3 cewek, nomor 4 cowok')).toBe('nomor <num> cewek nomor <num> cowok');
    // the writer in a photo: "aku yang nomor 3 dari kanan" (a bare "yang nomor 2 dari kiri" stays the pair's, below)
    expect(words('Foto bareng pak camat, aku yang nomor 3 dari kanan')).toBe('foto bareng pak camat aku yang nomor <num> dari kanan');
    expect(words('saya yang nomor 2 dari kiri')).toBe('saya yang nomor <num> dari kiri');
  });

  it('reads the end of a range of items as an item: "soal nomor 5 sampai nomor 8"', () => {
    expect(words('Soal nomor 5 sampai nomor 8 dikerjakan di rumah')).toBe('soal nomor <num> sampai nomor <num> dikerjakan di rumah');
  });

  it('reads a row of a ceremony\'s line-up and a child\'s place among siblings as such', () => {
    expect(words('Besok upacara, barisan nomor 2 untuk bidang keuangan')).toBe('besok upacara barisan nomor <num> untuk bidang keuangan');
    expect(words('Cucu saya yang nomor 2 sudah bisa jalan')).toBe('cucu saya yang nomor <num> sudah bisa jalan');
    expect(words('anakku yang nomor 3 baru masuk SD')).toBe('anakku yang nomor <num> baru masuk sd');
    expect(words('anak nomor 2 lagi sakit')).toBe('anak nomor <num> lagi sakit');
  });

  it('reads a queue named before "nomor" and a rank in a class as such', () => {
    expect(words('Antrian puskesmas nomer 12, isih suwe')).toBe('antrean puskesmas nomer <num> isih suwe');
    expect(words('antrean BPJS no 5 dipanggil')).toBe('antrean bpjs no <num> dipanggil');
    expect(words('Anak kedua saya nomor 2 di kelas')).toBe('anak kedua saya nomor <num> di kelas');
  });
});

describe('the pair\'s numbers beside them stay ballot numbers', () => {
  it('keeps vote words, roles, "nomor urut" and padded numbers', () => {
    expect(numbers('paslon nomor 2')).toEqual(['nomor 2']);
    expect(numbers('pilih nomor 2')).toEqual(['nomor 2']);
    expect(numbers('coblos nomor 2')).toEqual(['nomor 2']);
    expect(numbers('nomor 2 menang')).toEqual(['nomor 2']);
    // the pair's video and photo: after the role, as "nomor urut", padded
    expect(numbers('video paslon nomor 2 lucu banget')).toEqual(['nomor 2']);
    expect(numbers('video nomor urut 2 lucu banget')).toEqual(['nomor 2']);
    expect(numbers('foto 02 di baliho')).toEqual(['nomor 2']);
    expect(numbers('acara nomor urut 2')).toEqual(['nomor 2']);
  });

  it('keeps a list of ballot numbers, and a vote after a date ("tanggal 27 dan nomor 2")', () => {
    expect(numbers('nomor 1 dan nomor 2 sama saja')).toEqual(['nomor 1', 'nomor 2']);
    expect(numbers('ingat tanggal 27 dan nomor 2')).toEqual(['nomor 2']);
    expect(numbers('coblos 02 dan 03 kalah')).toEqual(['nomor 2', 'nomor 3']);
    expect(numbers('coblos 02 & 03 kalah')).toEqual(['nomor 2', 'nomor 3']);
    expect(numbers('pilih 01 / 02 bingung')).toEqual(['nomor 1', 'nomor 2']);
    expect(numbers('nomor 1 & nomor 2 sama saja')).toEqual(['nomor 1', 'nomor 2']);
  });

  it('keeps "yang nomor 2" and a line-up word after a vote word', () => {
    expect(numbers('pilih yang nomor 2 cowok sendiri')).toEqual(['nomor 2']);
    // a group not named by its kind: the pair's backers
    expect(numbers('kelompok pendukung nomor 2 kompak')).toEqual(['nomor 2']);
    expect(numbers('kelompok tani, nomor 2 menang')).toEqual(['nomor 2']);
    expect(numbers('kelompok tani pilih nomor 2')).toEqual(['nomor 2']);
    expect(numbers('yang nomor 2 ganteng')).toEqual(['nomor 2']);
    expect(numbers('yang nomor 2 dari kiri')).toEqual(['nomor 2']);
    expect(numbers('saya yang nomor 2 dari 3 calon paling siap')).toEqual(['nomor 2']);
    expect(numbers('saya pilih yang nomor 2 dari kiri')).toEqual(['nomor 2']);
    expect(numbers('anak muda yang nomor 2 pasti menang')).toEqual(['nomor 2']);
    expect(numbers('coblos nomor 2 sampai menang')).toEqual(['nomor 2']);
    // a bare "sampai" after it is no range of items: "until two terms", "until 2029"
    expect(numbers('Jokowi nomor 1 sampai 2 periode')).toEqual(['nomor 1']);
    expect(numbers('nomor 2 sampai 2029')).toEqual(['nomor 2']);
    // a photo that is not the writer's (a pair's visit), and a vote for something that is no contest
    expect(numbers('Nomor 2 foto bareng warga di pasar')).toEqual(['nomor 2']);
    expect(numbers('pilih nomor 3 foto saya')).toEqual(['nomor 3']);
    expect(numbers('pilih nomor 2 ya buat Jatim')).toEqual(['nomor 2']);
    expect(numbers('coblos nomor 2 untuk pilkada')).toEqual(['nomor 2']);
    expect(numbers('pilih nomor 2 ya')).toEqual(['nomor 2']);
    expect(numbers('nomor 2 sampai 3 kali pun tetap')).toEqual(['nomor 2']);
    expect(numbers('Jokowi nomor 1 sampai 2 periode ya')).toEqual(['nomor 1']);
    // a range in a post about an election is the contestants': "paslon nomor 1 sampai 3"
    expect(numbers('visi misi paslon di situs KPU nomor 1 sampai 3')).toEqual(['nomor 1']);
    expect(numbers('coblos nomor 2 sampai 5')).toEqual(['nomor 2']);
    expect(numbers('antrian panjang, ayo coblos nomor 2')).toEqual(['nomor 2']);
    expect(numbers('nomor 2 di kota kami menang')).toEqual(['nomor 2']);
  });

  it('keeps a bare "nomor N sampai M" at the end a ballot number beside a candidate\'s name, also one that is a word after a title', () => {
    expect(numbers('Jokowi nomor 1 sampai 2')).toEqual(['nomor 1']);
    expect(numbers('pokoknya Prabowo nomor 2 sampai 3')).toEqual(['nomor 2']);
    // "ganjar" is also a word ("semoga Allah ganjar pahala"): after a title it is the candidate, as for a mention
    expect(numbers('Pak Ganjar nomor 3 sampai 4')).toEqual(['nomor 3']);
    expect(numbers('Bu Risma nomor 3 sampai 4')).toEqual(['nomor 3']);
    // without a name it stays a range of items
    expect(numbers('Pak RT nomor 3 sampai 4')).toEqual([]);
  });

  it('reads a common given name, also after a title, as anyone\'s: no election post ("Pak Lukman" is anyone\'s colleague)', () => {
    expect(numbers('Pak Lukman nomor 3 sampai 4')).toEqual([]);
    expect(numbers('Lukman nomor 3 sampai 4')).toEqual([]);
    // "X nomor 1" is the idiom after it, as after any common name ("Pak Budi nomor 1"), and the name no mention
    expect(mentioned('Pak Lukman nomor 1')).toEqual([]);
    expect(mentioned('Pak Joko nomor 1')).toEqual([]);
    // beside a name that counts alone, or after a role word, it is the pair's
    expect(numbers('Luluk dan Lukman nomor 1 sampai 2')).toEqual(['nomor 1']);
    expect(mentioned('paslon Lukman nomor 1')).toEqual(['lukman', 'nomor 1']);
    // a bare "nomor 3" is a ballot number in any post, beside any name
    expect(numbers('Pak Lukman nomor 3')).toEqual(['nomor 3']);
  });

  it('keeps it beside an acronym alias that is also a word where the post writes it in capitals, as a mention reads it ("GAMA", "AMIN")', () => {
    expect(numbers('GAMA nomor 3 sampai 4')).toEqual(['nomor 3']);
    expect(numbers('AMIN nomor 1 sampai 2')).toEqual(['nomor 1']);
    // "X nomor 1" is the ballot number, not the idiom, beside it too
    expect(numbers('Saya dukung AMIN nomor 1')).toEqual(['nomor 1']);
    // not in lowercase (the prayer, a name), nor in a post typed all in capitals, where capitals say nothing
    expect(numbers('amin nomor 1 sampai 2')).toEqual([]);
    expect(numbers('gama nomor 3 sampai 4')).toEqual([]);
    expect(numbers('AMIN YA ALLAH NOMOR 3 SAMPAI 4')).toEqual([]);
    // an acronym that also stands for something else is not the candidate's either (KIP, the school aid card)
    expect(numbers('KIP nomor 3 sampai 4')).toEqual([]);
    // a short form with no vowel names the candidate in any case, as its mention does
    expect(numbers('jkw nomor 3 sampai 4')).toEqual(['nomor 3']);
  });

  it('keeps it beside a party acronym read as a party, in any case, as its mention reads it ("PKS")', () => {
    expect(numbers('PKS nomor 3 sampai 4')).toEqual(['nomor 3']);
    expect(numbers('pks nomor 3 sampai 4')).toEqual(['nomor 3']);
    // "X nomor 1" is the ballot number, not the idiom, beside it too
    expect(words('PKS nomor 1')).toBe('pks <no:1>');
    // an acronym that also stands for something else is no party alone (PKB, also the vehicle tax)
    expect(numbers('PKB nomor 3 sampai 4')).toEqual([]);
  });

  it('keeps it beside a full party name that counts alone, in any case, as its mention reads it ("Golkar", "PDI Perjuangan")', () => {
    expect(numbers('Golkar nomor 3 sampai 4')).toEqual(['nomor 3']);
    expect(numbers('golkar nomor 3 sampai 4')).toEqual(['nomor 3']);
    expect(numbers('Gerindra nomor 1 sampai 2')).toEqual(['nomor 1']);
    expect(numbers('PDI Perjuangan nomor 3 sampai 4')).toEqual(['nomor 3']);
    expect(numbers('PDI-P nomor 3 sampai 4')).toEqual(['nomor 3']);
    // "X nomor 1" is the ballot number, not the idiom, beside it too
    expect(words('Golkar nomor 1')).toBe('golkar <no:1>');
    // a party named by an everyday word is no party alone, as for its mention ("Garuda", the national team), nor a word of a longer name
    expect(numbers('Garuda nomor 3 sampai 4')).toEqual([]);
    expect(numbers('perjuangan nomor 3 sampai 4')).toEqual([]);
  });
});
