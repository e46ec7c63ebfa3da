/**
 * A line index over a text: where each line starts, which line holds an offset, and what kind of line it is.
 * Lines keep their terminators (`\n` or `\r\n`), so slicing whole lines keeps a file's line endings.
 */
import type { Point } from '../diagnostics/diagnostic.js';
import { lastAtMost } from '../util/arrays.js';

export type LineKind = 'blank' | 'comment' | 'other';

export class LineIndex {
  /** Offset where each line starts; a final newline does not open an extra, empty line. */
  private readonly starts: number[] = [0];

  constructor(readonly text: string) {
    // A byte order mark is not part of the first line's indentation; it stays at the top with the header.
    if (text.charCodeAt(0) === 0xfeff) this.starts[0] = 1;
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
    if (this.starts.length > 1 && this.starts[this.starts.length - 1] === text.length) this.starts.pop();
  }

  get count(): number {
    return this.text.length === 0 ? 0 : this.starts.length;
  }

  start(line: number): number {
    return line >= this.count ? this.text.length : this.starts[line]!;
  }

  /** Offset just past the line's terminator (the next line's start). */
  end(line: number): number {
    return this.start(line + 1);
  }

  /** 0-based line holding `offset` (binary search). */
  lineOf(offset: number): number {
    return lastAtMost(this.starts, offset);
  }

  point(offset: number): Point {
    const line = this.lineOf(offset);
    return { line: line + 1, column: offset - this.starts[line]! + 1, offset };
  }

  /** Columns of whitespace before the line's first other character. */
  indent(line: number): number {
    const from = this.start(line);
    const to = this.end(line);
    let i = from;
    while (i < to && (this.text[i] === ' ' || this.text[i] === '\t')) i++;
    return i - from;
  }

  kind(line: number): LineKind {
    const first = this.text[this.start(line) + this.indent(line)];
    if (first === undefined || first === '\n' || first === '\r') return 'blank';
    return first === '#' ? 'comment' : 'other';
  }
}

/** The line ending a file mostly uses: the one of its first line break. */
export function lineEnding(text: string): string {
  const i = text.indexOf('\n');
  return i > 0 && text[i - 1] === '\r' ? '\r\n' : '\n';
}
