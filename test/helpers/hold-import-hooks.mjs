// The module hooks of hold-import.mjs (they run in the loader's own thread).
import { writeFileSync } from 'node:fs';

const hold = process.env.NETRA_TEST_HOLD_IMPORT ? new RegExp(process.env.NETRA_TEST_HOLD_IMPORT) : undefined;

export async function resolve(specifier, context, next) {
  if (hold?.test(specifier)) {
    writeFileSync(process.env.NETRA_TEST_HELD, specifier);
    await new Promise(() => {}); // never loads
  }
  return next(specifier, context);
}
