// A test server: a plain Express app with the review routers mounted the way createApp's `routers`
// option mounts them, on a loopback port.
import express from 'express';
import { afterAll, beforeAll } from 'vitest';
import type { Server } from 'node:http';
import type { ReviewStore } from '../../../src/review/store/index.js';
import { reviewRouters } from '../../../src/review/mount.js';
import type { ReviewScorer } from '../../../src/review/http/router.js';
import { createKey } from '../../../src/review/keys.js';
import type { Role } from '../../../src/review/roles.js';
import type { StoreKind } from './stores.js';
import { listenLocal } from '../../helpers/listen.js';

export interface TestServer {
  base: string;
  server: Server;
  close(): Promise<void>;
}

export async function startServer(store: ReviewStore, scorer: ReviewScorer, retentionDays = 30): Promise<TestServer> {
  const app = express();
  for (const { path, router } of reviewRouters(store, scorer, { dataDir: '', retentionDays, maxBatch: 50, maxTextLength: 300 })) app.use(path, router);
  const { server, base } = await listenLocal(app);
  return {
    base,
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

export interface ReviewServerFixture {
  store: ReviewStore;
  srv: TestServer;
  keys: Record<Role, string>;
}

/**
 * Registers beforeAll/afterAll that open `kind`'s store, serve the review routers on it and make one
 * key per role; the returned object is filled in before the tests run.
 */
export function reviewServer(kind: StoreKind, scorer: () => ReviewScorer | Promise<ReviewScorer>): ReviewServerFixture {
  const fx = {} as ReviewServerFixture;
  beforeAll(async () => {
    await kind.setup();
    fx.store = await kind.open();
    fx.srv = await startServer(fx.store, await scorer());
    fx.keys = await keysFor(fx.store);
  }, 60_000);
  afterAll(async () => {
    await fx.srv?.close();
    await fx.store?.close();
    await kind.teardown();
  });
  return fx;
}

export interface AppFixture {
  store: ReviewStore;
  /** `http://127.0.0.1:<port>` */
  base: string;
}

/**
 * Registers beforeAll/afterAll that open `kind`'s store, serve the app `build` makes on it on a loopback
 * port, and close both; the returned object is filled in before the tests run.
 */
export function appOnStore(kind: StoreKind, build: (store: ReviewStore) => express.Express | Promise<express.Express>): AppFixture {
  const fx = {} as AppFixture;
  let server: Server | undefined;
  beforeAll(async () => {
    await kind.setup();
    fx.store = await kind.open();
    ({ server, base: fx.base } = await listenLocal(await build(fx.store)));
  }, 60_000);
  afterAll(async () => {
    await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
    await fx.store?.close();
    await kind.teardown();
  });
  return fx;
}
