// Listens on HOST:PORT once and lets go, before the model loads and the review store is opened: a
// port in use (or a HOST that cannot be listened on) was found only when the service listened, after
// a new store had been created and migrated, and left that store behind. The real listen follows
// within seconds (Node sets SO_REUSEADDR, so the port is free again at once); a process taking the
// port in between is still caught there, as before.
import { createServer } from 'node:net';

/** The error listen() gives on `port` and `host`, or undefined when it could listen there. */
export function tryListen(port: number, host: string): Promise<NodeJS.ErrnoException | undefined> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', (err: NodeJS.ErrnoException) => resolve(err));
    probe.listen(port, host, () => probe.close(() => resolve(undefined)));
  });
}
