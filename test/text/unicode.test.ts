import { describe, expect, it } from 'vitest';
import { cleanNonAscii, cleanUnicode, needsNoCleanUp } from '../../src/text/unicode.js';

describe('the plain-emoji fast path of cleanUnicode', () => {
  it('lets through only text that every clean-up step leaves as it is', () => {
    let accepted = 0;
    for (let cp = 0x80; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const c = String.fromCodePoint(cp);
      const text = `e${c}${c}1 ${c}`; // beside a letter, a digit, a space and itself
      if (!needsNoCleanUp(text)) continue;
      accepted++;
      expect(cleanNonAscii(text), `U+${cp.toString(16)}`).toBe(text);
    }
    expect(accepted).toBeGreaterThan(2000);
  });

  it('takes ASCII and common emoji as they are, and sends the rest through every step', () => {
    for (const text of ['ayo coblos 02', 'ayo 🔥🔥 coblos 🙏 😂 🇮🇩 🤟', '']) {
      expect(needsNoCleanUp(text)).toBe(true);
      expect(cleanUnicode(text)).toBe(text);
    }
    // a skin tone, keycap ten, a keycap, an emoji with its variation selector, a fancy letter, an accent, a lone surrogate
    for (const text of ['👍🏽', '🔟', '2⃣', '✌️', '𝐜𝐨𝐛𝐥𝐨𝐬', 'cóblos', 'a\ud83d b', 'a\udd25']) expect(needsNoCleanUp(text), text).toBe(false);
    expect(cleanUnicode('👍🏽 🔟 ✌️ 𝐜𝐨𝐛𝐥𝐨𝐬')).toBe('👍 10 ✌ coblos');
  });
});
