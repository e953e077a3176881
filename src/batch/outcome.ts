// Keys of ChunkResult.outcomes: scored records are counted per level × label pair, which the CLI
// summary sums by level and by label and the service's metrics keep as pairs.
export const outcomeKey = (level: string, label: string): string => `${level} ${label}`;

export function outcomeParts(key: string): { level: string; label: string } {
  const [level, label] = key.split(' ');
  return { level, label };
}
