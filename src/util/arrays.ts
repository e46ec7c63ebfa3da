/**
 * Appends items one by one. `target.push(...items)` passes every item as an argument, and V8 throws a RangeError
 * past ~120,000 of them: block lists from a hostile (or just huge) document can be that long.
 */
export function appendAll<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}

/** Index of the last element ≤ `value` in an ascending array whose first element is ≤ `value` (line starts). */
export function lastAtMost(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sorted[mid]! <= value) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
