// Numbers on the page. Probabilities are cut, not rounded, to the digits shown: 0.999911 rounded is
// "1.000", which reads as certainty the model never has; cut it is "0.999". Times are in WIB, the
// calendar the election stages are read by.
import { WIB_OFFSET_MS } from '../../elections/stage.js';

/**
 * A calibrated probability as a person reads it, cut to `digits`. It is never 0 or 1, but the scorer
 * rounds it to 6 digits, so 1 (or 0) can be stored: the ends read as bounds, "> 0.999" and "< 0.001",
 * never as a certainty ("1.000") or an impossibility ("0.000").
 */
export function probability(p: number, digits = 3): string {
  const scale = 10 ** digits;
  // The tiny nudge keeps values such as 0.287 (286.99999… after scaling) from dropping a digit.
  const cut = Math.floor(p * scale + 1e-9);
  if (cut >= scale) return `> ${((scale - 1) / scale).toFixed(digits)}`;
  if (cut <= 0) return `< ${(1 / scale).toFixed(digits)}`;
  return (cut / scale).toFixed(digits);
}

/** "28-11-2023 05:00 WIB" for 2023-11-27T22:00:00Z; an unreadable value is returned as it is. */
export function wibTime(iso: string): string {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return iso;
  const d = new Date(t + WIB_OFFSET_MS);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(d.getUTCDate())}-${two(d.getUTCMonth() + 1)}-${d.getUTCFullYear()} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())} WIB`;
}

/**
 * The same instant as an ISO 8601 time in WIB with its offset, "2023-11-28T05:00:00.000+07:00" for
 * 2023-11-27T22:00:00Z: the clock time a page shows, and still a time any program reads exactly. An
 * unreadable value is returned as it is.
 */
export function wibIsoTime(iso: string): string {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return iso;
  return `${new Date(t + WIB_OFFSET_MS).toISOString().slice(0, -1)}+07:00`;
}
