import { beforeAll, describe, expect, it } from 'vitest';
import { createScorer } from '../../src/pipeline/create.js';
import type { Scorer } from '../../src/pipeline/scorer.js';
import { ElectionIndexes } from '../../src/model/train.js';
import { predictProbs } from '../../src/eval/predict.js';
import { DEFAULT_SEGMENT_RULE } from '../../src/pipeline/segments.js';
import { LABELS } from '../../src/data/labels.js';
import type { Example } from '../../src/data/dataset.js';

// Invented posts: a short one, and a long one whose partisan paragraph is washed out when scored whole.
const LONG = [
  'Selamat pagi bapak ibu sekalian, semoga hari ini kita semua diberi kesehatan dan kelancaran dalam bekerja. Terima kasih atas kehadiran bapak ibu di acara halal bihalal kantor kemarin, semuanya berjalan lancar.',
  'Untuk arisan bulan depan kita kumpul di rumah Bu Sri jam empat sore, mohon bawa piring masing-masing dan jangan terlambat ya.',
  'Risma itu cuma boneka partai, calon paling buruk yang pernah ada.',
  'Semoga keluarga kita semua selalu dalam lindungan Tuhan, diberi rezeki yang berkah dan anak-anak tumbuh sehat. Aamiin.',
].join('\n\n');
const example = (text: string): Example => ({ id: 'x', text, label: 'netral', election: 'pilgub-jatim-2024', source: 'test', platform: 'test' });

let scorer: Scorer;
let model: Parameters<typeof predictProbs>[2];
let indexes: ElectionIndexes;
beforeAll(async () => {
  scorer = await createScorer();
  const { sparse, vocabulary, spec } = scorer.model;
  model = { sparse, vocabulary, features: spec.features, calibration: spec.calibration };
  indexes = new ElectionIndexes(scorer.elections);
});

describe('predictProbs (evaluation and tuning)', () => {
  it('scores posts as Scorer.score does, long posts part by part included', () => {
    const texts = ['Ayo coblos nomor 2, menangkan Khofifah!', LONG];
    const probs = predictProbs(texts.map(example), indexes, model, DEFAULT_SEGMENT_RULE);
    texts.forEach((text, i) => {
      const r = scorer.score({ text, election: 'pilgub-jatim-2024' }, { segments: true });
      LABELS.forEach((l, k) => expect(probs[i][k]).toBeCloseTo(r.scores[l], 5));
    });
  });

  it('scores every post whole when told not to cut them', () => {
    const [whole] = predictProbs([example(LONG)], indexes, model, false);
    const r = scorer.score({ text: LONG, election: 'pilgub-jatim-2024' }, { segments: false });
    LABELS.forEach((l, k) => expect(whole[k]).toBeCloseTo(r.scores[l], 5));
  });
});
