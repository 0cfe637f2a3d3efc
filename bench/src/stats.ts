/** Small statistics for benchmark rounds. */

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2
}

/** Growth of `after` over `before` as a fraction: 0.2 means 20% more. */
export function growth(before: number, after: number): number {
  return before === 0 ? Number.NaN : after / before - 1
}
