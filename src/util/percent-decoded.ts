// Percent-decoding of text a client or an environment wrote, which may not be valid encoding ("100%", a
// cut-off "%E0%A4%A"): decodeURIComponent throws on it, and each caller decides what such text means.

/** The decoded text, or undefined when it is not valid percent-encoding. */
export function percentDecoded(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

/** The decoded text, or the text as written when it is not valid percent-encoding (a URL part read as pg reads it). */
export const percentDecodedOrAsWritten = (text: string): string => percentDecoded(text) ?? text;
