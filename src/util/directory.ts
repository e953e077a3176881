// Whether a path names a directory, as one reason for messages: a flag or variable that should name a
// directory (--corpus, --dir, ELECTIONS_DIR) is checked with this before any work starts.
import { statSync } from 'node:fs';

/** 'does not exist' or 'is not a directory' for `dir`, or undefined when it is a directory. */
export function directoryProblem(dir: string): 'does not exist' | 'is not a directory' | undefined {
  let st;
  try {
    st = statSync(dir, { throwIfNoEntry: false });
  } catch {
    st = undefined; // ENOTDIR: a file on the way ("package.json/x")
  }
  if (!st) return 'does not exist';
  return st.isDirectory() ? undefined : 'is not a directory';
}
