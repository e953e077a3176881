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
 * How much of cleanNonAscii a text needs (cleanUpNeeded): `none` for ASCII, plain emoji and plain
 * symbols only, which every step leaves as they are; `joiners` for those and emoji joiners (ZWJ,
 * variation selectors 15 and 16), which the invisibles step removes and no other step touches; `all`
 * for anything else.
 */
export type CleanUp = 'none' | 'joiners' | 'all';

const JOINER = /[\u200d\ufe0e\ufe0f]/g;
const isJoiner = (c: number): boolean => c === 0x200d || c === 0xfe0e || c === 0xfe0f;

// A BMP punctuation mark or symbol (✌ ☝ ❤ – ⚽ ±) that no step changes, alone or beside any other such
// character, ASCII or plain emoji: not invisible, no space, no keycap, no accented-Latin range, the same
// under NFKC (marks and symbols have combining class 0 and are never the second half of a composition,
// so a run of them stays NFKC too). Worked out per code point on first sight; test/text/unicode.test.ts
// checks every one.
const PUNCTUATION_OR_SYMBOL = /^[\p{P}\p{S}]$/u;
const OTHER_STEPS = new RegExp(`[${INVISIBLE_CLASS}\\u20e3]|${SPACES.source}|${ACCENTED_LATIN.source}`);
const UNSEEN = 0;
const PLAIN = 1;
const NOT_PLAIN = 2;
const bmpPlainness = new Uint8Array(0x10000);

function isPlainBmpSymbol(c: number): boolean {
  let known = bmpPlainness[c];
  if (known === UNSEEN) {
    const ch = String.fromCharCode(c);
    const plain = PUNCTUATION_OR_SYMBOL.test(ch) && !OTHER_STEPS.test(ch) && ch.normalize('NFKC') === ch;
    bmpPlainness[c] = known = plain ? PLAIN : NOT_PLAIN;
  }
  return known === PLAIN;
}

/**
 * How much clean-up `text` needs. 41 % of the feed's posts hold a character outside ASCII and plain
 * emoji, nearly all of them only BMP emoji with their variation selector ("✌️", "❤️") or a dash: those
 * need only the joiners dropped, not the five replaces and NFKC.
 */
export function cleanUpNeeded(text: string): CleanUp {
  let joiners = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    if (c >= 0xd800 && c <= 0xdfff) {
      if (!isPlainEmoji(text.codePointAt(i) as number)) return 'all'; // a lone surrogate is no emoji either
      i++; // past the second half of the pair
    } else if (isJoiner(c)) joiners = true;
    else if (!isPlainBmpSymbol(c)) return 'all';
  }
  return joiners ? 'joiners' : 'none';
}

export function cleanUnicode(text: string): string {
  const needed = cleanUpNeeded(text);
  if (needed === 'none') return text;
  return needed === 'joiners' ? text.replace(JOINER, '') : cleanNonAscii(text);
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
