/**
 * `.. csv-table:: Title` — rows of comma-separated values as a table; options :header:, :header-rows:, :widths:,
 * :delim:, :quote:, :keepspace:, :escape:. Each cell is parsed as nested RST, as docutils does.
 */
import type { Span } from '../diagnostics/diagnostic.js';
import type * as D from '../document/nodes.js';
import type { Line } from '../rst/syntax.js';
import type { DirectiveHandler } from './types.js';
import { hasOption, linesSpan, option } from './types.js';
import { lastAtMost } from '../util/arrays.js';

interface CsvDialect {
  delim: string;
  quote: string;
  escape: string | null;
  skipInitialSpace: boolean;
  /** `""` inside quotes is one quote (the data); the :header: option's dialect has this off. */
  doubleQuote: boolean;
  /** Text after a closing quote is an error (the data); the :header: option's dialect appends it instead. */
  strict: boolean;
}

/** One parsed cell: its text and the 0-based index (in the joined text) where it starts. */
interface CsvCell {
  text: string;
  at: number;
}

/** Parses CSV like Python's csv module with docutils' dialect (strict, doublequote). Returns rows, or an error. */
export function parseCsv(src: string, d: CsvDialect): { rows: CsvCell[][] } | { error: string; at: number } {
  const rows: CsvCell[][] = [];
  let i = 0;
  const n = src.length;
  while (i < n) {
    // A blank line is an empty row (Python's csv returns []).
    if (src[i] === '\n') {
      rows.push([]);
      i++;
      continue;
    }
    const row: CsvCell[] = [];
    for (;;) {
      if (d.skipInitialSpace) while (src[i] === ' ') i++;
      const at = i;
      let text = '';
      if (src[i] === d.quote) {
        i++;
        for (;;) {
          if (i >= n) return { error: 'unexpected end of data', at };
          const c = src[i]!;
          if (d.escape !== null && c === d.escape && i + 1 < n) {
            text += src[i + 1];
            i += 2;
          } else if (c === d.quote) {
            if (d.doubleQuote && src[i + 1] === d.quote) {
              text += c;
              i += 2;
            } else {
              i++;
              break;
            }
          } else {
            text += c;
            i++;
          }
        }
        if (i < n && src[i] !== d.delim && src[i] !== '\n') {
          if (d.strict) return { error: `'${d.delim}' expected after '${d.quote}'`, at: i };
          // The lenient dialect keeps what follows the closing quote, up to the delimiter.
          const rest = readBare(src, i, d);
          text += rest.text;
          i = rest.end;
        }
      } else {
        const bare = readBare(src, i, d);
        text = bare.text;
        i = bare.end;
      }
      row.push({ text, at });
      if (i < n && src[i] === d.delim) {
        i++;
        continue;
      }
      break;
    }
    rows.push(row);
    if (i < n && src[i] === '\n') i++;
    if (i >= n) break;
  }
  return { rows };
}

/** Unquoted text from `i` up to the delimiter or the end of the line, escapes applied. */
function readBare(src: string, i: number, d: CsvDialect): { text: string; end: number } {
  let text = '';
  while (i < src.length && src[i] !== d.delim && src[i] !== '\n') {
    if (d.escape !== null && src[i] === d.escape && i + 1 < src.length) {
      text += src[i + 1];
      i += 2;
    } else {
      text += src[i];
      i++;
    }
  }
  return { text, end: i };
}

/** A one-character option value (docutils allows `tab` and `space` by name). */
function charOption(value: string | undefined, fallback: string): string | null {
  if (value === undefined) return fallback;
  const v = value.trim();
  if (v === 'tab') return '\t';
  if (v === 'space') return ' ';
  return v.length === 1 ? v : null;
}

export const csvTable: DirectiveHandler = {
  names: ['csv-table'],
  run(node, ctx) {
    const fail = (message: string, at: Span = node.position) => {
      ctx.diagnostics.report('csv-table-syntax', 'error', message, at);
      return [{ type: 'placeholder' as const, text: 'Malformed csv-table', source: 'csv-table', position: node.position }];
    };
    if (hasOption(node, 'file') || hasOption(node, 'url')) return fail('"csv-table" with :file: or :url: is not supported.');
    const delim = charOption(option(node, 'delim'), ',');
    const quote = charOption(option(node, 'quote'), '"');
    const escapeOpt = option(node, 'escape');
    const escape = escapeOpt === undefined ? null : charOption(escapeOpt, '');
    if (delim === null || quote === null || (escapeOpt !== undefined && escape === null)) {
      return fail('"csv-table" :delim:, :quote: and :escape: must be single characters.');
    }
    const dialect: CsvDialect = { delim, quote, escape, skipInitialSpace: !hasOption(node, 'keepspace'), doubleQuote: true, strict: true };
    // docutils reads :header: with a fixed, lenient dialect: backslash escapes, no doubled quotes, one row a line.
    const headerDialect: CsvDialect = { delim: ',', quote: '"', escape: '\\', skipInitialSpace: true, doubleQuote: false, strict: false };
    const content = node.content;
    // Trailing blank lines are not data.
    let last = content.length;
    while (last > 0 && content[last - 1]!.text.trim() === '') last--;
    const lines = content.slice(0, last);
    if (!lines.length) return fail('The "csv-table" directive requires content; none supplied.');
    const joined = lines.map((l) => l.text).join('\n');
    // Where each line starts in `joined`: a cell's place is found by binary search (a table has thousands of cells).
    const starts: number[] = [];
    let acc = 0;
    for (const l of lines) {
      starts.push(acc);
      acc += l.text.length + 1;
    }
    const place = (at: number): Span => {
      const k = lastAtMost(starts, at);
      const l = lines[k]!;
      const col = Math.min(at - starts[k]!, l.text.length);
      return linesSpan([{ ...l, text: l.text.slice(col), column: l.column + col, offset: l.offset + col }], node.position);
    };
    const body = parseCsv(joined, dialect);
    if ('error' in body) return fail(`Error with CSV data in "csv-table" directive: ${body.error}`, place(body.at));
    const headerText = option(node, 'header');
    let headerRows: CsvCell[][] = [];
    if (headerText !== undefined) {
      const head = parseCsv(headerText, headerDialect);
      if ('error' in head) return fail(`Error with CSV data in "csv-table" directive: ${head.error}`);
      headerRows = head.rows;
    }
    // Cells become nested RST, placed (approximately) where their text starts.
    const toCell = (cell: CsvCell, from: Span | null): D.DocCell => {
      const origin = from ?? place(cell.at);
      // Nested RST lines carry no trailing whitespace (docutils strips it).
      const cellLines: Line[] = cell.text.split('\n').map((text, k) => ({
        text: text.trimEnd(),
        file: origin.file,
        line: origin.start.line + k,
        column: k === 0 ? origin.start.column : 1,
        offset: origin.start.offset,
      }));
      const blank = cell.text.trim() === '';
      return { colspan: 1, rowspan: 1, children: blank ? [] : ctx.resolveBlocks(cellLines) };
    };
    const headerCells = headerRows.map((r) => r.map((c) => toCell(c, node.position)));
    const bodyCells = body.rows.map((r) => r.map((c) => toCell(c, null)));
    // A loop, not Math.max(...rows): a table can have more rows than a call takes arguments.
    let columns = 0;
    for (const r of headerCells) columns = Math.max(columns, r.length);
    for (const r of bodyCells) columns = Math.max(columns, r.length);
    // Short rows are padded with empty cells, as docutils does.
    const pad = (r: D.DocCell[]): D.DocRow => ({
      cells: [...r, ...Array.from({ length: columns - r.length }, () => ({ colspan: 1, rowspan: 1, children: [] }))],
    });
    const headerRowCount = Number.parseInt(option(node, 'header-rows') ?? '0', 10) || 0;
    if (headerRowCount > bodyCells.length) return fail(`${headerRowCount} header row(s) specified but only ${bodyCells.length} row(s) of data supplied ("csv-table" directive).`);
    const widthsOpt = option(node, 'widths');
    let widths: number[] | null = null;
    if (widthsOpt && !['auto', 'grid'].includes(widthsOpt.trim())) {
      widths = widthsOpt.split(/[\s,]+/).filter(Boolean).map((w) => Number.parseInt(w, 10));
      if (widths.length !== columns || widths.some((w) => !Number.isFinite(w) || w <= 0)) {
        return fail(`"csv-table" widths do not match the number of columns in table (${columns}).`);
      }
    }
    return [
      {
        type: 'table',
        colWidths: widths ?? Array.from({ length: columns }, () => Math.floor(100 / Math.max(1, columns))),
        widths,
        title: node.argument.trim() ? ctx.resolveInline(node.argumentLines) : null,
        head: [...headerCells, ...bodyCells.slice(0, headerRowCount)].map(pad),
        body: bodyCells.slice(headerRowCount).map(pad),
        position: node.position,
      },
    ];
  },
};
