// The scored part of a long post (the item's `part`) is marked as one block in the page's text, with
// the evidence and mentions inside it still marked; evidence is that part's, so it is marked there
// only; a mention marked across its edge is closed and reopened there, so the marks nest; a part that
// does not fit the text marks nothing.
import { describe, expect, it } from 'vitest';
import { highlight, type Mark } from '../../src/review/web/highlight.js';

const evidence: Mark = { text: 'coblos', kind: 'evidence', title: 'e' };
const mention: Mark = { text: 'nomor 2', kind: 'mention', title: 'm' };
const e = (s: string) => `<mark class="evidence" title="e">${s}</mark>`;
const m = (s: string) => `<mark class="mention" title="m">${s}</mark>`;
const part = (s: string) => `<mark class="part" id="scored-part" role="group" aria-label="Bagian yang dinilai">${s}</mark>`;

const TEXT = 'Selamat pagi, jangan lupa coblos.\n\nAyo coblos nomor 2 <b>besok</b>!\n\nSalam.';
const START = TEXT.indexOf('Ayo');
const END = TEXT.indexOf('\n\nSalam');

describe('the scored part of a post', () => {
  it('is marked around its range, the marks inside it kept and the text escaped', () => {
    expect(highlight(TEXT, [evidence, mention], { start: START, end: END })).toBe(
      `Selamat pagi, jangan lupa coblos.\n\n${part(`Ayo ${e('coblos')} ${m('nomor 2')} &lt;b&gt;besok&lt;/b&gt;!`)}\n\nSalam.`,
    );
  });

  it("marks evidence only inside it (the evidence is that part's), mentions anywhere (they are the post's)", () => {
    expect(highlight(TEXT, [evidence, mention], { start: 0, end: TEXT.indexOf('\n\nAyo') })).toBe(
      `${part(`Selamat pagi, jangan lupa ${e('coblos')}.`)}\n\nAyo coblos ${m('nomor 2')} &lt;b&gt;besok&lt;/b&gt;!\n\nSalam.`,
    );
  });

  it('splits a mark that crosses its edge, so every mark nests', () => {
    const start = TEXT.indexOf('blos nomor');
    expect(highlight(TEXT, [mention], { start: TEXT.indexOf('2 <b>'), end: END })).toBe(
      `Selamat pagi, jangan lupa coblos.\n\nAyo coblos ${m('nomor ')}${part(`${m('2')} &lt;b&gt;besok&lt;/b&gt;!`)}\n\nSalam.`,
    );
    expect(highlight(TEXT, [evidence], { start, end: END })).toBe(`Selamat pagi, jangan lupa coblos.\n\nAyo co${part('blos nomor 2 &lt;b&gt;besok&lt;/b&gt;!')}\n\nSalam.`);
  });

  it('marks nothing for no part, or one that does not fit the text', () => {
    const plain = highlight(TEXT, [evidence]);
    expect(plain).not.toContain('class="part"');
    for (const bad of [{ start: 5, end: TEXT.length + 1 }, { start: -1, end: 4 }, { start: 9, end: 9 }, { start: 9, end: 3 }]) expect(highlight(TEXT, [evidence], bad)).toBe(plain);
  });
});
