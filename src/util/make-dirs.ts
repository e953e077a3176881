// mkdir -p without fs.mkdirSync's recursive mode, which on Node 20 spins forever where the parent
// cannot hold directories (/proc/x): each missing level is made in turn, so the first failure is
// thrown with its own code and path.
import { mkdirSync, statSync } from 'node:fs';
import path from 'node:path';

export function makeDirs(dir: string): void {
  const missing: string[] = [];
  let at = path.resolve(dir);
  while (!statSync(at, { throwIfNoEntry: false })) {
    missing.push(at);
    const parent = path.dirname(at);
    if (parent === at) break;
    at = parent;
  }
  for (const d of missing.reverse()) {
    try {
      mkdirSync(d);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err; // made meanwhile by another process
    }
  }
}
