// Streaming an export: one line at a time with back-pressure, so a slow or stalled client pauses the
// database reads instead of piling the whole export up in memory, and a client that goes away stops them.
// A client that takes nothing at all for EXPORT_STALL_MS (a laptop shut mid-download, a script that never
// reads) is ended: its export held a slot (export-slots.ts) and, on PostgreSQL, a pooled connection for as
// long as its socket stayed open, so three of them refused every later export.
import type { Writable } from 'node:stream';
import { drained } from '../../util/drained.js';

/** How long an export waits for its client to take any of what is buffered before ending it. */
export const EXPORT_STALL_MS = 120_000;

/** Writes every line to `out`, waiting whenever its buffer is full; returns early (not ending it) once it is closed, or after destroying it once it stalled. */
export async function streamLines(out: Writable, lines: AsyncIterable<string>, stallMs = EXPORT_STALL_MS): Promise<void> {
  for await (const line of lines) {
    if (out.destroyed) return; // leaving the loop closes the generator, and with it the query
    if (!out.write(line) && (await stalled(out, stallMs))) {
      out.destroy();
      return;
    }
  }
}

/**
 * Waits for `out` to drain; true when it took nothing for `stallMs` (its buffered bytes never went
 * down). A slow reader taking a little at a time is progress, however long the drain takes.
 */
async function stalled(out: Writable, stallMs: number): Promise<boolean> {
  const drain = drained(out).then(() => false);
  let left = out.writableLength;
  for (;;) {
    let timer: NodeJS.Timeout | undefined;
    const tick = new Promise<true>((resolve) => (timer = setTimeout(() => resolve(true), stallMs)));
    const waited = await Promise.race([drain, tick]);
    clearTimeout(timer);
    if (!waited) return false;
    if (out.writableLength >= left) return true;
    left = out.writableLength;
  }
}
