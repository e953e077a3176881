// Whether a `.txt` input is a WhatsApp chat export, told from its first line that is not blank (a
// header such as `12/10/29 07.02 - Name: text`), so `--input chat.txt` needs no --format.
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { parseChatHeader } from './whatsapp-header.js';

const HEAD_BYTES = 4096;

/** Only a regular file is looked into: what is read from a pipe (a FIFO named .txt) would be lost to the job. */
export function looksLikeChatExport(file: string): boolean {
  let fd: number | undefined;
  try {
    if (!statSync(file).isFile()) return false;
    fd = openSync(file, 'r');
    const head = Buffer.alloc(HEAD_BYTES);
    const read = readSync(fd, head, 0, HEAD_BYTES, 0);
    const first = head.subarray(0, read).toString('utf8').replace(/^\ufeff/, '').split('\n').find((l) => l.trim() !== '');
    return first !== undefined && parseChatHeader(first.replace(/\r+$/, '')) !== undefined;
  } catch {
    return false; // unreadable: the job's own checks say why
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
