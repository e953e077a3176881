// The file a path writes to: an output named through a symbolic link is written in the file the
// link points to, so the checks that keep two writers apart (one job per output, errors not the
// output) go by that file, not by the name given.
import { readlinkSync } from 'node:fs';
import path from 'node:path';

/** Symlinks followed before giving up on a chain (Linux's own limit): a loop fails to open anyway. */
const MAX_LINKS = 40;

/**
 * The file that writing `output` writes: symlinks on its last step followed (to a file that need not
 * exist yet), so a job naming a link and one naming its target share one lock. Links among the
 * directories need nothing: the lock's own path goes through them to the same place.
 */
export function writtenFile(output: string): string {
  let file = output;
  for (let i = 0; i < MAX_LINKS; i++) {
    let target: string;
    try {
      target = readlinkSync(file);
    } catch {
      return file; // not a link (or not there yet): this is the file written
    }
    // joined, not normalized: `dir/..` must go where the system takes it when dir is itself a link
    file = path.isAbsolute(target) ? target : `${path.dirname(file)}${path.sep}${target}`;
  }
  return output;
}
