// How many of this process's descriptors are open on a file (Linux: /proc/self/fd), for tests that a
// failure path closes what it opened.
import { readdirSync, readlinkSync } from 'node:fs';

export const openOn = (file: string): number =>
  readdirSync('/proc/self/fd').filter((fd) => {
    try {
      return readlinkSync(`/proc/self/fd/${fd}`) === file;
    } catch {
      return false; // the directory's own descriptor, gone once read
    }
  }).length;
