/**
 * Appends items one by one. `target.push(...items)` passes every item as an argument, and V8 throws a RangeError
 * past ~120,000 of them: block lists from a hostile (or just huge) document can be that long.
 */
export function appendAll<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}
