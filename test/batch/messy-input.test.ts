// Inputs that are not what the flags say, and that read record by record would end "done" (exit 0)
// with every record bad, or with a usage error that cannot be acted on: each is refused (exit 2)
// before anything is written, with what to do instead.
import { describe, expect, it } from 'vitest';
import { chmodSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { BatchUsageError } from '../../src/batch/errors.js';
import { UsageError } from '../../src/cli/command.js';
import { scoreCommand } from '../../src/cli/commands/score.js';
import { jsonl, options, runCaptured, tempDir } from './helpers.js';

const posts = [
  { id: 'a', text: 'ayo coblos nomor 2' },
  { id: 'b', text: 'rapat dinas jam 9' },
];

/** A feed scored once into `output`, so a refusal can be seen to leave that output as it was. */
async function previousRun(dir: string, name: string, content: string, format: 'csv' | 'jsonl'): Promise<{ input: string; output: string; before: string }> {
  const input = path.join(dir, name);
  writeFileSync(input, content);
  const output = path.join(dir, 'out.jsonl');
  await runCaptured(options({ input, format, output }));
  return { input, output, before: readFileSync(output, 'utf8') };
}

describe('messy inputs', () => {
  it('refuses pretty-printed JSON objects given as JSONL (jq . or indent=2), keeping the previous output', async () => {
    const dir = tempDir();
    const { input, output, before } = await previousRun(dir, 'feed.json', jsonl(posts), 'jsonl');
    const pretty = posts.map((p) => JSON.stringify(p, null, 2)).join('\n') + '\n';
    for (const content of [pretty, `\ufeff\r\n  ${pretty.replace(/\n/g, '\r\n')}`, JSON.stringify({ data: posts }, null, 4)]) {
      writeFileSync(input, content);
      await expect(runCaptured(options({ input, format: 'jsonl', output }))).rejects.toThrow(
        new BatchUsageError(`the input is pretty-printed JSON (a lone '{' on its first line), not JSON Lines (one object per line); convert it: jq -c . ${input} | netra score --input - --format jsonl …`),
      );
    }
    await expect(runCaptured(options({ input: '-', format: 'jsonl', output }), pretty)).rejects.toThrow('; convert it: … | jq -c . | netra score --input - --format jsonl …');
    expect(readFileSync(output, 'utf8')).toBe(before);
    // a lone '{' later in the feed is one bad record, as before
    writeFileSync(input, `${JSON.stringify(posts[0])}\n{\n`);
    const run = await runCaptured(options({ input, format: 'jsonl', output }));
    expect(run.outcome.stats).toMatchObject({ read: 2, scored: 1, errors: 1 });
  });

  it('refuses UTF-16 without a byte order mark (NUL bytes between the characters), naming the conversion', async () => {
    const dir = tempDir();
    const csv = 'id,text\n1,ayo coblos nomor 2\n';
    for (const [format, content] of [['csv', csv], ['jsonl', jsonl(posts)]] as const) {
      const { input, output, before } = await previousRun(dir, `feed.${format}`, content, format);
      for (const [name, bytes] of [['UTF-16LE', Buffer.from(content, 'utf16le')], ['UTF-16BE', Buffer.from(content, 'utf16le').swap16()]] as const) {
        writeFileSync(input, bytes);
        await expect(runCaptured(options({ input, format, output }))).rejects.toThrow(
          new BatchUsageError(`the input looks like ${name} without a byte order mark (a NUL byte beside each character), and netra does not guess an encoding; convert it: iconv -f ${name} -t UTF-8 ${input} | netra score --input - --format ${format} …`),
        );
      }
      const bytes = Buffer.from(content, 'utf16le');
      await expect(runCaptured(options({ input: '-', format, output }), bytes)).rejects.toThrow(`; convert it: … | iconv -f UTF-16LE -t UTF-8 | netra score --input - --format ${format} …`);
      expect(readFileSync(output, 'utf8')).toBe(before);
      // after its BOM, UTF-16 is read as before
      writeFileSync(input, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(content, 'utf16le')]));
      expect((await runCaptured(options({ input, format, output }))).outcome.stats).toMatchObject({ scored: format === 'csv' ? 1 : 2, errors: 0 });
    }
  });

  it('names an input path that cannot be read as such (exit 2), as a missing one, not with a bare system error', async () => {
    const dir = tempDir();
    const loop = path.join(dir, 'loop.csv');
    symlinkSync(loop, loop);
    const file = path.join(dir, 'feed.csv');
    writeFileSync(file, 'id,text\n1,halo\n');
    const cases: [string, RegExp][] = [
      [loop, /^cannot read input .*loop\.csv: too many symbolic links encountered \(ELOOP\)$/],
      [path.join(file, 'x.csv'), /^cannot read input .*feed\.csv\/x\.csv: not a directory \(ENOTDIR\)$/],
    ];
    if (process.getuid?.() !== 0) {
      const locked = path.join(dir, 'locked.csv');
      writeFileSync(locked, 'id,text\n1,halo\n');
      chmodSync(locked, 0o000);
      cases.push([locked, /^cannot read input .*locked\.csv: permission denied \(EACCES\)$/]);
    }
    for (const [input, message] of cases) {
      const err = await scoreCommand.run(['--input', input, '--workers', '0']).catch((e: unknown) => e);
      expect(err, input).toBeInstanceOf(UsageError);
      expect((err as Error).message).toMatch(message);
    }
  });
});

