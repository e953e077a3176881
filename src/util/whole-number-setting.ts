// Whole-number settings from the environment, one rule for the service, the batch CLI and the review
// queue: digits only (Number() alone would take '0x10', '1e3' or '1.0'), within [min, max].

/** The value, or why it cannot be used (a message without the setting's name). */
export function wholeNumberSetting(raw: string, min: number, max = Number.MAX_SAFE_INTEGER): { value: number } | { problem: string } {
  // A minus sign is read, so that -1 is told what is allowed ("at least 0"), not that it is no whole number.
  const n = /^\s*-?\d+\s*$/.test(raw) ? Number(raw) + 0 : NaN; // + 0: -0 is 0
  if (!Number.isSafeInteger(n)) return { problem: 'must be a whole number' };
  if (n < min) return { problem: `must be at least ${min}` };
  if (n > max) return { problem: `must be at most ${max}` };
  return { value: n };
}
