// Stopping a job's reading at a signal: at once, also while a read waits, and without keeping anything
// per record until the job ends (a job reads millions of them in constant memory).
import { describe, expect, it } from 'vitest';
import v8 from 'node:v8';
import vm from 'node:vm';
import { untilStopped } from '../../src/batch/interrupt.js';

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

async function* count(n: number): AsyncGenerator<number> {
  for (let i = 0; i < n; i++) yield i;
}

describe('untilStopped', () => {
  it('passes every item through and keeps nothing per item while no signal comes', async () => {
    const N = 300_000;
    gc();
    const before = process.memoryUsage().heapUsed;
    let seen = 0;
    let grown = 0;
    for await (const i of untilStopped(count(N), new Promise<void>(() => {}))) {
      seen++;
      if (i === N - 1) {
        gc();
        grown = process.memoryUsage().heapUsed - before;
      }
    }
    expect(seen).toBe(N);
    // racing the stop promise against each read kept ~100 MB for these items
    expect(grown).toBeLessThan(10 * 2 ** 20);
  });

  it('ends while a read waits, with the items read before the signal', async () => {
    let stop!: () => void;
    const stopped = new Promise<void>((resolve) => (stop = resolve));
    async function* quiet(): AsyncGenerator<number> {
      yield 1;
      yield 2;
      await new Promise(() => {}); // a stdin pipe with nothing more to say
    }
    const got: number[] = [];
    for await (const x of untilStopped(quiet(), stopped)) {
      got.push(x);
      if (got.length === 2) setTimeout(stop, 10);
    }
    expect(got).toEqual([1, 2]);
  });
});
