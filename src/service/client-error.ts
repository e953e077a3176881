// Requests Node's HTTP parser refuses (headers over 16 KB, an unknown method, malformed framing) never
// reach the app: Node answered them with a bare status line. They get a problem+json body too, with
// a request id that the log line shares.
import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import type { Socket } from 'node:net';
import type { Logger } from './logging.js';
import { PROBLEM_CONTENT_TYPE, PROBLEM_TYPES } from './problem.js';
import { SECURITY_HEADER_LINES } from './security-headers.js';

const ANSWERS: Record<string, [number, string, string, string]> = {
  HPE_HEADER_OVERFLOW: [431, 'Request Header Fields Too Large', PROBLEM_TYPES.headersTooLarge, 'the request headers are larger than the server accepts (16 KB)'],
  ERR_HTTP_REQUEST_TIMEOUT: [408, 'Request Timeout', PROBLEM_TYPES.requestTimeout, 'the request did not arrive in time'],
};
const MALFORMED: [number, string, string, string] = [400, 'Bad Request', PROBLEM_TYPES.malformedRequest, 'the request is not valid HTTP/1.1'];

export function answerClientErrors(server: Server, logger: Logger): void {
  server.on('clientError', (err: NodeJS.ErrnoException & { rawPacket?: Buffer }, socket: Socket) => {
    if (err.code === 'ECONNRESET' || !socket.writable) return socket.destroy();
    const [status, title, type, detail] = ANSWERS[err.code ?? ''] ?? MALFORMED;
    const requestId = randomUUID();
    // The path, when the request line is readable; "*" (the server as a whole) when it is not.
    const instance = /^[A-Z]+ (\/[^\s?]*)/.exec(err.rawPacket?.toString('latin1') ?? '')?.[1] ?? '*';
    const body = JSON.stringify({ type, title, status, detail, errors: [], instance, requestId });
    logger.info({ reqId: requestId, status, code: err.code }, 'request refused by the HTTP parser');
    socket.end(
      `HTTP/1.1 ${status} ${title}\r\nContent-Type: ${PROBLEM_CONTENT_TYPE}\r\nContent-Length: ${Buffer.byteLength(body)}\r\n` +
        `X-Request-Id: ${requestId}\r\n${SECURITY_HEADER_LINES}Connection: close\r\n\r\n${body}`,
    );
  });
}
