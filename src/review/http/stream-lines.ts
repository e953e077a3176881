// Streaming an export: one line at a time with back-pressure, so a slow or stalled client pauses the
// database reads instead of piling the whole export up in memory, and a client that goes away stops them.
import type { Writable } from 'node:stream';
import { drained } from '../../util/drained.js';

/** Writes every line to `out`, waiting whenever its buffer is full; returns early (not ending it) once it is closed. */
export async function streamLines(out: Writable, lines: AsyncIterable<string>): Promise<void> {
  for await (const line of lines) {
    if (out.destroyed) return; // leaving the loop closes the generator, and with it the query
    if (!out.write(line)) await drained(out);
  }
}
