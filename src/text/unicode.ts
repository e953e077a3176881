// Unicode clean-up: compatibility forms (fancy letters, full-width), invisible characters and keycap digits.

// Zero-width and formatting characters that split words without showing anything. ZWJ goes too:
// emoji sequences then fall apart into their parts, which are still emoji tokens.
/** The invisible characters as a regex class body, shared with the blank-text check (pipeline/limits.ts). */
export const INVISIBLE_CLASS = '\\u00ad\\u034f\\u061c\\u115f\\u1160\\u17b4\\u17b5\\u180e\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u206f\\ufe00-\\ufe0f\\ufeff';
const INVISIBLE = new RegExp(`[${INVISIBLE_CLASS}]|\\udb40[\\udc00-\\udc7f]`, 'g');
// Skin-tone modifiers carry no meaning for us and would split gesture emoji.
const SKIN_TONE = /\ud83c[\udffb-\udfff]/g;
// "1️⃣" is digit + (VS16) + U+20E3; VS16 is removed with the invisibles first.
const KEYCAP = /([0-9#*])\u20e3/g;
const KEYCAP_RUN = /(?:[0-9#*]\u20e3)+/g;
// A lone keycap digit is how campaign captions write a ballot number ("Ganjar–Mahfud 3️⃣", "Pokoknya
// 1️⃣ aja"): where it ends a phrase (end, punctuation, emoji) or a cheering particle follows. Not where a
// word follows ("Butuh 2️⃣ relawan", "3️⃣ hari lagi"), nor after a rank or countdown ("juara 1️⃣",
// "Ranking 1️⃣", "H-3️⃣").
const LONE_KEYCAP =
  /(?<![\p{L}\p{N}-])(?<!(?<![\p{L}\p{N}])(?:juara|ranking|rangking|peringkat|top|level|lantai|ke|mundur|tinggal|hari|nomor|no)\s*:?\s*)([1-9])\u20e3(?=\s*(?:$|[^\p{L}\p{N}\s]|(?:aja|ae|wae|saja|ya|yo|lah|pasti|menang|menyala|juara|gas|lanjut|terus|mantap)(?![\p{L}\p{N}])))/iu;
const KEYCAP_TEN = /\ud83d\udd1f/g;
const SPACES = /[\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/g;
/**
 * Emoji of the astral pictograph blocks and flag letters (🔥, 🙏, 😂, 🇮🇩 …), not skin tones nor 🔟:
 * cleanNonAscii changes none of them, alone or beside others (test/text/unicode.test.ts checks every one).
 */
const isPlainEmoji = (cp: number): boolean =>
  (cp >= 0x1f1e6 && cp <= 0x1f1ff) || (cp >= 0x1f300 && cp <= 0x1faff && (cp < 0x1f3fb || cp > 0x1f3ff) && cp !== 0x1f51f);
// Latin letters with diacritics ("Khofífah", "cóblos", Turkish-keyboard "KHOFİFAH"): Indonesian writes
// none, so they are typos or decoration, and "İ" would even lowercase into "i" + a combining dot.
const ACCENTED_LATIN = /[\u00c0-\u024f\u1e00-\u1eff]/;
const MARK_AFTER_LATIN = /(\p{Script=Latin})\p{M}+/gu;

/** Keycap digits as digits; the only keycap of a post, a lone 1–9, as a padded ballot number ("03"). */
function keycaps(text: string): string {
  if (!text.includes('\u20e3')) return text; // nearly every post: no keycap, no regex run
  const runs = text.match(KEYCAP_RUN);
  if (runs === null) return text;
  if (runs.length === 1 && runs[0].length === 2) {
    const lone = text.replace(LONE_KEYCAP, '0$1');
    if (lone !== text) return lone;
  }
  return text.replace(KEYCAP, '$1');
}

/**
 * Whether `text` is ASCII and plain emoji only, which cleanUnicode leaves as they are: about half of
 * all posts, which then skip its steps (NFKC alone costs more than this loop).
 */
export function needsNoCleanUp(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) < 0x80) continue;
    if (!isPlainEmoji(text.codePointAt(i) as number)) return false; // a lone surrogate is no emoji either
    i++; // past the second half of the pair
  }
  return true;
}

export function cleanUnicode(text: string): string {
  return needsNoCleanUp(text) ? text : cleanNonAscii(text);
}

/** Every clean-up step; exported for the test that holds needsNoCleanUp to it. */
export function cleanNonAscii(text: string): string {
  const out = keycaps(text.replace(INVISIBLE, '').replace(SKIN_TONE, ''))
    .replace(KEYCAP_TEN, '10')
    .normalize('NFKC') // 𝐜𝐨𝐛𝐥𝐨𝐬 → coblos, ｐｉｌｉｈ → pilih, ① → 1
    .replace(SPACES, ' ');
  // "ı" (dotless i) has no decomposition: folded by hand, as Turkish keyboards type it for "i".
  return ACCENTED_LATIN.test(out) ? out.normalize('NFD').replace(MARK_AFTER_LATIN, '$1').normalize('NFC').replace(/ı/g, 'i') : out;
}
