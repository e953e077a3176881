// Platform-style rewrites of a post that keep its meaning: how the same words look when they come
// from another platform or another export (capitals, line breaks, WhatsApp/Facebook markup, fancy
// Unicode letters, TikTok tag blocks, "see more" chrome, reply handles, no punctuation). A post
// should score about the same either way; `npm run robustness` measures how far it does not.
// Deterministic for a seed, so a run can be repeated exactly.
import { mulberry32 } from '../util/random.js';
import { LETTER_DIGITS } from '../text/leetspeak.js';

export interface Perturbation {
  name: string;
  /** What the rewrite imitates. */
  imitates: string;
  apply: (text: string, rand: () => number) => string;
}

// A plain word standing alone between spaces (never part of a #tag, @handle or link, which
// nobody marks up or stretches), with any trailing punctuation left outside.
const PLAIN_WORD = /(?<=^|\s)\p{L}{3,}(?=[.,;:!?]*(?:\s|$))/gu;

/** Each letter a–z / A–Z as its MATHEMATICAL BOLD form (𝐚 U+1D41A, 𝐀 U+1D400). */
function mathBold(text: string): string {
  return text.replace(/[A-Za-z]/g, (c) => {
    const code = c.charCodeAt(0);
    return String.fromCodePoint(code >= 97 ? 0x1d41a + code - 97 : 0x1d400 + code - 65);
  });
}

/** Applies `fn` to about `share` of the plain words. */
function someWords(text: string, rand: () => number, share: number, fn: (w: string) => string): string {
  return text.replace(PLAIN_WORD, (w) => (rand() < share ? fn(w) : w));
}

export const PERTURBATIONS: readonly Perturbation[] = [
  { name: 'uppercase', imitates: 'a post typed in capitals', apply: (t) => t.toUpperCase() },
  { name: 'lowercase', imitates: 'a post typed without capitals', apply: (t) => t.toLowerCase() },
  {
    name: 'line-breaks',
    imitates: 'Instagram/Facebook captions broken over lines',
    apply: (t, r) => t.replace(/ +/g, (s) => (r() < 0.3 ? '\n' : r() < 0.1 ? '\n\n' : s)),
  },
  {
    name: 'chat-markup',
    imitates: 'WhatsApp/Facebook *bold*, _italic_ and ~strike~ markup',
    apply: (t, r) => someWords(t, r, 0.25, (w) => {
      const mark = '*_~'[Math.floor(r() * 3)];
      return `${mark}${w}${mark}`;
    }),
  },
  { name: 'fancy-letters', imitates: 'mathematical bold letters pasted from "font" apps', apply: (t) => mathBold(t) },
  { name: 'tag-block', imitates: 'a TikTok/Instagram block of generic hashtags', apply: (t) => `${t}\n\n#fyp #foryou #viral #beranda #xyzbca #fypdong #tiktokindonesia` },
  { name: 'see-more', imitates: 'Facebook/Instagram export chrome', apply: (t) => `${t} … Lihat selengkapnya\nLihat terjemahan` },
  { name: 'reply-handles', imitates: 'a reply thread (two @handles first)', apply: (t) => `@warga_biasa @akun_lain ${t}` },
  {
    name: 'no-punctuation',
    imitates: 'mobile typing without punctuation (links left whole)',
    apply: (t) => t.replace(/[.,;:!?]+(?=\s|$)|["“”()]/g, ' '),
  },
  {
    name: 'elongation',
    imitates: 'stretched words ("bangeeet")',
    apply: (t, r) => someWords(t, r, 0.2, (w) => w + w[w.length - 1].repeat(2 + Math.floor(r() * 3))),
  },
  {
    name: 'leetspeak',
    imitates: 'vowels typed as digits to slip past filters ("c0bl0s", "p1l1h")',
    // a word's vowels after its first letter, so the word still starts with a letter as such posts write it
    apply: (t, r) => someWords(t, r, 0.25, (w) => w[0] + w.slice(1).replace(/[aeioAEIO]/g, (v) => LETTER_DIGITS[v.toLowerCase()][0])),
  },
];

/** The rewrite of `text` by `p`, seeded by the post's position so runs are repeatable. */
export function perturb(p: Perturbation, text: string, seed: number): string {
  return p.apply(text, mulberry32(seed));
}
