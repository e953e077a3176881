// Where `netra keys create` prints the new key: stdout, which is often a file (`> key.txt`) the shell
// made under the umask, 0644 by default, readable by every user of the machine. A file that holds
// nothing yet is made owner-only before the key goes in; one that held something (`>> notes.txt`, a
// log) is not ours to change, so it is named with a warning. A terminal or a pipe is left alone.
import { fchmodSync, fstatSync, readlinkSync } from 'node:fs';

const STDOUT = 1;

/** The file stdout is, for the message (Linux names it; elsewhere "stdout"). */
function stdoutName(): string {
  try {
    return readlinkSync(`/proc/self/fd/${STDOUT}`);
  } catch {
    return 'stdout';
  }
}

export function printKey(key: string, say: (line: string) => void): void {
  const st = fstatSync(STDOUT);
  const open = st.isFile() && (st.mode & 0o077) !== 0;
  const mode = (st.mode & 0o777).toString(8).padStart(4, '0');
  let tightened = false;
  if (open && st.size === 0) {
    try {
      fchmodSync(STDOUT, 0o600);
      tightened = true;
    } catch {
      // not ours to change (another user's file): warned of below
    }
  }
  console.log(key); // synchronous to a file; made owner-only above before the key is in it
  if (tightened) say(`the key was written to ${stdoutName()}, which others could read (mode ${mode}): it is now 0600 (owner only)`);
  else if (open) say(`warning: the key was written to ${stdoutName()}, which others can read (mode ${mode}): chmod 600 it, or move the key somewhere only you can read`);
}
