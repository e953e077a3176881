// For tests of what a process does when a signal comes while it opens a file: `NODE_OPTIONS=--import=<this file>`
// holds the first `fs/promises` open() of a path matching NETRA_TEST_HOLD_OPEN (a regular expression),
// after writing the path to the file NETRA_TEST_HELD, until the file NETRA_TEST_RELEASE exists. The
// process's event loop runs on meanwhile (its signal handlers too), so a test knows where it is.
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import { isMainThread } from 'node:worker_threads';

const hold = process.env.NETRA_TEST_HOLD_OPEN ? new RegExp(process.env.NETRA_TEST_HOLD_OPEN) : undefined;

if (hold && isMainThread) {
  const open = fs.promises.open;
  let held = false;
  fs.promises.open = async function (file, ...rest) {
    if (!held && hold.test(String(file))) {
      held = true;
      fs.writeFileSync(process.env.NETRA_TEST_HELD, String(file));
      while (!fs.existsSync(process.env.NETRA_TEST_RELEASE)) await new Promise((resolve) => setTimeout(resolve, 5));
    }
    return open.call(this, file, ...rest);
  };
  syncBuiltinESMExports(); // `import { open } from 'node:fs/promises'` gets the held one too
}
