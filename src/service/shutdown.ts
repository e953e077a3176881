// Graceful shutdown: stop being ready, stop accepting connections, let in-flight requests finish,
// close idle keep-alive sockets, and after `timeoutMs` close whatever is left.
import type { IncomingMessage, Server } from 'node:http';
import type { Socket } from 'node:net';
import type { Health } from './health.js';
import type { Logger } from './logging.js';

export interface ShutdownResult {
  /** True when the timeout expired and open connections were closed forcibly. */
  forced: boolean;
  ms: number;
}

/** Per server, the connections that have not sent a request yet (see trackConnections). */
const unused = new WeakMap<Server, Set<Socket>>();

/**
 * Follows which connections have sent no request yet (a proxy's or browser's pre-opened ones), so
 * shutdown can close them: Node counts them busy (waiting for headers), closeIdleConnections leaves
 * them, and each one held shutdown until the timeout (then exit 1). Call once, when the server is made.
 */
export function trackConnections(server: Server): void {
  const fresh = new Set<Socket>();
  unused.set(server, fresh);
  server.on('connection', (socket: Socket) => {
    fresh.add(socket);
    socket.once('close', () => fresh.delete(socket));
  });
  server.on('request', (req: IncomingMessage) => fresh.delete(req.socket));
}

export function gracefulShutdown(server: Server, opts: { health: Health; logger: Logger; timeoutMs: number }): Promise<ShutdownResult> {
  const start = Date.now();
  opts.health.startDraining();
  return new Promise((resolve) => {
    let settled = false;
    const done = (forced: boolean): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      clearInterval(sweep);
      resolve({ forced, ms: Date.now() - start });
    };
    const timer = setTimeout(() => {
      opts.logger.warn({ timeoutMs: opts.timeoutMs }, 'shutdown timeout: closing open connections');
      server.closeAllConnections();
      done(true);
    }, opts.timeoutMs);
    // Keep-alive sockets that finish their request become idle; close them as they do.
    const sweep = setInterval(() => server.closeIdleConnections(), 50);
    server.close(() => done(false));
    server.closeIdleConnections();
    for (const socket of unused.get(server) ?? []) socket.destroy();
  });
}
