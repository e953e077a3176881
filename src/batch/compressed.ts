// Compressed input is refused before anything is read from it: read as text, a gzip file or an .xlsx
// (a zip) becomes garbled "records" (one per stray line-end byte) and the job ends with exit 0.
import { BatchUsageError } from './errors.js';
import { decideHead } from './stream-head.js';
import { shellWord } from '../util/shell-word.js';
import type { InputFormat } from './types.js';

/** Magic numbers at the start of a file, none of which can begin a CSV or JSONL text. */
const KINDS: { magic: number[]; what: string; cat?: string }[] = [
  { magic: [0x1f, 0x8b], what: 'gzip-compressed', cat: 'zcat' },
  { magic: [0x42, 0x5a, 0x68], what: 'bzip2-compressed', cat: 'bzcat' }, // "BZh", a level digit, then the block magic
  { magic: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], what: 'xz-compressed', cat: 'xzcat' },
  { magic: [0x28, 0xb5, 0x2f, 0xfd], what: 'zstd-compressed', cat: 'zstdcat' },
  { magic: [0x50, 0x4b, 0x03, 0x04], what: 'a zip archive (an Excel .xlsx workbook is one: save the sheet as CSV)' },
];
const BZIP2_BLOCK = [0x31, 0x41, 0x59, 0x26, 0x53, 0x59];
const HEAD = 10;

function check(head: Buffer, name: string, format: InputFormat): void {
  const kind = KINDS.find(({ magic }) => magic.every((b, i) => head[i] === b));
  if (!kind || (kind.cat === 'bzcat' && !BZIP2_BLOCK.every((b, i) => head[4 + i] === b))) return;
  // the job's own format, so the command runs as given
  const hint = !kind.cat ? '' : name === 'stdin' ? `; put ${kind.cat} in the pipe before netra` : `; decompress it into stdin: ${kind.cat} ${shellWord(name)} | netra score --input - --format ${format} …`;
  throw new BatchUsageError(`cannot read input ${name}: it is ${kind.what}, not ${format === 'whatsapp' ? "a chat export's" : 'CSV or JSONL'} text${hint}`);
}

/** The chunks unchanged, or a usage error (exit 2) when the input starts as a compressed file does. */
export function refuseCompressed(chunks: AsyncIterable<Buffer>, name: string, format: InputFormat): AsyncGenerator<Buffer> {
  return decideHead(chunks, (head, ended) => {
    if (head.length < HEAD && !ended) return undefined;
    check(head, name, format);
    return 0;
  });
}
