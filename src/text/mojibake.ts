// Repairs UTF-8 text that was decoded as Windows-1252 ("mojibake"), e.g. "ðŸ‘‡" → "👇", "Â " → NBSP.
// Exported feeds often arrive like this. Only runs that re-encode to *valid* UTF-8 multi-byte
// sequences are rewritten, so genuine Latin-1 text such as "café" is left alone.

// Windows-1252 maps 0x80–0x9F to these code points; the five undefined bytes pass through as C1 controls.
const CP1252_HIGH: Record<number, number> = {
  0x20ac: 0x80, 0x201a: 0x82, 0x0192: 0x83, 0x201e: 0x84, 0x2026: 0x85, 0x2020: 0x86, 0x2021: 0x87,
  0x02c6: 0x88, 0x2030: 0x89, 0x0160: 0x8a, 0x2039: 0x8b, 0x0152: 0x8c, 0x017d: 0x8e, 0x2018: 0x91,
  0x2019: 0x92, 0x201c: 0x93, 0x201d: 0x94, 0x2022: 0x95, 0x2013: 0x96, 0x2014: 0x97, 0x02dc: 0x98,
  0x2122: 0x99, 0x0161: 0x9a, 0x203a: 0x9b, 0x0153: 0x9c, 0x017e: 0x9e, 0x0178: 0x9f,
};

/** Byte value of a character under Windows-1252, or -1 when it has none. */
function cp1252Byte(code: number): number {
  if (code < 0x80) return code;
  if (code <= 0xff) return code; // Latin-1 range, including C1 controls for undefined bytes
  return CP1252_HIGH[code] ?? -1;
}

// A lead byte followed by mojibake continuation characters; cheap pre-check before the byte walk.
const SUSPECT = /[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]/;

export function hasMojibake(text: string): boolean {
  return SUSPECT.test(text);
}

function sequenceLength(lead: number): number {
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

const decoder = new TextDecoder('utf-8', { fatal: true });

// Exports often turn the NBSP of "Â\u00a0" into a plain space, leaving a stray "Â" before it.
const BROKEN_NBSP = /(?<![A-Z])\u00c2(?= |$)/g;

/**
 * Mojibake can be layered: a feed exported twice turns “ into "Ã¢â‚¬Å“". Each pass undoes one layer;
 * three passes cover every case seen, and a pass that changes nothing ends the loop.
 */
export function repairMojibake(input: string): string {
  let text = input;
  for (let pass = 0; pass < 3; pass++) {
    const repaired = repairOnce(text);
    if (repaired === text) break;
    text = repaired;
  }
  return text;
}

function repairOnce(input: string): string {
  const text = input.includes('\u00c2') ? input.replace(BROKEN_NBSP, '\u00a0') : input;
  if (!hasMojibake(text)) return text;
  let out = '';
  let i = 0;
  const n = text.length;
  while (i < n) {
    const lead = cp1252Byte(text.charCodeAt(i));
    const len = sequenceLength(lead);
    if (len > 0 && i + len <= n) {
      const bytes = new Uint8Array(len);
      bytes[0] = lead;
      let ok = true;
      for (let k = 1; k < len; k++) {
        const b = cp1252Byte(text.charCodeAt(i + k));
        if (b < 0x80 || b > 0xbf) { ok = false; break; }
        bytes[k] = b;
      }
      if (ok) {
        try {
          out += decoder.decode(bytes);
          i += len;
          continue;
        } catch {
          // not valid UTF-8 (overlong, surrogate): keep the original character
        }
      }
    }
    out += text[i];
    i++;
  }
  return out;
}
