// Utf8Builder: pieces appended as UTF-8 give the bytes one TextEncoder.encode of their concatenation gives.
import { describe, expect, it } from 'vitest';
import { Utf8Builder } from '../../src/util/utf8-builder.js';

const encoded = (pieces: readonly string[]): Uint8Array => new TextEncoder().encode(pieces.join(''));

describe('Utf8Builder', () => {
  it('gives the bytes of the pieces joined: ASCII, Latin-1, two-byte text, astral characters and JSON lines', () => {
    const pieces = ['{"id":"a"}\n', 'café ', 'Khofifah – Emil (02, pilgub-jatim-2024)', ' 🙏🇮🇩\n', '', JSON.stringify({ text: 'x\ud800y' }), '\n'];
    const b = new Utf8Builder();
    for (const p of pieces) b.append(p);
    expect(b.take()).toEqual(encoded(pieces));
  });

  it('replaces a lone surrogate inside a piece as TextEncoder does', () => {
    const b = new Utf8Builder();
    b.append('a\ud800b\n');
    b.append('\udc00c\n');
    expect(b.take()).toEqual(encoded(['a\ud800b\n', '\udc00c\n']));
  });

  it('grows past its first buffer, and after a large take starts small and stays exact', () => {
    const b = new Utf8Builder();
    const big = Array.from({ length: 6000 }, (_, i) => `${i} – ${'é'.repeat(i % 200)}🙏\n`);
    for (const p of big) b.append(p);
    const first = b.take();
    expect(Buffer.from(first).equals(encoded(big))).toBe(true); // toEqual walks a megabyte byte by byte, slowly
    expect(first.byteLength).toBeGreaterThan(1 << 20); // past the size a builder keeps
    b.append('next\n');
    expect(b.take()).toEqual(encoded(['next\n']));
  });

  it('take empties it and hands out an array of its own; clear drops what was appended', () => {
    const b = new Utf8Builder();
    b.append('one\n');
    const one = b.take();
    b.append('two\n');
    const two = b.take();
    expect(new TextDecoder().decode(one)).toBe('one\n'); // not overwritten by the second take
    expect(new TextDecoder().decode(two)).toBe('two\n');
    expect(one.buffer.byteLength).toBe(one.byteLength); // exactly its bytes: what a worker transfers
    b.append('lost\n');
    b.clear();
    expect(b.take().byteLength).toBe(0);
  });
});
