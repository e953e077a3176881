// Finding a batch body's items in its bytes: each span must be exactly the item's JSON value, whatever
// its strings hold, and any body of another shape must be left to the full parser.
import { describe, expect, it } from 'vitest';
import { scanBatchItems } from '../../src/service/batch-scan.js';

const bytes = (s: string): Buffer => Buffer.from(s);

/** The items' JSON text as the scan cuts it out. */
function itemTexts(body: string, max = 100): string[] | undefined {
  const b = bytes(body);
  const spans = scanBatchItems(b, max);
  if (!spans) return undefined;
  expect(spans.count).toBe(spans.starts.length);
  return Array.from(spans.starts, (start, i) => b.subarray(start, spans.ends[i]).toString());
}

describe('scanBatchItems', () => {
  it('cuts out each item of a plain body, whatever its strings hold', () => {
    const items = [
      { text: 'a "quoted" word, a comma, a ] and a }', id: 'x' },
      { text: 'backslashes \\ at the end \\\\' },
      { text: 'ayo c0bl0s 0⃣2⃣ ✌️ #01 \u0000 \n newline', nested: { a: [1, { b: '}]' }] } },
      'a string item',
      42,
      -1.5e3,
      true,
      null,
      [],
      {},
    ];
    const body = JSON.stringify({ items });
    expect(itemTexts(body)?.map((t) => JSON.parse(t))).toEqual(items);
    // and with JSON whitespace everywhere it may be
    const spaced = `\r\n { \t"items" :\n[ ${items.map((i) => JSON.stringify(i, null, 2)).join(' ,\n ')} ] \n}\n`;
    expect(itemTexts(spaced)?.map((t) => JSON.parse(t))).toEqual(items);
  });

  it('reads an empty batch and a body behind a byte-order mark', () => {
    expect(itemTexts('{"items":[]}')).toEqual([]);
    expect(itemTexts('{ "items" : [ ] }')).toEqual([]);
    expect(itemTexts('\ufeff{"items":[{"text":"halo"}]}')).toEqual(['{"text":"halo"}']);
  });

  it('leaves every other shape to the full parser', () => {
    for (const body of [
      '',
      '[]',
      '{}',
      '{"items":{}}',
      '{"items":"x"}',
      '{"\\u0069tems":[{"text":"a"}]}', // an escaped key
      '{"items":[],"items":[]}', // a repeated key
      '{"items":[{"text":"a"}],"extra":1}',
      '{"extra":1,"items":[{"text":"a"}]}',
      '{"items":[{"text":"a"}]} x', // trailing bytes
      '{"items":[{"text":"a"}]}}',
      '{"items":[{"text":"a"},]}', // a trailing comma
      '{"items":[,{"text":"a"}]}',
      '{"items":[{"text":"a"} {"text":"b"}]}', // a missing comma
      '{"items":[{"text":"never closed}]}',
      '{"items":[{"text":"a"}',
      '{"items":[{"text":"a"]}', // brackets that never balance
      'null',
    ]) {
      expect(itemTexts(body), body).toBeUndefined();
    }
  });

  it('counts items against the limit', () => {
    const body = JSON.stringify({ items: [{ text: 'a' }, { text: 'b' }, { text: 'c' }] });
    expect(itemTexts(body, 3)).toHaveLength(3);
    expect(itemTexts(body, 2)).toBeUndefined();
  });

  it('cuts out malformed items whole, for the worker to refuse (mismatched brackets, bad literals)', () => {
    // Not valid JSON, but cut at the same boundaries: parsing the item is what finds it malformed.
    expect(itemTexts('{"items":[{"text":"a"],tru,{"text":"b"}]}')).toEqual(['{"text":"a"]', 'tru', '{"text":"b"}']);
  });
});
