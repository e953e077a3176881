// The review page marks a ballot gesture where the post writes it, spoken or as emoji, for the phrases
// the real scorer gives (normalization reads "Salam dua jari ✌✌" as one gesture, the page must too).
import { beforeAll, describe, expect, it } from 'vitest';
import { createScorer } from '../../src/pipeline/create.js';
import type { Scorer } from '../../src/pipeline/scorer.js';
import { highlight, type Mark } from '../../src/review/web/highlight.js';

let scorer: Scorer;
beforeAll(async () => {
  scorer = await createScorer();
});

/** The post's text marked with the scorer's mentions, or with its evidence phrases that read a gesture. */
function marked(text: string, kind: Mark['kind']): string {
  const r = scorer.score({ text });
  const phrases = kind === 'mention' ? r.mentions.map((m) => m.text) : r.evidence.map((e) => e.text).filter((t) => /jari|✌|🤟|☝/u.test(t));
  expect(phrases.length).toBeGreaterThan(0);
  return highlight(text, phrases.map((t) => ({ text: t, kind, title: 'g' })));
}
const m = (s: string, kind = 'mention') => `<mark class="${kind}" title="g">${s}</mark>`;

describe('a gesture on the review page', () => {
  it('is marked for its mention where the post spells it and where it shows its emoji', () => {
    expect(marked('Salam dua jari ✌✌ bareng bapak ibu', 'mention')).toBe(`${m('Salam dua jari')} ${m('✌')}${m('✌')} bareng bapak ibu`);
    expect(marked('salam 2 jari ✌️ semua, ayo pilih', 'mention')).toBe(`${m('salam 2 jari')} ${m('✌️')} semua, ayo pilih`);
    expect(marked('Ayo SALAM TIGA JARI ya', 'mention')).toBe(`Ayo ${m('SALAM TIGA JARI')} ya`);
    expect(marked('salam dua jari✌️', 'mention')).toBe(`${m('salam dua jari')}${m('✌️')}`);
  });
  it('is marked where the post spells it in leetspeak, as normalization reads it', () => {
    expect(marked('Ayo s4lam du4 j4ri buat pak Prabowo!', 'mention')).toContain(m('s4lam du4 j4ri'));
    expect(marked('S4LAM 1 JAR1 ☝️', 'mention')).toBe(`${m('S4LAM 1 JAR1')} ${m('☝️')}`);
  });
  it('is marked for evidence that reads it, one gesture or two in a row', () => {
    expect(marked('Salam dua jari ✌✌ bareng bapak ibu', 'evidence')).toBe(`${m('Salam dua jari ✌', 'evidence')}${m('✌', 'evidence')} bareng bapak ibu`);
    expect(marked('dua jari ✌ yuk', 'evidence')).toBe(`${m('dua jari', 'evidence')} ${m('✌', 'evidence')} yuk`);
  });
  it('is no gesture where the fingers are only fingers', () => {
    expect(highlight('2 jari bengkak, salam dari rumah', [{ text: 'salam 2 jari', kind: 'mention', title: 'g' }])).toBe('2 jari bengkak, salam dari rumah');
  });
});
