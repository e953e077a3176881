// The job's records: the reader its input format calls for, and what that reader noticed about the
// input on the way (warnings, UTF-16), for the summary.
import { readCsv } from './csv-reader.js';
import { readJsonl } from './jsonl-reader.js';
import { readWhatsApp, skippedNote, type ChatSkips } from './whatsapp-reader.js';
import { requiredColumns } from './job-fields.js';
import type { BatchOptions } from './job-options.js';
import type { RawRecord } from './types.js';

/** What the reader found out about the input, for the summary. */
export interface InputNotes {
  warnings: string[];
  utf16: boolean;
  /** What a chat export held that is no post, counted as it is read (the summary tells it without alarm, also after a stop). */
  chatSkips?: ChatSkips;
}

/** What the summary tells without alarm: what a chat export held, up to where it was read, that is no post. */
export const quietNotes = (notes: InputNotes): string[] => (notes.chatSkips ? skippedNote(notes.chatSkips) : []);

export function readerFor(opts: BatchOptions, chunks: AsyncIterable<Buffer>, notes: InputNotes): AsyncGenerator<RawRecord> {
  const onUtf16 = () => (notes.utf16 = true);
  if (opts.format === 'whatsapp') {
    notes.chatSkips = { system: 0, noText: 0 };
    return readWhatsApp(chunks, { dateOrder: opts.postedAtOrder, skips: notes.chatSkips, onUtf16, input: opts.input });
  }
  return opts.format === 'csv'
    ? readCsv(chunks, { delimiter: opts.delimiter, delimiterGiven: opts.delimiterGiven, requiredColumns: requiredColumns(opts), onWarning: (w) => notes.warnings.push(w), onUtf16, input: opts.input })
    : readJsonl(chunks, { onUtf16, input: opts.input });
}

/** The first result of an iterator, then the rest. */
export async function* withFirst<T>(first: IteratorResult<T>, rest: AsyncIterator<T>): AsyncGenerator<T> {
  if (first.done) return;
  yield first.value;
  for (let r = await rest.next(); !r.done; r = await rest.next()) yield r.value;
}
