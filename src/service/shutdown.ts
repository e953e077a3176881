// Graceful shutdown: stop being ready, stop accepting connections, let in-flight requests finish,
// close idle keep-alive sockets, and after `timeoutMs` close whatever is left.
import type { Server } from 'node:http';
import type { Health } from './health.js';
import type { Logger } from './logging.js';

export interface ShutdownResult {
  /** True when the timeout expired and open connections were closed forcibly. */
  forced: boolean;
  ms: number;
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
  });
}
