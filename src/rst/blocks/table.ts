/**
 * Grid and simple tables in the body: isolating the table's lines (docutils' isolate_grid_table /
 * isolate_simple_table, with their "Malformed table." errors) and building the Table node, each cell's text
 * parsed as nested block content.
 */
import { joinSpans, spanOf } from '../lines.js';
import type { Line, Table, TableCell, TableRow } from '../syntax.js';
import { parseGridTable } from '../tables/grid.js';
import { parseSimpleTable } from '../tables/simple.js';
import { TableMarkupError, type CellData, type TableData } from '../tables/structure.js';
import { report } from './context.js';
import { textBlock } from './indented.js';
import { parseNested } from './nested.js';
import { gridTableTopRe, simpleTableTopRe } from './patterns.js';
import { emit, type BodyState } from './state.js';

const simpleBorderRe = /^=+[ =]*$/;

function malformed(st: BodyState, block: Line[], detail = '', offset = 0): void {
  const at = block[Math.min(offset, block.length - 1)] ?? st.lines[st.i - 1];
  const span = at ? spanOf(at) : spanOf(block[0]!);
  report(st.ctx, 'ERROR', detail ? `Malformed table.\n${detail}` : 'Malformed table.', span);
}

function build(st: BodyState, block: Line[], kind: 'grid' | 'simple', parse: (b: Line[]) => TableData): void {
  let data: TableData;
  try {
    data = parse(block);
  } catch (e) {
    if (e instanceof TableMarkupError) {
      malformed(st, block, e.message, e.offset);
      return;
    }
    throw e;
  }
  const row = (cells: CellData[]): TableRow => {
    const children = cells.map((c): TableCell => {
      const nonBlank = c.lines.filter((l) => l.text.length);
      const position = c.lines.length ? spanOf(c.lines[0]!, c.lines[c.lines.length - 1]!) : spanOf(block[0]!);
      return {
        type: 'tableCell',
        colspan: c.moreCols + 1,
        rowspan: c.moreRows + 1,
        children: nonBlank.length ? parseNested(st.ctx, c.lines) : [],
        position,
      };
    });
    const first = children[0];
    const last = children[children.length - 1];
    return { type: 'tableRow', children, position: first && last ? joinSpans(first.position, last.position) : spanOf(block[0]!) };
  };
  const table: Table = { type: 'table', kind, colWidths: data.colWidths, children: [], position: spanOf(block[0]!, block[block.length - 1]!) };
  const group = (type: 'tableHead' | 'tableBody', rows: CellData[][]) => {
    const children = rows.map(row);
    const position = children.length ? joinSpans(children[0]!.position, children[children.length - 1]!.position) : table.position;
    return type === 'tableHead' ? { type, children, position } : { type, children, position };
  };
  if (data.head.length) table.children.push(group('tableHead', data.head));
  table.children.push(group('tableBody', data.body));
  emit(st, table);
}

export function gridTable(st: BodyState): boolean {
  if (!gridTableTopRe.test(st.lines[st.i]!.text)) return false;
  const start = st.i;
  const tb = textBlock(st.lines, st.i, true);
  let block = tb.lines;
  st.i = tb.end;
  let blankFinish = true;
  if (tb.indentedAt !== undefined) {
    report(st.ctx, 'ERROR', 'Unexpected indentation.', spanOf(st.lines[tb.indentedAt]!));
    blankFinish = false;
  }
  const width = block[0]!.text.length;
  for (let k = 0; k < block.length; k++) {
    const c = block[k]!.text[0];
    if (c !== '+' && c !== '|') {
      st.i -= block.length - k;
      block = block.slice(0, k);
      blankFinish = false;
      break;
    }
  }
  if (!gridTableTopRe.test(block[block.length - 1]!.text)) {
    blankFinish = false;
    let k = block.length - 2;
    for (; k > 1; k--) {
      if (gridTableTopRe.test(block[k]!.text)) {
        // docutils backs up one line too many here (previous_line(len - i + 1)), so the line before the
        // bottom border is parsed again after the table; kept for identical results.
        st.i = start + k - 1;
        block = block.slice(0, k + 1);
        break;
      }
    }
    if (k <= 1) {
      malformed(st, block);
      return blankLineAfter(st, blankFinish);
    }
  }
  for (const l of block) {
    const t = l.text;
    if (t.length !== width || (t[t.length - 1] !== '+' && t[t.length - 1] !== '|')) {
      malformed(st, block);
      return blankLineAfter(st, blankFinish);
    }
  }
  build(st, block, 'grid', parseGridTable);
  return blankLineAfter(st, blankFinish);
}

export function simpleTable(st: BodyState): boolean {
  const { lines } = st;
  const start = st.i;
  if (!simpleTableTopRe.test(lines[start]!.text)) return false;
  const limit = lines.length - 1;
  const toplen = lines[start]!.text.trim().length;
  let found = 0;
  let foundAt = -1;
  let end = -1;
  for (let i = start + 1; i <= limit; i++) {
    const line = lines[i]!.text;
    if (!simpleBorderRe.test(line)) continue;
    if (line.trim().length !== toplen) {
      st.i = i + 1;
      malformed(st, lines.slice(start, i + 1), 'Bottom/header table border does not match top border.');
      return blankLineAfter(st, i === limit || !lines[i + 1]!.text.length);
    }
    found++;
    foundAt = i;
    if (found === 2 || i === limit || !lines[i + 1]!.text.length) {
      end = i;
      break;
    }
  }
  if (end < 0) {
    if (found) {
      st.i = foundAt + 1;
      malformed(st, lines.slice(start, foundAt + 1), 'No bottom table border found or no blank line after table bottom.');
      return blankLineAfter(st, false);
    } else {
      st.i = lines.length;
      malformed(st, lines.slice(start), 'No bottom table border found.');
    }
    return true;
  }
  st.i = end + 1;
  build(st, lines.slice(start, end + 1), 'simple', parseSimpleTable);
  return blankLineAfter(st, end === limit || !lines[end + 1]!.text.length);
}

function blankLineAfter(st: BodyState, blankFinish: boolean): true {
  if (!blankFinish) {
    const message = 'Blank line required after table.';
    const at = st.lines[st.i];
    const last = st.lines[st.lines.length - 1];
    if (at) report(st.ctx, 'WARNING', message, spanOf(at));
    else if (last) {
      // Past the end of this (nested) block: docutils still names the next line.
      const point = { line: last.line + 1, column: 1, offset: last.offset + last.text.length };
      report(st.ctx, 'WARNING', message, { file: last.file, start: point, end: point });
    }
  }
  return true;
}
