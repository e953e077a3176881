// Which tfjs backend this process chose, readable without loading tfjs (the service reports it while
// scoring itself runs on the sparse path).
let chosen: string | undefined;

export function recordBackend(name: string): void {
  chosen = name;
}

/** The tfjs backend in use, or undefined while tfjs has not been initialized in this process. */
export function tfjsBackend(): string | undefined {
  return chosen;
}
