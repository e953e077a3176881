// A config's alias of a title and a name ("Bu Risma", "Mas Emil") counts alone, as the config asks; but
// a neighbour or an in-law of the writer who bears the name is someone else: "Bu Risma tetangga
// sebelah" read as Tri Rismaharini.
import { describe, expect, it } from 'vitest';
import { MentionIndex } from '../../src/elections/mentions.js';
import { loadElectionDir } from '../../src/elections/load.js';
import { normalize } from '../../src/text/normalize.js';

const jatim = new MentionIndex(loadElectionDir().filter((c) => c.id === 'pilgub-jatim-2024'));
const named = (text: string) => jatim.detect(normalize(text, jatim.names)).mentions.map((m) => m.text);
const indexOf = (id: string) => new MentionIndex(loadElectionDir().filter((c) => c.id === id));
const pilpres = indexOf('pilpres-2024');
const banten = indexOf('pilgub-banten-2024');
const namedIn = (index: MentionIndex, text: string) => index.detect(normalize(text, index.names)).mentions.map((m) => m.text);

describe('a titled alias the writer calls a neighbour or relative', () => {
  it('is someone the writer knows', () => {
    expect(named('Bu Risma tetangga sebelah baik sekali, suka kasih kue')).toEqual([]);
    expect(named('Mas Emil sepupu saya mau nikah')).toEqual([]);
    expect(named('Bu Luluk tetanggaku jualan pecel')).toEqual([]);
  });

  it('is someone the writer knows when a relation only the writer has follows: a teacher, a friend, an aunt of the writer\'s', () => {
    expect(named('Bu Risma guru SD saya dulu galak')).toEqual([]);
    expect(named('Bu Risma guru ngaji anak saya')).toEqual([]);
    expect(named('Mas Emil teman kuliah saya sekarang di Surabaya')).toEqual([]);
    expect(named('Bu Luluk kepala sekolah kami pensiun tahun ini')).toEqual([]);
    expect(named('Bu Risma tanteku datang dari Blitar')).toEqual([]);
    expect(named('Mas Emil sahabatku sejak SMA')).toEqual([]);
    expect(named('Bu Khofifah bude saya jualan rujak')).toEqual([]);
  });

  it('is the candidate when the relation is no one\'s in particular, or a figure of speech', () => {
    expect(named('Bu Risma guru bangsa')).toEqual(['bu risma']);
    expect(named('Bu Risma teman rakyat kecil')).toEqual(['bu risma']);
    expect(named('Bu Risma guru kita semua')).toEqual(['bu risma']);
    expect(named('Mas Emil guru politik saya')).toEqual(['mas emil']);
    // an incumbent is a civil servant's superior, a former lecturer a student's: still the candidate
    expect(named('Bu Khofifah atasan kami, gubernur yang hebat')).toEqual(['bu khofifah']);
    expect(named('Bu Khofifah bos saya dulu di kementerian')).toEqual(['bu khofifah']);
  });

  it('is the candidate otherwise', () => {
    expect(named('Bu Risma mantap')).toEqual(['bu risma']);
    expect(named('Bu Risma tetap nomor 3')).toEqual(['bu risma', 'nomor 3']);
    expect(named('Mas Emil datang ke desa tetangga')).toEqual(['mas emil']);
  });
});

describe('a titled alias that is the child of someone the writer knows', () => {
  it('is someone the writer knows when the parent is named by an everyday role, a neighbour, a friend or the writer', () => {
    expect(namedIn(pilpres, 'Mas Gibran anak Bu Kantin ulang tahun hari ini, kami patungan beli kue')).toEqual([]);
    expect(named('Mas Emil anak Pak RT sebelah sudah lulus SMA')).toEqual([]);
    expect(named('Bu Risma anaknya pak satpam kantor kami')).toEqual([]);
    expect(named('Mas Emil putra bu guru ngaji di kampung')).toEqual([]);
    expect(namedIn(pilpres, 'Mas Gibran anak tetangga baru masuk TK')).toEqual([]);
    expect(named('Mas Emil anak teman kuliah saya')).toEqual([]);
    expect(named('Mas Emil anak saya sudah bisa naik sepeda')).toEqual([]);
    expect(named('Mas Emil anakku sudah bisa naik sepeda')).toEqual([]);
  });

  it('is the candidate when the parent is a figure, or "anak" says where the candidate comes from', () => {
    expect(namedIn(pilpres, 'Mas Gibran anak Pak Jokowi')).toEqual(['mas gibran']);
    expect(namedIn(pilpres, 'Mas Gibran anak presiden')).toEqual(['mas gibran']);
    expect(namedIn(pilpres, 'Mas Gibran anak muda, ngerti kalian')).toEqual(['mas gibran']);
    // a farmer's or a teacher's child, without a title, is where one comes from: a campaign's line
    expect(namedIn(banten, 'Bang Andra anak petani, ngerti susahnya orang kecil')).toEqual(['bang andra']);
    expect(named('Mas Emil anak guru, pasti peduli pendidikan')).toEqual(['mas emil']);
  });
});

describe('a name without a title that the writer calls a relation of theirs', () => {
  it('is someone the writer knows', () => {
    expect(named('Emil tetangga saya jualan bakso')).toEqual([]);
    expect(named('Emil teman kuliah saya sekarang kerja di Surabaya')).toEqual([]);
    expect(named('Emil sepupuku mau nikah bulan depan')).toEqual([]);
    expect(named('Risma teman sebangku SMA saya ulang tahun hari ini')).toEqual([]);
    expect(named('Pak Emil tetangga sebelah baik sekali')).toEqual([]);
    expect(namedIn(banten, 'Mpok Airin tetangga aye jualan nasi uduk')).toEqual([]);
    expect(namedIn(banten, 'Si Andra anak aye juara lomba pidato')).toEqual([]);
    expect(namedIn(pilpres, 'Gibran anak tetangga baru masuk TK')).toEqual([]);
  });

  it('is the candidate when the relation is not the writer\'s, or a figure of speech', () => {
    expect(named('Emil tetangga sebelah Trenggalek')).toEqual(['emil']);
    expect(named('Khofifah teman sekelasnya pas SMA')).toEqual(['khofifah']);
    expect(named('Emil teman rakyat kecil')).toEqual(['emil']);
    expect(named('Emil guru politik saya')).toEqual(['emil']);
    expect(namedIn(pilpres, 'Gibran anak haram konstitusi')).toEqual(['gibran']);
    expect(named('Emil Dardak teman saya di Trenggalek')).toEqual(['emil dardak']);
  });
});
