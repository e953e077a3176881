// JSONL written by Python's json.dumps, whose default writes a float that is no number as NaN, Infinity
// or -Infinity: JSON has no word for them, and JSON.parse refused the whole line, so one missing number
// in a column netra does not read (likes, shares) made the post a bad record. Such a value is read as
// null now, the number unknown; the same words inside a string are text, and a line bad for another
// reason stays bad, with the position JSON.parse gives.
import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { options, runCaptured, tempDir } from './helpers.js';
import { parseJsonLine } from '../../src/batch/jsonl-reader.js';

describe('NaN, Infinity and -Infinity in a JSONL line', () => {
  it('are read as null, outside strings only', () => {
    expect(parseJsonLine('{"id": 1, "text": "ayo", "likes": NaN, "reach": [Infinity, -Infinity]}')).toEqual({ fields: { id: 1, text: 'ayo', likes: null, reach: [null, null] } });
    expect(parseJsonLine('{"text": "NaN \\" Infinity", "x": NaN}')).toEqual({ fields: { text: 'NaN " Infinity', x: null } });
    expect(parseJsonLine('{"id": NaN, "text": "x"}')).toEqual({ fields: { id: null, text: 'x' } });
  });

  it('leave a line that is bad for another reason bad, where JSON.parse says', () => {
    expect(parseJsonLine('{"likes": NaN, "text": }')).toEqual({ error: 'invalid JSON (error at position 23)' });
    expect(parseJsonLine('{"likes": -Infinity, "n": NaNa}')).toEqual({ error: 'invalid JSON (error at position 29)' });
    expect(parseJsonLine('NaN')).toEqual({ error: 'not a JSON object (got null)' });
  });

  it('score the post, its id read as none when it is NaN', async () => {
    const dir = tempDir();
    const input = path.join(dir, 'feed.jsonl');
    writeFileSync(input, '{"id": 7, "text": "Ayo coblos nomor 2!", "likes": NaN}\n{"id": NaN, "text": "Rapat jam 9", "shares": -Infinity}\n');
    const errors = path.join(dir, 'errors.jsonl');
    const run = await runCaptured(options({ input, errors }));
    expect(run.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l).id)).toEqual(['7', '2']);
    expect(readFileSync(errors, 'utf8')).toBe('');
  });
});
