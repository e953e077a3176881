// WhatsApp "Export chat" text as records: one per message, its body only (the header's date and
// sender would otherwise become words the model reads), the sender as author and the header's time
// as the posting time. A line without a header continues the message before it. System events and
// media or deleted-message placeholders are skipped and counted, not records, so record numbers
// (and --resume) depend only on the file. Read as a stream: only the current message is held, and
// one past the record limit is dropped as it streams past, as the other readers do.
import { StringDecoder } from 'node:string_decoder';
import type { RawRecord } from './types.js';
import { utf8WithoutBom } from './csv-encoding.js';
import { BatchUsageError } from './errors.js';
import { chatLocalTime, parseChatHeader } from './whatsapp-header.js';
import type { DateOrder } from './date-order.js';
import { messageText, splitSender } from './whatsapp-message.js';
import { DEFAULT_MAX_LINE_BYTES } from './jsonl-reader.js';
import { counted } from './count-noun.js';

/** The fields a message record carries, which job-fields.ts maps for the scorers. */
export const CHAT_FIELDS = { text: 'text', author: 'author', postedAt: 'posted_at' } as const;

/** What was read but is no post. */
export interface ChatSkips {
  /** System events: joined, left, subject changed, the encryption notice (and lines continuing them). */
  system: number;
  /** Media, sticker and deleted-message placeholders, and forward markers with nothing after them. */
  noText: number;
}

export interface WhatsAppOptions {
  dateOrder?: DateOrder;
  /**
   * Counted into as lines are read, so a job stopped before the end of the input (a signal) can still
   * say what it skipped up to there; `onSkipped` is told the counts at the end.
   */
  skips?: ChatSkips;
  /** Told at the end of the input what was skipped. */
  onSkipped?: (skips: ChatSkips) => void;
  /** The input as --input gives it ('-' for stdin), for messages. */
  input?: string;
  maxRecordBytes?: number;
  /** Told when the input is UTF-16 (see csv-encoding.ts). */
  onUtf16?: () => void;
}

const notAnExport = (input: string) =>
  `${input === '-' ? 'stdin' : input} is not a WhatsApp chat export: its first line does not start with a message header such as "12/10/29 07.02 - Name: text" (Android) or "[12/10/29 07.02.15] Name: text" (iOS); give the .txt file that WhatsApp's "Export chat" writes, or --format csv|jsonl`;

interface Message {
  line: number;
  /** The message's number among the file's messages with a sender (placeholders included). */
  number: number;
  sender: string;
  time: { local: string } | { error: string; wrongOrder?: boolean };
  lines: string[];
  bytes: number;
  tooLong: boolean;
}

export async function* readWhatsApp(chunks: AsyncIterable<Buffer>, opts: WhatsAppOptions = {}): AsyncGenerator<RawRecord> {
  const order = opts.dateOrder ?? 'dmy';
  const maxBytes = opts.maxRecordBytes ?? DEFAULT_MAX_LINE_BYTES;
  const input = opts.input ?? '-';
  const skips: ChatSkips = opts.skips ?? { system: 0, noText: 0 };
  let lineNo = 0;
  let n = 0;
  let messages = 0;
  let sawHeader = false;
  let current: Message | 'system' | undefined;

  const finish = (): RawRecord | undefined => {
    const m = current;
    current = undefined;
    if (m === undefined || m === 'system') return undefined;
    const id = String(m.number);
    if ('error' in m.time) {
      // Read in the wrong order, every date before this one may be wrong: stop rather than go on.
      if (m.time.wrongOrder && n === 0) throw new BatchUsageError(m.time.error);
      return { n: ++n, line: m.line, id, error: m.time.error, ...(m.time.wrongOrder ? { fatal: true } : {}) };
    }
    if (m.tooLong) return { n: ++n, line: m.line, id, error: `message is longer than ${maxBytes} bytes` };
    const read = messageText(m.lines);
    if ('skipped' in read) {
      skips.noText++;
      return undefined;
    }
    const fields = { [CHAT_FIELDS.text]: read.text, [CHAT_FIELDS.author]: m.sender, [CHAT_FIELDS.postedAt]: m.time.local };
    return { n: ++n, line: m.line, id, fields, ...(read.text.includes('\uFFFD') ? { notUtf8: true } : {}) };
  };

  /** One line; `cut`: only its start, the rest (past the record limit) dropped unread. */
  const onLine = (raw: string, cut: boolean): RawRecord | undefined => {
    lineNo++;
    const line = raw.endsWith('\r') ? raw.replace(/\r+$/, '') : raw;
    const header = parseChatHeader(line);
    if (!sawHeader && header === undefined) {
      if (line.trim() === '') return undefined;
      throw new BatchUsageError(notAnExport(input));
    }
    if (header === undefined) {
      if (current !== undefined && current !== 'system') addLine(current, line, cut);
      return undefined;
    }
    sawHeader = true;
    const done = finish();
    const sent = splitSender(header.rest);
    if (sent === undefined) {
      skips.system++;
      current = 'system';
    } else {
      current = { line: lineNo, number: ++messages, sender: sent.sender, time: chatLocalTime(header, order, opts.dateOrder !== undefined), lines: [], bytes: 0, tooLong: false };
      addLine(current, sent.body, cut);
    }
    return done;
  };

  const addLine = (m: Message, line: string, cut: boolean) => {
    if (m.tooLong) return;
    m.bytes += Buffer.byteLength(line) + (m.lines.length > 0 ? 1 : 0);
    if (cut || m.bytes > maxBytes) {
      m.tooLong = true;
      m.lines = [];
    } else m.lines.push(line);
  };

  const decoder = new StringDecoder('utf8');
  let carry = '';
  let dropping = false; // the rest of a line cut at the limit
  const convert = { input, format: 'whatsapp' };
  for await (const chunk of utf8WithoutBom(chunks, { convert, onUtf16: opts.onUtf16 })) {
    const text = carry + decoder.write(chunk);
    let start = 0;
    for (let end = text.indexOf('\n'); end !== -1; end = text.indexOf('\n', start)) {
      const rec = dropping ? undefined : onLine(text.slice(start, end), false);
      dropping = false;
      start = end + 1;
      if (rec) yield rec;
    }
    carry = dropping ? '' : text.slice(start);
    if (carry.length > maxBytes) {
      const rec = onLine(carry, true);
      carry = '';
      dropping = true;
      if (rec) yield rec;
    }
  }
  carry += decoder.end();
  if (carry !== '' && !dropping) {
    const rec = onLine(carry, false);
    if (rec) yield rec;
  }
  const last = finish();
  if (last) yield last;
  opts.onSkipped?.(skips);
}

/** The summary's note on what the export held that is no post (none when it held nothing of the kind). */
export function skippedNote(skips: ChatSkips): string[] {
  const parts: string[] = [];
  if (skips.system > 0) parts.push(`${counted(skips.system, 'system line')} (joined, left, subject changed, the encryption notice)`);
  if (skips.noText > 0) parts.push(`${counted(skips.noText, 'message')} without text to score (media, deleted, a forward marker alone)`);
  if (parts.length === 0) return [];
  const one = skips.system + skips.noText === 1;
  return [`the chat export's ${parts.join(' and ')} ${one ? 'was' : 'were'} skipped: ${one ? 'not a post, not a record' : 'not posts, not records'}`];
}
