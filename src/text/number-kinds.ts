// Words that say what kind of number follows "nomor" when it is no ballot number: a rank ("juara nomor
// 5", "nomor 4 di dunia"), a quiz item ("jawaban nomor 12", "nomor 11-15"), a house ("rumah nomor 21")
// or a queue place someone is called with ("yang dipanggil baru nomor 9"). Only before "nomor" (or
// right after its number): a padded number right after them ("pertanyaan 02 di debat") is still the
// pair's. TokenSink reads them (numbered-thing.ts, place-after-ballot.ts and the files beside them).
import { QUIZ_WORDS } from './ballot.js';

/**
 * A post's photos and videos; right after "nomor N" and before the writer ("Nomor 3 foto saya", "nomor 2
 * video aku") they number the writer's own, not "nomor 2 foto bareng warga", a pair's visit.
 */
export const POST_MEDIA: ReadonlySet<string> = new Set(['foto', 'poto', 'video', 'vidio']);

/**
 * Before "nomor": a place in a ranking, or an item of a quiz, exam, form, a meeting's agenda, an
 * event's programme or a post's photos and videos ("peringkat nomor 7", "pertanyaan no 4", "agenda
 * nomor 2", "acara nomor 2: sambutan", "video nomor 2 lucu"; "agenda 02", "acara 02", "video 02" may be
 * the pair's, and so is "video nomor urut 2"). Not "gambar": the ballot's pictures ("gambar nomor 2").
 */
export const RANKED_OR_ITEM_BEFORE_CUE: ReadonlySet<string> = new Set([
  'juara', 'peringkat', 'ranking', 'rangking', 'rank', 'agenda', 'acara', ...POST_MEDIA,
  'peserta', // a contestant: "peserta nomor 5 maju" (a party is "peserta pemilu", "peserta nomor urut 5")
  'jawab', 'kerjakan', 'kerjain', // a teacher's "jawab nomor 4", "kerjakan nomor 5"
  ...QUIZ_WORDS,
]);

/**
 * Before "nomor", a place on a roll or a duty roster, a group of a class or a training, a row of a
 * ceremony's line-up, a memo (nota dinas): "absen nomor 3", "piket nomor 2", "kelompok nomor 2",
 * "barisan nomor 2", "ND nomor 3". Not before a padded number: "kelompok 02", "barisan 02" may be the
 * pair's backers, and "nd 02" is "not 02" in eastern slang.
 */
export const ROLL_OR_GROUP_BEFORE_CUE: ReadonlySet<string> = new Set([
  'absen', 'absensi', 'presensi', 'piket', 'kelompok', 'barisan', 'nd',
  'pemain', // a team's line-up: "pemain nomor 10 mainnya keren" (the shirt: "punggung", NOT_BALLOT_BEFORE)
  'jersey', 'jersi', // a player's shirt; not "baju" or "kaos": "kaos nomor 2" is also the pair's campaign shirt
]);
/**
 * A group named by what it does or who is in it, a word or two between the group word and "nomor", as
 * rooms are (ROOM_WORDS): "kelompok tani nomor 4", "kelompok belajar nomor 2", "regu pramuka nomor 3",
 * "kelompok tani Makmur nomor 4". Not any word, as rooms take: "kelompok pendukung nomor 2", "kelompok
 * relawan nomor 2" are the pair's backers.
 */
export const GROUP_WORDS: ReadonlySet<string> = new Set(['kelompok', 'regu']);
export const GROUP_KINDS: ReadonlySet<string> = new Set([
  'tani', 'ternak', 'nelayan', 'usaha', 'belajar', 'studi', 'diskusi', 'kerja', 'presentasi', 'praktikum', 'kkn', 'pkl',
  'arisan', 'pengajian', 'yasinan', 'tahlil', 'tadarus', 'kajian', 'senam', 'ronda', 'jaga', 'piket', 'pramuka', 'dasawisma',
]);
/** The roll's time, between it and "nomor": "piket minggu ini nomor 2", "absen hari ini nomor 3". */
export const ROLL_TIMES: ReadonlySet<string> = new Set(['hari', 'minggu', 'pekan', 'bulan', 'ini', 'depan', 'besok']);
/** The most ROLL_TIMES words between a roll and "nomor". */
export const MAX_ROLL_TIME_WORDS = 2;

/**
 * A child or sibling before "nomor", a possessor and "yang" may stand between: a place among siblings
 * ("anak saya yang nomor 2", "cucuku yang nomor 3", "anak nomor 2 lagi sakit"; not "anak muda yang nomor 2").
 */
export const KIN_WORDS: ReadonlySet<string> = new Set(
  ['anak', 'cucu', 'adik', 'kakak', 'putra', 'putri', 'keponakan', 'ponakan'].flatMap((w) => [w, `${w}ku`, `${w}nya`]),
);
/**
 * The writer before "yang nomor N": a place in a row or a photo as after "nomor" alone ("aku yang nomor 3
 * dari kanan"), unless a vote word comes before ("pilih saya yang nomor 2 dari kiri", a caleg's call).
 */
export const WRITER_WORDS: ReadonlySet<string> = new Set(['saya', 'aku', 'gue', 'gw', 'kami', 'kita']);
/** Who the child is of, between a KIN_WORDS word and "(yang) nomor": "anak saya yang nomor 2". */
export const KIN_POSSESSORS: ReadonlySet<string> = new Set([...WRITER_WORDS, 'dia', 'beliau']);

/** A house before "nomor" ("rumah nomor 21"; Sundanese imah, Javanese omah), unless a household votes: HOUSEHOLD_WORDS. */
export const HOUSE_WORDS: ReadonlySet<string> = new Set(['rumah', 'imah', 'omah']);
/** "satu rumah nomor 2 semua", "sak omah nomer loro": the whole household, not its house number. */
export const HOUSEHOLD_WORDS: ReadonlySet<string> = new Set(['satu', 'se', 'sa', 'sak', 'sekeluarga']);

/**
 * The writer getting a number, right before "nomor": a queue's ticket or a place in a line-up ("saya dapat
 * nomor 21", "aku kebagian nomor 3"). Only one writer: "kami dapat nomor 2" may be a party's draw. A bare
 * "saya nomor 21" is also "I am for 21", a vote, and stays one.
 */
export const GOT_NUMBER: ReadonlySet<string> = new Set(['dapat', 'kebagian', 'kebagean']);
export const ONE_WRITER: ReadonlySet<string> = new Set(['saya', 'aku', 'gue', 'gw']);

/** Being called by number, a word or two before "nomor": "yang dipanggil baru nomor 9", "dipanggil nomor 3". */
export const CALLED_WORDS: ReadonlySet<string> = new Set(['dipanggil', 'panggil', 'manggil', 'dipanggilnya', 'disauran', 'diceluk']);

/**
 * Right after "nomor N" (nothing before "nomor" that calls for a vote), the first words of an item of
 * an event's programme: "Susunan acara: nomor 1 pembukaan, nomor 2 sambutan ketua Bawaslu" numbers
 * the programme, also of an election's event ("coblos nomor 2, sambutan beliau…" stays a ballot
 * number). Not what a pair shows in a debate: "nomor 2 materi debatnya bagus", "nomor 3 paparannya".
 */
export const PROGRAMME_ITEMS: ReadonlySet<string> = new Set([
  'kelompok', // the group whose turn it is: "Urutan presentasi: nomor 1 kelompok A, nomor 2 kelompok B"
  'pembukaan', 'sambutan', 'laporan', 'pembacaan', 'penutup', 'penutupan', 'istirahat', 'ishoma', 'penyerahan', 'pemotongan',
  'menyanyikan', 'pengarahan', 'penandatanganan', 'registrasi', 'pelantikan', 'pengukuhan', 'peresmian', 'tilawah', 'qiroah',
  // the games of an Independence Day programme: "nomor 1 balap karung, nomor 3 panjat pinang" (not the verbs "makan",
  // "tarik", "lari": "nomor 2 makan uang rakyat", "nomor 2 tarik dukungan", "nomor 1 lari dari debat")
  'balap', 'panjat', 'estafet',
]);

/**
 * Games of an Independence Day programme named by a verb and its object, right after "nomor N" (or after
 * "juara" there: "tim nomor 2 juara tarik tambang"): the verb alone is no game ("nomor 2 makan uang
 * rakyat", "nomor 2 tarik dukungan", "nomor 1 lari dari debat"), the pair is ("nomor 2 makan kerupuk").
 */
export const PROGRAMME_GAMES: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['makan', new Set(['kerupuk', 'krupuk'])],
  ['tarik', new Set(['tambang'])],
  ['lari', new Set(['karung', 'kelereng', 'bakiak', 'estafet'])],
  ['bawa', new Set(['kelereng'])],
]);
/** A win right after "nomor N", before a game or a contest: "tim nomor 2 juara tarik tambang", "nomor 3 juara lomba" (not "menang": "nomor 2 menang"). */
export const WINS: ReadonlySet<string> = new Set(['juara', 'menjuarai', 'juarai']);

/**
 * Right after "nomor N", a person in a photo or a line-up ("yang nomor 2 cowok ya", "nomor 3 cewek"),
 * also after "yang", not after a vote word or call ("pilih yang nomor 2 cowok sendiri"). Only the
 * colloquial words: "laki-laki", "perempuan" describe candidates too ("nomor 1 perempuan").
 */
export const LINE_UP_PEOPLE: ReadonlySet<string> = new Set(['cowok', 'cewek', 'cowo', 'cewe']);

/**
 * Right after the number, the scope of a ranking: "nomor 4 di dunia", "nomor 2 se-Indonesia", "nomor
 * 3 sedunia", "nomor 2 di kelas". Only the world, a continent, the country and a school's class after
 * "di" or "se" ("nomor 2 di kota kami" can be a vote); a hyphen makes any word after "se" one ("nomor 2 se-Jatim").
 */
export const RANK_SCOPES: ReadonlySet<string> = new Set(['dunia', 'jagat', 'asia', 'asean', 'eropa', 'indonesia', 'nusantara', 'kelas']);
/** One-word scopes of a ranking, right after the number. */
export const RANK_SCOPE_WORDS: ReadonlySet<string> = new Set(['sedunia', 'didunia', 'sejagat', 'seasia', 'seindonesia', 'senusantara']);

/**
 * A match's score before a padded number, a dash and the other side's, a word between or none: "skor
 * akhir 02-01", "score 03-01" (a padded number alone after it, "skor 02 naik", may be a poll's).
 */
export const SCORE_WORDS: ReadonlySet<string> = new Set(['skor', 'score']);
