import { describe, expect, it } from 'vitest';
import { Writable } from 'node:stream';
import { formatDuration, progressLine, startProgress } from '../../src/batch/progress.js';

function sink(isTTY: boolean) {
  const written: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, cb) {
      written.push(String(chunk));
      cb();
    },
  }) as Writable & { isTTY?: boolean };
  stream.isTTY = isTTY;
  return { stream, written };
}

describe('progress', () => {
  it('shows records and rate, and percent and ETA when the size is known', () => {
    expect(progressLine(50_000, 10, 250, 1000)).toBe('netra score: 50,000 records, 5,000/s, 25.0%, ETA 30s');
    expect(progressLine(1200, 2, 10, undefined)).toBe('netra score: 1,200 records, 600/s');
    expect(progressLine(1, 2, 10, undefined)).toBe('netra score: 1 record, 1/s');
    expect(formatDuration(3725)).toBe('1h02m');
    expect(formatDuration(75)).toBe('1m15s');
  });

  it('draws only on a TTY and clears its line when stopped', async () => {
    const src = { records: () => 10, bytesRead: () => 5, size: 10 };
    const quiet = sink(false);
    startProgress(quiet.stream, src, 5)();
    expect(quiet.written).toEqual([]);
    const tty = sink(true);
    const stop = startProgress(tty.stream, src, 5);
    await new Promise((r) => setTimeout(r, 30));
    stop();
    expect(tty.written.some((w) => /^\r\x1b\[2Knetra score: 10 records, .*50\.0%, ETA/.test(w))).toBe(true);
    expect(tty.written.at(-1)).toBe('\r\x1b[2K');
  });
});
