// A job stopped by Ctrl-C prints the summary a finished job does, notes included: what a chat export
// held that is no post (system lines, media) up to where reading stopped is told there too.
// Every chat here is invented.
import { describe, expect, it } from 'vitest';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { cli, tempDir } from './helpers.js';

const CHAT_HEAD = [
  '20/10/24 07.00 - Pesan dan panggilan terenkripsi secara end-to-end. Tidak seorang pun di luar chat ini yang dapat membaca atau mendengarkannya.',
  '20/10/24 07.01 - Mas Joni bergabung menggunakan tautan undangan grup ini',
  '20/10/24 07.02 - Bu Wati: Ayo bapak ibu, tanggal 27 coblos nomor 2!',
  '21/10/24 08.15 - Pak Tono: <Media tidak disertakan>',
  '24/11/24 21.40 - Pak Tono: Rapat RT besok malam jam 19.00',
  // the last message read is held until the next header comes: it is the one the stop leaves unread
  '25/11/24 06.01 - Mas Joni: Selamat pagi',
].join('\n');

describe('the summary of a job stopped by SIGINT', () => {
  it("carries the chat export's note on the lines it skipped, as a finished job's does", async () => {
    const dir = tempDir();
    const out = path.join(dir, 'out.jsonl');
    // stdin stays open: the job is waiting for more of the chat when the signal comes
    const feed = new PassThrough();
    feed.write(`${CHAT_HEAD}\n`);
    let timer: NodeJS.Timeout | undefined;
    const stopped = await cli(['score', '--input', '-', '--format', 'whatsapp', '--posted-at-zone', 'WIB', '--output', out, '--workers', '0'], {
      stdin: feed,
      onSpawn: (pid) => {
        timer = setInterval(() => {
          if ((statSync(out, { throwIfNoEntry: false })?.size ?? 0) > 0 && readFileSync(out, 'utf8').split('\n').length === 3) {
            clearInterval(timer);
            process.kill(pid, 'SIGINT');
          }
        }, 10);
      },
    });
    clearInterval(timer);
    feed.end();
    expect(stopped.code, stopped.stderr).toBe(130);
    expect(stopped.stderr).toContain('stopped early: SIGINT after record 2');
    expect(stopped.stderr).toMatch(
      /^ {2}note: the chat export's 2 system lines \(joined, left, subject changed, the encryption notice\) and 1 message without text to score \(media, deleted, a forward marker alone\) were skipped: not posts, not records$/m,
    );
  });
});
