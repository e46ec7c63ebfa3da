/** What the grid and simple table parsers produce: column widths and rows of cells with their text blocks. */
import { dropColumns, indentOf } from '../lines.js';
import type { Line } from '../syntax.js';

export interface CellData {
  /** Extra rows / columns covered (docutils' morerows / morecols). */
  moreRows: number;
  moreCols: number;
  /** The cell's text, indentation common to its lines removed, positions into the file. */
  lines: Line[];
}

export interface TableData {
  colWidths: number[];
  head: CellData[][];
  body: CellData[][];
}

/** A problem that makes the whole table malformed; `offset` is the table line it was found on. */
export class TableMarkupError {
  constructor(
    readonly message: string,
    readonly offset = 0,
  ) {}
}

/** Lines `top..bottom-1`, columns `left..right-1`, right-trimmed, common indentation removed (get_2D_block). */
export function block2D(lines: Line[], top: number, left: number, bottom: number, right: number): Line[] {
  const out: Line[] = [];
  let indent = Infinity;
  for (let r = top; r < bottom; r++) {
    const src = lines[r]!;
    const text = src.text.slice(left, right).trimEnd();
    const l: Line = { text, file: src.file, line: src.line, column: src.column + left, offset: src.offset + left };
    if (text.length) indent = Math.min(indent, indentOf(text));
    out.push(l);
  }
  if (indent > 0 && Number.isFinite(indent)) return out.map((l) => dropColumns(l, Math.min(indent, l.text.length)));
  return out;
}

/**
 * Finds the one head/body separator line (`+===+` / `=== ===`) of a table and turns it into an ordinary row
 * border, so the rest of the parsing treats all borders alike. Throws TableMarkupError when there are two.
 */
export function takeHeadBodySeparator(text: string[], separator: RegExp): number | null {
  let found: number | null = null;
  for (let i = 0; i < text.length; i++) {
    if (!separator.test(text[i]!)) continue;
    if (found !== null) {
      throw new TableMarkupError(`Multiple head/body row separators (table lines ${found + 1} and ${i + 1}); only one allowed.`, i);
    }
    found = i;
    text[i] = text[i]!.replace(/=/g, '-');
  }
  return found;
}
