/** docutils' backslash-escape handling for explicit markup: escapes become NUL-prefixed while matching. */

/** `\x` → `\0x` (docutils' escape2null). */
export function escape2null(text: string): string {
  if (text.indexOf('\\') < 0) return text;
  const parts: string[] = [];
  let start = 0;
  for (;;) {
    const found = text.indexOf('\\', start);
    if (found < 0) {
      parts.push(text.slice(start));
      return parts.join('');
    }
    parts.push(text.slice(start, found), '\0', text.slice(found + 1, found + 2));
    start = found + 2;
  }
}

/** Removes escape NULs; escaped whitespace disappears entirely (docutils' unescape). */
export function unescape(text: string): string {
  if (text.indexOf('\0') < 0) return text;
  return text.split('\0 ').join('').split('\0\n').join('').split('\0').join('');
}

/** Reference names compare lower-cased with whitespace collapsed. */
export function normalizeName(name: string): string {
  return whitespaceNormalize(name).toLowerCase();
}

export function whitespaceNormalize(name: string): string {
  return name.split(/\s+/).filter(Boolean).join(' ');
}
