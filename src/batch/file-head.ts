// The first bytes of an input file, to tell its format before the job reads it.
import { closeSync, openSync, readSync, statSync } from 'node:fs';

/** Up to `bytes` from the start of `file`; undefined when it is no regular file (a pipe's bytes would be lost to the job) or unreadable (the job's own checks say why). */
export function fileHead(file: string, bytes: number): Buffer | undefined {
  let fd: number | undefined;
  try {
    if (!statSync(file).isFile()) return undefined;
    fd = openSync(file, 'r');
    const head = Buffer.alloc(bytes);
    return head.subarray(0, readSync(fd, head, 0, bytes, 0));
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
