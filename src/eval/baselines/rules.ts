// Keyword/rule baseline, for comparison only (labels are never made this way). It reads the same
// normalized, mention-typed tokens as the model and applies the guide's signals literally:
// call words near a candidate → ajakan; support words or campaign tags → dukungan; attack words near a
// candidate → serangan; else netral.
import type { PreparedPost } from '../../features/featurizer.js';
import { mentionsCandidate } from '../../elections/mentions.js';

const CALL = new Set(['ayo', 'mari', 'yuk', 'ayok', 'coblos', 'pilih', 'menangkan', 'jangan', 'dukung', 'sebarkan', 'nyoblos', 'contreng', 'tusuk']);
const SUPPORT = new Set(['menang', 'lanjutkan', 'tetap', 'menyala', 'gaspol', 'hebat', 'mantap', 'keren', 'terbaik', 'lagi', 'juara', 'bangga']);
const ATTACK = new Set(['korupsi', 'bohong', 'pembohong', 'pencitraan', 'gagal', 'buruk', 'bodoh', 'tipu', 'tertipu', 'hoaks', 'fitnah', 'curang', 'plonga', 'antek', 'boneka', 'dungu']);

export function ruleProbabilities(post: PreparedPost): number[] {
  const tokens = post.mentions.tokens;
  const hasCandidate = mentionsCandidate(tokens);
  const has = (set: Set<string>): boolean => tokens.some((t) => set.has(t));
  const tag = tokens.includes('<cand_tag>') || tokens.includes('<slogan>') || tokens.includes('<cand_gesture>');
  // one-hot "probabilities" with a little mass elsewhere so ranking metrics are defined
  const oneHot = (i: number, strength: number): number[] => {
    const p = [0, 0, 0, 0].map(() => (1 - strength) / 3);
    p[i] = strength;
    return p;
  };
  if (hasCandidate && has(CALL)) return oneHot(0, 0.8);
  if (tag || (hasCandidate && has(SUPPORT))) return oneHot(1, 0.7);
  if (hasCandidate && has(ATTACK)) return oneHot(2, 0.6);
  return oneHot(3, hasCandidate ? 0.55 : 0.9);
}
