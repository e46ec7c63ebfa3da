/**
 * Simple tables, as docutils' SimpleTableParser: columns come from the top border's `=` runs; a row starts
 * where the first column has text; `---` lines under a row give column spans; `===` inside separates the head.
 */
import type { Line } from '../syntax.js';
import { block2D, takeHeadBodySeparator, TableMarkupError, type CellData, type TableData } from './structure.js';

const headBodySepRe = /^=[ =]*$/;
const spanRe = /^-[ -]*$/;

type Col = [number, number];
interface Row {
  offset: number;
  cells: CellData[];
}

export function parseSimpleTable(lines: Line[]): TableData {
  const text = lines.map((l) => l.text);
  text[0] = text[0]!.replace(/=/g, '-');
  text[text.length - 1] = text[text.length - 1]!.replace(/=/g, '-');
  const headBodySep = takeHeadBodySeparator(text, headBodySepRe);
  let columns: Col[] = [];
  const parseColumns = (line: string, offset: number): Col[] => {
    const cols: Col[] = [];
    let end = 0;
    for (;;) {
      const begin = line.indexOf('-', end);
      if (begin < 0) break;
      end = line.indexOf(' ', begin);
      if (end < 0) end = line.length;
      cols.push([begin, end]);
    }
    if (columns.length) {
      if (cols[cols.length - 1]![1] !== borderEnd) {
        throw new TableMarkupError(`Column span incomplete in table line ${offset + 1}.`, offset);
      }
      cols[cols.length - 1] = [cols[cols.length - 1]![0], columns[columns.length - 1]![1]];
    }
    return cols;
  };
  columns = parseColumns(text[0]!, 0);
  const borderEnd = columns[columns.length - 1]![1];
  const table: Row[] = [];

  const checkColumns = (rowLines: string[], firstLine: number, cols: Col[]) => {
    const lastcol = cols.length - 1;
    for (let i = 0; i < cols.length; i++) {
      const [start, end] = cols[i]!;
      const nextStart = i + 1 < cols.length ? cols[i + 1]![0] : Number.MAX_SAFE_INTEGER;
      rowLines.forEach((line, offset) => {
        if (i === lastcol && line.slice(end).trim()) {
          const newEnd = start + line.slice(start).trimEnd().length;
          const [mainStart, mainEnd] = columns[columns.length - 1]!;
          cols[i] = [start, Math.max(mainEnd, newEnd)];
          if (newEnd > mainEnd) columns[columns.length - 1] = [mainStart, newEnd];
        } else if (line.slice(end, nextStart).trim()) {
          throw new TableMarkupError(`Text in column margin in table line ${firstLine + offset + 1}.`, firstLine + offset);
        }
      });
    }
  };
  const initRow = (colspec: Col[], offset: number): CellData[] => {
    let i = 0;
    const cells: CellData[] = [];
    for (const [start, end] of colspec) {
      let moreCols = 0;
      if (!columns[i] || start !== columns[i]![0]) {
        throw new TableMarkupError(`Column span alignment problem in table line ${offset + 2}.`, offset + 1);
      }
      while (end !== columns[i]![1]) {
        i++;
        moreCols++;
        if (!columns[i]) throw new TableMarkupError(`Column span alignment problem in table line ${offset + 2}.`, offset + 1);
      }
      cells.push({ moreRows: 0, moreCols, lines: [] });
      i++;
    }
    return cells;
  };
  const parseRow = (start: number, end: number, spanline?: [string, number]) => {
    if (end <= start && !spanline) return;
    const cols = spanline ? parseColumns(spanline[0], spanline[1]) : columns.map((c) => [c[0], c[1]] as Col);
    checkColumns(text.slice(start, end), start, cols);
    const cells = initRow(cols, start);
    cols.forEach(([s, e], i) => {
      cells[i]!.lines = block2D(lines, start, s, end, e);
    });
    table.push({ offset: start, cells });
  };

  const [firstStart, firstEnd] = columns[0]!;
  let offset = 1;
  let start = 1;
  let textFound = false;
  while (offset < text.length) {
    const line = text[offset]!;
    if (spanRe.test(line)) {
      parseRow(start, offset, [line.trimEnd(), offset]);
      start = offset + 1;
      textFound = false;
    } else if (line.slice(firstStart, firstEnd).trim()) {
      if (textFound && offset !== start) parseRow(start, offset);
      start = offset;
      textFound = true;
    } else if (!textFound) {
      start = offset + 1;
    }
    offset++;
  }
  const colWidths = columns.map(([s, e]) => e - s);
  let firstBody = 0;
  if (headBodySep !== null) {
    const idx = table.findIndex((r) => r.offset > headBodySep!);
    firstBody = idx < 0 ? 0 : idx;
  }
  return {
    colWidths,
    head: table.slice(0, firstBody).map((r) => r.cells),
    body: table.slice(firstBody).map((r) => r.cells),
  };
}
