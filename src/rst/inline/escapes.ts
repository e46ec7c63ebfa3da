/**
 * Backslash escapes, the docutils way: before inline parsing every `\c` becomes NUL + `c` (same length, so
 * indices still map to the source), markup recognition treats NUL as "escaped", and text values drop it.
 */
import type { Text } from '../syntax.js';

/** `\c` → `\x00c`; a trailing lone backslash → `\x00`. Length is preserved. */
export function escapeToNull(text: string): string {
  if (!text.includes('\\')) return text;
  let out = '';
  let start = 0;
  for (;;) {
    const found = text.indexOf('\\', start);
    if (found === -1) return out + text.slice(start);
    out += text.slice(start, found) + '\x00' + text.slice(found + 1, found + 2);
    start = found + 2;
  }
}

/** Text value of escaped text: backslash-space and backslash-newline vanish, other escaped characters stay. */
export function unescape(text: string): string {
  if (!text.includes('\x00')) return text;
  return text.replace(/\x00[ \n]?/g, '');
}

/** Text as written: the NULs become backslashes again. */
export function restoreBackslashes(text: string): string {
  return text.includes('\x00') ? text.replace(/\x00/g, '\\') : text;
}

/**
 * The escaped form of a text node's value, kept beside the tree so smartquotes can tell `\"` from `"`
 * (the syntax tree itself holds only the unescaped value).
 */
const escapedValues = new WeakMap<Text, string>();

export function rememberEscaped(node: Text, escaped: string): void {
  if (escaped.includes('\x00')) escapedValues.set(node, escaped);
}

/** The NUL-escaped text behind a text node (its value when it had no escapes or was not made by the parser). */
export function escapedValueOf(node: Text): string {
  const escaped = escapedValues.get(node);
  return escaped !== undefined && unescape(escaped) === node.value ? escaped : node.value;
}
