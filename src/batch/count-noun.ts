// A count with its noun, as the summary and its warnings print them: "1 record", "20,000 records".
export function counted(n: number, noun: string, plural = `${noun}s`): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? noun : plural}`;
}
