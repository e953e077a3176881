// The export's writer: back-pressure from a slow client pauses the reads; a closed client stops them.
import { describe, expect, it, vi } from 'vitest';
import { Writable } from 'node:stream';
import { streamLines } from '../../src/review/http/stream-lines.js';

/** A client that takes nothing until told to: its buffer (1 KB) fills, then every write returns false. */
function stalledClient(): { out: Writable; chunks: string[]; release: () => void; takeOne: () => void } {
  const chunks: string[] = [];
  let waiting: (() => void)[] = [];
  let open = false;
  const out = new Writable({
    highWaterMark: 1024,
    write(chunk: Buffer, _enc, callback) {
      chunks.push(chunk.toString());
      if (open) callback();
      else waiting.push(() => callback());
    },
  });
  const release = (): void => {
    open = true;
    for (const w of waiting) w();
    waiting = [];
  };
  /** Takes the oldest chunk waiting, as a slow reader does. */
  const takeOne = (): void => waiting.shift()?.();
  return { out, chunks, release, takeOne };
}

async function* lines(n: number, pulled: { count: number }): AsyncGenerator<string> {
  for (let i = 0; i < n; i++) {
    pulled.count++;
    yield `${'x'.repeat(99)}\n`; // 100 bytes
  }
}

/** lines(), noting when its reader closes it (as the database query ends when the export stops reading). */
function closingLines(n: number, pulled: { count: number }): { rows: AsyncGenerator<string>; closed: () => boolean } {
  let closed = false;
  async function* rows(): AsyncGenerator<string> {
    try {
      yield* lines(n, pulled);
    } finally {
      closed = true; // the database query ends here
    }
  }
  return { rows: rows(), closed: () => closed };
}

describe('streamLines', () => {
  it('stops pulling rows while the client does not read, and writes them all once it does', async () => {
    const client = stalledClient();
    const pulled = { count: 0 };
    const done = streamLines(client.out, lines(1000, pulled));
    await new Promise((r) => setTimeout(r, 50));
    expect(pulled.count).toBeLessThan(20); // about the 1 KB buffer's worth, not 100 KB
    client.release();
    await done;
    expect(pulled.count).toBe(1000);
    expect(client.chunks.join('').length).toBe(100_000);
  });

  it('returns, and closes the rows, when the client goes away mid-export', async () => {
    const client = stalledClient();
    const pulled = { count: 0 };
    const { rows, closed } = closingLines(1000, pulled);
    const done = streamLines(client.out, rows);
    await new Promise((r) => setTimeout(r, 20));
    client.out.destroy();
    await done;
    expect(pulled.count).toBeLessThan(20);
    expect(closed()).toBe(true);
  });

  // A client that takes nothing for a long while (a laptop closed mid-download, a script that never reads)
  // held its export's slot and, on PostgreSQL, a pooled connection for as long as its socket stayed open:
  // three such clients would refuse every later export. It is ended after `stallMs` without progress.
  it('ends the response, and closes the rows, when the client takes nothing for stallMs', async () => {
    vi.useFakeTimers();
    try {
      const client = stalledClient();
      const pulled = { count: 0 };
      const { rows, closed } = closingLines(1000, pulled);
      let returned = false;
      const done = streamLines(client.out, rows, 60_000).then(() => (returned = true));
      await vi.advanceTimersByTimeAsync(59_000);
      expect([returned, client.out.destroyed]).toEqual([false, false]); // still waiting for the client
      await vi.advanceTimersByTimeAsync(2_000);
      await done;
      expect(client.out.destroyed).toBe(true);
      expect(closed()).toBe(true);
      expect(pulled.count).toBeLessThan(20);
    } finally {
      vi.useRealTimers();
    }
  }, 10_000);

  it('does not end a client that reads slowly: each bit it takes restarts the wait', async () => {
    vi.useFakeTimers();
    try {
      const client = stalledClient();
      const pulled = { count: 0 };
      const done = streamLines(client.out, lines(30, pulled), 60_000);
      // Takes what is waiting every 50 s, 2,000 s in all: never 60 s without progress.
      for (let i = 0; i < 40 && pulled.count < 30; i++) {
        await vi.advanceTimersByTimeAsync(50_000);
        client.takeOne();
      }
      client.release();
      await done;
      expect(client.out.destroyed).toBe(false);
      expect(pulled.count).toBe(30);
    } finally {
      vi.useRealTimers();
    }
  });
});
