// Waiting out back-pressure on a writable stream.
import type { Writable } from 'node:stream';

/** Resolves when a stream that refused a write can take more (or has failed or closed). */
export function drained(stream: Writable): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      stream.off('drain', done);
      stream.off('close', done);
      stream.off('error', done);
      resolve();
    };
    stream.on('drain', done);
    stream.on('close', done);
    stream.on('error', done);
  });
}
