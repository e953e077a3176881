// A short form of a name with no vowel ("Jkw", Jokowi) is no word anyone writes: it counts alone, as an
// acronym in capitals does, in any case and word for word. It was read as a short word ("ade", "ani")
// and needed a title, so Pilpres 2019's alias "Jkw" was found only after "Pak".
import { describe, expect, it } from 'vitest';
import { MentionIndex } from '../../src/elections/mentions.js';
import { loadElectionDir } from '../../src/elections/load.js';
import { parseElectionConfig } from '../../src/elections/schema.js';
import { normalize } from '../../src/text/normalize.js';

const index = (id: string) => new MentionIndex(loadElectionDir().filter((c) => c.id === id));
const found = (idx: MentionIndex, text: string) => idx.detect(normalize(text, idx.names)).mentions.map((m) => `${m.text}:${m.candidate?.number ?? '-'}`);

describe('a short form with no vowel', () => {
  it('counts alone where the config lists it, in any case', () => {
    const pilpres2019 = index('pilpres-2019');
    expect(found(pilpres2019, 'Jkw hebat, lanjutkan')).toEqual(['jkw:1']);
    expect(found(pilpres2019, 'dukung jkw')).toEqual(['jkw:1']);
    expect(found(pilpres2019, 'JKW pasti menang')).toEqual(['jkw:1']);
    expect(found(pilpres2019, 'JKW dua periode')).toEqual(['jkw:1', 'dua periode:1']); // the everyday slogan beside it counts too
  });

  it('is matched word for word: no other word of its letters', () => {
    const pilpres2019 = index('pilpres-2019');
    expect(found(pilpres2019, 'jkww')).toEqual([]);
    expect(found(pilpres2019, 'jk w')).toEqual([]);
  });

  it('is the candidate only in the races the config lists it for: Jokowi runs in no 2024 race', () => {
    expect(found(index('pilpres-2024'), 'Jkw dukung siapa ya')).toEqual([]);
    expect(found(index('pilgub-jatim-2024'), 'Jkw dukung siapa ya')).toEqual([]);
  });

  it('is told from a short word with a vowel, which still needs context', () => {
    const cfg = parseElectionConfig({ id: 'pilbup-contoh', kind: 'pilbup', candidates: [{ number: 1, names: ['Ade Jaya Kusuma'], aliases: ['Ade', 'Jks'] }] });
    const idx = new MentionIndex([cfg]);
    expect(found(idx, 'Jks pasti menang')).toEqual(['jks:1']);
    expect(found(idx, 'Ade pasti menang')).toEqual([]);
  });
});

describe('"Jkwi", the short form misspelt with a vowel, in the Pilpres 2019 config', () => {
  it('is Jokowi in Pilpres 2019, in any case and in a tag, as "Jkw" is', () => {
    const pilpres2019 = index('pilpres-2019');
    expect(found(pilpres2019, 'Jkwi hebat, lanjutkan')).toEqual(['jkwi:1']);
    expect(found(pilpres2019, 'JKWI pasti menang')).toEqual(['jkwi:1']);
    expect(found(pilpres2019, '#jkwilagi')).toEqual(['jkwi:1']); // the tag splits at it
  });

  it('is nobody in the 2024 races, where Jokowi runs in none', () => {
    expect(found(index('pilpres-2024'), 'Jkwi dukung siapa ya')).toEqual([]);
  });
});
