// The result writer gives exactly the bytes of JSON.stringify(result) as UTF-8: over real results (the
// written examples and generated posts, with elections, posting times, `written`, long posts' parts, the
// service's warnings) and over results whose strings and numbers are made to hit every case JSON treats
// specially. And no key of a result is left unwritten.
import { beforeAll, describe, expect, it } from 'vitest';
import { createScorer } from '../../src/pipeline/create.js';
import type { Scorer, ScoreResult } from '../../src/pipeline/scorer.js';
import { readExamples } from '../../src/data/examples.js';
import { syntheticPosts } from '../../scripts/lib/synthetic-posts.js';
import { Utf8Builder } from '../../src/util/utf8-builder.js';
import { appendResultJson, EVIDENCE_KEYS, MENTION_KEYS, PART_KEYS, PLACE_KEYS, RESULT_KEYS, SCORE_KEYS, type ResultWithWarnings } from '../../src/pipeline/result-json.js';

let scorer: Scorer;
beforeAll(async () => {
  scorer = await createScorer();
});

const utf8 = new TextEncoder();

/** The first result whose bytes differ from JSON.stringify's, with both, or undefined. */
function firstDifference(results: readonly ResultWithWarnings[]): { result: string; expected: string; got: string } | undefined {
  const out = new Utf8Builder(); // one builder for all, as a chunk's: results written one after another
  for (const r of results) appendResultJson(out, r, '\n');
  const all = out.take();
  let at = 0;
  for (const r of results) {
    const expected = utf8.encode(`${JSON.stringify(r)}\n`);
    const got = all.subarray(at, at + expected.length);
    if (!Buffer.from(got).equals(expected)) {
      const end = all.indexOf(10, at);
      return { result: JSON.stringify(r), expected: JSON.stringify(r), got: new TextDecoder().decode(all.subarray(at, end + 1)) };
    }
    at += expected.length;
  }
  expect(at).toBe(all.length);
  return undefined;
}

// A long post (scored in parts: the result has `part`) and one with an election and a time (`stage`).
const LONG = [
  'Selamat pagi bapak ibu sekalian, semoga hari ini kita semua diberi kesehatan dan kelancaran dalam bekerja. Terima kasih atas kehadiran bapak ibu di acara kantor kemarin.',
  'Untuk arisan bulan depan kita kumpul di rumah Bu Sri jam empat sore, mohon bawa piring masing-masing dan jangan terlambat ya.',
  'Ayo bapak ibu, besok coblos nomor 2 ya, menangkan Khofifah Emil! #KhofifahEmil',
  'Semoga keluarga kita semua selalu dalam lindungan Tuhan, diberi rezeki yang berkah dan anak-anak tumbuh sehat. Aamiin.',
].join('\n\n');

function fullResult(): ResultWithWarnings {
  const r: ResultWithWarnings = scorer.score({ text: LONG, id: 'lengkap', election: 'pilgub-jatim-2024', postedAt: '2024-11-20T10:00:00+07:00' }, { written: true });
  r.warnings = [{ type: 'urn:netra:warning:posted-at-in-future', field: 'postedAt', message: 'a "quoted" message' }];
  return r;
}

describe('appendResultJson: the bytes of JSON.stringify', () => {
  it('for every written example and 1,000 generated posts, with and without election, time and written places', () => {
    const examples = readExamples();
    expect(examples.length).toBeGreaterThan(1000);
    const results: ScoreResult[] = [];
    for (const [i, e] of examples.entries()) {
      results.push(scorer.score({ text: e.text, id: e.id, election: e.election || undefined, postedAt: i % 2 ? '2024-11-20T10:00:00+07:00' : undefined }, { written: i % 10 === 0 }));
      if (i % 10 === 5) results.push(scorer.score({ text: e.text })); // no id, no election
    }
    for (const text of syntheticPosts(1000, 5)) results.push(scorer.score({ text, id: text.slice(0, 12) }));
    results.push(fullResult());
    expect(results.some((r) => r.part !== undefined)).toBe(true);
    expect(results.some((r) => r.stage !== undefined)).toBe(true);
    expect(results.some((r) => r.evidence.some((e) => e.written !== undefined && e.candidate !== undefined))).toBe(true);
    expect(firstDifference(results)).toBeUndefined();
  });

  it('for strings with every character class JSON escapes or encodes specially', () => {
    // controls, quote, backslash, DEL, Latin-1, two- and three-byte text, U+2028/2029 (not escaped by
    // JSON.stringify), BOM, U+FFFF, astral pairs, lone and reversed surrogates at the ends and inside
    const pieces = [
      ...Array.from({ length: 32 }, (_, c) => String.fromCharCode(c)),
      '"', '\\', '/', '\x7f', '\x80', 'é', '\u07ff', '\u0800', '–', '\u2028', '\u2029', '\ufeff', '\uffff',
      '🙏', '𝐟', '\ud800', '\udbff', '\udc00', '\udfff', '\udc00\ud800', 'a', 'coblos', ' ', '',
    ];
    let seed = 7;
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const fuzz = (): string => Array.from({ length: random(6) }, () => pieces[random(pieces.length)]).join('');
    const base = fullResult();
    const results: ResultWithWarnings[] = [];
    for (let i = 0; i < 3000; i++) {
      results.push({
        ...base,
        id: i % 7 === 0 ? undefined : fuzz(),
        evidence: base.evidence.map((e) => ({ ...e, text: fuzz(), ...(e.candidate !== undefined ? { candidate: fuzz() } : {}), ...(e.written ? { written: e.written.map((w) => ({ ...w, text: fuzz() })) } : {}) })),
        mentions: base.mentions.map((m) => ({ ...m, text: fuzz(), ...(m.candidate !== undefined ? { candidate: fuzz() } : {}) })),
        election: fuzz(),
        warnings: [{ type: 'x', field: fuzz(), message: fuzz() }],
      });
    }
    for (const p of pieces) results.push({ ...base, id: p, election: `x${p}y` }, { ...base, id: p.repeat(300) }); // also past the first reserve
    expect(firstDifference(results)).toBeUndefined();
  });

  it('for numbers of every form: rounded scores and weights, whole offsets, and anything else', () => {
    const numbers = [
      0, -0, 1, -1, 0.5, 0.1, 0.000001, 0.0000005, 1e-7, 5e-324, 0.999999, 0.9999995, 1.000001, 12.25, -0.0001, 9, 10, 99, 100, 1234567,
      999999999, 1e9, 1e9 + 0.5, 123456789.123456, 1e15, 1e21, 2 ** 53, -(2 ** 53), Number.MAX_VALUE, Number.EPSILON,
      NaN, Infinity, -Infinity, 0.1 + 0.2, 1 / 3, Math.PI, 1e6 - 1e-6, 0.07, 0.29, 4.35, 1.005,
    ];
    let seed = 11;
    const random = (): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    for (let i = 0; i < 20000; i++) {
      const x = random();
      numbers.push(Math.round(x * 1e6) / 1e6, Math.round(x * 1e4) / 1e4, Math.round((x - 0.5) * 1e10) / 1e4, x, x * 1e-6, Math.round(x * 1e6) / 1e6 + 1e-12, Math.floor(x * 5000));
    }
    const base = fullResult();
    const results: ResultWithWarnings[] = [];
    for (let i = 0; i < numbers.length; i += 5) {
      const n = (k: number): number => numbers[(i + k) % numbers.length];
      results.push({
        ...base,
        risk: n(0),
        scores: { ajakan: n(1), dukungan: n(2), serangan: n(3), netral: n(4) },
        evidence: base.evidence.map((e, k) => ({ ...e, weight: n(k), ...(e.written ? { written: e.written.map((w, j) => ({ ...w, start: n(j), end: n(j + 1) })) } : {}) })),
        part: { start: n(2), end: n(3) },
      });
    }
    expect(firstDifference(results)).toBeUndefined();
  });
});

describe('appendResultJson: no key left unwritten', () => {
  it('a result with every optional key has no key the writer does not write, and in the writer\'s order', () => {
    const r = fullResult();
    const inOrder = (o: object, keys: readonly string[]): void => {
      const own = Object.keys(o);
      expect(own.every((k) => keys.includes(k)), `unwritten key among ${own.join(', ')}`).toBe(true);
      expect(own).toEqual(keys.filter((k) => own.includes(k))); // JSON.stringify follows the object's order
    };
    inOrder(r, [...RESULT_KEYS, 'warnings']);
    expect(Object.keys(r)).toEqual(expect.arrayContaining(['id', 'part', 'stage', 'election', 'warnings']));
    inOrder(r.scores, SCORE_KEYS);
    inOrder(r.part!, PART_KEYS);
    for (const e of r.evidence) inOrder(e, EVIDENCE_KEYS);
    for (const w of r.evidence.flatMap((e) => e.written ?? [])) inOrder(w, PLACE_KEYS);
    for (const m of r.mentions) inOrder(m, MENTION_KEYS);
    expect(r.evidence.some((e) => e.candidate !== undefined && e.written !== undefined)).toBe(true);
    expect(r.mentions.some((m) => m.candidate !== undefined)).toBe(true);
    expect(firstDifference([r])).toBeUndefined();
  });

  it('a key the writer does not know makes the bytes differ (what the test above guards against)', () => {
    const r = { ...fullResult(), extra: 1 } as ResultWithWarnings;
    expect(firstDifference([r])).toBeDefined();
  });
});
