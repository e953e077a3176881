// CSV (and JSONL) bytes as UTF-8 without a BOM, before anything splits them: a UTF-8 BOM is dropped,
// and UTF-16LE after its BOM (Excel's "Unicode text", Windows PowerShell's `>`) or UTF-16BE after its
// BOM (some Java and Mac exports) is decoded, so line
// ends, quotes and delimiters are single bytes to the scanner, csv-parse and the JSONL reader alike.
// Invalid UTF-8 passes through (decoded later as U+FFFD).

import { decideHead } from './stream-head.js';

const startsWith = (buf: Buffer, bytes: number[]): boolean => bytes.every((b, i) => buf[i] === b);

/** `keepUtf8Bom`: a UTF-8 BOM stays, for the JSONL reader, which strips one at the start of any line. */
export async function* utf8WithoutBom(chunks: AsyncIterable<Buffer>, { keepUtf8Bom = false } = {}): AsyncGenerator<Buffer> {
  // TextDecoder, not StringDecoder: fed a byte at a time, StringDecoder splits surrogate pairs
  let utf16: TextDecoder | undefined; // set after a UTF-16 BOM; a second BOM is text (ignoreBOM)
  const afterBom = decideHead(chunks, (head, ended) => {
    if (head.length < 3 && !ended) return undefined; // not enough yet to see a BOM
    const le = startsWith(head, [0xff, 0xfe]);
    if (le || startsWith(head, [0xfe, 0xff])) {
      utf16 = new TextDecoder(le ? 'utf-16le' : 'utf-16be', { ignoreBOM: true });
      return 2;
    }
    return !keepUtf8Bom && startsWith(head, [0xef, 0xbb, 0xbf]) ? 3 : 0;
  });
  for await (const chunk of afterBom) yield utf16 ? Buffer.from(utf16.decode(chunk, { stream: true })) : chunk;
  if (utf16) yield Buffer.from(utf16.decode());
}
