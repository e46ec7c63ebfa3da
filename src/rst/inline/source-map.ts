/**
 * Maps indices of the joined block text ('\n' between lines) back to file positions: each Line knows where its
 * first character sits in the original file.
 */
import type { Point, Span } from '../../diagnostics/diagnostic.js';
import type { Line } from '../syntax.js';
import { lastAtMost } from '../../util/arrays.js';

export class SourceMap {
  /** Index in the joined text where each line starts. */
  private readonly starts: number[] = [];

  constructor(private readonly lines: Line[]) {
    let at = 0;
    for (const line of lines) {
      this.starts.push(at);
      at += line.text.length + 1;
    }
  }

  get text(): string {
    return this.lines.map((l) => l.text).join('\n');
  }

  private lineIndex(i: number): number {
    return lastAtMost(this.starts, i);
  }

  /** The point of the character at index i; `after` places it just past the character before i instead. */
  point(i: number, after = false): Point {
    const k = this.lineIndex(after && i > 0 ? i - 1 : i);
    const line = this.lines[k]!;
    const delta = i - this.starts[k]!;
    return { line: line.line, column: line.column + delta, offset: line.offset + delta };
  }

  /** Span of the half-open index range [start, end). */
  span(start: number, end: number): Span {
    const k = this.lineIndex(start);
    return { file: this.lines[k]!.file, start: this.point(start), end: this.point(end, end > start) };
  }
}
