// `--format`, or the input's format told from its name (and, for a `.txt`, its first line): a name that
// tells none is bad usage saying what would (a compressed feed: the command that decompresses it).
import path from 'node:path';
import { usage, UsageError } from '../command.js';
import { statInput } from '../../batch/source.js';
import { looksLikeChatExport } from '../../batch/whatsapp-sniff.js';
import { unicodeTextHint } from '../../batch/unicode-text-sniff.js';
import { shellWord } from '../../util/shell-word.js';
import type { InputFormat } from '../../batch/types.js';

/** A compressed feed's extension, and what decompresses it into a pipe (the bytes are checked too: compressed.ts). */
const COMPRESSED_EXT: Record<string, string> = { '.gz': 'zcat', '.bz2': 'bzcat', '.xz': 'xzcat', '.zst': 'zstdcat' };

function inputFormatOf(file: string): InputFormat | undefined {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.csv' || ext === '.tsv') return 'csv';
  if (ext === '.jsonl' || ext === '.ndjson' || ext === '.json') return 'jsonl';
  return undefined;
}

export function inputFormat(flag: string | undefined, input: string): InputFormat {
  if (flag !== undefined) {
    if (flag !== 'csv' && flag !== 'jsonl' && flag !== 'whatsapp') throw new UsageError(`--format must be csv, jsonl or whatsapp, got ${JSON.stringify(flag)}`);
    return flag;
  }
  const ext = path.extname(input).toLowerCase();
  const known = inputFormatOf(input);
  if (known) return known;
  if (ext === '.txt' && looksLikeChatExport(input)) return 'whatsapp';
  const cat = COMPRESSED_EXT[ext];
  if (cat) {
    const inner = inputFormatOf(path.basename(input, path.extname(input)));
    throw new UsageError(`${input} looks ${ext}-compressed, and netra reads CSV or JSONL text; decompress it into stdin: ${cat} ${shellWord(input)} | netra score --input - --format ${inner ?? 'csv|jsonl'} …`);
  }
  // A missing file or a directory is that: --format, which the message below asks for, would not help.
  if (input !== '-') usage(() => statInput(input));
  const unicodeText = input === '-' ? undefined : unicodeTextHint(input);
  if (unicodeText) throw new UsageError(`cannot tell the format of ${input} from its name: ${unicodeText}`);
  throw new UsageError(`cannot tell the format of ${input === '-' ? 'stdin' : input}; give --format csv|jsonl|whatsapp`);
}
