// Small pure pieces of the review feature: highlighting, CSV cells, the chart, roles, cursors, config.
import { describe, expect, it } from 'vitest';
import { highlight } from '../../src/review/web/highlight.js';
import { queueChart } from '../../src/review/web/chart.js';
import { html, esc } from '../../src/review/web/html.js';
import { csvCell } from '../../src/util/csv-cell.js';
import { probability } from '../../src/review/web/format.js';
import { dedupeKey } from '../../src/review/store/items.js';
import { decodeCursor, encodeCursor } from '../../src/review/store/cursor.js';
import { hasRole } from '../../src/review/roles.js';
import { reviewConfig } from '../../src/review/config.js';
import { DEFAULT_DATA_DIR } from '../../src/review/data-dir.js';
import { PROJECT_ROOT } from '../../src/text/resources.js';
import { entropy } from '../../src/review/suggest.js';

describe('highlight', () => {
  it('marks evidence at word starts, case-insensitively, across punctuation, and escapes the rest', () => {
    const out = highlight('Ayo COBLOS-an <b>nomor  2</b> & mencoblos', [
      { text: 'coblos', kind: 'evidence', title: 'bobot 4' },
      { text: 'nomor 2', kind: 'mention', title: 'calon "02"' },
    ]);
    expect(out).toBe('Ayo <mark class="evidence" title="bobot 4">COBLOS</mark>-an &lt;b&gt;<mark class="mention" title="calon &quot;02&quot;">nomor  2</mark>&lt;/b&gt; &amp; mencoblos');
  });
  it('keeps the first of overlapping marks and ignores empty phrases', () => {
    expect(highlight('dukung dukungan', [{ text: 'dukung', kind: 'evidence', title: '' }, { text: '', kind: 'evidence', title: '' }])).toBe(
      '<mark class="evidence" title="">dukung</mark> <mark class="evidence" title="">dukungan</mark>',
    );
  });
  it('finds phrases normalization rewrote: leetspeak, slang, padded numbers, gesture emoji', () => {
    const out = highlight('Ayo c0bl0s 02 ya ✌️ jgn golput', [
      { text: 'coblos', kind: 'evidence', title: 'w' },
      { text: 'nomor 2', kind: 'mention', title: '02' },
      { text: 'salam 2 jari', kind: 'mention', title: '02' },
      { text: 'jangan', kind: 'evidence', title: 'w' },
      { text: 'presiden', kind: 'evidence', title: 'w' }, // not in the post: nothing marked
    ]);
    expect(out).toBe(
      'Ayo <mark class="evidence" title="w">c0bl0s</mark> <mark class="mention" title="02">02</mark> ya <mark class="mention" title="02">✌️</mark> <mark class="evidence" title="w">jgn</mark> golput',
    );
  });
  it('marks a gesture emoji given as evidence by its emoji (a bare ✌️ is no mention)', () => {
    expect(highlight('Liburan ✌️ seru', [{ text: '✌️', kind: 'evidence', title: 'w' }])).toBe('Liburan <mark class="evidence" title="w">✌️</mark> seru');
  });
  it('marks evidence with the bracketed words normalization left ([angka], [tautan], [akun]) on the words they stand for', () => {
    const out = highlight('Lanjutkan 2 periode, cek https://contoh.id/a bareng @kawan', [
      { text: 'lanjutkan [angka]', kind: 'evidence', title: 'w' },
      { text: '[tautan]', kind: 'evidence', title: 'w' },
      { text: 'bareng [akun]', kind: 'evidence', title: 'w' },
    ]);
    expect(out).toBe(
      '<mark class="evidence" title="w">Lanjutkan 2</mark> periode, cek <mark class="evidence" title="w">https://contoh.id/a</mark> <mark class="evidence" title="w">bareng @kawan</mark>',
    );
  });
  it('marks punctuation evidence ("!") and an emoji written right after a word, without extending them into the next word', () => {
    expect(highlight('14 Februari! Jangan golput ya✌️ayo', [
      { text: '!', kind: 'evidence', title: 'w' },
      { text: '✌️', kind: 'evidence', title: 'w' },
    ])).toBe('14 Februari<mark class="evidence" title="w">!</mark> Jangan golput ya<mark class="evidence" title="w">✌️</mark>ayo');
    // A word still starts a word: "pilih" in "memilih" is not marked.
    expect(highlight('memilih', [{ text: 'pilih', kind: 'evidence', title: 'w' }])).toBe('memilih');
  });
  it('searches a repeated phrase once: 1,000 equal mentions mark the same as one', () => {
    const text = 'prabowo '.repeat(1250);
    const one = { text: 'prabowo', kind: 'mention' as const, title: '02' };
    const out = highlight(text, Array.from({ length: 1000 }, () => one));
    expect(out).toBe(highlight(text, [one]));
    expect(out.match(/<mark /g)).toHaveLength(1250);
  });
});

describe('html', () => {
  it('escapes interpolations but not nested fragments', () => {
    expect(html`<p>${'<script>'}${html`<i>${"'"}</i>`}</p>`.value).toBe('<p>&lt;script&gt;<i>&#39;</i></p>');
    expect(esc(null)).toBe('');
  });
});

describe('unseen characters on the page', () => {
  it('are named, not passed raw: controls and bidi/format characters; tab, newline, CRLF, ZWJ stay', () => {
    expect(esc('a\u202eb\u0000c\u001b\r\nd\te\rf\u200bg\u0085')).toBe('a[U+202E]b[U+0000]c[U+001B]\r\nd\te[U+000D]f[U+200B]g[U+0085]');
    expect(esc('👨\u200d👩\u200d👧')).toBe('👨\u200d👩\u200d👧');
    expect(highlight('ayo \u202ecoblos', [{ text: 'coblos', kind: 'evidence', title: 'w' }])).toBe(
      'ayo <span class="ctl" title="U+202E">[U+202E]</span><mark class="evidence" title="w">coblos</mark>',
    );
  });
});

describe('probability on the page', () => {
  it('is cut to the digits shown, never rounded up to certainty', () => {
    expect(probability(0.999911)).toBe('0.999');
    expect(probability(0.9996, 2)).toBe('0.99');
    expect(probability(0.287)).toBe('0.287');
    expect(probability(0.5)).toBe('0.500');
    expect(probability(0.0012)).toBe('0.001');
  });

  it('never shows a calibrated probability as certain either way: 1 (rounded by the scorer) or 0 (cut) reads as a bound', () => {
    expect(probability(1)).toBe('> 0.999');
    expect(probability(1, 2)).toBe('> 0.99');
    expect(probability(0.9999996)).toBe('0.999');
    expect(probability(0.0009)).toBe('< 0.001');
    expect(probability(0)).toBe('< 0.001');
    expect(probability(0.004, 2)).toBe('< 0.01');
  });
});

describe('csvCell', () => {
  it('quotes separators and neutralises formulas', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell(null)).toBe('');
    expect(csvCell(-0.5)).toBe('-0.5');
    expect(csvCell('a\u0000b\u001b[31m\u007f\u0085 c\td')).toBe('a[U+0000]b[U+001B][31m[U+007F][U+0085] c\td');
    expect(csvCell('baris\r\nbaru')).toBe('"baris\r\nbaru"');
  });

  it("quotes a guarded cell only when it needs quotes, as the batch CSV does: the ' is the guard", () => {
    expect(csvCell('-')).toBe("'-");
    expect(csvCell('+6281234567890')).toBe("'+6281234567890");
    expect(csvCell('\tx')).toBe("'\tx");
  });
});

describe('queueChart', () => {
  it('draws one bar per level with a segment per status', () => {
    const svg = queueChart({ tinggi: { new: 3, confirmed: 1 }, rendah: { dismissed: 2 } });
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg.match(/<rect class="s-/g)?.length).toBe(3 + 5);
    expect(svg).toContain('tinggi · baru: 3');
  });
  it('names its counts for screen readers (role="img" hides the bar titles)', () => {
    const svg = queueChart({ tinggi: { new: 3, confirmed: 1 }, rendah: { dismissed: 2 } });
    expect(/<svg [^>]*role="img" aria-label="([^"]*)"/.exec(svg)?.[1]).toBe('Antrean menurut level dan status: rendah 2 (ditolak 2); sedang 0; tinggi 4 (baru 3, dikonfirmasi 1)');
  });
  it('labels the legend in the page\'s words, wrapping it inside the chart', () => {
    const svg = queueChart({});
    const legend = [...svg.matchAll(/<text x="(\d+)" y="(\d+)" class="legend">([^<]*)<\/text>/g)];
    expect(legend.map((m) => m[3])).toEqual(['baru', 'ditinjau', 'dikonfirmasi', 'ditolak', 'dieskalasi']);
    expect(svg).not.toMatch(/>(new|in_review|confirmed|dismissed|escalated)</);
    const width = Number(/viewBox="0 0 (\d+) (\d+)"/.exec(svg)?.[1]);
    const height = Number(/viewBox="0 0 (\d+) (\d+)"/.exec(svg)?.[2]);
    for (const [, x, y, word] of legend) {
      expect(Number(x) + word.length * 6.5).toBeLessThanOrEqual(width);
      expect(Number(y)).toBeLessThanOrEqual(height);
    }
  });
});

describe('cursor, dedupe, roles, config, entropy', () => {
  it('round-trips cursors and rejects garbage', () => {
    expect(decodeCursor(encodeCursor(0.25, 'abc'))).toEqual({ risk: 0.25, id: 'abc' });
    expect(decodeCursor('!!')).toBeUndefined();
  });
  it('dedupes by external id when present, else by author + text', () => {
    expect(dedupeKey({ text: 'a', source: 's', externalId: '1' })).toMatch(/^ext:s:1:[0-9a-f]{16}$/);
    expect(dedupeKey({ text: 'a ', source: 's', externalId: '1' })).toBe(dedupeKey({ text: 'a', source: 's', externalId: '1' }));
    expect(dedupeKey({ text: 'b', source: 's', externalId: '1' })).not.toBe(dedupeKey({ text: 'a', source: 's', externalId: '1' }));
    expect(dedupeKey({ text: 'a ', author: 'x' })).toBe(dedupeKey({ text: 'a', author: 'x' }));
    expect(dedupeKey({ text: 'a', author: 'x' })).not.toBe(dedupeKey({ text: 'a', author: 'y' }));
    expect(dedupeKey({ text: 'rahasia', author: 'x' })).not.toContain('rahasia');
    // without an id, the posting time to the minute is part of it: a chat's repeat later is another post
    expect(dedupeKey({ text: 'a', author: 'x', postedAt: '2029-11-01T01:00:59Z' })).toBe(dedupeKey({ text: 'a', author: 'x', postedAt: '2029-11-01T08:00:00+07:00' }));
    expect(dedupeKey({ text: 'a', author: 'x', postedAt: '2029-11-24T01:00:00Z' })).not.toBe(dedupeKey({ text: 'a', author: 'x', postedAt: '2029-11-01T01:00:00Z' }));
    expect(dedupeKey({ text: 'a', author: 'x', postedAt: '2029-11-01T01:00:00Z' })).not.toBe(dedupeKey({ text: 'a', author: 'x' }));
  });
  it('orders roles', () => {
    expect(hasRole('admin', 'supervisor')).toBe(true);
    expect(hasRole('analyst', 'supervisor')).toBe(false);
  });
  it('reads the environment', () => {
    expect(reviewConfig({})).toEqual({ databaseUrl: undefined, dataDir: DEFAULT_DATA_DIR, retentionDays: 180, escalatedRetentionDays: 365, maxBatch: 500, maxTextLength: 10_000, connectTimeoutMs: 10_000 });
    expect(DEFAULT_DATA_DIR).toBe(`${PROJECT_ROOT}/var`); // under the project, whatever the current directory
    expect(reviewConfig({ NETRA_DATA_DIR: 'antrean' }).dataDir).toBe(`${process.cwd()}/antrean`); // a relative one given: from the cwd
    expect(reviewConfig({ NETRA_MAX_TEXT_LENGTH: '20000' }).maxTextLength).toBe(20_000);
    expect(() => reviewConfig({ NETRA_MAX_TEXT_LENGTH: '1000001' })).toThrow(/NETRA_MAX_TEXT_LENGTH: must be at most 1000000/);
    expect(() => reviewConfig({ NETRA_RETENTION_DAYS: '1000000000' })).toThrow(/NETRA_RETENTION_DAYS: must be at most 36500/);
    expect(reviewConfig({ NETRA_RETENTION_DAYS: '0', NETRA_DATA_DIR: '/d' }).retentionDays).toBe(0);
    expect(() => reviewConfig({ NETRA_RETENTION_DAYS: 'soon' })).toThrow(/NETRA_RETENTION_DAYS/);
    expect(() => reviewConfig({ NETRA_RETENTION_DAYS: '0x10' })).toThrow(/NETRA_RETENTION_DAYS/);
    expect(() => reviewConfig({ NETRA_REVIEW_MAX_BATCH: '0' })).toThrow(/NETRA_REVIEW_MAX_BATCH: must be at least 1/);
  });
  it('computes entropy', () => {
    expect(entropy({ a: 0.25, b: 0.25, c: 0.25, d: 0.25 })).toBeCloseTo(2);
    expect(entropy({ a: 1, b: 0 })).toBe(0);
  });
});
