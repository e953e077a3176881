// Generates realistic-looking Indonesian election posts from templates we wrote, for benchmarks.
// Deterministic for a seed; mixes slang, emoji, URLs, mentions, hashtags, leetspeak and mojibake.
import { mulberry32 } from '../../src/util/random.js';

const OPENERS = ['', 'Wkwk ', 'Bismillah, ', 'Jujur aja ', 'Gaes, ', 'Btw ', 'Duh ', 'Alhamdulillah ', 'Hmm ', 'Sumpah '];
const NAMES = ['Jokowi', 'Prabowo', 'bu Khofifah', 'Risma', 'Luluk', 'Gus Hans', 'mas Emil', 'Anies', 'Ganjar', 'Gibran', 'Airin', 'Andra Soni', 'Cak Imin'];
const NUMBERS = ['01', '02', '03', 'no.2', 'nomor urut 3', 'paslon 1', 'nomer 02', '0⃣2⃣', '1️⃣', 'no 1'];
const BODIES = [
  'ayo pilih {n} biar {place} makin maju!!!',
  'sy sih tetep {name}, gk ada yg lain 🔥🔥',
  'jgn pilih {name}, janjinya cuma omong doang',
  'debat semalem {name} keren bgt sih, jawabannya masuk akal',
  'survei terbaru: {name} unggul tipis di {place}',
  'yg penting tgl {day} datang ke TPS ya, gunakan hak pilihmu',
  'c0bl0s {n} pokoknya!!! ✌️',
  'kata temen kantor {name} itu pencitraan doang wkwkwk',
  'harga beras naik trs, siapapun yg menang tolong diperhatikan',
  'pilihhhh {n} gaspol menyala 🤟',
  'ASN wajib netral ya bapak ibu, jangan like/share konten kampanye',
  'hari ini macet parah di {place}, gara2 ada kampanye {name}',
  'orang2 pada ribut soal {name}, aku mah santai aja',
  'Berita: {name} blusukan ke pasar {place} pagi ini',
  'ojo lali nyoblos {n} rek, kudu menang!',
  'mangga urang pilih {name} nu bageur',
];
const PLACES = ['Surabaya', 'Malang', 'Jatim', 'Serang', 'Jakarta', 'Sidoarjo', 'Banten', 'Kediri', 'Madiun', 'Tangerang'];
const DAYS = ['27 November', '14/02/2024', '17 April 2019', '27-11-2024'];
const TAGS = ['#JokowiLagi', '#2019GantiPresiden', '#KhofifahEmil', '#RismaGusHans', '#PilkadaDamai', '#Coblos02', '#LulukLukman', '#ASNNetral', '#pilgubjatim', '#AMIN2024'];
const TAILS = ['', ' https://t.co/Ab3dE9xYz', ' pic.twitter.com/xYz12AbC', ' @kpu_jatim', ' @bawaslu_RI @detikcom', ' 😂😂', ' 🙏', ' ...'];

/** Re-encodes as UTF-8 bytes read as Windows-1252, the way broken exports arrive. */
export function toMojibake(text: string): string {
  const bytes = new TextEncoder().encode(text);
  const cp1252 = new TextDecoder('windows-1252');
  return cp1252.decode(bytes);
}

export function* syntheticPosts(count: number, seed = 42): Generator<string> {
  const rand = mulberry32(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
  for (let i = 0; i < count; i++) {
    let body = pick(BODIES)
      .replace('{n}', pick(NUMBERS))
      .replace('{name}', pick(NAMES))
      .replace('{place}', pick(PLACES))
      .replace('{day}', pick(DAYS));
    if (rand() < 0.3) body = body.toUpperCase();
    let post = `${pick(OPENERS)}${body}${rand() < 0.5 ? ` ${pick(TAGS)}` : ''}${rand() < 0.3 ? ` ${pick(TAGS)}` : ''}${pick(TAILS)} ${i % 997}`;
    if (rand() < 0.15) post = toMojibake(post);
    yield post;
  }
}
