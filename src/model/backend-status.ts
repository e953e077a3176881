// Which tfjs backend this process chose, readable without loading tfjs (the service reports it while
// scoring itself runs on the sparse path). Kept on globalThis under a registered symbol: a module
// reached through both tsx's ESM and CommonJS paths can be instantiated twice, and both must agree.
const KEY = Symbol.for('netra.tfjsBackend');
const store = globalThis as unknown as Record<symbol, string | undefined>;

export function recordBackend(name: string): void {
  store[KEY] = name;
}

/** The tfjs backend in use, or undefined while tfjs has not been initialized in this process. */
export function tfjsBackend(): string | undefined {
  return store[KEY];
}
