/**
 * What a YAML text means, for checking that a fix changed only layout: `yaml`'s reading with merge keys applied,
 * compared as data (mappings without regard to key order).
 */
import { parseDocument, type Document } from 'yaml';
import { FIX_PARSE_OPTIONS } from './parse-for-fix.js';

/** Bounds alias expansion (yaml's default of 100 is too low for a real file with many merge keys). */
const MAX_ALIAS_COUNT = 10_000;

export type ReadData = { ok: true; data: unknown } | { ok: false; error: string };

export function readData(text: string): ReadData {
  try {
    const doc = parseDocument(text, { ...FIX_PARSE_OPTIONS, keepSourceTokens: false });
    if (doc.errors.length) return { ok: false, error: doc.errors[0]!.message.split('\n')[0]! };
    return dataOf(doc);
  } catch (err) {
    return { ok: false, error: String(err) };
  }
}

export function dataOf(doc: Document.Parsed): ReadData {
  try {
    return { ok: true, data: doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) };
  } catch (err) {
    return { ok: false, error: String(err) };
  }
}

/** Deeper than this is treated as different: the caller then keeps the original text, which is always safe. */
const MAX_DEPTH = 1000;

export function sameData(a: unknown, b: unknown, depth = 0): boolean {
  if (Object.is(a, b)) return true;
  if (depth > MAX_DEPTH) return false;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    return a.length === other.length && a.every((v, i) => sameData(v, other[i], depth + 1));
  }
  if (a instanceof Map || b instanceof Map || a instanceof Set || b instanceof Set) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  const rb = b as Record<string, unknown>;
  const ra = a as Record<string, unknown>;
  return ka.every((k) => Object.hasOwn(rb, k) && sameData(ra[k], rb[k], depth + 1));
}
