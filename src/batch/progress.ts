// Progress on a terminal: one rewritten stderr line with records, rate and, when the input size is
// known, percent and ETA. Silent when stderr is not a TTY (logs and pipes get only the summary).
import { counted } from './count-noun.js';
import type { Writable } from 'node:stream';

export interface ProgressSource {
  records(): number;
  bytesRead(): number;
  size?: number;
}

export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '?';
  const s = Math.round(seconds);
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}

export function progressLine(records: number, seconds: number, bytesRead: number, size?: number): string {
  const rate = seconds > 0 ? records / seconds : 0;
  let line = `netra score: ${counted(records, 'record')}, ${Math.round(rate).toLocaleString('en-US')}/s`;
  if (size && size > 0) {
    const frac = Math.min(1, bytesRead / size);
    const eta = frac > 0 ? (seconds * (1 - frac)) / frac : Infinity;
    line += `, ${(frac * 100).toFixed(1)}%, ETA ${formatDuration(eta)}`;
  }
  return line;
}

/** Starts the progress line if `stream` is a TTY; returns a function that stops and clears it. */
export function startProgress(stream: Writable & { isTTY?: boolean }, src: ProgressSource, everyMs = 250): () => void {
  if (stream.isTTY !== true) return () => {};
  const t0 = performance.now();
  const draw = () => stream.write(`\r\x1b[2K${progressLine(src.records(), (performance.now() - t0) / 1000, src.bytesRead(), src.size)}`);
  const timer = setInterval(draw, everyMs);
  timer.unref();
  return () => {
    clearInterval(timer);
    stream.write('\r\x1b[2K');
  };
}
