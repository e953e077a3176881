// For tests of what a process does while a module loads: `NODE_OPTIONS=--import=<this file>` holds
// the import of every module whose specifier matches NETRA_TEST_HOLD_IMPORT (a regular expression)
// for good, after writing the specifier to the file NETRA_TEST_HELD, so a test knows when it waits.
import { register } from 'node:module';

register('./hold-import-hooks.mjs', import.meta.url);
