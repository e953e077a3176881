// Keys given twice in one JSON object, found by one pass over the text: each at its path, a key spelt
// with escapes the same as without (JSON.parse reads them as one), and nothing else mistaken for one.
import { describe, expect, it } from 'vitest';
import { duplicateKeysProblem, duplicatesByItem } from '../../src/service/duplicate-keys.js';
import { duplicateKeys, keyPath } from '../../src/util/json-duplicate-keys.js';

/** The duplicates' paths in `text`, which must be valid JSON (the scan runs only after JSON.parse accepted it). */
function dups(text: string): (string | number)[][] {
  JSON.parse(text);
  return duplicateKeys(text).map((d) => keyPath(d));
}

describe('duplicateKeys', () => {
  it('finds a key given twice, at any depth, with its path', () => {
    expect(dups('{"name":"x","role":"analyst","role":"admin"}')).toEqual([['role']]);
    expect(dups('{"items":[{"text":"ayo"}],"items":[]}')).toEqual([['items']]);
    expect(dups('{"items":[{"text":"a"},{"id":"b","text":"a","text":"ayo coblos 02"}]}')).toEqual([['items', 1, 'text']]);
    expect(dups('[[{}],{"a":{"b":[1,{"c":1,"c":2}]}}]')).toEqual([[1, 'a', 'b', 1, 'c']]);
    expect(dups('{"a":{"x":1,"x":2},"b":{"y":[],"y":{}}}')).toEqual([['a', 'x'], ['b', 'y']]);
  });

  it('reports a key given three times once, and each key given twice', () => {
    expect(dups('{"a":1,"a":2,"a":3,"b":1,"b":2}')).toEqual([['a'], ['b']]);
  });

  it('reads keys as JSON.parse does: escaped spellings of one key are the same key', () => {
    expect(dups('{"text":"a","te\\u0078t":"b"}')).toEqual([['text']]);
    expect(dups('{"te\\u0078t":"a","text":"b"}')).toEqual([['text']]);
    expect(dups('{"\\u0074\\u0065\\u0078\\u0074":"a","t\\u0065xt":"b"}')).toEqual([['text']]);
    expect(dups('{"a\\/b":1,"a/b":2}')).toEqual([['a/b']]);
    expect(dups('{"\\"q\\"":1,"\\u0022q\\u0022":2}')).toEqual([['"q"']]);
    expect(dups('{"\\ud83d\\ude00":1,"😀":2}')).toEqual([['😀']]);
    expect(dups('{"a\\\\":1,"a\\u005c":2}')).toEqual([['a\\']]);
    expect(dups('{"\\n":1,"\\u000a":2,"\\u000A":3}')).toEqual([['\n']]);
    // but keys that only look alike are different keys
    expect(dups('{"text":"a","Text":"b","text ":"c","te\\\\u0078t":"d"}')).toEqual([]);
  });

  it('takes the same key in different objects and array elements as no duplicate', () => {
    expect(dups('{"items":[{"text":"a"},{"text":"b"}]}')).toEqual([]);
    expect(dups('{"a":{"a":{"a":1}},"b":[{"a":1},{"a":2}],"c":{"b":1}}')).toEqual([]);
    expect(dups('[{"x":1},{"x":1},[{"x":1}]]')).toEqual([]);
  });

  it('takes no string contents for keys', () => {
    expect(dups('{"text":"\\"text\\":1,\\"text\\":2","id":"{\\"a\\":1,\\"a\\":2}"}')).toEqual([]);
    expect(dups('{"text":"a \\\\","id":"b"}')).toEqual([]);
    expect(dups('{"a":["a","a",{"a":"a"}],"b":"a"}')).toEqual([]);
    expect(dups('{"text":"ends in backslashes \\\\\\\\","text2":"}{,\\"text\\":"}')).toEqual([]);
  });

  it('reads every kind of value and whitespace between the keys', () => {
    const body = ' {\r\n "a" : -1.5e+3 ,\t"b":true, "c" : null, "d":[ ], "e":{ }, "f":[1,2,{"g":0}],\n "a":false } ';
    expect(dups(body)).toEqual([['a']]);
    expect(dups('"x"')).toEqual([]);
    expect(dups('[]')).toEqual([]);
  });

  it('ends on text that is not JSON (it runs after JSON.parse, but must never loop)', () => {
    for (const text of ['{"a', '{"a":"b', '{"a":1,"a', '}}]]', '{"a":1}}}{"a":2', '"\\', '[,,,]', '']) expect(Array.isArray(duplicateKeys(text)), text).toBe(true);
  });

  it('stays linear on deep nesting with many duplicates (paths share their steps)', () => {
    // 400 KB: 100,000 levels of arrays around 20,000 objects each giving a key twice; copying the
    // path for each duplicate would take 2 billion array slots.
    const depth = 100_000;
    const text = `${'['.repeat(depth)}${Array.from({ length: 20_000 }, () => '{"a":0,"a":0}').join(',')}${']'.repeat(depth)}`;
    const found = duplicateKeys(text);
    expect(found).toHaveLength(20_000);
    expect(found[19_999].depth).toBe(depth + 1);
    // shared, not copied: every duplicate's path runs through one and the same chain of outer steps
    // (speed itself is measured in scripts/bench*, not timed here)
    expect([found[0].last.at, found[0].last.up?.at, found[19_999].last.up?.at]).toEqual(['a', 0, 19_999]);
    expect(found[19_999].last.up?.up).toBe(found[0].last.up?.up);
    const problem = duplicateKeysProblem(found).problem;
    expect(problem.errors).toHaveLength(20);
    expect(problem.errors?.[0]).toEqual({ field: `${'[0]'.repeat(66)}[0…`, message: 'must be given once' });
    expect(problem.detail).toMatch(/; and 19980 more$/);
    const inner = '{"a":{"b":[{"c":0,"c":0}]}}';
    expect(dups(`${'['.repeat(300)}${inner}${']'.repeat(300)}`)[0]).toEqual([...Array(300).fill(0), 'a', 'b', 0, 'c']);
  });

  it('keeps finding duplicates in an object with many keys', () => {
    const keys = Array.from({ length: 100 }, (_, i) => `"k${i}":${i}`);
    expect(dups(`{${keys.join(',')}}`)).toEqual([]);
    expect(dups(`{${keys.join(',')},"k3":0,"k99":0}`)).toEqual([['k3'], ['k99']]);
  });
});

/** A small seeded generator (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `s` as a JSON string literal, each character spelt plainly or as a \u escape at random. */
function spell(s: string, rnd: () => number): string {
  let out = '"';
  for (const unit of Array.from({ length: s.length }, (_, i) => s.charCodeAt(i))) {
    const plain = JSON.stringify(String.fromCharCode(unit)).slice(1, -1);
    const hex = unit.toString(16).padStart(4, '0');
    out += rnd() < 0.3 ? `\\u${rnd() < 0.5 ? hex : hex.toUpperCase()}` : plain;
  }
  return `${out}"`;
}

const KEYS = ['a', 'b', 'text', 'é', '"', '\\', 'a"b', '😀'];
const STRINGS = ['', 'x', '"a":1,"a":2', '\\', '}]{[,', 'text', '"'];

/** Random JSON text and the duplicate keys it holds (each key at its path, once per object). */
function generate(rnd: () => number, path: (string | number)[], depth: number, found: (string | number)[][]): string {
  const r = rnd();
  if (depth > 3 || r < 0.3) {
    const scalars = [() => spell(STRINGS[Math.floor(rnd() * STRINGS.length)], rnd), () => String(Math.floor(rnd() * 2000) - 1000), () => 'true', () => 'null', () => '-1.5e3'];
    return scalars[Math.floor(rnd() * scalars.length)]();
  }
  const n = Math.floor(rnd() * 5);
  const ws = () => (rnd() < 0.2 ? ' \n\t'[Math.floor(rnd() * 3)] : '');
  if (r < 0.6) return `[${Array.from({ length: n }, (_, i) => ws() + generate(rnd, [...path, i], depth + 1, found) + ws()).join(',')}]`;
  const seen = new Set<string>();
  const reported = new Set<string>();
  const members: string[] = [];
  for (let i = 0; i < n; i++) {
    const key = KEYS[Math.floor(rnd() * KEYS.length)];
    if (seen.has(key) && !reported.has(key)) {
      reported.add(key);
      found.push([...path, key]);
    }
    seen.add(key);
    members.push(`${ws()}${spell(key, rnd)}${ws()}:${ws()}${generate(rnd, [...path, key], depth + 1, found)}`);
  }
  return `{${members.join(',')}}`;
}

describe('duplicateKeys on random JSON', () => {
  it('finds exactly the keys given twice, however they are spelt', () => {
    const rnd = random(20261204);
    let withDuplicates = 0;
    for (let round = 0; round < 3000; round++) {
      const expected: (string | number)[][] = [];
      const text = generate(rnd, [], 0, expected);
      // Duplicates in the order their second occurrence appears in the text: inner objects' first.
      expect(new Set(dups(text).map((p) => JSON.stringify(p))), text).toEqual(new Set(expected.map((p) => JSON.stringify(p))));
      expect(dups(text).length, text).toBe(expected.length);
      if (expected.length > 0) withDuplicates++;
    }
    expect(withDuplicates).toBeGreaterThan(300);
  });
});

describe('duplicatesByItem', () => {
  it('splits a batch body’s duplicates into its items’ and the envelope’s', () => {
    const found = duplicateKeys('{"items":[{"a":1,"a":2},{"b":{"c":1,"c":2}},{"d":1,"d":1,"e":1,"e":1}],"x":{"y":1,"y":1},"items":[]}');
    const { inItems, other } = duplicatesByItem(found, ['items']);
    expect([...inItems].map(([i, list]) => [i, list.map((d) => keyPath(d))])).toEqual([
      [0, [['a']]],
      [1, [['b', 'c']]],
      [2, [['d'], ['e']]],
    ]);
    expect(other.map((d) => keyPath(d))).toEqual([['x', 'y'], ['items']]);
    expect(duplicatesByItem(duplicateKeys('[{"a":1},{"a":1,"a":2}]'), []).inItems.get(1)?.map((d) => keyPath(d))).toEqual([['a']]);
  });

  it('names the fields as the other validation errors do', () => {
    const problem = duplicateKeysProblem(duplicateKeys('{"role":1,"role":2,"items":[{"text":1,"text":2}],"a":[0,0,{"b":1,"b":2}]}')).problem;
    expect(problem).toMatchObject({ type: 'urn:netra:problem:validation', status: 400, detail: 'role: must be given once; items[0].text: must be given once; a[2].b: must be given once' });
    expect(problem.errors).toEqual([
      { field: 'role', message: 'must be given once' },
      { field: 'items[0].text', message: 'must be given once' },
      { field: 'a[2].b', message: 'must be given once' },
    ]);
    const item = duplicatesByItem(duplicateKeys('{"items":[{},{},{},{"x":{"text":1,"text":2}}]}'), ['items']).inItems.get(3) ?? [];
    expect(duplicateKeysProblem(item, 'items[3]').problem.errors).toEqual([{ field: 'items[3].x.text', message: 'must be given once' }]);
  });
});
