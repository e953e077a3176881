// CSV (and JSONL) bytes as UTF-8 without a BOM, before anything splits them: a UTF-8 BOM is dropped,
// and UTF-16LE after its BOM (Excel's "Unicode text", Windows PowerShell's `>`) or UTF-16BE after its
// BOM (some Java and Mac exports) is decoded, so line
// ends, quotes and delimiters are single bytes to the scanner, csv-parse and the JSONL reader alike.
// Invalid UTF-8 passes through (decoded later as U+FFFD).

const startsWith = (buf: Buffer, bytes: number[]): boolean => bytes.every((b, i) => buf[i] === b);

/** `keepUtf8Bom`: a UTF-8 BOM stays, for the JSONL reader, which strips one at the start of any line. */
export async function* utf8WithoutBom(chunks: AsyncIterable<Buffer>, { keepUtf8Bom = false } = {}): AsyncGenerator<Buffer> {
  let head: Buffer | undefined = Buffer.alloc(0); // the first bytes, until there are enough to see a BOM
  // TextDecoder, not StringDecoder: fed a byte at a time, StringDecoder splits surrogate pairs
  let utf16: TextDecoder | undefined; // a second BOM is text (ignoreBOM)
  let isUtf16 = false;
  const decode = (bytes: Buffer): Buffer => Buffer.from(utf16!.decode(bytes, { stream: true }));
  const first = (start: Buffer): Buffer => {
    const le = startsWith(start, [0xff, 0xfe]);
    isUtf16 = le || startsWith(start, [0xfe, 0xff]);
    if (isUtf16) {
      utf16 = new TextDecoder(le ? 'utf-16le' : 'utf-16be', { ignoreBOM: true });
      return decode(start.subarray(2));
    }
    return !keepUtf8Bom && startsWith(start, [0xef, 0xbb, 0xbf]) ? start.subarray(3) : start;
  };
  for await (const chunk of chunks) {
    if (head === undefined) yield isUtf16 ? decode(chunk) : chunk;
    else {
      head = Buffer.concat([head, chunk]);
      if (head.length < 3) continue;
      yield first(head);
      head = undefined;
    }
  }
  if (head !== undefined && head.length > 0) yield first(head);
  if (isUtf16) yield Buffer.from(utf16!.decode());
}
