// A post's words as normalization reads them, one by one and in the short runs it reads together, each
// with its place in the text: where the written finder looks for a phrase's tokens (normalized-matches.ts).
import { codeParts } from './code-parts.js';
import type { WordReader } from './word-reader.js';
import { joinsSpacedLetters } from './spaced-letter-words.js';
import { afterPureCue, cueBefore, joinsZeroApart, readAfterCue } from './numbers-after-cue.js';
import { isBareNumber, type NormalizedWord } from './normalized-word.js';
import { verbBeforeBallot } from './verb-before-ballot.js';
import { readWithNext } from './read-with-next.js';
import { notBallotBefore, notBallotInPlace } from './plain-numbers.js';

/** Each whitespace-separated word of the text with the tokens normalization makes of it alone. */
export function normalizedWords(text: string, reader: WordReader): NormalizedWord[] {
  const out: NormalizedWord[] = [];
  // Punctuation and unseen characters around a word ("02!", "(02)", a bidi control before it) are left
  // out of it, a word of their own: they would keep the word from matching a phrase without them
  // ("nomor 2") and are not part of the mention. A hashtag's or account's sign stays: the whole tag is found.
  // A word keeps the marks after it: "2️⃣" is a keycap 2, "2" alone a bare number.
  for (const m of text.matchAll(/[#@]?[\p{L}\p{N}](?:\S*[\p{L}\p{N}])?\p{M}*|[^\s\p{L}\p{N}]+/gu)) {
    const word: NormalizedWord = { start: m.index, end: m.index + m[0].length, tokens: reader.tokens(m[0]) };
    const cue = cueBefore(text, out, out.length);
    if (joinsSpacedLetters(text, out, word, reader)) {
      // a letter typed apart is read with the letters before it ("c o b l o s"), as one word
    } else if (cue >= 0 && (isBareNumber(word) || afterPureCue(out[cue], word))) {
      readAfterCue(text, out, cue, word, reader);
    } else if (!joinsZeroApart(text, out, word, reader)) out.push(word);
    verbBeforeBallot(text, out, reader);
    readWithNext(text, out, reader);
    notBallotInPlace(text, out, reader);
    notBallotBefore(text, out, reader);
  }
  return splitCodes(text, out, reader);
}

/** Each slash code among `words` as its parts (code-parts.ts), once the words around have been read with it whole. */
function splitCodes(text: string, words: NormalizedWord[], reader: WordReader): NormalizedWord[] {
  if (!text.includes('/')) return words;
  return words.flatMap((w) => (w.parts ? undefined : codeParts(text, w, (s) => reader.tokens(s))) ?? [w]);
}
