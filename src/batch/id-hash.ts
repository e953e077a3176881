// Two 32-bit FNV-1a hashes of an id (different offset bases), computed in the scoring thread, so the
// main thread can tell repeated ids (repeated-ids.ts) without holding the ids: 64 bits make a false
// repeat among a million ids about one chance in 36 million.

/** Appends the record number and the id's two hashes (never both 0, the empty slot) to `out`. */
export function pushIdHash(out: number[], n: number, id: string): void {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < id.length; i++) {
    const c = id.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193);
  }
  a >>>= 0;
  b >>>= 0;
  out.push(n, a, a === 0 && b === 0 ? 1 : b);
}
