// A long post's queue excerpt, with no candidate mention, centres on its heaviest evidence phrase with
// a word: an emoji the model weighs more ("🙄") says how, not what, and the row should show the words.
import { describe, expect, it } from 'vitest';
import { snippet } from '../../src/review/web/snippet.js';

const filler = 'Selamat pagi bapak ibu sekalian, semoga sehat selalu dan lancar bekerja hari ini di kantor. ';

describe('queue excerpt focus', () => {
  it('centres on the heaviest phrase with a letter or digit, not a heavier emoji', () => {
    const text = `Wah 🙄 ${filler}${filler}Janji mereka itu cuma omong kosong saja, ${filler}`;
    const out = snippet({ text, mentions: [], evidence: [{ text: '🙄', weight: 1.87 }, { text: 'omong kosong', weight: 1.42 }] });
    expect(out).toMatch(/^…/);
    expect(out).toContain('omong kosong');
  });
  it('falls back to the emoji when no phrase has a word', () => {
    const text = `${filler}${filler}Hmm 🙄 ya begitulah. ${filler}`;
    const out = snippet({ text, mentions: [], evidence: [{ text: '🙄', weight: 1.87 }, { text: '!', weight: 0.4 }] });
    expect(out).toMatch(/^…/);
    expect(out).toContain('🙄');
  });
});
