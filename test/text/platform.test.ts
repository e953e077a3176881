// Platform boilerplate: export chrome after a cut and reach hashtags go; the post's own words stay.
import { describe, expect, it } from 'vitest';
import { stripPlatformBoilerplate } from '../../src/text/platform.js';
import { normalize } from '../../src/text/normalize.js';
import { PERTURBATIONS, perturb } from '../../src/eval/perturbations.js';

const caption = 'Alhamdulillah jalan desa sudah diperbaiki, terima kasih pak camat';

describe('stripPlatformBoilerplate', () => {
  it('drops "see more" / "see translation" chrome after a cut or on its own line, repeatedly', () => {
    expect(stripPlatformBoilerplate(`${caption} … Lihat selengkapnya`).trim()).toBe(caption);
    expect(stripPlatformBoilerplate(`${caption}...See more\nSee translation  `).trim()).toBe(caption);
    expect(stripPlatformBoilerplate(`${caption}\nLihat Terjemahan`).trim()).toBe(caption);
  });

  it('keeps the same words when they are the post itself or not at the end', () => {
    expect(stripPlatformBoilerplate('mau lihat selengkapnya')).toBe('mau lihat selengkapnya');
    expect(stripPlatformBoilerplate('… lihat selengkapnya di web KPU')).toBe('… lihat selengkapnya di web KPU');
    expect(stripPlatformBoilerplate('Baca dulu, lihat terjemahan')).toBe('Baca dulu, lihat terjemahan');
    expect(stripPlatformBoilerplate('See translation')).toBe('See translation');
    expect(stripPlatformBoilerplate('Lihat Terjemahan di bawah ya, Lihat selengkapnya nanti')).toBe('Lihat Terjemahan di bawah ya, Lihat selengkapnya nanti');
  });

  it('drops chrome written as the platform writes it at the end of a post, without a cut or a line break', () => {
    expect(stripPlatformBoilerplate('Mantap nomor 3 Lihat selengkapnya')).toBe('Mantap nomor 3');
    expect(stripPlatformBoilerplate('Mantap nomor 3 See more')).toBe('Mantap nomor 3');
    expect(stripPlatformBoilerplate(`${caption} See translation`)).toBe(caption);
    expect(stripPlatformBoilerplate(`${caption} Lihat Terjemahan `)).toBe(caption);
    expect(stripPlatformBoilerplate(`${caption} · See translation`)).toBe(caption);
    expect(stripPlatformBoilerplate(`${caption}… See more See translation`)).toBe(`${caption}`);
    expect(stripPlatformBoilerplate(`${caption} … Lihat selengkapnya Lihat Terjemahan`).trim()).toBe(caption);
  });

  it('drops reach hashtags in any case and keeps campaign and other tags', () => {
    const out = stripPlatformBoilerplate('ayo ke TPS #FYP #fypシ #KhofifahEmil #PilkadaDamai #xyzbca');
    expect(out).not.toMatch(/fyp|xyzbca/i);
    expect(out).toContain('#KhofifahEmil');
    expect(out).toContain('#PilkadaDamai');
  });

  it('knows reach tags by their beginning, but "viral" only as the whole tag', () => {
    const out = stripPlatformBoilerplate('#fypdong #TikTokIndonesia #masukberanda #viral #ViralkanKhofifah');
    expect(out.trim()).toBe('#ViralkanKhofifah');
  });
});

describe('normalize with platform boilerplate', () => {
  it('gives a caption the same tokens with or without export chrome and a reach-tag block', () => {
    const plain = normalize(caption).tokens;
    for (const name of ['see-more', 'tag-block']) {
      const p = PERTURBATIONS.find((x) => x.name === name)!;
      expect(normalize(perturb(p, caption, 1)).tokens, name).toEqual(plain);
    }
  });

  it('gives the same tokens for line breaks, chat markup, fancy letters and stretched words', () => {
    const post = 'Ayo datang ke TPS tanggal 27 ya, pilih sesuai hati nurani masing-masing';
    const plain = normalize(post).tokens;
    for (const name of ['line-breaks', 'chat-markup', 'fancy-letters', 'elongation']) {
      const p = PERTURBATIONS.find((x) => x.name === name)!;
      for (let seed = 1; seed <= 5; seed++) expect(normalize(perturb(p, post, seed)).tokens, `${name} ${seed}`).toEqual(plain);
    }
  });

  it('gives the same tokens when vowels are typed as digits inside words ("d4t4ng", "s3su41"), as the leetspeak rewrite does', () => {
    const post = 'Mari datang ke TPS tanggal 27, pilih sesuai hati nurani';
    const plain = normalize(post).tokens;
    const p = PERTURBATIONS.find((x) => x.name === 'leetspeak')!;
    const rewritten = [1, 2, 3, 4, 5].map((seed) => perturb(p, post, seed));
    expect(rewritten.some((t) => /\d[a-z]/.test(t))).toBe(true); // the rewrite did write some
    for (const t of rewritten) expect(normalize(t).tokens, t).toEqual(plain);
  });
});
