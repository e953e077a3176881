// Evidence "nomor 2" is placed only on a number normalization reads as a ballot number: not on a
// numbered thing before it (a rank, a post's video, a child among siblings, a queue, the writer's place
// in a photo), which the post's tokens hold as a plain number.
import { describe, expect, it } from 'vitest';
import { withWritten } from '../../src/explain/written-evidence.js';

const places = (text: string, phrase: string) => withWritten(text, [{ text: phrase, weight: 1 }])[0].written?.map((w) => [w.text, w.start]);

describe('a numbered thing beside a ballot number', () => {
  it('holds no ballot number: only the vote\'s number is placed', () => {
    expect(places('juara nomor 2 lomba, coblos nomor 2', 'nomor 2')).toEqual([['nomor 2', 28]]);
    expect(places('rumah nomor 2 pagar hijau, coblos nomor 2', 'nomor 2')).toEqual([['nomor 2', 34]]);
    expect(places('video nomor 2 lucu, coblos nomor 2', 'nomor 2')).toEqual([['nomor 2', 27]]);
    expect(places('anak saya yang nomor 2 juga coblos nomor 2', 'nomor 2')).toEqual([['nomor 2', 35]]);
    expect(places('antrian puskesmas nomor 2, coblos nomor 2', 'nomor 2')).toEqual([['nomor 2', 34]]);
    expect(places('aku yang nomor 2 dari kanan, coblos nomor 2', 'nomor 2')).toEqual([['nomor 2', 36]]);
  });

  it('places the pair\'s number where a vote word makes it one', () => {
    expect(places('pilih saya yang nomor 2 dari kiri', 'nomor 2')).toEqual([['nomor 2', 16]]);
    expect(places('video paslon nomor 2 lucu', 'nomor 2')).toEqual([['nomor 2', 13]]);
  });
});
