// Indonesian stopwords from natural (deep import), minus the function words that carry partisan
// meaning here: imperatives and negations direct votes ("jangan pilih", "ayo", "harus menang").
import { requireNatural } from './resources.js';

const KEEP = new Set([
  'jangan', 'ayo', 'mari', 'harus', 'tidak', 'bukan', 'lagi', 'tetap', 'saya', 'kita', 'kami', 'aku',
  'pilih', 'menang', 'lanjutkan', 'dukung', 'semua', 'siapa', 'siapapun', 'akan', 'pasti', 'yuk',
]);

let words: Set<string> | undefined;

export function stopwords(): Set<string> {
  if (words) return words;
  const list = (requireNatural('natural/lib/natural/util/stopwords_id.js') as { words: string[] }).words;
  words = new Set(list.filter((w) => !KEEP.has(w)));
  return words;
}

export function isStopword(token: string): boolean {
  return stopwords().has(token);
}
