// Evaluative-lexicon features: one typed feature for each insult, mockery or accusation (`x:neg`) and
// each praise (`x:pos`) word of data/evaluative-words.tsv, and its conjunction with "the post names a
// candidate or party" (`x:neg+m`, `x:pos+m`). A rare insult has a unigram weight fitted on a few posts;
// through the family feature it shares what every insult beside a candidate taught the model.
// Entries are read through the pipeline's own normalization and stemming, so affixed and slang forms
// match ("dibohongi", "pembohong": bohong); an entry written "=word" matches the normalized word
// unstemmed, for words whose stem is an everyday one (merakyat: rakyat). An entry marked `none` is an
// everyday phrase whose words evaluate no one ("berani jujur hebat", the anti-corruption slogan): it is
// matched like the others, longest first, and emits nothing, so its words are not read as praise.
import { readDataLines } from '../text/resources.js';
import { normalize } from '../text/normalize.js';
import { stem } from '../text/stem.js';
import type { FeatureConfig, FeatureSink } from './extract.js';

/** Prefix of the lexicon features (their IDF can be scaled as a group: Vocabulary.scaled). */
export const EVALUATIVE_PREFIX = 'x:';

export type Polarity = 'neg' | 'pos';
/** An entry's polarity, or `none` for an everyday phrase whose words praise or insult no one. */
type EntryPolarity = Polarity | 'none';

/**
 * Which lexicon features a model uses (FeatureConfig.evaluativeLexicon): `words` — `x:neg`/`x:pos` in
 * every post and their `+m` conjunctions in posts naming a candidate or party; `named` — the
 * conjunctions only.
 */
export type EvaluativeMode = 'words' | 'named';

export interface LexiconEntry {
  /** Stems (or, for an unstemmed entry, normalized words) of the entry's words, in order. */
  words: string[];
  stemmed: boolean;
  polarity: EntryPolarity;
}

/** Entries by their first word (a stem, or the word itself for unstemmed ones), longest first. */
export type EvaluativeLexicon = Map<string, LexiconEntry[]>;

const PLAIN = /^[a-z]+(-[a-z]+)?$/; // a word the lexicon can hold (no placeholder, number or emoji)

/** The lexicon of `lines` (`entry<TAB>neg|pos|none`); a malformed line is an error naming it. */
export function parseEvaluativeLexicon(lines: readonly string[], file = 'data/evaluative-words.tsv'): EvaluativeLexicon {
  const lexicon: EvaluativeLexicon = new Map();
  for (const line of lines) {
    const [raw, polarity] = line.split('\t');
    if (!raw || (polarity !== 'neg' && polarity !== 'pos' && polarity !== 'none')) throw new Error(`${file}: malformed line: ${line}`);
    const stemmed = !raw.startsWith('=');
    const tokens = normalize(stemmed ? raw : raw.slice(1)).tokens;
    if (tokens.length === 0 || !tokens.every((t) => PLAIN.test(t))) throw new Error(`${file}: ${raw} does not normalize to plain words (${tokens.join(' ')})`);
    const words = stemmed ? tokens.map(stem) : tokens;
    const list = lexicon.get(words[0]) ?? [];
    list.push({ words, stemmed, polarity });
    list.sort((a, b) => b.words.length - a.words.length);
    lexicon.set(words[0], list);
  }
  return lexicon;
}

let shipped: EvaluativeLexicon | undefined;

export function evaluativeLexicon(): EvaluativeLexicon {
  shipped ??= parseEvaluativeLexicon(readDataLines('evaluative-words.tsv'));
  return shipped;
}

/** Whether an entry of the shipped lexicon can start at a token with this stem (or spelled so). */
export function mayStartEntry(stem: string, token: string, lexicon = evaluativeLexicon()): boolean {
  return lexicon.has(stem) || lexicon.has(token);
}

/** The longest entry that starts at token i, or undefined. */
function matchAt(lexicon: EvaluativeLexicon, tokens: readonly string[], stems: readonly string[], i: number): LexiconEntry | undefined {
  const best = longestAt(lexicon.get(stems[i]), tokens, stems, i, undefined);
  return tokens[i] === stems[i] ? best : longestAt(lexicon.get(tokens[i]), tokens, stems, i, best);
}

/** The longest of `entries` (longest first) that matches at token i and is longer than `best`, else `best`. */
function longestAt(entries: readonly LexiconEntry[] | undefined, tokens: readonly string[], stems: readonly string[], i: number, best: LexiconEntry | undefined): LexiconEntry | undefined {
  if (entries === undefined) return best;
  for (const e of entries) {
    if (best && best.words.length >= e.words.length) break;
    const seq = e.stemmed ? stems : tokens;
    let k = 0;
    while (k < e.words.length && seq[i + k] === e.words[k]) k++;
    if (k === e.words.length) return e;
  }
  return best;
}

// The feature names as constants: the scorer looks them up for every match.
const PLAIN_FEATURE = { neg: `${EVALUATIVE_PREFIX}neg`, pos: `${EVALUATIVE_PREFIX}pos` } as const;
const NAMED_FEATURE = { neg: `${EVALUATIVE_PREFIX}neg+m`, pos: `${EVALUATIVE_PREFIX}pos+m` } as const;

/**
 * Emits the lexicon features of a post, one occurrence per matched entry with its words' span; an
 * entry's words are not matched again inside it. Nothing when the config has no evaluativeLexicon.
 * @param named whether the post names a candidate or party (mentionsCandidate)
 */
export function extractEvaluativeFeatures(tokens: readonly string[], stems: readonly string[], named: boolean, config: FeatureConfig, emit: FeatureSink, lexicon = evaluativeLexicon()): void {
  const mode = config.evaluativeLexicon;
  if (mode === undefined || (mode === 'named' && !named)) return;
  for (let i = 0; i < tokens.length; ) {
    const e = matchAt(lexicon, tokens, stems, i);
    if (!e) {
      i++;
      continue;
    }
    const end = i + e.words.length;
    if (e.polarity !== 'none') {
      if (mode === 'words') emit(PLAIN_FEATURE[e.polarity], i, end);
      if (named) emit(NAMED_FEATURE[e.polarity], i, end);
    }
    i = end;
  }
}
