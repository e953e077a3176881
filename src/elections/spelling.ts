// Spelling keys make "Khofifah", "kofifah" and "khofifa" the same: common Indonesian spelling variants
// (old spellings dj/tj/oe, kh/k, sy/s, Javanese dh/d, doubled letters, a silent final h) are folded away.
const FOLDS: [RegExp, string][] = [
  [/['’`]/g, ''],
  [/kh/g, 'k'],
  [/dj/g, 'j'],
  [/dh/g, 'd'], // Javanese dh, as often written d: Dhito/Dito, Ridho/Rido
  [/tj/g, 'c'],
  [/oe/g, 'u'],
  [/sy/g, 's'],
  [/ph/g, 'f'],
  [/v/g, 'f'],
  [/q/g, 'k'],
  [/([a-z])\1+/g, '$1'],
];

export function spellKey(word: string): string {
  let key = word.toLowerCase();
  for (const [re, to] of FOLDS) key = key.replace(re, to);
  // A silent final h after three or more letters. Not /(.{3,})h$/: unanchored, it retried from every
  // position, quadratic in a long token (a 10,000-character one took a third of a second).
  return key.length > 3 && key.endsWith('h') ? key.slice(0, -1) : key;
}

/** All strings one deletion away, for edit-distance-1 lookups (symmetric delete). */
export function deletions(key: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < key.length; i++) out.push(key.slice(0, i) + key.slice(i + 1));
  return out;
}
