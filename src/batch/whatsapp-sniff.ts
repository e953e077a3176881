// Whether a `.txt` input is a WhatsApp chat export, told from its first line that is not blank (a
// header such as `12/10/29 07.02 - Name: text`), so `--input chat.txt` needs no --format.
import { fileHead } from './file-head.js';
import { parseChatHeader } from './whatsapp-header.js';

const HEAD_BYTES = 4096;

/** Only a regular file is looked into: what is read from a pipe (a FIFO named .txt) would be lost to the job. */
export function looksLikeChatExport(file: string): boolean {
  const head = fileHead(file, HEAD_BYTES);
  if (head === undefined) return false;
  const first = head.toString('utf8').replace(/^\ufeff/, '').split('\n').find((l) => l.trim() !== '');
  return first !== undefined && parseChatHeader(first.replace(/\r+$/, '')) !== undefined;
}
