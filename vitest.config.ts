import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Processes, not threads: tests change process.env, spawn the CLI and servers, and load native
    // modules (better-sqlite3, tfjs' wasm backend).
    pool: 'forks',
    // One file at a time, on any machine (vitest's default on 2 cores, where the CLI, servers,
    // PostgreSQL and Chromium the tests start take the other core). Files are not isolated from each
    // other: cli, interrupt and train-and-store-paths claim and give back a name in models/versions.txt
    // and check it is as it was; with 2 workers one failed on the other's claim.
    maxWorkers: 1,
    // A failing test's console output only: the logs of 2,000 passing tests would bury it in CI.
    silent: 'passed-only',
  },
});
