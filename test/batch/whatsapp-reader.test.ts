// WhatsApp "Export chat" text read as records: every chat below is invented for these tests.
import { describe, expect, it } from 'vitest';
import { readWhatsApp, skippedNote, type ChatSkips, type WhatsAppOptions } from '../../src/batch/whatsapp-reader.js';
import { BatchUsageError } from '../../src/batch/errors.js';
import { all, chunked } from './helpers.js';

async function read(text: string | Buffer, opts: WhatsAppOptions = {}, chunkSize = 7) {
  let skipped: ChatSkips | undefined;
  const records = await all(readWhatsApp(chunked(text, chunkSize), { ...opts, onSkipped: (s) => (skipped = s) }));
  return { records, skipped };
}

/** What a record says, in the fields the job maps (text, author, posted_at) plus its number, line and id. */
const seen = (rs: Awaited<ReturnType<typeof read>>['records']) => rs.map((r) => ({ n: r.n, line: r.line, id: r.id, ...(r.error ? { error: r.error } : {}), ...r.fields }));

const ANDROID_ID = [
  '12/10/29 07.02 - Pesan dan panggilan terenkripsi secara end-to-end. Tidak seorang pun di luar chat ini yang dapat membaca atau mendengarkannya.',
  '12/10/29 07.02 - Pak Tono membuat grup "Rapat RT 09"',
  '12/10/29 07.05 - Bu Wati: Selamat pagi, rapat nanti jam 19.00 ya',
  'di balai RT.',
  '',
  'Bawa buku catatan.',
  '13/10/29 20.15 - Pak Tono menambahkan Mas Joni',
  '13/10/29 20.16 - Mas Joni: <Media tidak disertakan>',
  '13/10/29 20.17 - Mas Joni: Pesan ini telah dihapus',
  '13/10/29 20.18 - Mas Joni: Diteruskan',
  'Ayo kerja bakti hari Minggu',
  '14/10/29 21.00 - Pak Tono: siap: besok saya bawa cangkul',
  '14/10/29 21.01 - Mas Joni keluar',
].join('\n');

describe('readWhatsApp', () => {
  it('reads an Indonesian Android export: one record per message, its body only, multi-line messages kept whole', async () => {
    const { records, skipped } = await read(ANDROID_ID + '\n');
    expect(seen(records)).toEqual([
      { n: 1, line: 3, id: '1', text: 'Selamat pagi, rapat nanti jam 19.00 ya\ndi balai RT.\n\nBawa buku catatan.', author: 'Bu Wati', posted_at: '2029-10-12T07:05:00' },
      // the forward marker alone on its first line carries no content: dropped
      { n: 2, line: 10, id: '4', text: 'Ayo kerja bakti hari Minggu', author: 'Mas Joni', posted_at: '2029-10-13T20:18:00' },
      { n: 3, line: 12, id: '5', text: 'siap: besok saya bawa cangkul', author: 'Pak Tono', posted_at: '2029-10-14T21:00:00' },
    ]);
    // the encryption notice, the group made, a member added and one leaving; a media placeholder and a deleted message
    expect(skipped).toEqual({ system: 4, noText: 2 });
  });

  it('reads the same records whatever the chunks, with CRLF line ends and a BOM', async () => {
    const lf = await read(ANDROID_ID);
    for (const size of [1, 3, 64, 1 << 16]) {
      const crlf = await read(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(ANDROID_ID.replaceAll('\n', '\r\n') + '\r\n')]), {}, size);
      expect(seen(crlf.records)).toEqual(seen(lf.records));
      expect(crlf.skipped).toEqual(lf.skipped);
    }
  });

  it('decodes UTF-16LE after its BOM, and says so', async () => {
    let utf16 = false;
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ANDROID_ID, 'utf16le')]);
    const records = await all(readWhatsApp(chunked(bytes, 5), { onUtf16: () => (utf16 = true) }));
    expect(seen(records)).toEqual(seen((await read(ANDROID_ID)).records));
    expect(utf16).toBe(true);
  });

  it('reads a 4-digit year with a comma, and iOS headers with seconds and a direction mark', async () => {
    const { records, skipped } = await read(
      [
        '\u200e[05/11/2029, 06.30.15] Rapat RT 09: \u200ePesan dan panggilan terenkripsi secara end-to-end.',
        '[05/11/29 06.31.02] Bu Wati: Jangan lupa iuran',
        '[05/11/29 06.31.05] Rapat RT 09: \u200ePak Tono menambahkan Mas Joni',
        '\u200e[05/11/29 06.32.00] Mas Joni: \u200egambar tidak disertakan',
        '\u200e[05/11/29 06.33.00] Mas Joni: \u200e<lampiran: 00000012-PHOTO-2029-11-05.jpg>',
        '05/11/2029, 06:40 - Pak Tono: Sudah saya catat',
      ].join('\n'),
    );
    expect(seen(records)).toEqual([
      { n: 1, line: 2, id: '1', text: 'Jangan lupa iuran', author: 'Bu Wati', posted_at: '2029-11-05T06:31:02' },
      { n: 2, line: 6, id: '4', text: 'Sudah saya catat', author: 'Pak Tono', posted_at: '2029-11-05T06:40:00' },
    ]);
    // iOS gives the encryption notice and other events the group's name as their sender: still system lines
    expect(skipped).toEqual({ system: 2, noText: 2 });
  });

  it('reads English-locale exports: AM/PM after a narrow no-break space, placeholders and system lines in English', async () => {
    const en = [
      '11/5/29, 7:02\u202fAM - Messages and calls are end-to-end encrypted. No one outside of this chat can read or listen to them.',
      '11/5/29, 7:03\u202fAM - Tom joined using this group\'s invite link',
      '11/5/29, 12:15\u202fPM - Tom: Lunch at noon?',
      '11/5/29, 12:40 AM - Ann: <Media omitted>',
      '11/5/29, 12:41 am - Ann: This message was deleted',
      '11/5/29, 9:05 PM - Ann: Forwarded many times',
      'See you there <This message was edited>',
      '[11/5/29, 9:06:07 PM] Tom: sticker omitted',
    ].join('\n');
    const { records, skipped } = await read(en, { dateOrder: 'mdy' });
    expect(seen(records)).toEqual([
      { n: 1, line: 3, id: '1', text: 'Lunch at noon?', author: 'Tom', posted_at: '2029-11-05T12:15:00' },
      { n: 2, line: 6, id: '4', text: 'See you there', author: 'Ann', posted_at: '2029-11-05T21:05:00' },
    ]);
    expect(skipped).toEqual({ system: 2, noText: 3 });
  });

  it('keeps a forward marker that shares its line with text, and skips one that is the whole message', async () => {
    const { records, skipped } = await read('01/11/29 08.00 - A: Diteruskan dari kelurahan: kerja bakti Minggu\n01/11/29 08.01 - B: *Diteruskan*\n');
    expect(records.map((r) => r.fields?.text)).toEqual(['Diteruskan dari kelurahan: kerja bakti Minggu']);
    expect(skipped).toEqual({ system: 0, noText: 1 });
    expect(skippedNote(skipped!)).toEqual(["the chat export's 1 message without text to score (media, deleted, a forward marker alone) was skipped: not a post, not a record"]);
    expect(skippedNote({ system: 0, noText: 0 })).toEqual([]);
  });

  it('refuses a file that is no chat export, after its first line, as bad usage', async () => {
    await expect(read('id,text\n1,halo\n', { input: 'feed.txt' })).rejects.toThrow(BatchUsageError);
    await expect(read('\n\nhalo semua\n12/10/29 07.02 - A: b\n', { input: 'catatan.txt' })).rejects.toThrow(/^catatan\.txt is not a WhatsApp chat export: its first line/);
  });

  it('reads day-first by default, and refuses a month-first export before any record, naming --posted-at-order', async () => {
    const us = '10/12/29, 07.02 - Tom: one\n10/25/29, 07.03 - Tom: two\n';
    await expect(read('10/25/29, 07.03 - Tom: two\n')).rejects.toThrow(/the date 10\/25\/29 has no month 25, so this export writes dates month first: give --posted-at-order mdy/);
    // once records are out, the wrong order stops reading: the dates before were read wrong too
    const { records } = await read(us);
    expect(seen(records)).toEqual([
      { n: 1, line: 1, id: '1', text: 'one', author: 'Tom', posted_at: '2029-12-10T07:02:00' },
      { n: 2, line: 2, id: '2', error: expect.stringMatching(/give --posted-at-order mdy$/) },
    ]);
    expect(records[1].fatal).toBe(true);
    expect((await read(us, { dateOrder: 'mdy' })).records.map((r) => r.fields?.posted_at)).toEqual(['2029-10-12T07:02:00', '2029-10-25T07:03:00']);
  });

  it('refuses a 12-hour (AM/PM) export without --posted-at-order before any record: a US-English phone writes 11/5 for 5 November', async () => {
    // Every date of a chat from the 1st to the 12th reads both ways; read day first, none would be refused.
    const ios = '[11/5/24, 6:58:30 AM] Staf: \u200eSri created this group\n[11/5/24, 7:05:12 PM] Sri: Besok apel pagi\n';
    await expect(read(ios)).rejects.toThrow(/12-hour time \(AM\/PM\).*give --posted-at-order mdy/);
    await expect(read(ios)).rejects.toThrow(BatchUsageError);
    expect((await read(ios, { dateOrder: 'mdy' })).records.map((r) => r.fields?.posted_at)).toEqual(['2024-11-05T19:05:12']);
    expect((await read(ios, { dateOrder: 'dmy' })).records.map((r) => r.fields?.posted_at)).toEqual(['2024-05-11T19:05:12']);
  });

  it('skips what newer exports write for messages without text: view-once media, deleted by an admin, waiting for a message, an edit mark alone', async () => {
    const chat = [
      '01/11/29 08.00 - A: null',
      '01/11/29 08.01 - A: Pesan ini dihapus oleh admin',
      '01/11/29 08.02 - A: Menunggu pesan ini. Periksa ponsel Anda.',
      '01/11/29 08.03 - A: Pesan ini diedit',
      '01/11/29 08.04 - A: Waiting for this message. This may take a while.',
      '01/11/29 08.05 - A: This message was deleted by admin Budi',
      '01/11/29 08.06 - A: nulis laporan dulu',
    ].join('\n');
    const { records, skipped } = await read(chat);
    expect(records.map((r) => r.fields?.text)).toEqual(['nulis laporan dulu']);
    expect(skipped).toEqual({ system: 0, noText: 6 });
  });

  it('makes a message with an impossible date, or one past the record limit, a bad record and reads on', async () => {
    const long = 'x'.repeat(300);
    const { records } = await read(`30/02/29 07.00 - A: halo\n01/03/29 07.00 - A: ${long}\n${long}\n01/03/29 07.01 - B: ok\n01/03/29 13.01 PM - B: ok\n`, { maxRecordBytes: 400 }, 50);
    expect(seen(records)).toEqual([
      { n: 1, line: 1, id: '1', error: 'the date 30/02/29 is not a date' },
      { n: 2, line: 2, id: '2', error: 'message is longer than 400 bytes' },
      { n: 3, line: 4, id: '3', text: 'ok', author: 'B', posted_at: '2029-03-01T07:01:00' },
      { n: 4, line: 5, id: '4', error: 'the time in the header of 01/03/29 is not a time' },
    ]);
  });

  it('drops a single line past the record limit as it streams past, and reads the next message', async () => {
    const { records } = await read(`01/03/29 07.00 - A: ${'y'.repeat(5000)}\n01/03/29 07.01 - B: ok\n`, { maxRecordBytes: 1000 }, 100);
    expect(seen(records)).toEqual([
      { n: 1, line: 1, id: '1', error: 'message is longer than 1000 bytes' },
      { n: 2, line: 2, id: '2', text: 'ok', author: 'B', posted_at: '2029-03-01T07:01:00' },
    ]);
  });
});
