// An alias the config writes in capitals that is also an everyday word ("AMIN", the Anies–Muhaimin
// pair, and the prayer word "amin"; "GAMA", Ganjar–Mahfud, and the name Gama) counts alone where the
// post writes it in capitals too, as the pair's own acronym; written any other way, or in a post typed
// all in capitals, it is the word, and needs the context an ordinary word needs.
import { describe, expect, it } from 'vitest';
import { loadElectionDir } from '../../src/elections/load.js';
import { MentionIndex } from '../../src/elections/mentions.js';
import { normalize } from '../../src/text/normalize.js';
import { configNotes } from '../../src/elections/warnings.js';

const shipped = loadElectionDir();
const p24config = shipped.find((c) => c.id === 'pilpres-2024')!;
const p24 = new MentionIndex([p24config]);
const all = new MentionIndex(shipped);
const mentionsOf = (index: MentionIndex, text: string) => index.detect(normalize(text)).mentions.map((m) => `${m.kind}:${m.text}:${m.candidate?.number}`);

describe('an alias in capitals that is also a word', () => {
  it('counts alone where the post writes it in capitals', () => {
    expect(mentionsOf(p24, 'Saya dukung AMIN')).toEqual(['alias:amin:1']);
    expect(mentionsOf(p24, 'Pilih AMIN!')).toEqual(['alias:amin:1']);
    expect(mentionsOf(p24, 'Besok kita menangkan GAMA ya')).toEqual(['alias:gama:3']);
  });

  it('is the pair of the newer race among all the configs (Ma\'ruf Amin of 2019 is written "Amin")', () => {
    const r = all.detect(normalize('Saya dukung AMIN'));
    expect(r.election).toBe('pilpres-2024');
    expect(r.mentions.map((m) => m.candidate?.name)).toEqual([expect.stringContaining('Anies')]);
  });

  it('is the word when written otherwise: the prayer in replies, the name', () => {
    for (const text of ['Amin ya Allah', 'amin', 'Aamiin', 'AAMIIN ya rabb', 'Semoga lancar, Amin 🙏', 'semoga sehat selalu, amiin', 'Kak Gama ulang tahun hari ini', 'AMINN semoga berkah']) {
      expect(mentionsOf(p24, text), text).toEqual([]);
      expect(mentionsOf(all, text), text).toEqual([]);
    }
  });

  it('is the word in a post typed all in capitals, where capitals say nothing', () => {
    for (const text of ['AMIN', 'AMIN YA ALLAH', 'SEMOGA LANCAR AMIN 🙏', 'SAYA DUKUNG AMIN']) expect(mentionsOf(p24, text), text).toEqual([]);
    // a link, a handle or a tag in lowercase does not make it a post in ordinary case
    expect(mentionsOf(p24, 'AMIN YA ALLAH @budi_santoso #doa')).toEqual([]);
  });

  it('counts where it is written in capitals, not where the same post writes the word', () => {
    const r = p24.detect(normalize('Amin ya Allah, semoga yang menang AMIN'));
    expect(r.mentions.map((m) => `${m.text}@${m.start}`)).toEqual([`amin@${r.mentions[0].start}`]);
    expect(r.mentions[0].start).toBeGreaterThan(0);
    expect(r.tokens[0]).toBe('amin');
  });

  it('lends no context to the same word beside it not in capitals: "AMIN amin" is the acronym and the prayer', () => {
    const read = (text: string) => p24.detect(normalize(text));
    // the prayer stays a word (a feature of its own), the acronym alone is the candidate's
    expect(read('amin amin AMIN').mentions.map((m) => m.start)).toEqual([2]);
    expect(read('amin amin AMIN').tokens.slice(0, 2)).toEqual(['amin', 'amin']);
    expect(read('Menang AMIN amin ya rabb').mentions.map((m) => m.start)).toEqual([1]);
    expect(read('Menang AMIN amin ya rabb').tokens[2]).toBe('amin');
    expect(read('AMIN aamiin').mentions.map((m) => m.start)).toEqual([0]);
    // another of the pair's names beside it still lends it context
    expect(mentionsOf(p24, 'anies amin')).toEqual(['name:anies:1', 'alias:amin:1']);
  });

  it('still counts in any case with the context an ordinary word has ("amin 01")', () => {
    expect(mentionsOf(p24, 'amin 01 menang')).toEqual(['alias:amin:1', 'number:nomor 1:1']);
  });

  it('is not an acronym that also stands for something else: PKB, the vehicle tax, still needs context', () => {
    expect(mentionsOf(p24, 'Jangan lupa bayar PKB motor')).toEqual([]);
  });

  it('is noted by elections --check', () => {
    expect(configNotes(p24config)).toContain('number 1: counts alone only written in capitals, as the config writes it, in a post not typed all in capitals: AMIN');
    expect(configNotes(p24config)).toContain('number 3: counts alone only written in capitals, as the config writes it, in a post not typed all in capitals: GAMA');
  });
});
