// Javanese Krama and Sundanese number words are ballot numbers in the contexts other spelled numbers
// are ("nomer kalih", "paslon gangsal"); the Krama words that are everyday words too ("kalih": with,
// and; "sekawan": friends) only right after "nomor"/"nomer"/"no"/"urut", where nothing else is meant.
import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/text/normalize.js';
import { loadElectionDir } from '../../src/elections/load.js';
import { MentionIndex } from '../../src/elections/mentions.js';

const words = (text: string): string => normalize(text).text;

describe('Krama and Sundanese number words', () => {
  it('reads the Krama numbers 1 to 10 after a pure cue', () => {
    expect(words('monggo nyoblos nomer kalih')).toBe('monggo nyoblos <no:2>');
    expect(words('nomer setunggal, nomer tigo, nomer sekawan')).toBe('<no:1> <no:3> <no:4>');
    expect(words('nomer gangsal nomer enem nomer pitu nomer wolu nomer sanga nomer sedasa')).toBe('<no:5> <no:6> <no:7> <no:8> <no:9> <no:10>');
    expect(words('nomor urut kalih')).toBe('<no:2>');
  });

  it('reads the unambiguous ones after a ballot verb or a contest role too', () => {
    expect(words('paslon gangsal')).toBe('paslon <no:5>');
    expect(words('nyoblos sedasa')).toBe('nyoblos <no:10>');
  });

  it('reads Sundanese numbers after a pure cue', () => {
    expect(words('coblos nu nomer hiji, nomer dua, nomer tilu, nomer opat, nomer lima')).toBe('coblos nu <no:1> <no:2> <no:3> <no:4> <no:5>');
  });

  it('leaves "kalih" and "sekawan" that mean "with" and "friends" alone', () => {
    expect(words('nyoblos kalih bapak ibu')).toBe('nyoblos kalih bapak ibu');
    expect(words('debat capres kalih cawapres')).toBe('debat capres kalih cawapres');
    expect(words('paslon kalih timipun')).toBe('paslon kalih timipun');
    expect(words('sowan kalih bapak bupati')).toBe('sowan kalih bapak bupati');
    expect(words('nyoblos sekawan sedaya')).toBe('nyoblos sekawan sedaya');
    expect(words('kalih welas tiyang')).toBe('kalih welas tiyang');
  });

  it('is the candidate\'s number in a race', () => {
    const jatim = new MentionIndex(loadElectionDir().filter((c) => c.id === 'pilgub-jatim-2024'));
    const found = jatim.detect(normalize('monggo nyoblos nomer kalih')).mentions;
    expect(found.map((m) => `${m.kind}:${m.text}:${m.candidate?.number}`)).toEqual(['number:nomor 2:2']);
  });
});
