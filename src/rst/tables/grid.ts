/**
 * Grid tables, as docutils' GridTableParser: cells are found by walking each cell's border from its top-left
 * corner (right, down, left, up); `+===+` separates head from body.
 */
import type { Line } from '../syntax.js';
import { block2D, takeHeadBodySeparator, TableMarkupError, type CellData, type TableData } from './structure.js';

const headBodySepRe = /^\+=[=+]+=\+ *$/;

interface Cell {
  top: number;
  left: number;
  bottom: number;
  right: number;
  lines: Line[];
}

/** Parses an isolated grid table (every line the same width, edges checked). Throws TableMarkupError. */
export function parseGridTable(lines: Line[]): TableData {
  const text = lines.map((l) => l.text);
  const bottom = text.length - 1;
  const right = text[0]!.length - 1;
  const headBodySep = takeHeadBodySeparator(text, headBodySepRe);
  if (headBodySep === 0 || headBodySep === text.length - 1) {
    throw new TableMarkupError('The head/body row separator may not be the first or last line of the table.', headBodySep);
  }
  const done = new Array<number>(right + 1).fill(-1);
  const rowseps = new Set<number>([0]);
  const colseps = new Set<number>([0]);
  const cells: Cell[] = [];
  const at = (r: number, c: number) => text[r]![c];

  const scanUp = (top: number, left: number, bot: number): number[] | null => {
    const seps: number[] = [];
    for (let i = bot - 1; i > top; i--) {
      const ch = at(i, left);
      if (ch === '+') seps.push(i);
      else if (ch !== '|') return null;
    }
    return seps;
  };
  const scanLeft = (top: number, left: number, bot: number, rgt: number): { rows: number[]; cols: number[] } | null => {
    const cols: number[] = [];
    const line = text[bot]!;
    for (let i = rgt - 1; i > left; i--) {
      if (line[i] === '+') cols.push(i);
      else if (line[i] !== '-') return null;
    }
    if (line[left] !== '+') return null;
    const rows = scanUp(top, left, bot);
    return rows ? { rows, cols } : null;
  };
  const scanDown = (top: number, left: number, rgt: number): { bot: number; rows: number[]; cols: number[] } | null => {
    const rows: number[] = [];
    for (let i = top + 1; i <= bottom; i++) {
      const ch = at(i, rgt);
      if (ch === '+') {
        rows.push(i);
        const r = scanLeft(top, left, i, rgt);
        if (r) return { bot: i, rows: rows.concat(r.rows), cols: r.cols };
      } else if (ch !== '|') return null;
    }
    return null;
  };
  const scanCell = (top: number, left: number): { bot: number; rgt: number; rows: number[]; cols: number[] } | null => {
    const line = text[top]!;
    const cols: number[] = [];
    for (let i = left + 1; i <= right; i++) {
      if (line[i] === '+') {
        cols.push(i);
        const r = scanDown(top, left, i);
        if (r) return { bot: r.bot, rgt: i, rows: r.rows, cols: cols.concat(r.cols) };
      } else if (line[i] !== '-') return null;
    }
    return null;
  };

  // Corners to visit, kept sorted (top, then left) like docutils' list; a binary insert keeps it cheap.
  const corners: [number, number][] = [[0, 0]];
  const seen = new Set<number>();
  const insert = (c: [number, number]) => {
    const key = c[0] * (right + 2) + c[1];
    if (seen.has(key)) return;
    seen.add(key);
    let lo = 0;
    let hi = corners.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const m = corners[mid]!;
      if (m[0] < c[0] || (m[0] === c[0] && m[1] < c[1])) lo = mid + 1;
      else hi = mid;
    }
    corners.splice(lo, 0, c);
  };
  while (corners.length) {
    const [top, left] = corners.shift()!;
    if (top === bottom || left === right || top <= done[left]!) continue;
    if (at(top, left) !== '+') continue;
    const r = scanCell(top, left);
    if (!r) continue;
    for (const s of r.rows) rowseps.add(s);
    for (const s of r.cols) colseps.add(s);
    for (let col = left; col < r.rgt; col++) done[col] = r.bot - 1;
    cells.push({ top, left, bottom: r.bot, right: r.rgt, lines: block2D(lines, top + 1, left + 1, r.bot, r.rgt) });
    insert([top, r.rgt]);
    insert([r.bot, left]);
  }
  for (let col = 0; col < right; col++) {
    if (done[col] !== bottom - 1) throw new TableMarkupError('Malformed table; parse incomplete.');
  }
  return structure(cells, [...rowseps].sort((a, b) => a - b), [...colseps].sort((a, b) => a - b), headBodySep);
}

function structure(cells: Cell[], rowseps: number[], colseps: number[], headBodySep: number | null): TableData {
  const rowIndex = new Map(rowseps.map((r, i) => [r, i]));
  const colIndex = new Map(colseps.map((c, i) => [c, i]));
  const colWidths = colseps.slice(1).map((c, i) => c - colseps[i]! - 1);
  const rows: (CellData & { col: number })[][] = Array.from({ length: rowseps.length - 1 }, () => []);
  for (const cell of cells) {
    const row = rowIndex.get(cell.top)!;
    const col = colIndex.get(cell.left)!;
    rows[row]!.push({
      col,
      moreRows: rowIndex.get(cell.bottom)! - row - 1,
      moreCols: colIndex.get(cell.right)! - col - 1,
      lines: cell.lines,
    });
  }
  const ordered: CellData[][] = rows.map((r) => r.sort((a, b) => a.col - b.col).map(({ col: _c, ...c }) => c));
  const numHead = headBodySep !== null ? rowIndex.get(headBodySep) ?? 0 : 0;
  return { colWidths, head: ordered.slice(0, numHead), body: ordered.slice(numHead) };
}
