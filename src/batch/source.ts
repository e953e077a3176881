// The input byte stream: a file or stdin (`-`), with a running count of bytes read and the total size
// when it is known (a regular file, or stdin redirected from one), for progress and ETA.
import { createReadStream, fstatSync, statSync } from 'node:fs';
import type { Readable } from 'node:stream';
import { BatchUsageError } from './errors.js';

export interface ByteSource {
  chunks: AsyncIterable<Buffer>;
  /** Bytes handed to the reader so far. */
  readonly bytesRead: number;
  /** Total size when known. */
  size?: number;
  name: string;
}

const CHUNK = 1 << 20;

export function openSource(input: string, stdin: Readable = process.stdin): ByteSource {
  let stream: Readable;
  let size: number | undefined;
  if (input === '-') {
    stream = stdin;
    try {
      const st = stdin === process.stdin ? fstatSync(0) : undefined;
      if (st?.isFile()) size = st.size;
    } catch {
      // not a file descriptor we can stat: size stays unknown
    }
  } else {
    const st = statSync(input, { throwIfNoEntry: false });
    if (!st) throw new BatchUsageError(`cannot read input ${input}: no such file`);
    if (st.isDirectory()) throw new BatchUsageError(`cannot read input ${input}: it is a directory`);
    if (st.isFile()) size = st.size;
    stream = createReadStream(input, { highWaterMark: CHUNK });
  }
  let bytesRead = 0;
  async function* counted(): AsyncGenerator<Buffer> {
    for await (const chunk of stream) {
      const buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
      bytesRead += buf.length;
      yield buf;
    }
  }
  return {
    chunks: counted(),
    get bytesRead() {
      return bytesRead;
    },
    size,
    name: input === '-' ? 'stdin' : input,
  };
}
