// A capitals alias ("AMIN", the Anies–Muhaimin pair) that is also a word (the prayer "amin") is a
// mention only where detection read one: in capitals, or with context. The page marked every written
// "amin" of a post whose only mention was its "AMIN".
import { describe, expect, it } from 'vitest';
import { highlight, type Mark } from '../../src/review/web/highlight.js';

const amin: Mark = { text: 'amin', kind: 'mention', title: 'm' };
const m = (s: string) => `<mark class="mention" title="m">${s}</mark>`;

describe('a capitals alias beside the word it also is', () => {
  it('is marked only where the post writes the mention, with the item\'s election or without one', () => {
    for (const election of ['pilpres-2024', undefined]) {
      expect(highlight('Semoga sehat selalu, amin. Dukung AMIN!', [amin], undefined, election)).toBe(`Semoga sehat selalu, amin. Dukung ${m('AMIN')}!`);
      expect(highlight('Pak amin dukung AMIN', [amin], undefined, election)).toBe(`Pak amin dukung ${m('AMIN')}`);
    }
  });

  it('marks a place in lowercase that context made a mention, by its place in the post', () => {
    expect(highlight('amin 🙏 Dukung AMIN. Anies amin', [amin], undefined, 'pilpres-2024')).toBe(`amin 🙏 Dukung ${m('AMIN')}. Anies ${m('amin')}`);
  });

  it('marks every place when every one is the mention', () => {
    expect(highlight('Dukung AMIN, pilih AMIN', [amin], undefined, 'pilpres-2024')).toBe(`Dukung ${m('AMIN')}, pilih ${m('AMIN')}`);
    expect(highlight('Anies amin', [amin], undefined, 'pilpres-2024')).toBe(`Anies ${m('amin')}`);
  });
});
