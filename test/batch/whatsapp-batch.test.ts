// `netra score --format whatsapp`: a chat export scored as a feed. Every chat here is invented.
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createScorer } from '../../src/pipeline/create.js';
import type { Scorer } from '../../src/pipeline/scorer.js';
import { BatchUsageError } from '../../src/batch/errors.js';
import type { ReviewQueue } from '../../src/batch/enqueue.js';
import type { BatchOptions } from '../../src/batch/job-options.js';
import type { FlaggedItem } from '../../src/batch/types.js';
import { scoreUsage } from './score-usage.js';
import { cli, examplePosts, killAfter, options, runCaptured, tempDir } from './helpers.js';

let scorer: Scorer;
beforeAll(async () => {
  scorer = await createScorer();
});

const JATIM = JSON.parse(readFileSync(path.join('data', 'elections', 'pilgub-jatim-2024.json'), 'utf8'));
const WIB = 7 * 60;
const chat = (partial: Partial<BatchOptions> & Pick<BatchOptions, 'input'>) => options({ format: 'whatsapp', postedAtZone: WIB, ...partial });
const lines = (s: string) => s.split('\n').filter((l) => l !== '');

/** An Indonesian Android export: the campaign, the quiet period, a system line, media, a multi-line message. */
const GROUP_CHAT = [
  '20/10/24 07.00 - Pesan dan panggilan terenkripsi secara end-to-end. Tidak seorang pun di luar chat ini yang dapat membaca atau mendengarkannya.',
  '20/10/24 07.02 - Bu Wati: Ayo bapak ibu, tanggal 27 coblos nomor 2, sudah terbukti!',
  '21/10/24 08.15 - Pak Tono: <Media tidak disertakan>',
  '24/11/24 21.40 - Pak Tono: Rapat RT besok malam jam 19.00',
  'di rumah Pak RW, mohon hadir.',
  '25/11/24 06.00 - Mas Joni keluar',
  '25/11/24 06.01 - Mas Joni: Diteruskan',
  'Pilih yang peduli wong cilik, nomor 2!',
].join('\n');

describe('--format whatsapp', () => {
  it('scores each message body with its number as id, its header time (in --posted-at-zone) giving the stage', async () => {
    const dir = tempDir();
    const input = path.join(dir, 'grup.txt');
    writeFileSync(input, GROUP_CHAT + '\n');
    const run = await runCaptured(chat({ input, election: { config: JATIM, fromFile: false } }));
    const expected = [
      { id: '1', text: 'Ayo bapak ibu, tanggal 27 coblos nomor 2, sudah terbukti!', postedAt: '2024-10-20T00:02:00.000Z' },
      { id: '3', text: 'Rapat RT besok malam jam 19.00\ndi rumah Pak RW, mohon hadir.', postedAt: '2024-11-24T14:40:00.000Z' },
      { id: '4', text: 'Pilih yang peduli wong cilik, nomor 2!', postedAt: '2024-11-24T23:01:00.000Z' },
    ].map((p) => scorer.score({ ...p, election: 'pilgub-jatim-2024' }));
    expect(run.stdout).toBe(expected.map((r) => JSON.stringify(r) + '\n').join(''));
    expect(lines(run.stdout).map((l) => JSON.parse(l)).map((r) => [r.id, r.stage])).toEqual([
      ['1', 'campaign'],
      ['3', 'quiet_period'],
      ['4', 'quiet_period'],
    ]);
    expect(run.outcome.stats).toMatchObject({ read: 3, scored: 3, errors: 0 });
    expect(run.stderr).toContain(
      "\n  note: the chat export's 2 system lines (joined, left, subject changed, the encryption notice) and 1 message without text to score (media, deleted, a forward marker alone) were skipped: not posts, not records\n",
    );
    expect(run.stderr).not.toMatch(/warning/);
  });

  it('reads stdin (an iOS export with CRLF and a BOM); a message over the text limit is a bad record with its number', async () => {
    const ios = ['[20/10/24 07.02.11] Bu Wati: Selamat pagi semua', '[20/10/24 07.03.12] Pak Tono: ' + 'panjang '.repeat(10), '[20/10/24 07.04.13] Bu Wati: ok'].join('\r\n');
    const errors = path.join(tempDir(), 'errors.jsonl');
    const run = await runCaptured(chat({ input: '-', maxTextLength: 40, errors }), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(ios + '\r\n')]));
    expect(lines(run.stdout).map((l) => JSON.parse(l).id)).toEqual(['1', '3']);
    expect(run.outcome.stats).toMatchObject({ read: 3, scored: 2, errors: 1 });
    expect(lines(readFileSync(errors, 'utf8')).map((l) => JSON.parse(l))).toEqual([{ record: 2, line: 2, id: '2', reason: 'text is 80 characters long; the limit is 40 characters (NETRA_MAX_TEXT_LENGTH sets it)' }]);
  });

  it('refuses a chat without --posted-at-zone, and a file that is no chat, as bad usage before writing anything', async () => {
    const dir = tempDir();
    const input = path.join(dir, 'grup.txt');
    writeFileSync(input, GROUP_CHAT);
    const output = path.join(dir, 'out.jsonl');
    await expect(runCaptured(options({ input, format: 'whatsapp', output }))).rejects.toThrow(/^WhatsApp exports write times without a zone: give --posted-at-zone/);
    const notes = path.join(dir, 'catatan.txt');
    writeFileSync(notes, 'Catatan rapat\n20/10/24 07.02 - Bu Wati: halo\n');
    await expect(runCaptured(chat({ input: notes, output }))).rejects.toThrow(BatchUsageError);
    expect(existsSync(output)).toBe(false);
  });

  it('sends the sender to the review queue as the author, and the message number not as an external id', async () => {
    const dir = tempDir();
    const input = path.join(dir, 'grup.txt');
    writeFileSync(input, GROUP_CHAT);
    const added: FlaggedItem[] = [];
    const queue: ReviewQueue = {
      counts: { created: 0, duplicates: 0, skipped: 0 },
      async add(items) {
        added.push(...items);
      },
      async close() {},
    };
    await runCaptured(chat({ input, election: { config: JATIM, fromFile: false }, openQueue: async () => queue }));
    expect(added.length).toBeGreaterThan(0);
    for (const item of added) {
      expect(item.externalId).toBeUndefined();
      expect(['Bu Wati', 'Mas Joni']).toContain(item.author);
      expect(item.text).not.toMatch(/^\d\d\/|Diteruskan/);
    }
  });
});

describe('--format whatsapp and --resume', () => {
  /** A chat of `count` messages from the written examples, with system lines, media and continued lines among them. */
  function longChat(count: number): string[] {
    return examplePosts(count, 11).flatMap((p, i) => {
      const day = String(1 + (i % 28)).padStart(2, '0');
      const header = `${day}/10/24 ${String(i % 24).padStart(2, '0')}.${String(i % 60).padStart(2, '0')} -`;
      const msg = [`${header} Anggota ${i % 7}: ${p.text}`];
      if (i % 9 === 0) msg.push('baris kedua pesan ini');
      if (i % 10 === 0) msg.push(`${header} Anggota ${i % 7}: <Media tidak disertakan>`);
      if (i % 13 === 0) msg.push(`${header} Anggota ${i % 5} keluar`);
      return msg;
    });
  }

  /** The message numbers of longChat's media placeholders: one after every tenth post. */
  const mediaNumbers = (count: number) => Array.from({ length: Math.ceil(count / 10) }, (_, k) => 10 * k + k + 2);

  it('goes on after a kill at its place: the output and errors of an uninterrupted run', async () => {
    const dir = tempDir();
    const rows = longChat(120);
    const input = path.join(dir, 'grup.txt');
    writeFileSync(input, rows.join('\n') + '\n');
    const output = path.join(dir, 'out.jsonl');
    const errors = path.join(dir, 'errors.jsonl');
    const settings = { postedAtZone: WIB, maxTextLength: 120 };
    await runCaptured(chat({ input, output, errors, ...settings }));
    const want = { out: readFileSync(output), errs: readFileSync(errors) };
    // 120 messages: those of the examples over 120 characters are bad records, the rest scored, each with its number
    const ids = [...lines(want.out.toString()), ...lines(want.errs.toString())].map((l) => Number(JSON.parse(l).id));
    expect(ids.sort((a, b) => a - b)).toEqual(Array.from({ length: 120 + 12 }, (_, i) => i + 1).filter((n) => !mediaNumbers(120).includes(n)));
    expect(lines(want.errs.toString()).every((l) => /^text is \d+ characters long/.test(JSON.parse(l).reason))).toBe(true);

    const head = rows.slice(0, rows.findIndex((l) => l.startsWith('01/10/24 04.28')) + 1);
    const at = await killAfter({ dir, head: head.join('\n') + '\n', format: 'whatsapp', output, errors, want, settings }, (at) => ({
      out: want.out.subarray(0, at.outputBytes + 100),
      errs: want.errs.subarray(0, at.errorsBytes),
    }));
    expect(at.records).toBeGreaterThan(20);
    const resumed = await runCaptured(chat({ input, output, errors, resume: true, ...settings }));
    expect(resumed.outcome.resumedAt).toBe(at.records);
    expect(readFileSync(output).equals(want.out)).toBe(true);
    expect(readFileSync(errors).equals(want.errs)).toBe(true);
  });

  it('refuses a resume with another --posted-at-order', async () => {
    const dir = tempDir();
    const input = path.join(dir, 'grup.txt');
    writeFileSync(input, '01/02/24 07.00 - A: halo\n');
    const output = path.join(dir, 'out.jsonl');
    await runCaptured(chat({ input, output }));
    await expect(runCaptured(chat({ input, output, resume: true, postedAtOrder: 'mdy' }))).rejects.toThrow(/cannot resume: --posted-at-order differs/);
  });
});

describe('score command with WhatsApp exports', () => {
  const usage = scoreUsage;

  it('refuses flags a chat has no use for, and a .txt that is no chat', async () => {
    expect(await usage('--input', 'x.txt', '--format', 'whatsapp', '--text-field', 'isi')).toMatch(/^--text-field does not apply to --format whatsapp/);
    expect(await usage('--input', 'x.txt', '--format', 'whatsapp', '--author-field', 'a', '--enqueue')).toMatch(/^--author-field does not apply to --format whatsapp/);
    expect(await usage('--input', 'x.txt', '--format', 'whatsapp', '--url-field', 'x', '--enqueue')).toMatch(/^--url-field does not apply to --format whatsapp/);
    expect(await usage('--input', 'x.csv', '--posted-at-order', 'mdy')).toBe('--posted-at-order needs --posted-at-field (or --format whatsapp)');
    expect(await usage('--input', 'x.txt', '--format', 'whatsapp', '--posted-at-zone', 'WIB', '--posted-at-order', 'ymd')).toMatch(/^--posted-at-order for a WhatsApp export is dmy/);
    expect(await usage('--input', 'x.csv', '--format', 'xml')).toMatch(/^--format must be csv, jsonl or whatsapp/);
    const notes = path.join(tempDir(), 'catatan.txt');
    writeFileSync(notes, 'Catatan rapat\n');
    expect(await usage('--input', notes)).toBe(`cannot tell the format of ${notes}; give --format csv|jsonl|whatsapp`);
  });

  it('tells a .txt chat export by its first line, and scores it end to end', async () => {
    const dir = tempDir();
    const input = path.join(dir, 'WhatsApp Chat with Grup RT.txt');
    writeFileSync(input, GROUP_CHAT + '\n');
    const run = await cli(['score', '--input', input, '--posted-at-zone', 'WIB', '--election', 'pilgub-jatim-2024', '--workers', '1']);
    expect(run.code).toBe(0);
    const rows = lines(run.stdout).map((l) => JSON.parse(l));
    expect(rows.map((r) => [r.id, r.stage, r.election])).toEqual([
      ['1', 'campaign', 'pilgub-jatim-2024'],
      ['3', 'quiet_period', 'pilgub-jatim-2024'],
      ['4', 'quiet_period', 'pilgub-jatim-2024'],
    ]);
    expect(run.stderr).toMatch(/^netra score: 3 records read, 3 scored, 0 errors\n/);
  });
});
