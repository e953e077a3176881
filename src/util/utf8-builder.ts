// Text appended piece by piece as UTF-8, then taken as one array of exactly its bytes.
// Why not `out += piece` and one TextEncoder.encode at the end: a scoring chunk's output is a rope of
// hundreds of results, and when one of them holds a character beyond Latin-1 (an en dash in a
// candidate's name: two thirds of results) flattening the rope copies all of it as two-byte text
// before it is encoded. Encoding each piece as it comes into one reused buffer costs ≈ 1.15 against
// ≈ 1.8 µs a result (docs/benchmark-history.md, "where a batch post's CPU goes"). The bytes are the
// same: each piece is whole (a result's line ends in a newline), so no surrogate pair is split.
const utf8 = new TextEncoder();

/** A buffer grown past this is let go after a take: one huge chunk should not pin its size for the rest of a job. */
const KEEP_BYTES = 1 << 20;
const INITIAL_BYTES = 1 << 16;

export class Utf8Builder {
  private buf = new Uint8Array(INITIAL_BYTES);
  private used = 0;

  append(text: string): void {
    const most = text.length * 3; // a UTF-16 code unit never takes more than 3 bytes
    if (this.buf.length - this.used < most) this.grow(most);
    this.used += utf8.encodeInto(text, this.buf.subarray(this.used)).written;
  }

  /**
   * For a writer that fills the buffer itself (result-json.ts): the buffer, with at least `bytes` free
   * from `length` on. The bytes it writes count once it calls `wrote` with where they end.
   */
  room(bytes: number): Uint8Array {
    if (this.buf.length - this.used < bytes) this.grow(bytes);
    return this.buf;
  }

  /** The bytes appended since the last take. */
  get length(): number {
    return this.used;
  }

  /** The buffer `room` gave is filled up to `end`. */
  wrote(end: number): void {
    this.used = end;
  }

  /** The bytes appended since the last take, in an array of their own (transferable), and empties the builder. */
  take(): Uint8Array {
    const out = this.buf.slice(0, this.used);
    this.used = 0;
    if (this.buf.length > KEEP_BYTES) this.buf = new Uint8Array(INITIAL_BYTES);
    return out;
  }

  /** Drops what was appended since the last take (what a failed chunk left). */
  clear(): void {
    this.used = 0;
  }

  private grow(atLeast: number): void {
    const next = new Uint8Array(Math.max(2 * this.buf.length, this.used + atLeast));
    next.set(this.buf.subarray(0, this.used));
    this.buf = next;
  }
}
