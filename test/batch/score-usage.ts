// `netra score` run in-process with flags that must be bad usage: the one-line reason it gives.
import { expect } from 'vitest';
import { scoreCommand } from '../../src/cli/commands/score.js';
import { UsageError } from '../../src/cli/command.js';

export async function scoreUsage(...argv: string[]): Promise<string> {
  const err = await scoreCommand.run(argv).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err, argv.join(' ')).toBeInstanceOf(UsageError);
  return (err as Error).message;
}
