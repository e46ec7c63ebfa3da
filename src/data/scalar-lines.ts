/**
 * The lines of a YAML scalar's value (a parameter's description, a status reason), placed where the value is
 * written in the YAML file, so that a diagnostic inside the text points at its line and column there.
 */
import type { Span } from '../diagnostics/diagnostic.js';
import type { Line } from '../rst/syntax.js';
import { linesOf } from '../rst/lines.js';

/**
 * `value` is the scalar as loaded; `span` is where the scalar is written (for a block scalar, from its `|` or
 * `>` indicator); `fileText` is the YAML file's text (without it, only lines are placed).
 *
 * A block scalar's text starts on the line after the indicator, each line without the block's indentation. A
 * one-line plain or quoted scalar starts at the scalar, after its quote. Text that YAML folded (a `>` block,
 * a plain scalar over several lines) is placed line for line only where a line reads as written.
 */
export function scalarLines(value: string, span: Span, fileText?: string): Line[] {
  const lines = linesOf(value, span.file);
  const isBlock = value.endsWith('\n');
  if (fileText === undefined) return lines.map((l) => ({ ...l, line: span.start.line + (isBlock ? 1 : 0) + l.line - 1 }));
  if (!isBlock) {
    const quoted = fileText[span.start.offset] === '"' || fileText[span.start.offset] === "'";
    const column = span.start.column + (quoted ? 1 : 0);
    const offset = span.start.offset + (quoted ? 1 : 0);
    return lines.map((l, i) =>
      i === 0 ? { ...l, line: span.start.line, column: column + l.column - 1, offset: offset + l.column - 1 } : { ...l, line: span.start.line + i },
    );
  }
  // The block's lines, from the one after the indicator.
  let start = fileText.indexOf('\n', span.start.offset);
  const fileLines: { text: string; offset: number }[] = [];
  while (start >= 0 && fileLines.length < lines.length) {
    const end = fileText.indexOf('\n', start + 1);
    const text = fileText.slice(start + 1, end < 0 ? fileText.length : end).replace(/\r$/, '');
    fileLines.push({ text, offset: start + 1 });
    start = end;
  }
  const indent = fileLines.find((f) => f.text.trim())?.text.search(/\S/) ?? 0;
  return lines.map((l, i) => {
    const at = fileLines[i];
    const line = span.start.line + 1 + i;
    if (!at || at.text.slice(indent) !== l.text) return { ...l, line };
    return { ...l, line, column: indent + l.column, offset: at.offset + indent + l.column - 1 };
  });
}
