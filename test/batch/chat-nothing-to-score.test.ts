// A WhatsApp chat export that holds no message to score (empty, blank lines only, or nothing but
// system lines and media placeholders) is the wrong file, not a quiet day: it fails as a job that
// scores nothing does (exit 1), saying what the file held. Every chat here is invented.
import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { options, runCaptured, tempDir } from './helpers.js';

const WIB = 7 * 60;
const SYSTEM = [
  '20/10/24 07.00 - Pesan dan panggilan terenkripsi secara end-to-end. Tidak seorang pun di luar chat ini yang dapat membaca atau mendengarkannya.',
  '20/10/24 07.01 - Mas Joni bergabung menggunakan tautan undangan grup ini',
].join('\n');

async function scoreChat(name: string, text: string) {
  const dir = tempDir();
  const input = path.join(dir, name);
  writeFileSync(input, text);
  const run = await runCaptured(options({ input, format: 'whatsapp', postedAtZone: WIB, output: path.join(dir, 'out.jsonl') }));
  return { ...run, input };
}

describe('a chat export with no message to score', () => {
  it('exits 1 when the file is empty or holds only blank lines, saying so', async () => {
    const empty = await scoreChat('kosong.txt', '');
    expect(empty.outcome.exitCode).toBe(1);
    expect(empty.stderr).toContain(`  failed: the chat export ${empty.input} is empty (0 bytes): no message to score\n`);
    const blank = await scoreChat('kosong.txt', '\n \r\n\n');
    expect(blank.outcome.exitCode).toBe(1);
    expect(blank.stderr).toContain(`  failed: the chat export ${blank.input} has no message to score: its 5 bytes are all blank lines\n`);
    expect(blank.stderr).not.toContain('warning: no records were read');
  });

  it('exits 1 when it holds only system lines and placeholders, which the note counts', async () => {
    for (const text of [SYSTEM, `${SYSTEM}\n21/10/24 08.15 - Pak Tono: <Media tidak disertakan>\n`]) {
      const run = await scoreChat('grup.txt', text);
      expect(run.outcome.exitCode, text).toBe(1);
      expect(run.stderr).toMatch(/^ {2}note: the chat export's 2 system lines /m);
      expect(run.stderr).toContain(`  failed: the chat export ${run.input} has no message to score: only the system lines and messages without text the note above counts\n`);
    }
  });

  it('still exits 0 on a chat with one message scored', async () => {
    const run = await scoreChat('grup.txt', `${SYSTEM}\n20/10/24 07.02 - Bu Wati: Selamat pagi bapak ibu\n`);
    expect(run.outcome.exitCode).toBe(0);
    expect(run.stderr).not.toMatch(/failed:/);
  });
});
