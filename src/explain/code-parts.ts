// The parts of a slash code as places of their own. Normalization reads a letter's number or a code
// ("800/123", "Nomor 800/123/BKD/2024") as one token per part ("<num> <num> bkd <num>"), and evidence
// over one part ("[angka] tahun" of "800/123 tahun 2024") must be placed on that part: read as one word,
// the code's tokens never equal the phrase's. A number in a code is never a ballot number ("800/02"):
// its part is marked so, as the whole code was.
import type { TextRange } from './text-range.js';

export interface CodePart extends TextRange {
  tokens: string[];
  notBallot?: true;
}

const PART = /[^/]+/g;
const ALNUM = /^[\p{L}\p{N}]+$/u;

/**
 * The parts of the word at `word` of `text`, split at its slashes, each with its token of the word's
 * tokens; undefined when it is no slash code or a part does not read alone as its token (a part
 * normalization reads as two words, a date read whole): then the word stays whole.
 * @param tokensOf the tokens normalization makes of a text alone
 */
export function codeParts(text: string, word: TextRange & { tokens: readonly string[] }, tokensOf: (s: string) => string[]): CodePart[] | undefined {
  const written = text.slice(word.start, word.end);
  if (!written.includes('/')) return undefined;
  const parts = [...written.matchAll(PART)];
  // a code's parts are letters and digits only: "2</b" is a number before markup, no code
  if (parts.length < 2 || parts.length !== word.tokens.length || !parts.every((p) => ALNUM.test(p[0]))) return undefined;
  const out: CodePart[] = [];
  for (let i = 0; i < parts.length; i++) {
    const token = word.tokens[i];
    const alone = tokensOf(parts[i][0]);
    // a number alone may read as a ballot number ("02"), which the code makes a plain one
    const sameNumber = token === '<num>' && alone.length === 1 && (alone[0] === '<num>' || alone[0].startsWith('<no:'));
    if (!sameNumber && !(alone.length === 1 && alone[0] === token)) return undefined;
    const start = word.start + parts[i].index;
    out.push({ start, end: start + parts[i][0].length, tokens: [token], ...(token === '<num>' ? { notBallot: true as const } : {}) });
  }
  return out;
}
