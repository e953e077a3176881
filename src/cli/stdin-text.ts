// The post `explain -` and `normalize -` read from stdin, in the encodings `netra score` reads an
// export in (src/batch/csv-encoding.ts): a UTF-8 BOM is dropped, UTF-16 after its BOM (Windows'
// "Unicode" text, PowerShell 5's `>`) decoded, UTF-16 without one refused, as the encoding is not
// guessed. Read as UTF-8, UTF-16 was a NUL between every letter, scored without a word.
import { isUtf8 } from 'node:buffer';
import { bomlessUtf16, Utf16Decoder } from '../batch/csv-encoding.js';
import { UsageError } from './command.js';

export interface StdinText {
  text: string;
  /** Bytes that are not UTF-8 (or UTF-16 that is no text) were read as U+FFFD: the caller warns of them. */
  notText: boolean;
}

/** `command` is the CLI command reading it, for the conversion a refusal gives (`… | iconv … | netra explain -`). */
export function decodeStdin(bytes: Buffer, command: string): StdinText {
  let utf8 = bytes;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) utf8 = bytes.subarray(3);
  else if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    const decoder = new Utf16Decoder(bytes[0] === 0xfe);
    utf8 = Buffer.concat([decoder.decode(bytes.subarray(2)), decoder.decode(undefined)]);
  } else {
    const utf16 = bomlessUtf16(bytes);
    if (utf16) {
      throw new UsageError(
        `stdin looks like ${utf16} without a byte order mark (a NUL byte beside each character), and netra does not guess an encoding; convert it: … | iconv -f ${utf16} -t UTF-8 | netra ${command} -`,
      );
    }
  }
  return { text: utf8.toString('utf8'), notText: !isUtf8(utf8) };
}

/** The warning for StdinText.notText. */
export function notTextWarning(command: string): string {
  return `netra ${command}: warning: stdin has bytes that are not UTF-8 (read as U+FFFD); if it is Windows-1252, convert it first: … | iconv -f WINDOWS-1252 -t UTF-8 | netra ${command} -`;
}

/** All of stdin's bytes. */
export async function readStdinBytes(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
