// Errors the batch job raises for the caller to map: a BatchUsageError is the user's mistake (bad
// flags, unreadable input path, mismatched resume) and becomes exit code 2 in the CLI.
export class BatchUsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BatchUsageError';
  }
}

/** First line of an error message, capped (the wasm backend can put its whole source in one). */
export function shortMessage(err: unknown, max = 300): string {
  const msg = (err instanceof Error ? err.message : String(err)).split('\n')[0];
  return msg.length > max ? `${msg.slice(0, max)}…` : msg;
}
