// How tokens read in evidence: placeholders as bracketed words, gestures as their emoji.
import { describe, expect, it } from 'vitest';
import { readableToken } from '../../src/explain/readable-token.js';
import { ballotReading, ballotReadingsToTokens, ballotToken } from '../../src/text/ballot.js';
import { gestureReading, gestureReadingsToTokens, gestureToken } from '../../src/text/gestures.js';

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

  it('reads a ballot number or gesture back to its token from the words mentions and evidence show (the review page marks them)', () => {
    for (const n of [1, 2, 3]) {
      expect(gestureReadingsToTokens(`ayo ${gestureReading(n)} ya`)).toBe(`ayo ${gestureToken(n)} ya`);
      expect(ballotReadingsToTokens(`coblos ${ballotReading(n)}!`)).toBe(`coblos ${ballotToken(n)}!`);
    }
    expect(ballotReadingsToTokens(readableToken('<no:12>'))).toBe('<no:12>');
    // Only whole readings: "nomornya 2", "salam 2 jarinya" are no readings.
    expect(ballotReadingsToTokens('nomornya 2')).toBe('nomornya 2');
    expect(gestureReadingsToTokens('salam 2 jarinya')).toBe('salam 2 jarinya');
  });
});
