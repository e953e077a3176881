// Everyday numbers that share their words with a pair's ballot number: a team or player in an
// Independence Day game or a contest, a contestant, a jersey, a match's score, the writer's queue ticket.
// Each was read as a ballot number (<cand_no>); the pair's own, written with the same words, stay.
import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/text/normalize.js';
import { MentionIndex } from '../../src/elections/mentions.js';
import { loadElectionDir } from '../../src/elections/load.js';

const words = (text: string): string => normalize(text).text;
const shipped = new MentionIndex(loadElectionDir());
const numbers = (text: string) => shipped.detect(normalize(text)).mentions.filter((m) => m.kind === 'number').map((m) => m.text);

describe('numbers of games, contests and contestants', () => {
  it('reads a number playing a game named by a verb and its object, or winning a game or contest, as a contestant', () => {
    expect(words('nomor 2 makan kerupuk')).toBe('nomor <num> makan kerupuk');
    expect(words('tim nomor 2 juara tarik tambang')).toBe('tim nomor <num> juara tarik tambang');
    expect(words('nomor 3 lari karung duluan')).toBe('nomor <num> lari karung duluan');
    expect(words('regu nomor 4 juara lomba kebersihan')).toBe('regu nomor <num> juara lomba kebersihan');
    expect(numbers('Lomba 17an kampung: nomor 2 makan kerupuk paling cepat')).toEqual([]);
  });

  it('keeps the verbs alone, a win alone and a vote word\'s number ballot numbers', () => {
    expect(numbers('nomor 2 makan uang rakyat')).toEqual(['nomor 2']);
    expect(numbers('nomor 2 tarik dukungan')).toEqual(['nomor 2']);
    expect(numbers('nomor 1 lari dari debat, paslon lain hadir')).toEqual(['nomor 1']);
    expect(numbers('nomor 2 juara')).toEqual(['nomor 2']);
    expect(numbers('nomor 2 menang')).toEqual(['nomor 2']);
    expect(numbers('coblos nomor 2 makan kerupuk bareng warga')).toEqual(['nomor 2']);
    // the pair's campaign team, padded or after a role
    expect(numbers('tim 02 solid')).toEqual(['nomor 2']);
    expect(numbers('tim 02 juara tarik tambang')).toEqual(['nomor 2']);
    expect(numbers('tim paslon 02 turun ke desa')).toEqual(['nomor 2']);
    expect(numbers('relawan 02 siap')).toEqual(['nomor 2']);
  });

  it('reads a contestant and a jersey before "nomor" as such, not the ballot\'s "nomor urut" or a party "peserta pemilu"', () => {
    expect(words('peserta nomor 5 maju ke panggung')).toBe('peserta nomor <num> maju ke panggung');
    expect(words('jersey nomor 10 laku keras')).toBe('jersey nomor <num> laku keras');
    expect(numbers('peserta nomor urut 5 kampanye hari ini')).toEqual(['nomor 5']);
    expect(numbers('partai peserta pemilu nomor 5')).toEqual(['nomor 5']);
    expect(numbers('coblos nomor 2')).toEqual(['nomor 2']);
    expect(numbers('paslon nomor 2')).toEqual(['nomor 2']);
  });

  it('reads a match\'s score after "skor", a word or none between, as two numbers', () => {
    expect(words('skor akhir 02-01 untuk tim kami')).toBe('skor akhir <num> <num> untuk tim kami');
    expect(words('skor 03 - 01')).toBe('skor <num> <num>');
    expect(words('score akhir 02–01')).toBe('score akhir <num> <num>');
    // a dash after a plain padded number joins like "&" and "/": "RT 02-03"
    expect(words('warga RT 02-03 kerja bakti')).toBe('warga rt <num> <num> kerja bakti');
    // a padded number alone after it may be a poll's, and a pair of ballot numbers stays two
    expect(numbers('skor 02 naik di survei')).toEqual(['nomor 2']);
    expect(numbers('debat 01-02 seru')).toEqual(['nomor 1', 'nomor 2']);
    expect(numbers('coblos 01-02 bingung')).toEqual(['nomor 1', 'nomor 2']);
  });

  it('reads the writer getting a number as a ticket, not a party\'s draw or a bare "saya nomor 2"', () => {
    expect(words('saya dapat nomor 21 antri di puskesmas')).toBe('saya dapat nomor <num> antre di puskesmas');
    expect(words('aku dapet nomor 3')).toBe('aku dapat nomor <num>');
    expect(numbers('kami dapat nomor 2, siap menang')).toEqual(['nomor 2']);
    expect(numbers('saya dapat nomor urut 2')).toEqual(['nomor 2']);
    expect(numbers('saya nomor 2')).toEqual(['nomor 2']);
  });
});
