// A candidate's single name counts alone unless it is a word posts write or a common given name:
// "Anies", "Khofifah", "Emil" do, and so does "Luluk", a root of the lexicon ("luluk", smeared) that
// posts write bare only as the name (data/names-not-words.txt); it needed a title or a vote word,
// unlike the other Jatim candidates. "Ganjar" is a word in use ("semoga Allah ganjar pahala"):
// it needs context, as "Lukman", a common given name, does.
import { describe, expect, it } from 'vitest';
import { MentionIndex } from '../../src/elections/mentions.js';
import { loadElectionDir } from '../../src/elections/load.js';
import { normalize } from '../../src/text/normalize.js';
import { isKnownWord, isNameNotWord } from '../../src/text/lexicon.js';
import { isCommonGivenName } from '../../src/elections/word-lists.js';
import { readDataLines } from '../../src/text/resources.js';

const index = (id: string) => new MentionIndex(loadElectionDir().filter((c) => c.id === id));
const pilpres = index('pilpres-2024');
const jatim = index('pilgub-jatim-2024');
const named = (idx: MentionIndex, text: string) => idx.detect(normalize(text, idx.names)).mentions.map((m) => m.text);

describe("a candidate's single name", () => {
  it('counts alone where it is no word posts write', () => {
    for (const name of ['Anies', 'Prabowo', 'Gibran', 'Mahfud', 'Cak Imin']) expect(named(pilpres, `${name} mantap, lanjutkan!`), name).toEqual([name.toLowerCase()]);
    for (const name of ['Khofifah', 'Risma', 'Emil', 'Luluk']) expect(named(jatim, `${name} mantap, lanjutkan!`), name).toEqual([name.toLowerCase()]);
    expect(named(jatim, 'luluk kok baru sekarang ngomongnya')).toEqual(['luluk']);
  });

  it('counts "Imin", Muhaimin Iskandar\'s common short name, alone as "Cak Imin" does (it was no alias)', () => {
    expect(named(pilpres, 'Imin mantap, lanjutkan!')).toEqual(['imin']);
    expect(pilpres.detect(normalize('kalau ditandingkan si Imin kalah', pilpres.names)).mentions.map((m) => m.candidate?.number)).toEqual([1]);
  });

  it('needs context where it is a word in use or a common given name', () => {
    expect(named(pilpres, 'Ganjar mantap, lanjutkan!')).toEqual([]);
    expect(named(pilpres, 'semoga Allah ganjar pahala')).toEqual([]);
    for (const text of ['Pak Ganjar mantap', 'capres Ganjar mantap', 'pilih Ganjar', '#Ganjar2024 mantap']) expect(named(pilpres, text).join(), text).toContain('ganjar');
    expect(named(jatim, 'Lukman mantap')).toEqual([]);
  });

  it('a name listed as no word is a root of the lexicon and no common given name', () => {
    for (const word of readDataLines('names-not-words.txt')) {
      expect(isKnownWord(word), word).toBe(true);
      expect(isCommonGivenName(word), word).toBe(false);
      expect(isNameNotWord(word), word).toBe(true);
    }
    expect(isNameNotWord('ganjar')).toBe(false);
  });
});
