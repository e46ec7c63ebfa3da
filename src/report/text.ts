/** Making untrusted message text safe for a terminal line: no line breaks, no escape sequences. */

// C0 controls (tab and line breaks are handled first), DEL and C1 controls: ESC among them could drive the terminal.
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;
const LINE_BREAKS = /[ \t]*(?:\r\n|\r|\n|\u2028|\u2029)[ \t]*/g;

export function singleLine(text: string): string {
  return text
    .replace(LINE_BREAKS, ' ')
    .replace(/\t/g, ' ')
    .replace(CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Width in terminal cells, counting code points (wide CJK characters are not special-cased). */
export function displayWidth(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

export function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}
