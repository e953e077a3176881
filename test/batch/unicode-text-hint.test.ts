// Excel's "Unicode Text" (.txt) is UTF-16LE after a byte order mark, tab-separated. Its extension tells
// no format, so the job used to stop at "cannot tell the format" with nothing to go on; it now names the
// flags that read it, and those flags score it (the CSV reader decodes UTF-16 after its BOM).
import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { options, runCaptured, tempDir } from './helpers.js';
import { scoreUsage } from './score-usage.js';

const BOM_LE = Buffer.from([0xff, 0xfe]);
const unicodeText = (s: string): Buffer => Buffer.concat([BOM_LE, Buffer.from(s, 'utf16le')]);

describe('an Excel "Unicode Text" export', () => {
  it('is refused with the flags that read it', async () => {
    const file = path.join(tempDir(), 'ekspor.txt');
    writeFileSync(file, unicodeText('id\ttext\r\n1\tTusuk nomor 1 ya\r\n'));
    const message = await scoreUsage('--input', file);
    expect(message).toMatch(/UTF-16/);
    expect(message).toMatch(/Unicode Text/);
    expect(message).toContain('--format csv --delimiter tab');
  });

  it('is scored with those flags', async () => {
    const input = path.join(tempDir(), 'ekspor.txt');
    writeFileSync(input, unicodeText('id\ttext\r\n1\tTusuk nomor 1 ya\r\n'));
    const out = await runCaptured(options({ input, format: 'csv', delimiter: '\t' }));
    expect(JSON.parse(out.stdout)).toMatchObject({ id: '1', label: 'ajakan' });
  });
});
