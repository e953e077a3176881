// A minimal wake-up signal between the batch producer (reading input) and committer (writing
// results): wait() resolves at the next notify(). Callers re-check their condition in a loop.
export class Signal {
  private waiters: (() => void)[] = [];

  wait(): Promise<void> {
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  notify(): void {
    const waiting = this.waiters;
    this.waiters = [];
    for (const resolve of waiting) resolve();
  }
}
