// SIGINT/SIGTERM during a job: stop reading, let what is in flight be written and checkpointed, and
// say how to go on, instead of dying with the progress file up to a second behind and no word.
// During the start-up (the review queue opening, the model loading, the first record awaited, the
// files opening) there is nothing written yet: the job stops at once and says so (beforeInterrupt,
// StoppedAtStart). Once it has changed a file, a record it has read is scored whatever comes.
// A second signal kills at once (the handlers are `once`); a resume copes with that as with kill -9.

export interface Interrupt {
  /** The signal that stopped the job, once one has. */
  readonly signal: NodeJS.Signals | undefined;
  /** Resolves at the first signal. */
  readonly stopped: Promise<void>;
  off(): void;
}

export function watchInterrupt(): Interrupt {
  let signal: NodeJS.Signals | undefined;
  let stop!: () => void;
  const stopped = new Promise<void>((resolve) => (stop = resolve));
  const handler = (s: NodeJS.Signals) => {
    signal = s;
    stop();
  };
  process.once('SIGINT', handler).once('SIGTERM', handler);
  return {
    get signal() {
      return signal;
    },
    stopped,
    off: () => void process.off('SIGINT', handler).off('SIGTERM', handler),
  };
}

/** A signal came before the job read its first record: it stops there, having written nothing. */
export class StoppedAtStart extends Error {
  constructor(readonly signal: NodeJS.Signals) {
    super(`stopped early: ${signal} before reading any record; nothing was written`);
    this.name = 'StoppedAtStart';
  }
}

/**
 * `work`, a step of the job's start-up, or StoppedAtStart as soon as a signal comes (also one that
 * came before): the step is not waited for. What it gives later is handed to `discard`.
 */
export async function beforeInterrupt<T>(interrupt: Interrupt, work: Promise<T>, discard: (value: T) => unknown = () => {}): Promise<T> {
  const stop = Symbol('stopped');
  const first = await Promise.race([work, interrupt.stopped.then(() => stop)]);
  if (first !== stop) return first as T;
  work.then(discard, () => {}); // its failure no longer matters
  throw new StoppedAtStart(interrupt.signal ?? 'SIGINT');
}

/** The shell's exit code for a job stopped by `signal`. */
export const signalExitCode = (signal: NodeJS.Signals): 130 | 143 => (signal === 'SIGINT' ? 130 : 143);

/** How the summary says a signal stopped the job after `records`, and how to go on. */
export function stoppedNote(signal: NodeJS.Signals, records: number, resumable: boolean): string {
  return `${signal} after record ${records.toLocaleString('en-US')}: ${resumable ? 'run the same command with --resume to go on' : 'the output ends there (a stream cannot be resumed)'}`;
}

/** The items of `source` until `stopped` resolves, even while a read waits (a quiet stdin pipe). */
export async function* untilStopped<T>(source: AsyncIterable<T>, stopped: Promise<void>): AsyncGenerator<T> {
  const it = source[Symbol.asyncIterator]();
  let isStopped = false;
  let wake: ((r: IteratorResult<T> | undefined) => void) | undefined;
  // One reaction on `stopped` for the whole job: racing it against every read (Promise.race) added
  // one per record, all kept until the job ended — about 100 MB over 300,000 records.
  void stopped.then(() => {
    isStopped = true;
    wake?.(undefined);
  });
  while (!isStopped) {
    const r = await new Promise<IteratorResult<T> | undefined>((resolve, reject) => {
      wake = resolve;
      it.next().then(resolve, reject);
    });
    wake = undefined;
    if (r === undefined || r.done) return; // a pending read is left: the process exits after the job
    yield r.value;
  }
}
