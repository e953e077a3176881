// Nearest-rank percentile of an ascending array (NaN when empty), and the median of timing rounds; shared by the benchmark scripts.
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/** The middle value of the rounds of a timing (the upper of the two middle ones when there is an even number). */
export const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
