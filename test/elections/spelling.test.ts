// Spelling keys: the folds that make old and variant spellings of a name one key.
import { describe, expect, it } from 'vitest';
import { deletions, spellKey } from '../../src/elections/spelling.js';

describe('spellKey', () => {
  it('folds old spellings, doubled letters and a silent final h after three or more letters', () => {
    expect(spellKey('Khofifah')).toBe('kofifa');
    expect(spellKey('Soekarno')).toBe('sukarno');
    expect(spellKey("Ma'ruf")).toBe('maruf');
    expect(spellKey('Djarot')).toBe(spellKey('Jarot'));
    expect(spellKey('Dhito')).toBe(spellKey('Dito')); // Javanese dh, written d as often: Ridho, Widhi, Yudhi
    expect(spellKey('Baguss')).toBe('bagus');
    expect(spellKey('Risma')).toBe('risma');
    expect(spellKey('Rizah')).toBe('riza'); // four letters: the h goes
    expect(spellKey('Bah')).toBe('bah'); // three: it stays
    expect(spellKey('ahhh')).toBe('ah'); // doubled letters fold first, then "ah" is too short
  });

  it('keys a long token in one pass (no pattern retried from every position)', () => {
    const long = `${'a1'.repeat(5000)}h`;
    expect(spellKey(long)).toBe('a1'.repeat(5000));
    expect(deletions('abc')).toEqual(['bc', 'ac', 'ab']);
  });
});
