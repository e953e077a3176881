// netra's command-line entry: `npm run cli -- <command> [flags]` or the `netra` bin.
import { UsageError, type Command } from './command.js';
import { trainCommand } from './commands/train.js';
import { evalCommand } from './commands/eval.js';
import { splitCommand } from './commands/split.js';
import { normalizeCommand } from './commands/normalize.js';
import { electionsCommand } from './commands/elections.js';
import { explainCommand } from './commands/explain.js';

export const COMMANDS: Command[] = [explainCommand, trainCommand, evalCommand, splitCommand, normalizeCommand, electionsCommand];

function help(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    'usage: netra <command> [flags]      (npm run cli -- <command> [flags])',
    '',
    'netra ranks and explains Indonesian posts for partisan-support signals; a person decides.',
    '',
    'commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Run `netra <command> --help` for a command\'s flags.',
  ].join('\n');
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    console.log(help());
    return name ? 0 : 2;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    console.error(`netra: unknown command '${name}' (try --help)`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    console.log(command.usage);
    return 0;
  }
  try {
    return await command.run(rest);
  } catch (err) {
    if (err instanceof UsageError) {
      console.error(`netra ${name}: ${err.message}`);
      return 2;
    }
    console.error(`netra ${name}: ${(err as Error).message}`);
    if (process.env.NETRA_DEBUG) console.error((err as Error).stack);
    return 1;
  }
}

// Exit explicitly: the wasm backend keeps handles open, and it rethrows uncaught errors with its source.
main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err) => {
    console.error(`netra: ${(err as Error).message}`);
    process.exit(1);
  },
);
