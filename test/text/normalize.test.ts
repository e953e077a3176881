import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/text/normalize.js';
import { repairMojibake } from '../../src/text/mojibake.js';
import { cleanUnicode } from '../../src/text/unicode.js';
import { segmentHashtag } from '../../src/text/hashtag.js';

const words = (text: string): string => normalize(text).text;
const tokens = (text: string): string[] => normalize(text).tokens;

describe('mojibake repair', () => {
  it('repairs UTF-8 read as Windows-1252', () => {
    expect(repairMojibake('Berita ini ðŸ‘‡ pasti hoax ðŸ˜œ')).toBe('Berita ini 👇 pasti hoax 😜');
    expect(repairMojibake('selesaiÂ â€¦')).toBe('selesai\u00a0 …');
    expect(repairMojibake('selesaiÂ\u00a0â€¦')).toBe('selesai\u00a0…');
    expect(repairMojibake('itu â€œjanjiâ€\u009d doang')).toBe('itu “janji” doang');
  });
  it('undoes layered mojibake (a feed exported twice)', () => {
    // “ayo coblos” 1️⃣ 👍 encoded as UTF-8 and read as Windows-1252 twice over.
    const twice = '\u00c3\u00a2\u00e2\u201a\u00ac\u00c5\u201cayo coblos\u00c3\u00a2\u00e2\u201a\u00ac\u00c2\u009d 1\u00c3\u00af\u00c2\u00b8\u00c2\u008f\u00c3\u00a2\u00c6\u2019\u00c2\u00a3 \u00c3\u00b0\u00c5\u00b8\u00e2\u20ac\u02dc\u00c2\u008d';
    expect(repairMojibake(twice)).toBe('“ayo coblos” 1️⃣ 👍');
    expect(tokens(twice)).toEqual(tokens('“ayo coblos” 1️⃣ 👍'));
  });
  it('leaves genuine Latin-1 and clean text alone', () => {
    expect(repairMojibake('café Ménage')).toBe('café Ménage');
    expect(repairMojibake('biasa saja 👍')).toBe('biasa saja 👍');
  });
  it('feeds normalization: the emoji survive as tokens and NBSP becomes a space', () => {
    expect(tokens('Mantap ðŸ‘\u008d jokowiÂ lagi')).toEqual(['mantap', '👍', 'jokowi', 'lagi']);
  });
});

describe('unicode clean-up', () => {
  it('folds fancy letters, full-width forms and keycap digits', () => {
    expect(cleanUnicode('𝐜𝐨𝐛𝐥𝐨𝐬')).toBe('coblos');
    expect(cleanUnicode('ｐｉｌｉｈ')).toBe('pilih');
    expect(cleanUnicode('1️⃣ dan 0⃣2⃣')).toBe('1 dan 02');
  });
  it('reads the only keycap digit of a post as a ballot number, unless it counts or lists something', () => {
    expect(tokens('Ganjar-Mahfud 3️⃣ 🔥')).toContain('<no:3>');
    expect(tokens('Pokoknya 1️⃣ aja dulu')).toContain('<no:1>');
    expect(tokens('3️⃣ hari lagi menuju pencoblosan')).not.toContain('<no:3>');
    expect(tokens('H-3️⃣ pencoblosan')).not.toContain('<no:3>');
    expect(tokens('1️⃣ bawa KTP 2️⃣ datang ke TPS')).not.toContain('<no:1>');
    expect(tokens('RT 2️⃣ kerja bakti')).not.toContain('<no:2>');
    for (const text of ['Ranking 1️⃣ kinerja OPD', 'Butuh 2️⃣ relawan donor darah', 'juara 1️⃣ 🏆', 'Tinggal 3️⃣ pekan lagi', 'Top 3️⃣ kuliner']) {
      expect(tokens(text).join(' '), text).not.toMatch(/<no:/);
    }
    expect(tokens('Risma 3️⃣🔥')).toContain('<no:3>');
    expect(tokens('Pokoke 2️⃣!')).toContain('<no:2>'); // "ke" ends a word here, it is no rank
  });
  it('drops diacritics from Latin letters, Turkish dotted capitals included, and leaves other scripts', () => {
    expect(words('Khofífah cóblos KHOFİFAH manéh pılıh')).toBe('khofifah coblos khofifah maneh pilih');
    expect(cleanUnicode('بِسْمِ ✌️ ñ')).toBe('بِسْمِ ✌ n');
  });
  it('removes zero-width characters that split words', () => {
    expect(words('co\u200bblos no\u200d 2')).toBe('coblos <no:2>');
  });
});

describe('placeholders', () => {
  it('replaces URLs, mentions, e-mails, dates, times and numbers', () => {
    expect(words('cek https://t.co/AbC123 dan pic.twitter.com/xYz @KPU_RI ya')).toBe('cek <url> dan <url> <user> ya');
    expect(words('kirim ke relawan@contoh.id')).toBe('kirim ke <email>');
    expect(words('tgl 27/11/2024 jam 07.00 WIB ada 1.500 pemilih')).toBe('tanggal <date> jam <time> ada <num> pemilih');
    expect(words('pada 17 April 2019 dan 2024-02-14')).toBe('pada <date> dan <date>');
  });
  it('reads a number and a month name as a date only for whole month names and their abbreviations', () => {
    for (const t of ['27 Nopember', '5 Agt 2024', '1 Sept.', '3 Des', '14 Februari 2029', '2 Jan']) expect(words(t), t).toBe('<date>');
    // words that start like a month are no month: the ballot number before them stays
    expect(words('Nomor 22 jangan lupa, coblos 02 janji kita')).toBe('<no:22> jangan lupa coblos <no:2> janji kita');
    expect(words('bantuan untuk 3 desa, 2 mari kita, 5 sepeda, 10 novel')).toBe('bantuan untuk <num> desa <num> mari kita <num> sepeda <num> novel');
  });
  it('keeps the mentioned handles for candidate-account detection', () => {
    expect(normalize('halo @LulukHamidah dan @detikcom').handles).toEqual(['lulukhamidah', 'detikcom']);
  });
  it('counts the @handles a reply starts with (Twitter thread chrome), keeping them as <user> tokens and handles', () => {
    const reply = normalize('  @KhofifahIP\n@detikcom mantap bu');
    expect(reply.replyHandles).toBe(2);
    expect(reply.tokens).toEqual(['<user>', '<user>', 'mantap', 'bu']);
    expect(reply.handles).toEqual(['khofifahip', 'detikcom']);
    expect(normalize('@KhofifahIP').replyHandles).toBe(1);
    // handles inside the post, or written against punctuation, are the writer's words
    for (const text of ['@a: halo @b', 'kata @KPU_RI ayo', '@a@b halo']) expect(normalize(text).replyHandles, text).toBe(0);
    // Instagram and TikTok handles hold dots; a sentence's full stop is not part of a handle
    expect(normalize('@andika.perkasa semangat terus').replyHandles).toBe(1);
    expect(normalize('@andika.perkasa semangat terus').handles).toEqual(['andika.perkasa']);
    expect(normalize('cc @budi.').handles).toEqual(['budi']);
  });
  it('reads other ways to say vote as coblos right before a ballot number, and only there', () => {
    for (const t of ['contreng nomor dua', 'tusuk 02', 'nyontreng no. 2']) expect(words(t), t).toBe('coblos <no:2>');
    expect(words('colok nomer telu aje')).toBe('coblos <no:3> aje');
    for (const t of ['contreng kolom yang sesuai', 'tusuk gigi 2 bungkus', 'centang no 2 jika setuju']) expect(words(t), t).not.toContain('coblos');
  });
  it('keeps ballot numbers in every spelling', () => {
    for (const s of ['coblos 02', 'coblos no.2', 'coblos nomor urut 2', 'coblos nomer 02', 'coblos nomor dua', 'coblos 0⃣2⃣', 'coblos no2']) {
      expect(words(s), s).toBe('coblos <no:2>');
    }
    expect(words('paslon 1 vs paslon 3')).toBe('paslon <no:1> vs paslon <no:3>');
    expect(words('ada 3 orang')).toBe('ada <num> orang');
  });
  it('reads ballot numbers up to the highest Pileg party number, 24', () => {
    expect(words('coblos nomor 24')).toBe('coblos <no:24>');
    expect(words('coblos partai nomor 17')).toBe('coblos partai <no:17>');
    expect(words('coblos nomor 25')).toBe('coblos nomor <num>');
  });
  it('reads counts, addresses and times as numbers, not ballot numbers', () => {
    expect(words('tolong pilih 2 orang perwakilan')).toBe('tolong pilih <num> orang perwakilan');
    expect(words('pilih 2 org perwakilan')).toBe('pilih <num> orang perwakilan'); // slang read first
    expect(words('nomor 2 orang hebat')).toBe('<no:2> orang hebat'); // "nomor" makes it a number whatever follows
    expect(words('paslon 2 orang baik')).toBe('paslon <no:2> orang baik'); // after a noun too
    expect(words('coblos 2 hari rabu')).toBe('coblos <no:2> hari rabu'); // time words are not counts
    expect(words('Coblos 2, kali ini pasti menang')).toBe('coblos <no:2> kali ini pasti menang');
    expect(words('Coblos 1 kali saja, jangan dilipat')).toBe('coblos <num> kali saja jangan dilipat'); // once, as "coblos satu kali"
    expect(words('coblos 2 kali ini pasti menang')).toBe('coblos <no:2> kali ini pasti menang'); // this time
    expect(words('ayo pilih 2 ya')).toBe('ayo pilih <no:2> ya');
    // a share and a quiz's answer are counts too: "N dari M", and "N yang (paling) tepat" after a quiz word
    expect(words('Boleh pilih 2 dari 4 menu')).toBe('boleh pilih <num> dari <num> menu');
    expect(words('Cukup pilih 1 dari dua warna')).toBe('cukup pilih <num> dari dua warna');
    expect(words('Latihan soal 4: pilih 1 yang paling tepat')).toBe('latihan soal <num> pilih <num> yang paling tepat');
    expect(words('Kuis: pilih 2 yang benar ya')).toBe('kuis pilih <num> yang benar ya');
    expect(words('pilih 2 dari hati, pilih 2 yang paling jujur')).toBe('pilih <no:2> dari hati pilih <no:2> yang paling jujur');
    expect(words('Soal debat kemarin, pilih 3 yang paling siap')).toBe('soal debat kemarin pilih <no:3> yang paling siap');
    // after "nomor" alone, "dari" and a number make it a place in a row, unless contestants are counted
    expect(words('Anak saya nomor 2 dari 3 bersaudara')).toBe('anak saya nomor <num> dari <num> bersaudara');
    // (a child's place among siblings is a numbered thing, as "soal nomor dua" is: its spelled number kept as written)
    expect(words('Juara no urut 2 dari 30 peserta, anak nomor dua dari tiga bersaudara')).toBe('juara no urut <num> dari <num> peserta anak nomor dua dari tiga bersaudara');
    expect(words('Warga nomor dua dari tiga bersaudara')).toBe('warga nomor <num> dari tiga bersaudara');
    expect(words('Nomor 2 dari 3 paslon paling jujur')).toBe('<no:2> dari <num> paslon paling jujur');
    expect(words('ayo nomor 2 dari 3 ini, relawan nomor 3 dari desa sebelah')).toBe('ayo <no:2> dari <num> ini relawan <no:3> dari desa sebelah');
    // a percentage is a number, padded too; a decimal one stays one number
    expect(words('Diskon 02% hari ini, bunga 01 persen, naik 2,5%; coblos 02 menang 100%')).toBe('diskon <num> hari ini bunga <num> persen naik <num> coblos <no:2> menang <num>');
    expect(normalize('#67persen naik 02%').tokens).toEqual(['#67persen', '<num>', 'persen', 'naik', '<num>']);
    // numbered sizes, prayer rows, files, offers, menu items and goals
    expect(words('baju ukuran no 2, shaf nomor 2, berkas no 3, promo no. 2, menu nomor 4, gol nomor 2')).toBe('baju ukuran no <num> shaf nomor <num> berkas no <num> promo no <num> menu nomor <num> gol nomor <num>');
    // the ordinal after "urut" is the ballot number; elsewhere "ke-2" stays an ordinal
    expect(words('pilih nomor urut ke-2, paslon no urut ke 03; anak ke-2')).toBe('pilih <no:2> paslon <no:3> anak ke <num>');
    // spelled too ("nomor urut kedua", "urut ke dua"); an ordinal elsewhere stays a word
    expect(words('pilih nomor urut kedua, paslon no urut ketiga, nomor urut ke dua; yang kedua lebih baik')).toBe('pilih <no:2> paslon <no:3> <no:2> yang kedua lebih baik');
    expect(words('coblos nomor urut pertama, anak pertama, urut kesatu')).toBe('coblos <no:1> anak pertama <no:1>');
    // counted from an end of the row: "warung nomor 3 dari ujung", "foto nomor 2 dari kiri"
    expect(words('warung nomor 3 dari ujung, yang nomor 2 dari kiri')).toBe('warung nomor <num> dari ujung yang <no:2> dari kiri');
    // padded numbers counting up through a list of people (a roster) are places in it; a list of candidates is not
    expect(words('Piket hari ini: 01 Budi, 02 Sari, 03 Andi')).toBe('piket hari ini <num> budi <num> sari <num> andi');
    expect(words('Jaga TPS: 01. Pak Budi Santoso 02. Bu Sari')).toBe('jaga tps <num> pak budi santoso <num> bu sari');
    expect(words('01 Anies, 02 Prabowo, 03 Ganjar')).toBe('<no:1> anies <no:2> prabowo <no:3> ganjar');
    expect(words('01 fokus pangan, 02 makan siang gratis')).toBe('<no:1> fokus pangan <no:2> makan siang gratis');
    expect(words('01 Budi, 03 Sari, paslon 01 Budi')).toBe('<no:1> budi <no:3> sari paslon <no:1> budi'); // no count, a cue
    expect(words('kerja bakti RT 02 RW 01')).toBe('kerja bakti rt <num> rw <num>');
    // a road's kilometre mark
    expect(words('macet di KM 02 tol, rumah di km 3 jalan raya')).toBe('macet di km <num> tol rumah di km <num> jalan raya');
    // people called by number at a service counter
    expect(words('Pasien nomor 2 silakan masuk, nasabah no 3 ke loket')).toBe('pasien nomor <num> silakan masuk nasabah no <num> ke loket');
    expect(words('kumpul pukul 02 di lantai 03, TPS 01 dan SMP Negeri 02')).toBe('kumpul pukul <num> di lantai <num> tps <num> dan smp negeri <num>');
    expect(words('dukung 02 sampai menang')).toBe('dukung <no:2> sampai menang');
    // numbered things: "nomor" after them, or an address word and a street name of up to three words before it
    expect(words('Jawaban soal no 3 apa ya')).toBe('jawaban soal no <num> apa ya');
    expect(words('Antrian nomor 2 dipanggil')).toBe('antrean nomor <num> dipanggil');
    expect(words('Kantor pindah ke Jl. Sudirman No. 2')).toBe('kantor pindah ke jl sudirman no <num>');
    // street names of two or three words are as common as one ("Jl. Ahmad Yani", "Jl. KH Hasyim Asyari")
    expect(words('Jl Ahmad Yani no 3 ada pohon tumbang')).toBe('jl ahmad yani no <num> ada pohon tumbang');
    expect(words('Kantor di Jl. KH Hasyim Asyari No. 12')).toBe('kantor di jl kh hasyim asyari no <num>');
    expect(words('rapat tanggal 03, episode 02, pasal 02')).toBe('rapat tanggal <num> episode <num> pasal <num>');
    // but not ballot numbers near everyday words that look like it
    expect(words('Warga perum dukung nomor 2')).toBe('warga perum dukung <no:2>');
    expect(words('Tetap jalan bersama nomor 3!')).toBe('tetap jalan bersama <no:3> !');
    expect(words('Wis rek, nomer 2 ae')).toBe('wis rek <no:2> ae');
    expect(words('Satu rumah nomor 2 semua, absen 01 hadir')).toBe('satu rumah <no:2> semua absen <no:1> hadir');
    expect(words('Warga Perum Griya semua nomor 2, kompleks kami nomor 3')).toBe('warga perum griya semua <no:2> kompleks kami <no:3>');
    expect(words('Jl. Mawar, ayo coblos nomor 2')).toBe('jl mawar ayo coblos <no:2>'); // a call between, not a street
    expect(words('Perum Griya Asri pokoke nomor 2')).toBe('perum griya asri pokoke <no:2>');
    expect(words('Blok C no 5')).toBe('blok c no <num>');
  });
  it('reads the numbers of laws, regulations and letters as numbers, not ballot numbers', () => {
    expect(words('Cuti bersama diatur UU No 3 Tahun 2023')).toBe('cuti bersama diatur uu no <num> tahun <num>');
    expect(words('Mengacu Perda no. 2 dan Pergub nomor 4')).toBe('mengacu perda no <num> dan pergub nomor <num>');
    expect(words('Edaran nomor 5 thn 2024 soal apel pagi')).toBe('edaran nomor <num> tahun <num> soal apel pagi');
    expect(words('Nomor 1 tahun 2022 sudah dicabut')).toBe('nomor <num> tahun <num> sudah dicabut'); // "tahun" and a year
    expect(words('SK Nomor: 821/03/BKD/2023 sudah turun')).toBe('sk nomor <num> <num> bkd <num> sudah turun'); // a letter code
    expect(words('Arsip 6/SE/2022, rapat 28/09')).toBe('arsip <num> se <num> rapat <num> <num>'); // a day and month
    // a regulation word before its issuer and "nomor", with or without "Tahun": "Keputusan KPU Nomor 2"
    expect(words('Sesuai Keputusan KPU Nomor 2, jadwal rapat diubah')).toBe('sesuai keputusan kpu nomor <num> jadwal rapat diubah');
    expect(words('Peraturan KPU Nomor 8 dan SK Bupati Nomor 12')).toBe('peraturan kpu nomor <num> dan sk bupati nomor <num>');
    expect(words('Baca Perbup Sleman nomor 5 dan Instruksi Gubernur Jawa Timur No. 4')).toBe('baca perbup sleman nomor <num> dan instruksi gubernur jawa timur no <num>');
    expect(words('Surat Edaran Menteri PANRB Nomor 1 soal netralitas')).toBe('surat edaran menteri panrb nomor <num> soal netralitas');
    expect(words('Ingat SE Menpan RB nomor 21 dan SE Bupati No 3')).toBe('ingat se menpanrb nomor <num> dan se bupati no <num>');
    expect(words('Kader se-kabupaten nomor 2 semua')).toBe('kader se kabupaten <no:2> semua'); // the prefix "se-" (all of)
    // but not a ballot number a few words after such a word, nor with a vote word between
    expect(words('Keputusan saya tetap nomor 2')).toBe('keputusan saya tetap <no:2>');
    expect(words('Sesuai keputusan rapat, coblos nomor 2')).toBe('sesuai keputusan rapat coblos <no:2>');
    expect(words('Peraturan KPU jelas, paslon nomor 2 didiskualifikasi')).toBe('peraturan kpu jelas paslon <no:2> didiskualifikasi');
    expect(words('Keputusan warga: calon gubernur nomor 1')).toBe('keputusan warga calon gubernur <no:1>');
    // a comma ends the regulation's name: a candidate after it and "nomor 3" are a ballot number
    expect(words('Keputusan KPU, Ganjar nomor 3')).toBe('keputusan kpu ganjar <no:3>');
    expect(words('Perbup Sleman; Budi nomor dua')).toBe('perbup sleman budi <no:2>');
    expect(words('SK Kab. Sleman No 5')).toBe('sk kab sleman no <num>'); // an abbreviation's full stop does not
    // but two ballot numbers, or a number and a name, are no code
    expect(words('paslon 01/03 sama saja, coblos 02/Prabowo')).toBe('paslon <no:1> <no:3> sama saja coblos <no:2> prabowo');
  });
  it('reads numbered things and the idiom "X nomor 1" as no ballot numbers', () => {
    // places, seats, vehicles, songs, versions, routes and codes are numbered
    expect(words('Futsal sore di lapangan nomor 2, rumah dinas nomor 3 masih kosong')).toBe('futsal sore di lapangan nomor <num> rumah dinas nomor <num> masih kosong');
    expect(words('Duduk di kursi no 4 kapal nomor 5, putar lagu nomor 6')).toBe('duduk di kursi no <num> kapal nomor <num> putar lagu nomor <num>');
    expect(words('Update versi 02, naik bus jurusan 03, kode voucher 04')).toBe('update versi <num> naik bus jurusan <num> kode voucher <num>');
    // a range is as much a ballot number as its start
    expect(words('Rekap 02 sampai 05 sudah lengkap')).toBe('rekap <num> sampai <num> sudah lengkap');
    expect(words('paslon 01 sampai 03 sama saja')).toBe('paslon <no:1> sampai <no:3> sama saja');
    // "X nomor 1" outside an election post is the idiom, read like its spelled form
    expect(words('Kebersihan dapur nomor 1, jangan lengah')).toBe('kebersihan dapur nomor satu jangan lengah');
    expect(words('Dukung tim voli nomor 1 kita!')).toBe('dukung tim voli nomor satu kita !');
    expect(words('Brasil no 1 di hatiku')).toBe('brasil no satu di hatiku');
    // …but the ballot number at the start, after a vote call or a ballot word, or in a post about an election
    for (const text of ['Nomor 1 pokoke!', 'ayo nomor 1!', 'Inget no 1 ya', 'coblos no 1', 'pilih nomor 1', 'nomor urut 1']) {
      expect(words(text), text).toContain('<no:1>');
    }
    expect(words('Calon bupati Sukamaju nomor 1 blusukan ke pasar')).toBe('calon bupati sukamaju <no:1> blusukan ke pasar');
    expect(words('Anies nomor 1')).toBe('anies <no:1>'); // a candidate's name makes it an election post
    expect(words('ayo nomor satu!')).toBe('ayo <no:1> !'); // the spelled form too
    // and other numbers after things that are not numbered stay ballot numbers
    for (const text of ['Bu Sri nomor 2', 'kami nomer 3 pokoke', 'relawan 01 siap', 'paslon 02 menang']) expect(words(text), text).toMatch(/<no:[123]>/);
  });
  it('reads spelled numbers as ballot numbers only where a ballot is meant', () => {
    expect(words('Kesehatan keluarga nomor satu')).toBe('kesehatan keluarga nomor satu'); // the idiom
    expect(words('Ingat, nomor dua!')).toBe('ingat <no:2> !');
    expect(words('Jangan lupa coblos yang nomor satu ya')).toBe('jangan lupa coblos yang <no:1> ya');
    expect(words('Ojo lali nomer telu')).toBe('ojo lali <no:3>');
    expect(words("Pelle nomer duwa' lur, ja' lopa nomer tello'")).toBe('pelle <no:2> lur ja lopa <no:3>'); // Madurese
    expect(words('Milih sing nomer siji, coblos nu nomer hiji')).toBe('milih sing <no:1> coblos nu <no:1>'); // "yang" in Javanese, Sundanese
    // Minang, and other regional numbers
    expect(words('Jan lupo, coblos nomor tigo')).toBe('jan lupo coblos <no:3>');
    expect(words('Pilihlah nomor duo, dunsanak')).toBe('pilihlah <no:2> dunsanak');
    expect(words('Ingat nomor ciek!')).toBe('ingat <no:1> !');
    expect(words('Sate padang nomor ciek')).toBe('sate padang nomor ciek'); // the idiom, as with "satu"
    expect(words('nomer papat, nomor opat, coblos tolu')).toBe('<no:4> <no:4> coblos <no:3>');
    expect(words('Duo Srigala tampil malam ini')).toBe('duo srigala tampil malam ini'); // only after a cue
    expect(words('Coblos dua-duanya tidak sah, coblos satu per satu')).not.toContain('<no:');
    expect(words('coblos nomor dua')).toBe('coblos <no:2>');
    expect(words('nomor urut tiga')).toBe('<no:3>');
    expect(words('besok coblos dua ya')).toBe('besok coblos <no:2> ya');
    expect(words('coblos satu kali lalu lipat')).toBe('coblos <num> kali lalu lipat'); // once
    expect(words('coblos dua, kali ini pasti menang')).toBe('coblos <no:2> kali ini pasti menang');
    // after nouns, and before counted things or times, a spelled number is a count
    expect(words('Surat suara tidak sah kalau coblos dua gambar sekaligus')).not.toContain('<no:');
    expect(words('Kampanye capres dua minggu lagi selesai')).not.toContain('<no:');
    expect(words('Paslon satu per satu tampil, cagub tiga orang sudah daftar')).not.toContain('<no:');
    // after a contest role, a spelled number is otherwise the ballot number (it was a word): "paslon tiga", "cabup telu"
    expect(words('paslon tiga pasti menang, cabup telu juga')).toBe('paslon <no:3> pasti menang cabup <no:3> juga');
    expect(words('calon dua orang, kandidat satu pun tidak ada')).not.toContain('<no:'); // everyday nouns: no cue
    expect(words('Tiga paslon, tiga tim sukses')).toBe('tiga paslon <num> tim sukses'); // a comma between, as after coblos
    // Pileg party numbers go up to 24: spelled numbers of several words are one ballot number
    expect(words('Coblos nomor dua puluh empat, pilih nomor dua puluh satu')).toBe('coblos <no:24> pilih <no:21>');
    expect(words('Pilih partai nomor dua belas, coblos sepuluh')).toBe('pilih partai <no:12> coblos <no:10>');
    expect(words('Urang mah milih nomer dua puluh dua, hayu coblos nomer opat likur')).toBe('urang mah milih <no:22> hayu coblos <no:24>');
    expect(words('Ayo coblos nomer selikur, ojo lali nomer rolikur')).toBe('ayo coblos <no:21> ojo lali <no:22>'); // Javanese 21, 22
    expect(words('nomor tiga puluh, coblos dua puluh lima')).toBe('nomor <num> coblos <num>'); // above 24: no ballot number, and not 3 or 2
    // …and only where a single spelled number would be one
    expect(words('dua puluh empat jam nonstop')).toBe('dua puluh empat jam nonstop');
    expect(words('Antrian nomor dua puluh dipanggil')).toBe('antrean nomor dua puluh dipanggil');
    expect(words('coblos dua puluh kali')).toBe('coblos <num> kali');
    expect(words('prabowo02 menang, gibran02')).toBe('prabowo <no:2> menang gibran <no:2>'); // stuck to a name
    expect(words('semua01 hadir, amin01')).toBe('semua01 hadir amin01'); // slogan and dictionary words are no names
    expect(words('covid19 tps01 posko02 zona01')).toBe('covid19 tps01 posko02 zona01'); // codes, not names
  });
});

describe('word-level normalization', () => {
  it('undoes elongation, keeping real double letters', () => {
    expect(words('pilihhhh mantaaaap')).toBe('pilih mantap');
    expect(words('saaaat ini')).toBe('saat ini');
  });
  it('undoes leetspeak but not ordinary alphanumerics', () => {
    expect(words('c0bl0s p1l1h m3n4ng')).toBe('coblos pilih menang');
    // digits in a row between letters: read only into a known word, so a code or a random string keeps them
    expect(words('s44t y4ng b41k')).toBe('saat yang baik');
    expect(words('kode vjigt63warh')).toBe('kode vjigt63warh');
    // one digit at the end: read into a known word, unless the letters before it are a word themselves
    // (a class, a rank, a place written against its number), the reading is unknown, or it is slang
    expect(words('4ku jug4 ad4 s1n1')).toBe('aku juga ada sini');
    expect(words('kelas1 top1 juara1 covid19 jatim1 ri1 se7')).toBe('kelas1 top1 juara1 covid19 jatim1 ri1 setuju');
    expect(words('covid19 g20')).toBe('covid19 g20');
    expect(words('guru PPPK dan P3K, wabah H5N1')).toBe('guru pppk dan p3k wabah h5n1'); // known words, kept
  });
  it('keeps ballot numbers written to slip past filters', () => {
    expect(words('m4r1 c0bl0s n0 2 ya')).toBe('mari coblos <no:2> ya'); // "n0" is too short for letter-digit-letter
    expect(words('p1l1h n0.3')).toBe('pilih <no:3>');
    expect(words('ayo coblos 0 1, c.o.b.l.o.s 0.2')).toBe('ayo coblos <no:1> coblos <no:2>'); // "0 1" is 01
    // only after a ballot cue: a score is two numbers
    expect(words('Timnas kalah 0 2 dari Jepang')).toBe('timnas kalah <num> <num> dari jepang');
    expect(words('Skor 0 2, tim kami menang 0 1 di kandang')).toBe('skor <num> <num> tim kami menang <num> <num> di kandang');
    // a score or a range written with a hyphen is two numbers too, not one number of its digits
    expect(words('Timnas kalah 0-2 dari Jepang, libur 2-3 hari')).toBe('timnas kalah <num> <num> dari jepang libur <num> <num> hari');
    for (const t of ['ayo coblos 0-2', 'ayo c-o-b-l-o-s 0-2']) expect(words(t), t).toBe('ayo coblos <no:2>'); // after a ballot cue it is 02, as "0 2" is
    expect(words('c0bl0s 0 3 gaes')).toBe('coblos <no:3> gaes');
    expect(words('naik 0,2 persen, turun 0.3 persen')).toBe('naik <num> persen turun <num> persen'); // decimals
    expect(words('jangan lupa c*blos, p*l*h n*mor 3')).toBe('jangan lupa coblos pilih <no:3>'); // a star for a letter
    expect(words('dasar k*cing')).toBe('dasar k cing'); // other starred words are left alone
  });
  it('separates rupiah from an amount written against it', () => {
    expect(words('harga Rp12.500 atau rp.50 ribu')).toBe('harga rp <num> atau rp <num> ribu');
    expect(normalize('hadiah #rp2juta').tokens).toContain('#rp2juta'); // not inside a hashtag
  });
  it('joins spaced letters', () => {
    expect(words('c o b l o s dia')).toBe('coblos dia');
    expect(words('C.O.B.L.O.S')).toBe('coblos');
    // a wider gap, or a line break, parts words: they are not joined into one
    expect(words('A Y O   C O B L O S   N O M O R   2')).toBe('ayo coblos <no:2>');
    // a two-digit party number spaced like the letters of its cue; not elsewhere (a score "2 1")
    expect(words('C O B L O S   N O M O R   2 1')).toBe('coblos <no:21>');
    expect(words('p i l i h   n o m o r   2 4 ya, skor 2 1, nomor 2 1 suara')).toBe('pilih <no:24> ya skor <num> <num> <no:2> <num> suara');
    expect(words('d u k u n g  b u d i  s i t i')).toBe('dukung budi siti');
    expect(words('s e l a m a t\np a g i')).toBe('selamat pagi');
    expect(words('a  b c d')).toBe('a bcd');
    // letters beyond the BMP too, and an emoji between spaces is no letter (no emoji block holds one)
    expect(words('𐌰 𐌱 𐌲   𐌳 𐌴 𐌵 🔥 ok')).toBe('𐌰𐌱𐌲 𐌳𐌴𐌵 🔥 ok');
    for (let cp = 0x1f000; cp <= 0x1fbff; cp++) expect(/\p{L}/u.test(String.fromCodePoint(cp))).toBe(false);
  });
  it('collapses repeated punctuation into one token', () => {
    expect(tokens('ayo!!!! kenapa???')).toEqual(['ayo', '!', 'kenapa', '?']);
  });
  it('treats orang2 and orang-orang alike', () => {
    expect(words('orang2')).toBe('orang-orang');
    expect(words('orang-orang')).toBe('orang-orang');
    expect(words('dipikir-pikir')).toBe('dipikir-pikir');
    expect(words('khofifah-emil')).toBe('khofifah emil');
    // a vote word or contest role doubled is its plural or "choosy": no ballot number 2
    expect(words('jangan pilih2 teman, para calon2 kades, capres2 sama saja')).toBe('jangan pilih-pilih teman para calon-calon kades capres-capres sama saja');
    expect(words('coblos2 nomor2')).toBe('coblos <no:2> <no:2>'); // the ballot verb and "nomor" keep their number
  });
  it('reads a digit-"an" reduplication as its hyphenated form, listed in the slang dictionary or not', () => {
    expect(words('syukuran kecil2an')).toBe('syukuran kecil-kecilan');
    expect(words('syukuran kecil-kecilan')).toBe('syukuran kecil-kecilan');
    expect(words('deg2an, ngos2an, besar2an')).toBe('deg-degan ngos-ngosan besar-besaran');
    expect(words('mdh2an lancar')).toBe('mudah-mudahan lancar'); // the dictionary's reading of a shortened root
  });
  it('normalizes slang from our dictionary', () => {
    expect(words('yg gk mau dgn sy jgn')).toBe('yang tidak mau dengan saya jangan');
    expect(words('bgt aja tp klo')).toBe('banget saja tapi kalau');
  });
  it('passes regional words through untouched', () => {
    expect(words('ojo lali nyoblos rek, kudu milih sing apik')).toBe('ojo lali nyoblos rek kudu milih sing apik');
    expect(words('mangga urang pilih nu bageur')).toBe('mangga urang pilih nu bageur');
    expect(words('gue kagak mau golput')).toBe('gue kagak mau golput');
  });
});

describe('hashtags', () => {
  it('segments by case, digits and dictionary', () => {
    expect(segmentHashtag('2019GantiPresiden')).toEqual(['2019', 'ganti', 'presiden']);
    expect(segmentHashtag('JokowiLagi')).toEqual(['jokowi', 'lagi']);
    expect(segmentHashtag('gantipresiden')).toEqual(['ganti', 'presiden']);
    expect(segmentHashtag('pilkadadamai')).toEqual(['pilkada', 'damai']);
  });
  it('keeps an all-capitals acronym whole, joins a prefix to its root, and knows regional words', () => {
    expect(segmentHashtag('KORPRI')).toEqual(['korpri']); // not "kor pri"; "#Korpri" already was whole
    expect(segmentHashtag('GANTIPRESIDEN')).toEqual(['ganti', 'presiden']); // capitals made of whole words still split
    expect(segmentHashtag('ASNBerAKHLAK')).toEqual(['asn', 'berakhlak']);
    expect(segmentHashtag('asnberakhlak')).toEqual(['asn', 'berakhlak']);
    expect(segmentHashtag('beritaterkini')).toEqual(['berita', 'terkini']);
    expect(segmentHashtag('minangkabau')).toEqual(['minangkabau']);
    expect(segmentHashtag('urangminang')).toEqual(['urang', 'minang']);
    expect(segmentHashtag('rendangminang')).toEqual(['rendang', 'minang']);
  });
  it('knows the election configs\' names in lowercase tags, so the candidate is not cut apart', () => {
    expect(segmentHashtag('jokowilagi')).toEqual(['jokowi', 'lagi']);
    expect(segmentHashtag('pilihkhofifah')).toEqual(['pilih', 'khofifah']);
    expect(segmentHashtag('khofifahemil')).toEqual(['khofifah', 'emil']);
    expect(segmentHashtag('prabowomenang')).toEqual(['prabowo', 'menang']);
    expect(segmentHashtag('burisma')).toEqual(['bu', 'risma']);
  });
  it('does not cut ordinary names apart around a candidate\'s name', () => {
    for (const tag of ['chandra', 'emily', 'emilia', 'sandra', 'gibrani']) expect(segmentHashtag(tag).some((w) => ['andra', 'emil', 'gibran'].includes(w)), tag).toBe(false);
  });
  it('splits a ballot cue off the number that ends a tag, keeping the name before it whole', () => {
    expect(segmentHashtag('WASISnomor1')).toEqual(['wasis', 'nomor', '1']);
    expect(segmentHashtag('wasisnomor1')).toEqual(['wasis', 'nomor', '1']);
    expect(segmentHashtag('SURYAnomer2')).toEqual(['surya', 'nomer', '2']);
    expect(segmentHashtag('WASISno1')).toEqual(['wasis', 'no', '1']); // "no" only where case marks it
    expect(segmentHashtag('AyoCoblos2')).toEqual(['ayo', 'coblos', '2']);
    for (const tag of ['Kasino1', 'Dino2', 'bruno1', 'nomor1']) expect(segmentHashtag(tag), tag).not.toContain('no');
    expect(normalize('#WASISnomor1').text).toBe('wasis nomor satu');
  });
  it('keeps the hashtag as a token and its words in the text', () => {
    const n = normalize('Mantap #2019GantiPresiden');
    expect(n.tokens).toContain('#2019gantipresiden');
    expect(n.text).toBe('mantap <num> ganti presiden');
    expect(n.hashtags).toEqual(['2019gantipresiden']);
  });
});

describe('emoji and gestures', () => {
  it('keeps emoji as tokens', () => {
    expect(tokens('keren 🔥🔥 🇮🇩')).toEqual(['keren', '🔥', '🔥', '🇮🇩']);
  });
  it('turns ballot gestures into gesture tokens, with or without skin tone', () => {
    expect(tokens('☝️ ✌🏽 🤟')).toEqual(['<gesture:1>', '<gesture:2>', '<gesture:3>']);
    expect(words('salam dua jari')).toBe('salam <gesture:2>');
    expect(words('tiga jari 🤟 sampai akhir')).toBe('<gesture:3> <gesture:3> sampai akhir');
    expect(words('pakai 2 jari di touchpad, jari kelingking bengkak')).toBe('pakai <num> jari di touchpad jari kelingking bengkak');
    expect(words('foto wisuda gayanya dua jari semua')).toBe('foto wisuda gayanya dua jari semua');
    expect(words('Foto bareng gaya 2 jari, tunjukkan tiga jari kalian')).toBe('foto bareng gaya <gesture:2> tunjukkan <gesture:3> kalian');
  });
  it('reads a spoken gesture written in leetspeak, cue, number word and "jari" alike, and still only after a cue or before an emoji', () => {
    expect(words('Ayo s4lam du4 j4ri')).toBe('ayo salam <gesture:2>');
    expect(words('S4LAM 2 JAR1')).toBe('salam <gesture:2>');
    expect(words('p0se t1g4 jari ya')).toBe('pose <gesture:3> ya');
    expect(words('du4 j4ri ✌')).toBe('<gesture:2> <gesture:2>');
    expect(words('pakai 2 j4ri di touchpad')).toBe('pakai <num> jari di touchpad');
    for (const t of ['Ayo s4lam du4 j4ri', 'p0se t1g4 jari ya']) expect(words(words(t))).toBe(words(t));
  });
});
