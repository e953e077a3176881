// A file name as a command in a message gives it, to copy into a POSIX shell: as it is when the shell
// would take it so, otherwise in single quotes (a quote inside as '\'').
const PLAIN = /^[\w@%+=:,./-]+$/;

export function shellWord(word: string): string {
  return PLAIN.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}
