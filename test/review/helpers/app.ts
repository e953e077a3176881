// A test server: a plain Express app with the review routers mounted the way createApp's `routers`
// option mounts them, on a loopback port.
import express from 'express';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import type { ReviewStore } from '../../../src/review/store/index.js';
import { reviewRouters } from '../../../src/review/mount.js';
import type { ReviewScorer } from '../../../src/review/http/router.js';
import { createKey } from '../../../src/review/keys.js';
import type { Role } from '../../../src/review/roles.js';

export interface TestServer {
  base: string;
  server: Server;
  close(): Promise<void>;
}

export async function startServer(store: ReviewStore, scorer: ReviewScorer, retentionDays = 30): Promise<TestServer> {
  const app = express();
  for (const { path, router } of reviewRouters(store, scorer, { dataDir: '', retentionDays, maxBatch: 50 })) app.use(path, router);
  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    server,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export async function keysFor(store: ReviewStore): Promise<Record<Role, string>> {
  return {
    analyst: (await createKey(store.rdb, { name: 'Ani Analis', role: 'analyst' }, 'test')).key,
    supervisor: (await createKey(store.rdb, { name: 'Sari Supervisor', role: 'supervisor' }, 'test')).key,
    admin: (await createKey(store.rdb, { name: 'Adi Admin', role: 'admin' }, 'test')).key,
  };
}
