// Reads a request body into memory up to a limit (counted after decompression). It stops reading at
// the first error: body-parser read the rest of the upload and dropped it before answering, so a
// chunked or compressed body over the limit got its 413 only once the client stopped sending — never
// for an endless one. The errors carry body-parser's `type`s, so problem.ts maps them as before.
import type { IncomingMessage } from 'node:http';
import type { Readable, Transform } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';

const DECOMPRESSORS: Record<string, () => Transform> = { gzip: createGunzip, deflate: createInflate, br: createBrotliDecompress };

const bodyError = (message: string, fields: Record<string, unknown>): Error => Object.assign(new Error(message), { expose: true, ...fields });
const aborted = (): Error => bodyError('request aborted', { type: 'request.aborted', status: 400 });

/** The body's bytes; rejects (leaving the rest unread, the request paused) on the first problem. */
export function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const encoding = String(req.headers['content-encoding'] ?? 'identity').toLowerCase();
  const decompress = Object.hasOwn(DECOMPRESSORS, encoding) ? DECOMPRESSORS[encoding] : undefined;
  if (encoding !== 'identity' && !decompress) {
    return Promise.reject(bodyError('unsupported content encoding', { type: 'encoding.unsupported', encoding, status: 415 }));
  }
  const inflater = decompress?.();
  const stream: Readable = inflater ? req.pipe(inflater) : req;
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const settle = (err?: Error): void => {
      stream.off('data', onData).off('end', onEnd).off('error', onError);
      req.off('close', onClose).off('error', onAborted);
      if (inflater) {
        req.unpipe(inflater);
        inflater.on('error', () => {}).destroy();
      }
      if (!err) return resolve(Buffer.concat(chunks, size));
      req.pause(); // the rest stays unread; the response closes the connection
      reject(err);
    };
    const onData = (chunk: Buffer): void => {
      size += chunk.length;
      if (size > limit) return settle(bodyError('request entity too large', { type: 'entity.too.large', limit, status: 413 }));
      chunks.push(chunk);
    };
    const onEnd = (): void => settle();
    const onError = (err: Error): void => settle(stream === req ? aborted() : err); // zlib's errors keep their Z_ code
    const onAborted = (): void => settle(aborted());
    const onClose = (): void => {
      if (!req.complete) onAborted();
    };
    stream.on('data', onData).on('end', onEnd).on('error', onError);
    req.on('close', onClose);
    if (inflater) req.on('error', onAborted);
  });
}

