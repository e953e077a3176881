// Why a job that scored nothing failed (exit 1). Bad records are partial errors; all of them bad is a
// cause that holds for the whole job (an unknown election, a wrong field), not success. An input with
// no records is no failure (an empty daily export is legitimate), except a chat export: WhatsApp
// writes at least the encryption notice, and a chat is exported by hand to be scored, so one without
// a message to score is the wrong file (or the wrong chat).
import type { BatchStats } from './stats.js';
import type { ChatSkips } from './whatsapp-reader.js';
import { counted } from './count-noun.js';

/** What the job knows of the input it read, for the reason. */
export interface ReadInput {
  /** The input's name as the summary gives it. */
  name: string;
  bytesRead: number;
  /** A chat export's skipped lines (set for --format whatsapp). */
  chatSkips?: ChatSkips;
}

/** Why a chat export gave no record: nothing in it, blank lines, or only lines that are no posts. */
function emptyChat(input: ReadInput, skips: ChatSkips): string {
  const chat = `the chat export ${input.name}`;
  if (skips.system + skips.noText > 0) return `${chat} has no message to score: only the system lines and messages without text the note above counts`;
  if (input.bytesRead === 0) return `${chat} is empty (0 bytes): no message to score`;
  return `${chat} has no message to score: its ${counted(input.bytesRead, 'byte')} are all blank lines`;
}

/** Why the job failed for having scored nothing, or undefined when it scored some (or may score none). */
export function nothingScored(stats: BatchStats, firstError: string | undefined, input: ReadInput): string | undefined {
  if (stats.scored > 0) return undefined;
  if (stats.read === 0) return input.chatSkips ? emptyChat(input, input.chatSkips) : undefined;
  const first = firstError === undefined ? '' : ` (the first error: ${firstError})`;
  return stats.read === 1 ? `the only record read was not scored${first}` : `none of the ${counted(stats.read, 'record')} read was scored${first}`;
}
