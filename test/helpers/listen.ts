// Starts an HTTP app (express) on a free port of the loopback address, as the tests' servers do.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Listening {
  server: Server;
  /** `http://127.0.0.1:<port>` */
  base: string;
}

export async function listenLocal(app: { listen(port: number, host: string, ready: () => void): Server }): Promise<Listening> {
  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  return { server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}
