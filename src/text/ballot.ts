// Ballot numbers: "01", "no.2", "nomor urut 3", "paslon 1", "nomer 02", "coblos 2" → "<no:N>".
// Pure cue words (no, nomor, urut) are dropped once the number is read, so every spelling of
// "number two" yields the same token; meaningful cues (paslon, coblos) stay.

/** Words after which a number is a ballot number; `true` marks cues that disappear into the token. */
export const BALLOT_CUES: ReadonlyMap<string, boolean> = new Map([
  ['no', true], ['nomor', true], ['nomer', true], ['nmr', true], ['nmor', true], ['nomo', true], ['urut', true],
  ['paslon', false], ['capres', false], ['cawapres', false], ['cagub', false], ['cawagub', false],
  ['cabup', false], ['cawabup', false], ['cawalkot', false], ['cawali', false], ['calon', false],
  ['kandidat', false], ['coblos', false], ['mencoblos', false], ['nyoblos', false], ['pilih', false],
  ['memilih', false], ['milih', false], ['dukung', false], ['menangkan', false], ['pasangan', false],
]);

/**
 * Cues after which a spelled number is a ballot number too ("coblos dua"), besides the pure cues and
 * SPELLED_ROLE_CUES. Not pilih or dukung: "pilih satu" is mostly "choose one".
 */
export const SPELLED_NUMBER_CUES: ReadonlySet<string> = new Set(['coblos', 'mencoblos', 'nyoblos']);

/**
 * Contest roles after which a spelled number is the ballot number ("paslon tiga", "capres siji"), unless
 * the words after it make it a count, as after the ballot verb ("paslon satu per satu", "capres dua
 * minggu lagi", "cagub tiga orang"). Not calon, kandidat or pasangan, everyday nouns too ("pasangan dua
 * sejoli"); and apart from SPELLED_NUMBER_CUES because "capres2" is a plural, not "capres 2".
 */
export const SPELLED_ROLE_CUES: ReadonlySet<string> = new Set(['paslon', 'capres', 'cawapres', 'cagub', 'cawagub', 'cabup', 'cawabup', 'cawalkot', 'cawali']);

/** Whether a spelled number right after `cue` (not a pure cue such as "nomor") is a ballot number. */
export function takesSpelledNumber(cue: string): boolean {
  return SPELLED_NUMBER_CUES.has(cue) || SPELLED_ROLE_CUES.has(cue);
}

/** After a spelled ballot number these make it a count or a time: "coblos dua gambar", "coblos satu kali". */
export const SPELLED_COUNT_WORDS: ReadonlySet<string> = new Set([
  'kali', 'gambar', 'surat', 'kertas', 'hari', 'minggu', 'pekan', 'bulan', 'tahun', 'jam', 'menit', 'detik',
  'per', 'duanya', 'tiganya', 'satunya', // "satu per satu", "dua-duanya"
]);

/** "yang" in Sundanese, Betawi and Javanese: "coblos nu nomer hiji", "milih sing nomer siji". */
export const WHICH_WORDS: ReadonlySet<string> = new Set(['yang', 'nu', 'nyang', 'sing', 'kang', 'ingkang']);

/**
 * Spelled numbers up to 24, the highest ballot number (Pileg party numbers): Indonesian, Javanese (siji,
 * loro, telu, papat, limo, enem, pitu, wolu, songo; krama setunggal, kalih, tiga, sekawan, gangsal, sanga,
 * sedasa; sewelas, rolas…, and the twenties
 * selikur, rolikur, telulikur, patlikur), Sundanese (hiji, dua, tilu, opat, lima, genep, dalapan,
 * salapan, sapuluh, sabelas, salikur), Minang (ciek, duo, tigo, ampek, limo, anam, tujuah), Batak (sada,
 * tolu, opat), Balinese (besik, telu, papat), Madurese (settong, tello) and Bugis (tellu). Only after a
 * ballot cue, so the words that mean something else too ("duo", the name Anam) are safe. Numbers of
 * two words ("dua belas", "dua puluh empat", Sundanese "dua likur") are read by spelledCompound.
 */
export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['satu', 1], ['dua', 2], ['tiga', 3], ['empat', 4], ['lima', 5], ['enam', 6], ['tujuh', 7], ['delapan', 8], ['sembilan', 9],
  ['sepuluh', 10], ['sebelas', 11],
  ['siji', 1], ['setunggal', 1], ['kalih', 2], ['sekawan', 4], ['gangsal', 5], ['sedasa', 10], ['loro', 2], ['rong', 2], ['telu', 3], ['papat', 4], ['limo', 5], ['enem', 6], ['pitu', 7],
  ['wolu', 8], ['songo', 9], ['sanga', 9], ['sewelas', 11], ['rolas', 12], ['telulas', 13], ['patbelas', 14], ['limolas', 15],
  ['limalas', 15], ['nembelas', 16], ['pitulas', 17], ['wolulas', 18], ['songolas', 19], ['rongpuluh', 20],
  ['selikur', 21], ['rolikur', 22], ['telulikur', 23], ['patlikur', 24],
  ['hiji', 1], ['tilu', 3], ['opat', 4], ['genep', 6], ['dalapan', 8], ['salapan', 9], ['sapuluh', 10], ['sabelas', 11], ['salikur', 21],
  ['ciek', 1], ['ciak', 1], ['duo', 2], ['tigo', 3], ['ampek', 4], ['anam', 6], ['tujuah', 7],
  ['sada', 1], ['tolu', 3], ['besik', 1], ['settong', 1], ['duwa', 2], ['tello', 3], ['tellu', 3],
]);

/**
 * Krama number words that are everyday words too ("kalih": with, and; "sekawan": friends): a ballot
 * number only right after a pure cue ("nomer kalih"), not after a verb or a role ("nyoblos kalih
 * bapak", "capres kalih cawapres").
 */
export const PURE_CUE_NUMBER_WORDS: ReadonlySet<string> = new Set(['kalih', 'sekawan']);

/** Spelled ordinals, which after "urut" are the ballot number itself: "nomor urut kedua". */
export const ORDINAL_WORDS: ReadonlyMap<string, number> = new Map([
  ['pertama', 1], ['kesatu', 1], ['kedua', 2], ['ketiga', 3], ['keempat', 4], ['kelima', 5], ['keenam', 6], ['ketujuh', 7],
  ['kedelapan', 8], ['kesembilan', 9], ['kesepuluh', 10],
]);

/** The second word of a spelled number of two or three words: "dua belas" (12), "dua puluh (empat)", Sundanese "dua likur" (22). */
const TEENS_AND_TENS: ReadonlyMap<string, (n: number) => number> = new Map([
  ['belas', (n: number) => 10 + n], ['welas', (n: number) => 10 + n], ['puluh', (n: number) => 10 * n], ['likur', (n: number) => 20 + n],
]);

/** The lengths of TEENS_AND_TENS's words (all 5 today): a cheap test before any lookup. */
const SECOND_WORD_LENGTHS: ReadonlySet<number | undefined> = new Set([...TEENS_AND_TENS.keys()].map((w) => w.length));

/**
 * A spelled number of two or three words starting at `words[at]`: its value and how many words it takes
 * ("dua belas" 12, "dua puluh" 20, "dua puluh empat" 24, "tiga puluh" 30, "opat likur" 24); undefined
 * when `words[at]` starts none.
 */
export function spelledCompound(words: readonly string[], at: number): { value: number; length: number } | undefined {
  // called for every word of every post: the next word's length rules out nearly all of them without a lookup
  if (!SECOND_WORD_LENGTHS.has(words[at + 1]?.length)) return undefined;
  const first = NUMBER_WORDS.get(words[at]);
  if (first === undefined || first > 9) return undefined;
  const second = TEENS_AND_TENS.get(words[at + 1]);
  if (second === undefined) return undefined;
  const value = second(first);
  const third = words[at + 1] === 'puluh' ? NUMBER_WORDS.get(words[at + 2]) : undefined;
  return third !== undefined && third <= 9 ? { value: value + third, length: 3 } : { value, length: 2 };
}

/** The largest ballot number read: Pileg party numbers go up to 24 (Pemilu 2024, with Aceh's local parties). */
export const MAX_BALLOT = 24;

/**
 * Words after which a number, or "nomor" and a number, is an address, a time, a school, a stage or a
 * regulation, not a ballot number: "RT 02 RW 01", "TPS 01", "SDN 02", "pukul 02", "lantai 03",
 * "gelombang 02", "UU No 7", "Perda nomor 2", "SE 03", "SK Nomor 5".
 */
export const NOT_BALLOT_BEFORE: ReadonlySet<string> = new Set([
  'rt', 'rw', 'tps', 'blok', 'gang', 'gg', 'dusun', 'lantai', 'lt', 'kamar', 'ruang', 'kelas', 'pukul', 'pkl', 'jam',
  'jalur', 'pos', 'unit', 'lorong', 'kavling', 'kav', 'sd', 'sdn', 'smp', 'smpn', 'sma', 'sman', 'smk', 'smkn', 'mi',
  'min', 'mts', 'mtsn', 'man', 'negeri', 'gelombang', 'tahap', 'sesi', 'regu', 'kloter', 'shift', 'angkatan', 'batch',
  'tanggal', 'tgl', 'bulan', 'bab', 'pasal', 'ayat', 'episode', 'eps', 'part', 'seri', 'season', 'halaman', 'hlm', 'soal',
  'antrian', 'antrean', 'loket', 'meja', 'ronde', 'babak', 'telepon', 'telp', 'hp', 'wa', 'rekening', 'induk',
  'punggung', 'registrasi', 'pendaftaran', 'giliran',
  // a term of office: "periode 04 - 10 September", "periode 02" (a count of terms comes first: "dua periode")
  'periode',
  // laws, regulations and official letters, which civil servants cite all the time
  'uu', 'undang-undang', 'perppu', 'perpu', 'pp', 'perpres', 'keppres', 'kepres', 'inpres', 'permen', 'permendagri',
  'permenpan', 'permenpanrb', 'kepmen', 'pergub', 'kepgub', 'perbup', 'kepbup', 'perwali', 'perwal', 'perda', 'perkada',
  'pkpu', 'perbawaslu', 'peraturan', 'keputusan', 'instruksi', 'putusan', 'edaran', 'se', 'sk', 'surat', 'nota',
  // places, seats, vehicles and routes, items of a list or a show, codes: "lapangan nomor 2", "kursi no 2",
  // "Bus jurusan 02", "versi 02", "Kode voucher 03", "lagu nomor 2", "Dapil 1"
  'lapangan', 'gedung', 'pintu', 'gate', 'sektor', 'tribun', 'kursi', 'ranjang', 'bed', 'dinas', 'ruko', 'kios', 'lapak',
  'stand', 'tenda', 'kapal', 'bus', 'kereta', 'gerbong', 'peron', 'dermaga', 'terminal', 'jurusan', 'trayek',
  'koridor', 'rute', 'lintasan', 'lajur', 'dapil', 'lagu', 'track', 'slide', 'lampiran', 'tabel', 'poin', 'butir',
  'versi', 'tipe', 'type', 'level', 'kode', 'voucher', 'rekap',
  // public transport and its routes (Surabaya's "lyn"), a place in a queue, gates, benches, a table's rows, lockers,
  // office machines, toilets, hospital wards, livestock pens, fish ponds and plots: "angkot 02", "antri nomor 2",
  // "gerbang nomor 2", "loker nomor 2", "printer 03", "bangsal nomor 2", "petak nomor 4" (not "mobil" or "motor":
  // "mobil 02" may be the pair's campaign car)
  'bis', 'angkot', 'mikrolet', 'lyn', 'antre', 'antri', 'gerbang', 'bangku', 'baris', 'loker', 'komputer', 'laptop', 'printer',
  'toilet', 'wc', 'bangsal', 'paviliun', 'kandang', 'kolam', 'petak',
  // a school's class groups, clusters and districts (also a utility's), kindergartens, and utility poles,
  // substations, wells and pumps: "rombel 02", "gugus 03", "TK 02", "gardu 03" (not "posyandu": "ibu-ibu
  // posyandu nomer 2 itu Bu Khofifah" tells the health post's mothers who number 2 is)
  'rombel', 'gugus', 'rayon', 'tk', 'paud', 'tiang', 'gardu', 'sumur', 'pompa',
  // sizes, prayer rows, files, offers, menu items, goals: "ukuran no 2", "shaf nomor 2", "berkas no 3", "gol nomor 2"
  'ukuran', 'size', 'shaf', 'saf', 'berkas', 'promo', 'menu', 'gol',
  // a road's kilometre mark: "macet di KM 02"; a licence plate, a file: "plat nomor 2", "file nomor 3"
  'km', 'plat', 'pelat', 'file', 'dokumen',
  // people called by number at a service counter (civil servants' public-service notices): "pasien nomor 2 silakan masuk"
  'pasien', 'nasabah', 'penumpang',
  // office words a padded number follows: rooms, ranks, pay grades, quarters, instalments, issues ("ruangan 02",
  // "eselon 02", "triwulan 02", "termin 02", "edisi 02")
  'ruangan', 'aula', 'eselon', 'golongan', 'triwulan', 'semester', 'kuartal', 'termin', 'edisi', 'jilid',
  // office documents cited by number: "notulen nomor 3", "SPK nomor 2", "DPA nomor 3" (not "acara": "acara 02" is the pair's)
  'notulen', 'memo', 'nodin', 'disposisi', 'diktum', 'sppd', 'kontrak', 'spk', 'dpa', 'dipa', 'spm', 'sp2d', 'tender',
  // forms to fill in and tickets: "isi formulir nomor 2", "blanko nomor 2", "tiket nomor 2"
  'formulir', 'form', 'blanko', 'blangko', 'tiket', 'karcis',
  // an invitation without "surat" before it, an office, a lab, a subsection: "undangan nomor 2", "kantor nomor 2",
  // "lab 02", "subbag 02"
  'undangan', 'kantor', 'lab', 'laboratorium', 'subbag', 'subbagian',
  // an office's units and zones, and a meeting (its room, or its number in a series): "seksi 02", "bidang 02",
  // "bagian 02", "subbid 02", "zona 02", "rapat 02" (the pair's events stay: "acara 02", "rapat akbar 02")
  'seksi', 'bidang', 'subbidang', 'subbid', 'bagian', 'zona', 'rapat',
]);

/**
 * Parts of a cited article; after one and its number or letter, "nomor" numbers an item of it: "Pasal 5
 * huruf a nomor 2", "ayat (2) nomor 3", "Bab 2 nomor 3".
 */
export const CITATION_WORDS: ReadonlySet<string> = new Set(['pasal', 'ayat', 'huruf', 'bab', 'angka', 'butir', 'poin', 'diktum']);

/**
 * Regulations and letters cited with their issuer between them and "nomor": "Keputusan KPU Nomor 2",
 * "SK Bupati Nomor 12", "Perbup Sleman nomor 5" (NOT_BALLOT_BEFORE only sees the word right before
 * the cue). Not the ambiguous "pp"; "se" (also the prefix "se-") only as the others. `true` marks words that name their issuer already ("Pergub
 * Jatim", "UU Pemilu"); the others need an ISSUER_WORDS word right after them: "Keputusan saya tetap
 * nomor 2", "surat suara nomor 2" stay ballot numbers ("SE" a ministry or an official: SE_REGIONS).
 */
export const REGULATION_WORDS: ReadonlyMap<string, boolean> = new Map([
  ...['uu', 'undang-undang', 'perppu', 'perpu', 'perpres', 'keppres', 'kepres', 'inpres', 'permen', 'permendagri', 'permenpan',
    'permenpanrb', 'kepmen', 'pergub', 'kepgub', 'perbup', 'kepbup', 'perwali', 'perwal', 'perda', 'perkada', 'pkpu', 'perbawaslu', 'skb'].map((w) => [w, true] as const),
  ...['peraturan', 'keputusan', 'putusan', 'instruksi', 'edaran', 'sk', 'surat', 'se'].map((w) => [w, false] as const),
]);
/**
 * Issuers that after "se" are the prefix "se-" (all of): "kader se-Kabupaten nomor 2 semua" is no letter,
 * "SE Menpan RB nomor 21", "SE Bupati No 3" are.
 */
export const SE_REGIONS: ReadonlySet<string> = new Set(['kabupaten', 'kab', 'kota', 'provinsi', 'prov', 'daerah']);
/** Who issues a regulation or a letter, right after REGULATION_WORDS: "Keputusan KPU", "Surat Edaran Menteri". */
export const ISSUER_WORDS: ReadonlySet<string> = new Set([
  'kpu', 'kpud', 'bawaslu', 'dkpp', 'mk', 'ma', 'presiden', 'menteri', 'mendagri', 'menpan', 'menpanrb', 'kemendagri', 'kemenpan',
  'kemenpanrb', 'panrb', 'bkn', 'kasn', 'gubernur', 'bupati', 'walikota', 'wali', 'kepala', 'ketua', 'sekda', 'sekretaris', 'direktur',
  'dirjen', 'camat', 'lurah', 'kades', 'rektor', 'dinas', 'badan', 'bkd', 'bkpsdm', 'pemerintah', 'pemkab', 'pemkot', 'pemprov',
  'dprd', 'dpr', 'kabupaten', 'kab', 'kota', 'provinsi', 'prov', 'daerah', 'bersama', 'komisi', 'mahkamah',
]);
/**
 * Kinds of letter right after "surat" that make it an official letter without an issuer: "surat
 * undangan nomor 3", "surat tugas no 2" ("surat suara nomor 2" stays a ballot number).
 */
export const LETTER_KINDS: ReadonlySet<string> = new Set([
  'undangan', 'tugas', 'perintah', 'pemberitahuan', 'keterangan', 'pernyataan', 'permohonan', 'izin', 'cuti', 'rekomendasi', 'masuk', 'keluar',
]);
/** How many words back from "nomor" a regulation word is looked for: "Keputusan Ketua KPU Kabupaten Sleman Nomor 2". */
export const MAX_REGULATION_GAP = 5;

/** Words between the two numbers of a range: "Rekap 01 sampai 03" is no ballot number when its start is none. */
export const RANGE_WORDS: ReadonlySet<string> = new Set(['sampai', 'sampe', 'hingga', 'sd']);
/**
 * After the end of "nomor N sampai M", words that make M a time, not the last of a range of items:
 * "Jokowi nomor 1 sampai 2 periode", "nomor 2 sampai 3 kali".
 */
export const RANGE_END_TIMES: ReadonlySet<string> = new Set([
  'periode', 'putaran', 'kali', 'detik', 'menit', 'jam', 'hari', 'malam', 'minggu', 'pekan', 'bulan', 'tahun', 'dekade', 'abad',
]);
/** After such a time word, words that make it a time to come or past, no length: "nomor 5 sampai 7 minggu depan". */
export const WHEN_AFTER_TIME: ReadonlySet<string> = new Set(['depan', 'lalu', 'kemarin']);
/**
 * Words joining two numbers written alike, the second of which takes the kind of the first: "soal nomor
 * 2 dan nomor 3", "RT 02 dan 03" (not "tanggal 27 dan nomor 2", "coblos 02 dan 03").
 */
export const NUMBER_LIST_JOINERS: ReadonlySet<string> = new Set(['dan', 'atau', 'serta']);
/**
 * Marks joining two numbers as NUMBER_LIST_JOINERS do, which the tokens drop: "RT 02 & 03", "RT 02/03"
 * (a second RT, or its RW), "tgl 02/03" (a date). Only after a number that is no ballot number, so
 * "coblos 02 & 03", "01/02" stay two.
 */
export const NUMBER_LIST_MARKS = '&/';
/**
 * Dashes after a padded number that is no ballot number, before another: a range or a score ("RT 02-03",
 * "skor akhir 02-01"), so the second takes the first's kind as after NUMBER_LIST_MARKS. The first dash
 * is the hyphen: put first in a character class, it means itself.
 */
export const NUMBER_PAIR_DASHES = '-\u2013';
/**
 * Words of NOT_BALLOT_BEFORE that are also "about": a list joined by a mark after them is the pair's
 * ("poster hoaks soal 02 & 03"), so the second number is read as if alone.
 */
export const ABOUT_WORDS: ReadonlySet<string> = new Set(['soal']);

/**
 * Words that make a post about an election: there "X nomor 1" is ballot number 1 ("Calon Gubernur Jawa
 * Timur nomor 1"), elsewhere mostly the idiom for the best ("Keselamatan pasien nomor 1", "Argentina
 * nomor 1 di hati"). Not dukung or menangkan: "Dukung timnas nomor 1!".
 */
export const ELECTION_WORDS: ReadonlySet<string> = new Set([
  'pemilu', 'pemilihan', 'pilkada', 'pilgub', 'pilbup', 'pilwalkot', 'pilwali', 'pilpres', 'pileg', 'kpu', 'kpud',
  'bawaslu', 'tps', 'kampanye', 'debat', 'paslon', 'capres', 'cawapres', 'cagub', 'cawagub', 'cabup', 'cawabup',
  'cawalkot', 'cawawalkot', 'cawali', 'calon', 'kandidat', 'caleg', 'nyalon', 'urut', 'coblos', 'nyoblos', 'mencoblos',
  'pencoblosan', 'pilih', 'milih', 'memilih', 'gubernur', 'bupati', 'walikota', 'presiden', 'pasangan',
]);

/** Words before "nomor 1" that call for a vote, so it is no idiom: "ayo nomor 1!", "pokoke nomer siji". */
export const BALLOT_LEADS: ReadonlySet<string> = new Set(['ayo', 'ayok', 'yuk', 'yok', 'mari', 'ingat', 'inget', 'lupa', 'lali', 'pokoknya', 'pokoke']);

/**
 * Abbreviations just before "no"/"nomor", or with a street name between, that make it an address:
 * "Jl. Sudirman No. 2", "Gg. Mawar no 3", "Blok C no 5". Not the words "jalan" or "gang", which are
 * also verbs and slang.
 */
export const ADDRESS_WORDS: ReadonlySet<string> = new Set(['jl', 'jln', 'gg', 'komplek', 'kompleks', 'perum', 'blok']);
/** The most words of a street name between an address word and "nomor": "Jl. KH Hasyim Asyari No. 12". */
export const MAX_STREET_WORDS = 3;
/**
 * Rooms and buildings named before "nomor", a word or two between: "ruang rapat nomor 2", "ruang tunggu
 * nomor 2", "Gedung B nomor 3" (right before the number NOT_BALLOT_BEFORE has them already). Not before
 * a number without "nomor": "ruang" is also room to act, "beri ruang 02" may be the pair's.
 */
export const ROOM_WORDS: ReadonlySet<string> = new Set(['ruang', 'ruangan', 'aula', 'gedung', 'kamar']); // "kamar mandi nomor 2"
/**
 * What a room is for, right after a room word: then a padded number after its name, without "nomor",
 * is the room's too: "Ruang Rapat 02", "ruang sidang utama 03" (where "beri ruang bagi 02" is not).
 */
export const ROOM_KINDS: ReadonlySet<string> = new Set([
  'rapat', 'sidang', 'pertemuan', 'meeting', 'tunggu', 'kerja', 'kelas', 'kuliah', 'ujian', 'arsip', 'server', 'tamu',
  'pimpinan', 'kepala', 'serbaguna', 'pelayanan', 'layanan', 'diklat', 'pelatihan', 'seminar', 'ibadah', 'laktasi', 'istirahat',
  'mandi', 'tidur', // "kamar mandi 02"
]);
/** The most words of a room's name between a room word and its number: "Ruang Rapat Utama 2". */
export const MAX_ROOM_NAME_WORDS = 2;
/**
 * A queue named before "nomor", a word or two between: "antrian puskesmas nomor 12", "antrean BPJS no
 * 5" (right before the number NOT_BALLOT_BEFORE has them already); read as ROOM_WORDS are.
 */
export const QUEUE_WORDS: ReadonlySet<string> = new Set(['antrian', 'antrean']);
/** Words that are no street name between an address word and "nomor": "Kompleks kami nomor 3 semua". */
export const NOT_A_STREET: ReadonlySet<string> = new Set(['kami', 'kita', 'saya', 'aku', 'kamu', 'kalian', 'mereka', 'semua', 'semuanya', 'sini', 'situ', 'itu', 'ini', 'warga', 'kompak', 'tetap']);

/**
 * Vote verbs after which a number followed by a counting word is a count, not a ballot number:
 * "pilih 2 orang perwakilan". After nouns ("paslon 2 orang baik") the number stays the ballot number.
 */
export const VOTE_VERBS: ReadonlySet<string> = new Set(['pilih', 'memilih', 'milih', 'coblos', 'mencoblos', 'nyoblos', 'dukung', 'menangkan']);

/** Counting words ("2 orang", "3 buah"); time words are left out: "coblos 2 hari Rabu" still means number two. */
export const COUNT_NOUNS: ReadonlySet<string> = new Set([
  'orang', 'buah', 'lembar', 'kotak', 'kursi', 'biji', 'ekor', 'unit', 'paket', 'item', 'pilihan', 'opsi', 'jawaban',
  'kandidat', 'calon', 'peserta', 'wakil', 'perwakilan', 'nama', 'tim', 'kelompok',
]);

/**
 * Words of a quiz or a form; after one of them "pilih 1 yang paling tepat" asks for an answer, where
 * "pilih 1 yang paling amanah" would be a vote call.
 */
export const QUIZ_WORDS: ReadonlySet<string> = new Set(['soal', 'kuis', 'quiz', 'jawaban', 'opsi', 'pertanyaan', 'pernyataan', 'ujian', 'tes', 'latihan', 'ganda']);
/**
 * Contests an office, a school or a village holds. After a vote verb's number, "buat", "untuk" or "di"
 * and one of them (a word such as "ya" may come first) say what is chosen: "Pilih nomor 2 ya buat lomba
 * foto" votes for an entry. An election is never called so.
 */
export const CONTEST_WORDS: ReadonlySet<string> = new Set(['lomba', 'perlombaan', 'kontes', 'kompetisi', 'sayembara']);
/** The words before a CONTEST_WORDS word that say the choice is for it. */
export const FOR_CONTEST: ReadonlySet<string> = new Set(['buat', 'untuk', 'di']);

/** What a quiz asks to pick: "pilih 1 yang (paling) tepat / benar / sesuai / salah". */
export const QUIZ_ANSWERS: ReadonlySet<string> = new Set(['tepat', 'benar', 'betul', 'sesuai', 'salah', 'keliru', 'cocok']);

export function ballotToken(n: number): string {
  return `<no:${n}>`;
}

// How a reader sees a ballot number (mentions, evidence) and the way back to its token (the review
// page marks evidence on the post's words): written and read here only.
export function ballotReading(n: number | string): string {
  return `nomor ${n}`;
}

/** Each ballot number reading in a lowercased phrase back to its token ("nomor 2" → "<no:2>"). */
export function ballotReadingsToTokens(phrase: string): string {
  return phrase.replace(/\bnomor (\d+)\b/g, (_m, n: string) => ballotToken(Number(n)));
}

/** A zero-padded two-digit number ("01"…"09") is read as a ballot number even without a cue. */
export function paddedBallot(token: string): number | undefined {
  return token.length === 2 && token[0] === '0' && token[1] !== '0' ? token.charCodeAt(1) - 48 : undefined;
}

/**
 * Other ways to say "vote" on a ballot, read as `coblos` right before a ballot number ("contreng nomor
 * 2", "tusuk 03", Betawi "colok nomer tiga"): elsewhere they are everyday words (a checkbox on a form,
 * a toothpick, a plug).
 */
export const OTHER_BALLOT_VERBS: ReadonlySet<string> = new Set(['contreng', 'nyontreng', 'mencontreng', 'tusuk', 'nusuk', 'menusuk', 'colok', 'nyolok', 'mencolok']);
