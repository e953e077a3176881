import { describe, expect, it } from 'vitest';
import { cleanNonAscii, cleanUnicode, cleanUpNeeded } from '../../src/text/unicode.js';

describe('the fast paths of cleanUnicode', () => {
  it('lets through only text that every clean-up step leaves as it is, or only drops its joiners from', () => {
    let accepted = 0;
    let withJoiners = 0;
    const plain: string[] = [];
    for (let cp = 0x80; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const c = String.fromCodePoint(cp);
      const text = `e${c}${c}1 ${c}`; // beside a letter, a digit, a space and itself
      const needed = cleanUpNeeded(text);
      if (needed === 'all') continue;
      if (needed === 'joiners') {
        expect([0x200d, 0xfe0e, 0xfe0f], `U+${cp.toString(16)}`).toContain(cp); // a joiner itself
        expect(cleanUnicode(text)).toBe(cleanNonAscii(text));
        continue;
      }
      accepted++;
      plain.push(c);
      expect(cleanNonAscii(text), `U+${cp.toString(16)}`).toBe(text);
      // and with emoji joiners around it, beside an emoji and a BMP emoji: the fast path's text is the full clean-up's
      const joined = `\u200d${c}\ufe0f${c}\u200d🔥\ufe0e✌\ufe0f1 ${c}\ufe0f`;
      expect(cleanUpNeeded(joined), `U+${cp.toString(16)}`).toBe('joiners');
      expect(cleanUnicode(joined), `U+${cp.toString(16)}`).toBe(cleanNonAscii(joined));
      withJoiners++;
    }
    expect(accepted).toBeGreaterThan(5000);
    expect(withJoiners).toBe(accepted);
    // runs of different such characters too (a fixed pseudo-random pick)
    let seed = 7;
    const pick = (): string => plain[(seed = (seed * 1103515245 + 12345) % 2 ** 31) % plain.length];
    for (let k = 0; k < 20_000; k++) {
      const text = `${pick()}${pick()}a${pick()}\ufe0f${pick()}\u200d${pick()}`;
      expect(cleanUnicode(text), text).toBe(cleanNonAscii(text));
    }
  });

  it('takes ASCII and common emoji as they are, and sends the rest through every step', () => {
    for (const text of ['ayo coblos 02', 'ayo 🔥🔥 coblos 🙏 😂 🇮🇩 🤟 ✌ ☝ ❤ – ⚽', '']) {
      expect(cleanUpNeeded(text)).toBe('none');
      expect(cleanUnicode(text)).toBe(text);
    }
    expect(cleanUpNeeded('✌️ ❤️ 👨‍👩‍👧')).toBe('joiners');
    expect(cleanUnicode('✌️ ❤️ 👨‍👩‍👧')).toBe('✌ ❤ 👨👩👧');
    // a skin tone, keycap ten, a keycap, a fancy letter, an accent, an ellipsis, a no-break space, a lone surrogate
    for (const text of ['👍🏽', '🔟', '2⃣', '2️⃣', '𝐜𝐨𝐛𝐥𝐨𝐬', 'cóblos', 'ya…', 'a\u00a0b', 'a\ud83d b', 'a\udd25']) expect(cleanUpNeeded(text), text).toBe('all');
    expect(cleanUnicode('👍🏽 🔟 ✌️ 𝐜𝐨𝐛𝐥𝐨𝐬')).toBe('👍 10 ✌ coblos');
  });
});
