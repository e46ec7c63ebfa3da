import type { Diagnostic, Severity } from '../diagnostics/diagnostic.js';
import type { FormatOptions } from './options.js';
import { sortDiagnostics } from './order.js';
import { relativePath } from './paths.js';

/** One finding as `--format json` prints it: files relative to cwd, `related` always present. */
export interface JsonFinding {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: Severity;
  ruleId: string;
  message: string;
  related: { file: string; line: number; column: number; message: string }[];
}

/** A pretty-printed array in a stable order (file, line, column, rule id), with a trailing newline. */
export function formatJson(diagnostics: readonly Diagnostic[], options: FormatOptions): string {
  const findings: JsonFinding[] = sortDiagnostics(diagnostics).map((d) => ({
    file: relativePath(options.cwd, d.file),
    line: d.line,
    column: d.column,
    endLine: d.endLine,
    endColumn: d.endColumn,
    severity: d.severity,
    ruleId: d.ruleId,
    message: d.message,
    related: (d.related ?? []).map((r) => ({
      file: relativePath(options.cwd, r.file),
      line: r.line,
      column: r.column,
      message: r.message,
    })),
  }));
  return JSON.stringify(findings, null, 2) + '\n';
}
