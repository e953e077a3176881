// Inputs that are not what the flags say, and that read record by record would end "done" (exit 0)
// with every record bad, or with a usage error that cannot be acted on: each is refused (exit 2)
// before anything is written, with what to do instead.
import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { BatchUsageError } from '../../src/batch/errors.js';
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
        new BatchUsageError("the input is pretty-printed JSON (a lone '{' on its first line), not JSON Lines (one object per line); convert it: jq -c . FILE | netra score --input - --format jsonl …"),
      );
    }
    expect(readFileSync(output, 'utf8')).toBe(before);
    // a lone '{' later in the feed is one bad record, as before
    writeFileSync(input, `${JSON.stringify(posts[0])}\n{\n`);
    const run = await runCaptured(options({ input, format: 'jsonl', output }));
    expect(run.outcome.stats).toMatchObject({ read: 2, scored: 1, errors: 1 });
  });
});
