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

/** A plain Express app with the review routers mounted the way createApp's `routers` option mounts them. */
export function reviewApp(store: ReviewStore, scorer: ReviewScorer, retentionDays = 30): express.Express {
  const app = express();
  for (const { path, router } of reviewRouters(store, scorer, { dataDir: '', retentionDays, maxBatch: 50, maxTextLength: 300 })) app.use(path, router);
  return app;
}

export async function startServer(store: ReviewStore, scorer: ReviewScorer, retentionDays = 30): Promise<TestServer> {
  const { server, base } = await listenLocal(reviewApp(store, scorer, retentionDays));
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
  srv: Pick<TestServer, 'base' | 'server'>;
  keys: Record<Role, string>;
}

/**
 * appOnStore serving the review routers, plus one key per role; the returned object is filled in before
 * the tests run.
 */
export function reviewServer(kind: StoreKind, scorer: () => ReviewScorer | Promise<ReviewScorer>): ReviewServerFixture {
  const on = appOnStore(kind, async (store) => reviewApp(store, await scorer()));
  const fx = {} as ReviewServerFixture;
  beforeAll(async () => {
    // appOnStore's beforeAll, registered first, has run: its store and server are up.
    fx.store = on.store;
    fx.srv = { base: on.base, server: on.server }; // appOnStore closes both after the tests
    fx.keys = await keysFor(on.store);
  }, 60_000);
  return fx;
}

export interface AppFixture {
  store: ReviewStore;
  /** `http://127.0.0.1:<port>` */
  base: string;
  server: Server;
}

/**
 * Registers beforeAll/afterAll that open `kind`'s store, serve the app `build` makes on it on a loopback
 * port, and close both; the returned object is filled in before the tests run.
 */
export function appOnStore(kind: StoreKind, build: (store: ReviewStore) => express.Express | Promise<express.Express>): AppFixture {
  const fx = {} as AppFixture;
  beforeAll(async () => {
    await kind.setup();
    fx.store = await kind.open();
    ({ server: fx.server, base: fx.base } = await listenLocal(await build(fx.store)));
  }, 60_000);
  afterAll(async () => {
    await new Promise((resolve) => (fx.server ? fx.server.close(resolve) : resolve(undefined)));
    await fx.store?.close();
    await kind.teardown();
  });
  return fx;
}

/** A second supervisor's key, made before the tests run, and how the audit log names them (`name#id`). */
export function secondSupervisor(fx: ReviewServerFixture, name = 'Budi Supervisor'): { key: string; actor: string } {
  const other = { key: '', actor: '' };
  beforeAll(async () => {
    const made = await createKey(fx.store.rdb, { name, role: 'supervisor' }, 'test');
    other.key = made.key;
    other.actor = `${name}#${made.info.id}`;
  });
  return other;
}
