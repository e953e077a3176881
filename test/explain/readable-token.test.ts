// How tokens read in evidence: placeholders as bracketed words, gestures as their emoji.
import { describe, expect, it } from 'vitest';
import { readableToken } from '../../src/explain/readable-token.js';

describe('readableToken', () => {
  it('shows what normalization replaced as a bracketed word', () => {
    const shown = ['<num>', '<date>', '<time>', '<url>', '<user>', '<email>'].map(readableToken);
    expect(shown).toEqual(['[angka]', '[tanggal]', '[jam]', '[tautan]', '[akun]', '[email]']);
  });

  it('shows a gesture that is no mention as its emoji, and a ballot number of no candidate as "nomor N"', () => {
    expect(['<gesture:1>', '<gesture:2>', '<gesture:3>'].map(readableToken)).toEqual(['☝️', '✌️', '🤟']);
    expect(readableToken('<no:9>')).toBe('nomor 9');
  });

  it('leaves words, tags, mention texts and unknown placeholders as they are', () => {
    for (const token of ['coblos', '#pemiludamai', '@lulukhamidah', 'salam 2 jari', '<cand>', '<gesture:7>']) expect(readableToken(token)).toBe(token);
  });
});
