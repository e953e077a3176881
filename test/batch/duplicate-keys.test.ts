// A JSONL record that gives a field the job reads twice is ambiguous (JSON.parse keeps the last value
// without a word): it is a bad record naming the key, as the service refuses such a body.
import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { toWorkItem, type FieldMap } from '../../src/batch/record.js';
import { options, runCaptured, tempDir } from './helpers.js';

const map: FieldMap = { text: 'text', id: 'id', maxTextLength: 10_000 };
const reason = (json: string, fields: FieldMap = map) => toWorkItem({ n: 4, line: 6, json }, fields).error;

describe('a JSONL record with a key given twice', () => {
  it('is bad when a field the job reads is given twice, naming that key', () => {
    expect(toWorkItem({ n: 4, line: 6, json: '{"id":"1","text":"ayo coblos nomor 2","text":"selamat pagi"}' }, map)).toEqual({
      n: 4,
      line: 6,
      error: 'key "text" is given twice: which value is meant cannot be told (JSON keeps the last one)',
    });
    expect(reason('{"id":"1","text":"a","id":"2"}')).toMatch(/^key "id" is given twice/);
    expect(reason('{"id":"1","text":"a","at":"2024-11-01","at":"2024-11-30"}', { ...map, postedAt: 'at' })).toMatch(/^key "at" is given twice/);
    expect(reason('{"text":"a","e":"pilpres-2019","e":"pilpres-2024"}', { ...map, electionField: 'e' })).toMatch(/^key "e" is given twice/);
    expect(reason('{"text":"a","who":"x","who":"y"}', { ...map, author: 'who' })).toMatch(/^key "who" is given twice/);
  });

  it('finds a key written with escapes, as JSON.parse reads it', () => {
    expect(reason('{"te\\u0078t":"ayo coblos","text":"halo"}')).toMatch(/^key "text" is given twice/);
    expect(reason('{"t\\u0065xt":"ayo coblos","te\\u0078t":"halo"}')).toMatch(/^key "text" is given twice/);
  });

  it('names a dotted field by the step given twice: the object on its path, or the key itself', () => {
    const nested = { ...map, text: 'data.text' };
    expect(reason('{"data":{"text":"ayo"},"data":{"text":"halo"}}', nested)).toMatch(/^key "data" is given twice/);
    expect(reason('{"data":{"text":"ayo","text":"halo"}}', nested)).toMatch(/^key "data.text" is given twice/);
  });

  it('scores the record when the key given twice is one the job does not read, or sits elsewhere', () => {
    expect(toWorkItem({ n: 1, line: 1, json: '{"id":"1","text":"halo","source":"a","source":"b"}' }, map).input).toEqual({ id: '1', text: 'halo' });
    expect(toWorkItem({ n: 1, line: 1, json: '{"id":"1","text":"halo","reply":{"text":"x","id":"y"}}' }, map).input).toEqual({ id: '1', text: 'halo' });
    expect(toWorkItem({ n: 1, line: 1, json: '{"id":"1","text":"kata \\"text\\" dan \\"text\\""}' }, map).input).toEqual({ id: '1', text: 'kata "text" dan "text"' });
    expect(toWorkItem({ n: 1, line: 1, json: '{"data":{"text":"ayo"},"meta":{"data":1,"data":2}}' }, { ...map, text: 'data.text' }).input).toEqual({ id: '1', text: 'ayo' });
  });

  it('goes to the errors file with its record number and line, is counted, and the job goes on', async () => {
    const dir = tempDir();
    const input = path.join(dir, 'feed.jsonl');
    const errors = path.join(dir, 'bad.jsonl');
    writeFileSync(input, '{"id":"a","text":"harga cabai naik"}\n\n{"id":"b","text":"ayo coblos nomor 2","text":"selamat pagi"}\n{"id":"c","text":"hujan deras sore ini"}\n');
    const run = await runCaptured(options({ input, errors }));
    expect(run.stdout.trim().split('\n').map((l) => JSON.parse(l).id)).toEqual(['a', 'c']);
    expect(readFileSync(errors, 'utf8')).toBe('{"record":2,"line":3,"reason":"key \\"text\\" is given twice: which value is meant cannot be told (JSON keeps the last one)"}\n');
    expect(run.stderr).toMatch(/^netra score: 3 records read, 2 scored, 1 error \(see /m);
  });
});
