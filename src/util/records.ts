/**
 * Lookups in fixed tables by text from a tree. A plain object literal also answers for `constructor`,
 * `toString`, `__proto__`, ... (Object.prototype's members): `- x: constructor`, `type: constructor` or
 * `:ref:`constructor`` must find nothing, not a function.
 */
export function ownValue<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

/** `target[key] = value` as an own property even for `__proto__` (an assignment would set the prototype instead). */
export function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}
