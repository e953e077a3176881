// netra's command-line entry: `npm run cli -- <command> [flags]` or the `netra` bin.
import { UsageError, type Command } from './command.js';
import { signalExitCode, StoppedAtStart, watchInterrupt } from '../batch/interrupt.js';
import { CLOSED_PIPE_EXIT, ClosedPipeError, exitCodeAfterOutput, quitQuietlyOnClosedPipes } from '../util/closed-pipe.js';

interface Entry {
  name: string;
  /** The command's own summary, repeated so --help need not load every command (a test compares them). */
  summary: string;
  /** Commands load on use: training pulls in tfjs, the review commands a database driver. */
  load: () => Promise<Command>;
  /**
   * What the command says when SIGINT or SIGTERM stops it while its modules load (a second or more
   * under tsx); it exits 130/143 at once. Without it, such a signal ends the command as the default does.
   */
  stoppedWhileLoading?: (signal: NodeJS.Signals) => string;
}

export const COMMANDS: Entry[] = [
  { name: 'explain', summary: 'score one text and show label, risk, level, evidence and mentions', load: async () => (await import('./commands/explain.js')).explainCommand },
  { name: 'score', summary: 'score a CSV or JSONL feed or a WhatsApp chat export in batch (ordered output, errors file, resume, worker threads)', load: async () => (await import('./commands/score.js')).scoreCommand, stoppedWhileLoading: (signal) => new StoppedAtStart(signal).message },
  { name: 'train', summary: 'train a model (with evaluation and model card) into models/<version>/', load: async () => (await import('./commands/train.js')).trainCommand },
  { name: 'eval', summary: 'evaluate on the fixed test split and leave-one-election-out, with baselines', load: async () => (await import('./commands/eval.js')).evalCommand },
  { name: 'split', summary: 'create (once), extend with newly labeled examples, or show the fixed stratified test split', load: async () => (await import('./commands/split.js')).splitCommand },
  { name: 'normalize', summary: 'show normalized tokens and election mentions for a text', load: async () => (await import('./commands/normalize.js')).normalizeCommand },
  { name: 'elections', summary: 'list election configs, or validate config files (--check FILE…)', load: async () => (await import('./commands/elections.js')).electionsCommand },
  { name: 'keys', summary: 'manage review API keys (create --role R --name N | list | revoke --id ID)', load: async () => (await import('./commands/keys.js')).keysCommand },
  { name: 'review', summary: 'review queue: suggest (most uncertain items first) | purge (retention)', load: async () => (await import('./commands/review.js')).reviewCommand },
  { name: 'store', summary: 'review store: backup FILE (a consistent online copy of the SQLite store, 0600)', load: async () => (await import('./commands/store.js')).storeCommand },
];

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
  if (!name) {
    console.error(help()); // bad usage: stdout stays for output
    return 2;
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    console.log(help());
    return 0;
  }
  const entry = COMMANDS.find((c) => c.name === name);
  if (!entry) {
    console.error(`netra: unknown command '${name}' (try --help)`);
    return 2;
  }
  const loading = entry.stoppedWhileLoading ? watchInterrupt() : undefined;
  const command = loading ? await Promise.race([entry.load(), loading.stopped.then(() => undefined)]) : await entry.load();
  if (command === undefined || loading?.signal !== undefined) {
    const signal = loading!.signal!; // a signal that came with the last module counts too: the job would not see it
    console.error(`netra ${name}: ${entry.stoppedWhileLoading!(signal)}`);
    return signalExitCode(signal);
  }
  // After `--` everything is text: `normalize -- --help` normalizes "--help".
  const end = rest.indexOf('--');
  const flags = end < 0 ? rest : rest.slice(0, end);
  if (flags.includes('--help') || flags.includes('-h')) {
    loading?.off();
    console.log(command.usage);
    return 0;
  }
  try {
    const running = command.run(rest);
    // run() starts synchronously up to its first await: score's job watches for signals by now (its
    // runBatch does so first thing), so no signal falls between the two watches.
    loading?.off();
    return await running;
  } catch (err) {
    if (err instanceof ClosedPipeError) return CLOSED_PIPE_EXIT; // the reader stopped: nothing to say
    if (err instanceof UsageError) {
      console.error(`netra ${name}: ${err.message}`);
      return 2;
    }
    console.error(`netra ${name}: ${(err as Error).message}`);
    if (process.env.NETRA_DEBUG) console.error((err as Error).stack);
    return 1;
  }
}

// `netra … | head`: stdout's reader going away ends the command quietly (exit 141), stderr's does not.
quitQuietlyOnClosedPipes();

// Exit explicitly: the wasm backend keeps handles open, and it rethrows uncaught errors with its source.
main(process.argv.slice(2)).then(
  (code) => process.exit(exitCodeAfterOutput(code)),
  (err) => {
    console.error(`netra: ${(err as Error).message}`);
    process.exit(1);
  },
);
