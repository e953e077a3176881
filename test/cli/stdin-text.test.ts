// `explain -` and `normalize -` read stdin in the encodings `netra score` reads an export in: UTF-16
// after its byte order mark (Windows' "Unicode" text) is decoded, not scored as NUL-strewn bytes;
// UTF-16 without one is refused with the conversion; bytes that are not UTF-8 are warned of. And `-`
// beside other words is bad usage: it used to score the text "- post.txt", leaving stdin unread.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { command, runInProcess } from './in-process.js';

const root = path.resolve(import.meta.dirname, '..', '..');
/** The real CLI reading a real stdin: once, for the plain case; the encodings are read in this process. */
const spawned = (args: string[], input?: Buffer | string) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { cwd: root, encoding: 'utf8', input });
/** `netra <name> …` in this process, as the CLI reports it: exit 2 and "netra <name>: " before a usage error. */
async function run([name, ...argv]: readonly string[], input?: Buffer | string): Promise<{ status: number; stdout: string; stderr: string }> {
  const r = await runInProcess(await command(name), [...argv], {}, input ?? '');
  const refused = r.error instanceof Error && r.error.name === 'UsageError';
  if (r.error !== undefined && !refused) throw r.error;
  return { status: refused ? 2 : (r.code as number), stdout: r.out, stderr: refused ? `${r.err}netra ${name}: ${(r.error as Error).message}\n` : r.err };
}

const POST = 'Ayo c0bl0s 02 ya gaes!!!';
const utf16le = (s: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')]);
const utf16be = (s: string) => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(s, 'utf16le').swap16()]);

describe('explain - and normalize -: what stdin holds', () => {
  it('decodes UTF-16 after its byte order mark, and drops a UTF-8 one, scoring the post as given in UTF-8', async () => {
    const plain = spawned(['explain', '-'], `${POST}\n`);
    expect([plain.status, plain.stderr]).toEqual([0, '']);
    expect(JSON.parse((await run(['explain', '-'], `${POST}\n`)).stdout)).toEqual(JSON.parse(plain.stdout));
    for (const bytes of [utf16le(`${POST}\r\n`), utf16be(`${POST}\n`), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`${POST}\n`)])]) {
      const r = await run(['explain', '-'], bytes);
      expect([r.status, r.stderr]).toEqual([0, '']);
      expect(JSON.parse(r.stdout)).toEqual(JSON.parse(plain.stdout));
    }
    const n = await run(['normalize', '-'], utf16le(POST));
    expect(n.status).toBe(0);
    expect(JSON.parse(n.stdout).text).toBe(JSON.parse((await run(['normalize', POST])).stdout).text);
  });

  it('refuses UTF-16 without a byte order mark (exit 2), giving the conversion', async () => {
    for (const [cmd, bytes, name] of [['explain', Buffer.from(POST, 'utf16le'), 'UTF-16LE'], ['normalize', Buffer.from(POST, 'utf16le').swap16(), 'UTF-16BE']] as const) {
      const r = await run([cmd, '-'], bytes);
      expect([r.status, r.stdout]).toEqual([2, '']);
      expect(r.stderr).toBe(`netra ${cmd}: stdin looks like ${name} without a byte order mark (a NUL byte beside each character), and netra does not guess an encoding; convert it: … | iconv -f ${name} -t UTF-8 | netra ${cmd} -\n`);
    }
  });

  it('warns of bytes that are not UTF-8 (shown as U+FFFD) and still answers', async () => {
    const r = await run(['explain', '-'], Buffer.from('Ayo c0bl0s 02 \xe9 ya', 'latin1'));
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).label).toBe('ajakan');
    expect(r.stderr).toBe('netra explain: warning: stdin has bytes that are not UTF-8 (read as U+FFFD); if it is Windows-1252, convert it first: … | iconv -f WINDOWS-1252 -t UTF-8 | netra explain -\n');
  });

  it('refuses - first beside other words (exit 2): stdin or the words, not both', async () => {
    for (const [cmd, args] of [['explain', ['-', 'post.txt']], ['normalize', ['-', 'ayo', 'coblos']]] as const) {
      const r = await run([cmd, ...args], POST);
      expect([r.status, r.stdout, r.stderr]).toEqual([2, '', `netra ${cmd}: - reads the text from stdin and takes no other text beside it; to ${cmd === 'explain' ? 'score' : 'normalize'} a text with a lone -, quote it whole ("- …")\n`]);
    }
    // a dash inside unquoted words is text, as it was
    const dash = await run(['normalize', 'Prabowo', '-', 'Gibran']);
    expect([dash.status, JSON.parse(dash.stdout).tokens]).toEqual([0, JSON.parse((await run(['normalize', 'Prabowo - Gibran'])).stdout).tokens]);
  });
});
