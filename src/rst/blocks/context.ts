/**
 * Parser-wide state shared by every nested parse of one document: diagnostics, the include callback, the
 * section title styles seen so far (docutils keeps them per document, across included files) and the include
 * chain used to stop cycles.
 */
import type { DiagnosticBag, Severity, Span } from '../../diagnostics/diagnostic.js';
import type { Line } from '../syntax.js';

export interface IncludeCallback {
  (path: string, at: Span): { file: string; text: string } | null;
}

export interface ParserContext {
  file: string;
  diagnostics: DiagnosticBag;
  include?: IncludeCallback;
  /** Title styles in order of first appearance: `=` (underline only) or `==` (overline and underline). */
  titleStyles: string[];
  /** Files being included, outermost first (the document itself at index 0). */
  includeStack: string[];
  /** End-of-inclusion marker lines spliced after each included file (popping `includeStack`). */
  includeEnds: WeakSet<Line>;
  /** Current nesting depth of nested parses (guards against stack exhaustion). */
  depth: number;
}

/** Nesting beyond this is reported and kept as a literal block instead of being parsed further. */
export const MAX_DEPTH = 200;
/** Includes nested deeper than this are refused. */
export const MAX_INCLUDE_DEPTH = 20;

export function newContext(file: string, diagnostics: DiagnosticBag, include?: IncludeCallback): ParserContext {
  return { file, diagnostics, include, titleStyles: [], includeStack: [file], includeEnds: new WeakSet(), depth: 0 };
}

/** docutils levels: INFO → info, WARNING → warn, ERROR and SEVERE → error. */
export type DocutilsLevel = 'INFO' | 'WARNING' | 'ERROR' | 'SEVERE';

const severityOf: Record<DocutilsLevel, Severity> = { INFO: 'info', WARNING: 'warn', ERROR: 'error', SEVERE: 'error' };

export function report(ctx: ParserContext, level: DocutilsLevel, message: string, span: Span): void {
  ctx.diagnostics.report('rst-syntax', severityOf[level], message, span);
}
