// A 409 that reaches the pages' fallback error page was headed "Permintaan tidak dapat diproses", the
// generic heading, while every other 409 page says "Tidak diubah" (the item page's refusals) or what
// conflicts ("Bukan entri ekspor"). It is headed and worded as a conflict now; other statuses keep theirs.
import { afterAll, describe, expect, it } from 'vitest';
import express from 'express';
import { errorTextOf, headingOf } from '../../src/review/web/error-words.js';
import { htmlErrorPage } from '../../src/review/web/router.js';
import { ProblemError } from '../../src/service/problem.js';
import { listenLocal } from '../helpers/listen.js';

describe("the error page's heading for a conflict", () => {
  const closers: (() => void)[] = [];
  afterAll(() => closers.forEach((close) => close()));

  it('says nothing was changed, as the other 409 pages do, on the fallback page itself', async () => {
    const app = express();
    app.get('/review/x', () => {
      throw new ProblemError({ type: 'urn:netra:problem:conflict', title: 'Conflict', status: 409, detail: 'conflict' });
    });
    app.use(htmlErrorPage);
    const { server, base } = await listenLocal(app);
    closers.push(() => server.close());
    const res = await fetch(`${base}/review/x`);
    expect(res.status).toBe(409);
    const page = await res.text();
    expect(/<h1>([^<]*)<\/h1>/.exec(page)?.[1]).toBe('Tidak diubah');
    expect(page).toContain('Tidak ada yang diubah: keadaannya sudah berubah sejak halaman itu dibuka.');
  });

  it('keeps the other headings, and the generic one for a status without its own', () => {
    expect([400, 403, 404, 405, 409, 413, 415, 500].map(headingOf)).toEqual(['Permintaan tidak valid', 'Tidak diizinkan', 'Tidak ditemukan', 'Metode tidak diterima', 'Tidak diubah', 'Formulir terlalu besar', 'Jenis formulir tidak didukung', 'Kesalahan server']);
    expect(headingOf(418)).toBe('Permintaan tidak dapat diproses');
    expect(errorTextOf(500)).toBe('Terjadi kesalahan di server; coba lagi.');
  });
});
