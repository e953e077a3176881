// The input byte stream: a file or stdin (`-`), with a running count of bytes read and the total size
// when it is known (a regular file, or stdin redirected from one), for progress and ETA.
import { accessSync, constants, createReadStream, fstatSync, statSync, type Stats } from 'node:fs';
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

/** "permission denied (EACCES)" from a system error, without the call and path Node adds to it. */
function systemReason(err: unknown): string {
  const { code, message } = err as NodeJS.ErrnoException;
  const reason = message.replace(/^[A-Z]+: /, '').replace(/, \w+ '.*'$/, '');
  return code ? `${reason} (${code})` : reason;
}

/**
 * The input file's stat; a missing, unreadable (permissions, a link loop) or directory input is bad
 * usage naming it, as early as a missing one is, not a bare system error after the scorers loaded.
 */
export function statInput(input: string): Stats {
  let st: Stats | undefined;
  try {
    st = statSync(input, { throwIfNoEntry: false });
    if (st && !st.isDirectory()) accessSync(input, constants.R_OK);
  } catch (err) {
    throw new BatchUsageError(`cannot read input ${input}: ${systemReason(err)}`);
  }
  if (!st) throw new BatchUsageError(`cannot read input ${input}: no such file`);
  if (st.isDirectory()) throw new BatchUsageError(`cannot read input ${input}: it is a directory`);
  return st;
}

export function openSource(input: string, stdin: Readable = process.stdin): ByteSource {
  let size: number | undefined;
  if (input === '-') {
    try {
      const st = stdin === process.stdin ? fstatSync(0) : undefined;
      if (st?.isFile()) size = st.size;
    } catch {
      // not a file descriptor we can stat: size stays unknown
    }
  } else {
    const st = statInput(input);
    if (st.isFile()) size = st.size;
  }
  let bytesRead = 0;
  // The file is opened when reading starts, not here: a job that stops before reading (a usage error
  // found later, a failed worker start) must leave no open pending, whose error nobody would hear.
  async function* counted(): AsyncGenerator<Buffer> {
    const stream = input === '-' ? stdin : createReadStream(input, { highWaterMark: CHUNK });
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
