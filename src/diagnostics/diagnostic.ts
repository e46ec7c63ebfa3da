/**
 * The one diagnostic type. Every problem with user input, from a bad grid table to a missing parameter
 * reference, is reported as a Diagnostic; nothing in the pipeline throws for bad input.
 */

/** A place in a file: line and column are 1-based, offset is the 0-based UTF-16 index into the file's text. */
export interface Point {
  line: number;
  column: number;
  offset: number;
}

/** A range in one file. `file` is an absolute path. */
export interface Span {
  file: string;
  start: Point;
  end: Point;
}

export type Severity = 'error' | 'warn' | 'info';

export interface RelatedLocation {
  file: string;
  line: number;
  column: number;
  message: string;
}

export interface Diagnostic {
  /** Rule or stage that found it: `rst-syntax`, `unknown-directive`, `parameter-not-found`, ... */
  ruleId: string;
  severity: Severity;
  message: string;
  /** Absolute path; reporters print it relative to the working directory. */
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  related?: RelatedLocation[];
}

/** Collects diagnostics for one run. Stages receive it and call `report`. */
export class DiagnosticBag {
  readonly list: Diagnostic[] = [];

  report(ruleId: string, severity: Severity, message: string, span: Span, related?: RelatedLocation[]): Diagnostic {
    const d: Diagnostic = {
      ruleId,
      severity,
      message,
      file: span.file,
      line: span.start.line,
      column: span.start.column,
      endLine: span.end.line,
      endColumn: span.end.column,
    };
    if (related && related.length) d.related = related;
    this.list.push(d);
    return d;
  }

  get errors(): number {
    return this.list.filter((d) => d.severity === 'error').length;
  }

  get warnings(): number {
    return this.list.filter((d) => d.severity === 'warn').length;
  }
}

/** A span covering a whole file (for findings about a file that has no better place): line 1, column 1. */
export function fileSpan(file: string): Span {
  return { file, start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } };
}

/** Orders diagnostics by file, line, column, then rule id, so output is stable from run to run. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.line - b.line || a.column - b.column || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
}
