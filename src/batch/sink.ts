// An output that knows its byte offset: buffers text, writes it at explicit positions in a file (so a
// resumed run can truncate to a checkpointed offset and continue there), or to a stream such as
// stdout with back-pressure. sync() makes file contents durable before a checkpoint names them.
import { constants } from 'node:fs';
import { open, unlink, type FileHandle } from 'node:fs/promises';
import type { Writable } from 'node:stream';
import { drained } from '../util/drained.js';
import { ClosedPipeError, isClosedPipe, writerReportsErrors } from '../util/closed-pipe.js';

export class ByteSink {
  /** Bytes in the output including what is still buffered. */
  bytes: number;
  private parts: Uint8Array[] = [];
  private pending = 0;
  private streamError: Error | undefined;

  private constructor(
    private readonly file: FileHandle | undefined,
    private readonly stream: Writable | undefined,
    start: number,
    /** What the sink is, for messages: a failed write names it ("output", "errors file"). */
    private readonly what: string,
  ) {
    this.bytes = start;
    if (stream) {
      // a closed pipe fails the job like any failed write, so it stops in order (files closed, queue
      // closed) rather than the process exiting mid-job; the CLI then exits quietly (ClosedPipeError)
      writerReportsErrors(stream);
      stream.on('error', (err: NodeJS.ErrnoException) => this.failed(err));
    }
  }

  private failed(reported: NodeJS.ErrnoException): Error {
    // A failed write destroys the stream at once, but its 'error' event waits for the file to close;
    // what is called meanwhile (end) fails as "destroyed". The stream's own error is the one to name.
    const err = (this.stream?.errored as NodeJS.ErrnoException | null) ?? reported;
    return (this.streamError ??= isClosedPipe(err) ? new ClosedPipeError(this.what) : new Error(`cannot write ${this.what}: ${err.message}`));
  }

  private throwIfFailed(): void {
    const err = this.streamError ?? (this.stream?.errored ? this.failed(this.stream.errored) : undefined);
    if (err) throw err;
  }

  /**
   * Opens a file for writing without changing it (creating it when missing): a job opens all its files
   * before it writes anything, so one that cannot be opened leaves nothing behind. startAt() truncates.
   */
  static async open(path: string, what = 'output'): Promise<ByteSink> {
    try {
      // Owner-only, whatever the umask: evidence and mentions are fragments of personal posts (an existing file keeps its mode).
      const sink = new ByteSink(await open(path, constants.O_RDWR | constants.O_CREAT | constants.O_EXCL, 0o600), undefined, 0, what);
      sink.created = path;
      return sink;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      return new ByteSink(await open(path, 'r+'), undefined, 0, what);
    }
  }

  /** Truncates the file to `offset` (0 empties it) and writes on from there. */
  async startAt(offset: number): Promise<void> {
    if (!this.file) return;
    const { size } = await this.file.stat();
    if (size < offset) throw new Error(`the ${this.what} is shorter (${size} bytes) than its checkpoint (${offset} bytes)`);
    await this.file.truncate(offset);
    this.bytes = offset;
  }

  /** Closes without writing; removes the file if open() created it (a job that never started). */
  async discard(): Promise<void> {
    this.parts = [];
    this.pending = 0;
    try {
      await this.close();
      if (this.created !== undefined) await unlink(this.created);
    } catch {
      // the job is failing already; its first error is the one to report
    }
  }

  /** Writes to a stream; `owned` streams (opened for this sink) are ended on close, stdout is not. */
  static stream(stream: Writable, owned = false, what = 'output'): ByteSink {
    const sink = new ByteSink(undefined, stream, 0, what);
    sink.owned = owned;
    return sink;
  }

  private owned = false;
  /** The path open() created, for discard(). */
  private created: string | undefined;

  get buffered(): number {
    return this.pending;
  }

  write(data: string | Uint8Array): void {
    if (data.length === 0) return;
    const bytes = typeof data === 'string' ? Buffer.from(data) : data;
    this.parts.push(bytes);
    this.pending += bytes.length;
    this.bytes += bytes.length;
  }

  async flush(): Promise<void> {
    this.throwIfFailed();
    if (this.parts.length === 0) return;
    const buf = this.parts.length === 1 ? this.parts[0] : Buffer.concat(this.parts, this.pending);
    this.parts = [];
    const start = this.bytes - this.pending;
    this.pending = 0;
    if (this.file) {
      let done = 0;
      try {
        while (done < buf.length) {
          const { bytesWritten } = await this.file.write(buf, done, buf.length - done, start + done);
          done += bytesWritten;
        }
      } catch (err) {
        throw new Error(`cannot write ${this.what}: ${(err as Error).message}`); // which file ran out of space
      }
    } else if (this.stream) {
      if (!this.stream.write(buf)) await drained(this.stream);
      this.throwIfFailed();
    }
  }

  async sync(): Promise<void> {
    if (this.file) await this.file.datasync();
  }

  async close(): Promise<void> {
    // A failed last write (a full disk) still closes the file; that write's error is the one thrown.
    const failed = await this.flush().then(() => undefined, (err: Error) => err);
    if (this.file) await (failed ? this.file.close().catch(() => undefined) : this.file.close());
    if (failed) throw failed;
    if (this.owned && this.stream && !this.stream.writableFinished) {
      await new Promise<void>((resolve, reject) => this.stream!.end((err?: Error | null) => (err ? reject(this.failed(err)) : resolve())));
    }
    if (this.streamError) throw this.streamError;
  }
}
