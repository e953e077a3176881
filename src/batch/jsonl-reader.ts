// JSONL input: one JSON object per line. Tolerant of what real exports contain: a BOM, CRLF line
// ends, blank lines (skipped, not counted as records), invalid UTF-8 (decoded with U+FFFD), lines
// that are not JSON or not objects (error records), and lines too long to hold in memory (discarded
// as they stream past, reported as one error record).
//
// The reader only splits lines; parseJsonLine turns one into fields later, in the scoring thread,
// so the main thread stays free for I/O.
import type { RawRecord } from './types.js';

export const DEFAULT_MAX_LINE_BYTES = 16 * 1024 * 1024;

export interface JsonlOptions {
  maxLineBytes?: number;
}

const isBlank = (s: string): boolean => s.length === 0 || s.trim().length === 0;

export async function* readJsonl(chunks: AsyncIterable<Buffer>, opts: JsonlOptions = {}): AsyncGenerator<RawRecord> {
  const maxLineBytes = opts.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES;
  let parts: Buffer[] = [];
  let partBytes = 0;
  let overflow = false;
  let line = 0;
  let n = 0;

  const finish = (): RawRecord | undefined => {
    line++;
    if (overflow) {
      overflow = false;
      return { n: ++n, line, error: `line is longer than ${maxLineBytes} bytes` };
    }
    const buf = parts.length === 1 ? parts[0] : Buffer.concat(parts, partBytes);
    parts = [];
    partBytes = 0;
    let text = buf.toString('utf8');
    if (text.charCodeAt(text.length - 1) === 13) text = text.slice(0, -1);
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    if (isBlank(text)) return undefined;
    return { n: ++n, line, json: text };
  };

  for await (const chunk of chunks) {
    let start = 0;
    while (start <= chunk.length) {
      const nl = chunk.indexOf(10, start);
      const end = nl === -1 ? chunk.length : nl;
      if (!overflow && end > start) {
        if (partBytes + (end - start) > maxLineBytes) {
          overflow = true;
          parts = [];
          partBytes = 0;
        } else {
          parts.push(chunk.subarray(start, end));
          partBytes += end - start;
        }
      }
      if (nl === -1) break;
      const rec = finish();
      if (rec) yield rec;
      start = nl + 1;
    }
  }
  if (partBytes > 0 || overflow) {
    const rec = finish();
    if (rec) yield rec;
  }
}

/** Fields of a JSONL line, or why there are none. */
export function parseJsonLine(text: string): { fields: Record<string, unknown> } | { error: string } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    return { error: `invalid JSON: ${(err as Error).message.slice(0, 200)}` };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { error: `not a JSON object (got ${value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value})` };
  }
  return { fields: value as Record<string, unknown> };
}
