// The store kinds every review suite runs against (describe.each): SQLite always, PostgreSQL when
// the server binaries are installed (otherwise that suite is skipped with a reason).
import { afterAll, beforeAll, describe, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ReviewStore } from '../../../src/review/store/index.js';
import { hasPostgres, PG_SKIP_REASON, startPostgres, type TestPostgres } from './pg.js';

export interface StoreKind {
  name: 'sqlite' | 'postgres';
  available: boolean;
  skipReason?: string;
  setup(): Promise<void>;
  teardown(): Promise<void>;
  /** Connection options for a fresh, empty store: { url } or { dataDir }. */
  fresh(): Promise<{ url?: string; dataDir?: string }>;
  open(): Promise<ReviewStore>;
}

export function sqliteKind(): StoreKind {
  const dirs: string[] = [];
  const kind: StoreKind = {
    name: 'sqlite',
    available: true,
    async setup() {},
    async teardown() {
      for (const d of dirs) rmSync(d, { recursive: true, force: true });
    },
    async fresh() {
      const d = mkdtempSync(path.join(os.tmpdir(), 'netra-review-'));
      dirs.push(d);
      return { dataDir: d, url: '' };
    },
    async open() {
      return ReviewStore.open(await kind.fresh());
    },
  };
  return kind;
}

export function postgresKind(): StoreKind {
  let server: TestPostgres | undefined;
  const available = hasPostgres();
  const kind: StoreKind = {
    name: 'postgres',
    available,
    skipReason: available ? undefined : PG_SKIP_REASON,
    async setup() {
      server = await startPostgres();
    },
    async teardown() {
      server?.stop();
    },
    async fresh() {
      if (!server) throw new Error('postgres not started');
      return { url: await server.createDatabase() };
    },
    async open() {
      return ReviewStore.open(await kind.fresh());
    },
  };
  return kind;
}

export const storeKinds = (): StoreKind[] => [sqliteKind(), postgresKind()];

/**
 * A suite run once per store kind (`$name` in the title is the kind's name); a kind that is not
 * installed is one skipped test saying why.
 */
export function describeOnStores(title: string, body: (kind: StoreKind) => void): void {
  describe.each(storeKinds())(title, (kind) => {
    if (!kind.available) {
      it.skip(`${kind.name}: ${kind.skipReason}`, () => {});
      return;
    }
    body(kind);
  });
}

/** Opens a store of `kind` before the suite's tests (handing it to `opened`) and closes it after them. */
export function withStore(kind: StoreKind, opened: (store: ReviewStore) => void): void {
  let store: ReviewStore | undefined;
  beforeAll(async () => {
    await kind.setup();
    store = await kind.open();
    opened(store);
  }, 60_000);
  afterAll(async () => {
    await store?.close();
    await kind.teardown();
  });
}

/**
 * Two stores on one database, each with its own connections (two service replicas, or the service and a
 * batch job), opened before the suite's tests and closed after them.
 */
export function withStorePair(kind: StoreKind, opened: (a: ReviewStore, b: ReviewStore) => void): void {
  const stores: ReviewStore[] = [];
  beforeAll(async () => {
    await kind.setup();
    const where = await kind.fresh();
    stores.push(await ReviewStore.open(where));
    stores.push(await ReviewStore.open(where));
    opened(stores[0], stores[1]);
  }, 60_000);
  afterAll(async () => {
    for (const s of stores) await s.close();
    await kind.teardown();
  });
}
