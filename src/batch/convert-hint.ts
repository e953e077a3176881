// The command a message gives for converting the input before netra reads it (jq for JSON that is not
// JSON Lines, iconv for another encoding): run on the input file, named as the shell needs it, or put
// in the pipe when the input is stdin.
import { shellWord } from '../util/shell-word.js';

/** `input` is the --input as given ('-' for stdin); `format` the --format to read the converted text with. */
export function convertCommand(tool: string, input: string, format: string): string {
  const netra = `netra score --input - --format ${format} …`;
  return input === '-' ? `… | ${tool} | ${netra}` : `${tool} ${shellWord(input)} | ${netra}`;
}
