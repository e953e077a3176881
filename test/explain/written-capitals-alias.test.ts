// Evidence of a capitals alias ("AMIN", the Anies–Muhaimin pair) in a post that also writes the word
// it is (the prayer "amin"): the candidate's evidence is placed where detection read the mention, the
// word's evidence where it did not. `written` placed every "amin" on both.
import { describe, expect, it } from 'vitest';
import { withWritten } from '../../src/explain/written-evidence.js';
import { createScorer } from '../../src/pipeline/create.js';

const CANDIDATE = 'Anies Rasyid Baswedan – Abdul Muhaimin Iskandar (01, pilpres-2024)';
const placed = (text: string, candidate?: string) =>
  withWritten(text, [{ text: 'amin', weight: 1, ...(candidate ? { candidate } : {}) }])[0].written?.map((w) => [w.text, w.start]);

describe('evidence of a capitals alias beside the word it also is', () => {
  it('places the mention on the capitals and the word on the rest', () => {
    const text = 'Dukung AMIN di pilpres, semoga menang amin ya Allah';
    expect(placed(text, CANDIDATE)).toEqual([['AMIN', 7]]);
    expect(placed(text)).toEqual([['amin', 38]]);
  });

  it('places every "amin" when each is one or none is a mention', () => {
    expect(placed('Dukung AMIN, pilih AMIN', CANDIDATE)).toEqual([['AMIN', 7], ['AMIN', 19]]);
    expect(placed('amin ya Allah, amin')).toEqual([['amin', 0], ['amin', 15]]);
  });

  it('so in a scored result', async () => {
    const scorer = await createScorer();
    const text = 'Dukung AMIN di pilpres, semoga menang amin ya Allah';
    const e = scorer.score({ text, election: 'pilpres-2024' }, { written: true }).evidence.find((x) => x.candidate !== undefined && x.text === 'amin');
    expect(e?.written?.map((w) => w.start)).toEqual([7]);
  });
});
