// Reads a request body into memory up to a limit (counted after decompression). It stops reading at
// the first error: body-parser read the rest of the upload and dropped it before answering, so a
// chunked or compressed body over the limit got its 413 only once the client stopped sending — never
// for an endless one. The errors carry body-parser's `type`s, so problem.ts maps them as before.
import type { IncomingHttpHeaders, IncomingMessage, Server } from 'node:http';
import type { RequestHandler } from 'express';
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


/** Requests that sent "Expect: 100-continue" and have not been invited to send their body yet. */
const awaitingContinue = new WeakSet<IncomingMessage>();

/**
 * "Expect: 100-continue": the body is invited (100 Continue) only when a route reads it, after that
 * route's own checks and within its own limit (a review form's 64 KB, the review API's 5 MB, or
 * NETRA_BODY_LIMIT); a request answered first, 413 among it, gets no invitation and its connection closes.
 */
export function inviteBodiesWhenRead(server: Server): void {
  server.on('checkContinue', (req: IncomingMessage, res) => {
    awaitingContinue.add(req);
    server.emit('request', req, res);
  });
}

/**
 * Whether the headers declare a plain (not compressed) body over the limit: answered 413 at once,
 * without reading it and without a "100 Continue", rather than after the upload.
 */
function declaresTooLarge(headers: IncomingHttpHeaders, limitBytes: number): boolean {
  const length = Number(headers['content-length']);
  return headers['content-encoding'] === undefined && Number.isFinite(length) && length > limitBytes;
}

/**
 * Middleware chain that leaves the body's bytes in req.body, for the JSON bodies and the review forms.
 * The limit holds for what arrives (a compressed body once inflated); a body refused (declared or
 * found too large midway, undecodable) stays unread and its connection is closed after the answer.
 */
export function rawBody(limitBytes: number): RequestHandler[] {
  const refuseDeclared: RequestHandler = (req, res, next) => {
    if (!declaresTooLarge(req.headers, limitBytes)) return next();
    res.set('Connection', 'close');
    next(bodyError('request entity too large', { type: 'entity.too.large', limit: limitBytes, status: 413 }));
  };
  const readRaw: RequestHandler = (req, res, next) => {
    if (awaitingContinue.delete(req)) res.writeContinue();
    readBody(req, limitBytes).then(
      (raw) => {
        req.body = raw;
        next();
      },
      (err: Error) => {
        res.set('Connection', 'close');
        next(err);
      },
    );
  };
  return [refuseDeclared, readRaw];
}
