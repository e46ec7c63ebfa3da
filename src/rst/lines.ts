/**
 * Source lines: splitting a file into `Line`s (as docutils' string2lines does) and the small helpers every block
 * construct uses to slice them while keeping positions that point into the original file.
 */
import type { Point, Span } from '../diagnostics/diagnostic.js';
import type { Line } from './syntax.js';

/** BOM stripped, CRLF/CR → LF, tabs → 8-column tab stops, trailing whitespace removed (docutils' string2lines). */
export function linesOf(text: string, file: string): Line[] {
  return linesInRange(text, file, 0, text.length);
}

/**
 * The lines of `text.slice(start, end)`, numbered as in the whole file (an `include` clipped with
 * `:start-after:` etc. still points at the right lines). A range starting mid-line gives that line's rest.
 */
export function linesInRange(text: string, file: string, start: number, end: number): Line[] {
  let lineNo = 1;
  let lineStart = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  if (start < lineStart) start = lineStart;
  // Count the lines before `start` (one scan per file).
  for (let p = lineStart; p < start; p++) {
    const c = text.charCodeAt(p);
    if (c === 10 || (c === 13 && text.charCodeAt(p + 1) !== 10)) {
      lineNo++;
      lineStart = p + 1;
    }
  }
  const hasCR = text.indexOf('\r', start) >= 0;
  const lines: Line[] = [];
  let segStart = start;
  let column = start - lineStart + 1;
  while (segStart < end) {
    let nl = text.indexOf('\n', segStart);
    if (hasCR) {
      const cr = text.indexOf('\r', segStart);
      if (cr >= 0 && (nl < 0 || cr < nl)) nl = cr;
    }
    const stop = nl < 0 || nl > end ? end : nl;
    lines.push(makeLine(text.slice(segStart, stop), file, lineNo, column, segStart));
    if (stop === end) break;
    segStart = stop + (text.charCodeAt(stop) === 13 && text.charCodeAt(stop + 1) === 10 ? 2 : 1);
    lineNo++;
    column = 1;
  }
  return lines;
}

const otherSpace = /[\v\f]/g;

function makeLine(raw: string, file: string, line: number, column: number, offset: number): Line {
  let text = raw;
  if (text.indexOf('\t') >= 0) text = expandTabs(text, column - 1);
  if (text.indexOf('\v') >= 0 || text.indexOf('\f') >= 0) text = text.replace(otherSpace, ' ');
  const last = text.charCodeAt(text.length - 1);
  if (last === 32 || last === 9 || last === 11 || last === 12 || last === 13 || last > 127) text = text.trimEnd();
  return { text, file, line, column, offset };
}

/** Tabs to spaces with 8-column stops; `startCol` is the 0-based column of `text[0]` in its line. */
function expandTabs(text: string, startCol: number): string {
  const parts: string[] = [];
  let col = startCol;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) === 9) {
      parts.push(text.slice(from, i));
      col += i - from;
      const n = 8 - (col % 8);
      parts.push(' '.repeat(n));
      col += n;
      from = i + 1;
    }
  }
  parts.push(text.slice(from));
  return parts.join('');
}

/** Number of leading spaces. */
export function indentOf(text: string): number {
  let i = 0;
  while (i < text.length && text.charCodeAt(i) === 32) i++;
  return i;
}

/**
 * Number of leading spaces, counting no further than `limit`: enough to compare against a known indentation,
 * and it keeps deeply nested input linear (a line indented by 80,000 columns is not rescanned at every level).
 */
export function indentUpTo(text: string, limit: number): number {
  const n = Math.min(limit, text.length);
  let i = 0;
  while (i < n && text.charCodeAt(i) === 32) i++;
  return i;
}

/** The line with its first `n` characters removed (positions follow). */
export function dropColumns(line: Line, n: number): Line {
  if (n <= 0) return line;
  return { text: line.text.slice(n), file: line.file, line: line.line, column: line.column + n, offset: line.offset + n };
}

function startPoint(line: Line, col = 0): Point {
  return { line: line.line, column: line.column + col, offset: line.offset + col };
}

function endPoint(line: Line): Point {
  return startPoint(line, line.text.length);
}

/** From the start of `first` to the end of `last` (which must come from the same file to be meaningful). */
export function spanOf(first: Line, last: Line = first): Span {
  if (first.file !== last.file) last = first;
  return { file: first.file, start: startPoint(first), end: endPoint(last) };
}

/** A span from `from` to `to` (any spans of the same file); falls back to `from` across files. */
export function joinSpans(from: Span, to: Span): Span {
  if (from.file !== to.file) return from;
  return { file: from.file, start: from.start, end: to.end };
}

/** Lines without trailing blank lines. */
export function trimEndBlank(lines: Line[]): Line[] {
  let n = lines.length;
  while (n > 0 && lines[n - 1]!.text.length === 0) n--;
  return n === lines.length ? lines : lines.slice(0, n);
}

/** Lines without leading blank lines. */
export function trimStartBlank(lines: Line[]): Line[] {
  let n = 0;
  while (n < lines.length && lines[n]!.text.length === 0) n++;
  return n === 0 ? lines : lines.slice(n);
}

/** Last non-blank line of a block, or the first line when all are blank. */
export function lastNonBlank(lines: Line[]): Line | undefined {
  for (let i = lines.length - 1; i >= 0; i--) if (lines[i]!.text.length) return lines[i];
  return lines[0];
}

/** Display width as docutils' column_width: East Asian wide/fullwidth count 2, combining marks 0. */
export function columnWidth(text: string): number {
  let w = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if ((c >= 0x300 && c <= 0x36f) || (c >= 0x1ab0 && c <= 0x1aff) || (c >= 0x20d0 && c <= 0x20ff)) continue;
    if (
      (c >= 0x1100 && c <= 0x115f) ||
      (c >= 0x2e80 && c <= 0xa4cf) ||
      (c >= 0xac00 && c <= 0xd7a3) ||
      (c >= 0xf900 && c <= 0xfaff) ||
      (c >= 0xfe30 && c <= 0xfe4f) ||
      (c >= 0xff00 && c <= 0xff60) ||
      (c >= 0xffe0 && c <= 0xffe6) ||
      (c >= 0x20000 && c <= 0x3fffd)
    ) {
      w += 2;
    } else w++;
  }
  return w;
}
