import { beforeAll, describe, expect, it } from 'vitest';
import { createScorer } from '../../src/pipeline/create.js';
import type { Scorer } from '../../src/pipeline/scorer.js';
import { DEFAULT_SEGMENT_RULE } from '../../src/pipeline/segments.js';

// Invented posts: one partisan paragraph among everyday ones, as long Facebook and WhatsApp posts are written.
const GREETING =
  'Selamat pagi bapak ibu sekalian, semoga hari ini kita semua diberi kesehatan dan kelancaran dalam bekerja. Terima kasih atas kehadiran bapak ibu di acara halal bihalal kantor kemarin, semuanya berjalan lancar.';
const ARISAN = 'Untuk arisan bulan depan kita kumpul di rumah Bu Sri jam empat sore, mohon bawa piring masing-masing dan jangan terlambat ya.';
const PRAYER = 'Semoga keluarga kita semua selalu dalam lindungan Tuhan, diberi rezeki yang berkah dan anak-anak tumbuh sehat. Aamiin.';
const ATTACK = 'Risma itu cuma boneka partai, calon paling buruk yang pernah ada.';
const ELECTION = 'pilgub-jatim-2024';

let scorer: Scorer;
beforeAll(async () => {
  scorer = await createScorer();
});

describe('a long post of several paragraphs', () => {
  it('keeps a partisan paragraph as partisan as it is alone, however much everyday text surrounds it', () => {
    const alone = scorer.score({ text: ATTACK, election: ELECTION });
    expect(alone.label).toBe('serangan');
    const padded = scorer.score({ text: [GREETING, ARISAN, ATTACK, PRAYER].join('\n\n'), election: ELECTION });
    expect(padded.label).toBe('serangan');
    expect(padded.risk).toBeCloseTo(alone.risk, 2);
    expect(padded.risk).toBeCloseTo(1 - padded.scores.netral, 5); // risk and scores come from one result
    expect(padded.level).not.toBe('rendah');
  });

  it('says which paragraph the score comes from, and keeps the whole post\'s mentions', () => {
    const text = [GREETING, ATTACK, PRAYER].join('\n');
    const r = scorer.score({ text, election: ELECTION });
    expect(r.part).toBeDefined();
    expect(text.slice(r.part!.start, r.part!.end)).toBe(ATTACK);
    expect(r.mentions).toEqual(scorer.score({ text, election: ELECTION }, { segments: false }).mentions);
  });

  it('raises its level in the campaign when the post names a contestant, in the scored paragraph or not', () => {
    // For the presidential race "bu Risma" names no one; the news paragraph names two candidates.
    const news = 'Tadi malam saya nonton berita, katanya Prabowo dan Anies hadir di acara yang sama di Jakarta.';
    const during = { election: 'pilpres-2024', postedAt: '2024-01-10T10:00:00+07:00' };
    const t = scorer.model.spec.thresholds;
    // a support paragraph (long enough to be a part of its own) the model reads partisan at a risk between
    // sedang and tinggi, so a raise shows, and riskier than the whole post around it (with and without the news), so it is the part scored
    const support = [
      'sy sih tetep pilih bu Risma, paling merakyat',
      'Risma paling merakyat, pilihanku',
      'bu Risma mantap, lanjutkan',
      'aku sih tetep Risma, orangnya merakyat dan sederhana',
      'pokoknya aku tetap Risma, dia yang paling peduli sama wong cilik',
      'kalau aku sih Risma aja, kerjanya sudah kelihatan',
    ].find((text) => {
      if (text.length < DEFAULT_SEGMENT_RULE.minPartLength) return false; // shorter joins a neighbouring paragraph
      const alone = scorer.score({ text, ...during });
      if (alone.label === 'netral' || alone.risk < t.sedang || alone.risk >= t.tinggi) return false;
      const around = [[GREETING, text, PRAYER], [GREETING, text, news, PRAYER]];
      return around.every((paragraphs) => scorer.score({ text: paragraphs.join('\n\n'), ...during }).part !== undefined);
    });
    if (!support) throw new Error('no partisan paragraph at sedang risk among the candidates; pick new examples for this model');
    const supportLabel = scorer.score({ text: support, ...during }).label;
    const texts = [[GREETING, support, PRAYER].join('\n\n'), [GREETING, support, news, PRAYER].join('\n\n')];
    const [unnamed, named] = texts.map((text) => scorer.score({ text, ...during }));
    expect(unnamed.mentions).toEqual([]);
    expect(named.mentions.map((m) => m.candidate)).toEqual(expect.arrayContaining([expect.stringContaining('Prabowo'), expect.stringContaining('Anies')]));
    for (const [i, r] of [unnamed, named].entries()) {
      expect(texts[i].slice(r.part!.start, r.part!.end)).toBe(support); // the support paragraph is the part scored
      expect(r.label).toBe(supportLabel);
      expect(r.stage).toBe('campaign');
    }
    expect(named.risk).toBe(unnamed.risk); // both scored by the support paragraph
    expect(unnamed.level).toBe('sedang'); // its risk's level
    expect(named.level).toBe('tinggi'); // raised: the post talks about candidates
  });

  it('points written evidence into the partisan paragraph of the whole text', () => {
    const text = [GREETING, ARISAN, ATTACK, PRAYER].join('\n\n');
    const at = text.indexOf(ATTACK);
    const r = scorer.score({ text, election: ELECTION }, { written: true });
    const places = r.evidence.flatMap((e) => e.written ?? []);
    expect(places.length).toBeGreaterThan(0);
    for (const p of places) {
      expect(p.start).toBeGreaterThanOrEqual(at);
      expect(p.end).toBeLessThanOrEqual(at + ATTACK.length);
      expect(text.slice(p.start, p.end)).toBe(p.text);
    }
    expect(r.evidence.map((e) => e.text).join(' ')).toMatch(/boneka|buruk/);
  });

  it('leaves a long everyday post netral', () => {
    const r = scorer.score({ text: [GREETING, PRAYER, ARISAN, GREETING].join('\n\n') });
    expect(r.label).toBe('netral');
    expect(r.level).toBe('rendah');
  });

  it('scores a short post whole, exactly as without parts', () => {
    const text = `${ATTACK}\n${ATTACK}`.slice(0, 110); // two lines, under the length a post needs to be cut
    expect(scorer.score({ text }, { segments: true })).toEqual(scorer.score({ text }, { segments: false }));
  });

  it('scores a shorter post by its paragraphs too when a blank line parts sentences of ten words or more', () => {
    // 42 words: under the length a post needs to be cut, and washed out whole (0.26, netral).
    const text = [GREETING, ATTACK].join('\n\n');
    const alone = scorer.score({ text: ATTACK, election: ELECTION });
    const r = scorer.score({ text, election: ELECTION });
    expect(r.label).toBe('serangan');
    expect(r.risk).toBeCloseTo(alone.risk, 5);
    expect(text.slice(r.part!.start, r.part!.end)).toBe(ATTACK);
  });

  it('scores a short post whole when its blank line falls inside a sentence (a caption broken at random)', () => {
    const text = `${ATTACK.replace('partai, ', 'partai,\n\n')}\n\n${PRAYER}`;
    expect(scorer.score({ text, election: ELECTION }, { segments: true })).toEqual(scorer.score({ text, election: ELECTION }, { segments: false }));
  });

  it('scores a tweet-length caption broken over lines whole: its lines are no paragraphs to judge alone', () => {
    // 34 words over 12 lines: a first rule of 120 characters cut such captions and flipped some.
    const words = `${ATTACK} ${ARISAN}`.split(' ');
    const text = words.map((w, i) => (i % 3 === 2 ? `${w}\n` : `${w} `)).join('').trim();
    expect(text.length).toBeGreaterThan(120);
    expect(scorer.score({ text, election: ELECTION }, { segments: true })).toEqual(scorer.score({ text, election: ELECTION }, { segments: false }));
  });
});
