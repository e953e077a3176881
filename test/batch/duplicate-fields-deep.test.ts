// A JSONL line nested deep, with a key given twice at every level (and a backslash, which turns on the
// full scan), must cost one pass: spelling out the path of every duplicate, each as long as its depth,
// made a 384 KB line take 28 s and a 2.4 MB one over ten minutes, deaf to Ctrl-C.
import { describe, expect, it, vi } from 'vitest';

const spelt = vi.hoisted(() => ({ paths: 0 }));
vi.mock('../../src/util/json-duplicate-keys.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/util/json-duplicate-keys.js')>();
  return { ...real, keyPath: (...args: Parameters<typeof real.keyPath>) => (spelt.paths++, real.keyPath(...args)) };
});
const { duplicateFieldError } = await import('../../src/batch/duplicate-fields.js');

const map = { text: 'post.text', id: 'id', maxTextLength: 10_000 };
const nested = (depth: number) => `{"post":{"text":"a\\u0062"},"x":${'{"a":1,"a":'.repeat(depth)}1${'}'.repeat(depth)}}`;

describe('keys given twice deep below the fields a job reads', () => {
  it('are not spelt out: only a duplicate as shallow as a read field can be on its path (1000 were before)', () => {
    spelt.paths = 0;
    expect(duplicateFieldError(nested(1000), map)).toBeUndefined();
    expect(spelt.paths).toBe(1); // the outermost, x.a, is as shallow as post.text; the 999 below it are not spelt
  });

  it('still finds a read field given twice beside them', () => {
    const line = `{"post":{"text":"a","te\\u0078t":"b"},"x":${'{"a":1,"a":'.repeat(50)}1${'}'.repeat(50)}}`;
    expect(duplicateFieldError(line, map)).toBe('key "post.text" is given twice: which value is meant cannot be told (JSON keeps the last one)');
  });
});
