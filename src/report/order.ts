import { compareDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.js';

/**
 * A copy sorted by file, line, column, rule id, then the rest of the finding, so reports are byte-identical from
 * run to run whatever order the rules ran in.
 */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) =>
      compareDiagnostics(a, b) ||
      a.endLine - b.endLine ||
      a.endColumn - b.endColumn ||
      compareStrings(a.severity, b.severity) ||
      compareStrings(a.message, b.message),
  );
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Findings grouped by file, in the order of their first appearance (sort first for a stable order). */
export function groupByFile(diagnostics: readonly Diagnostic[]): Map<string, Diagnostic[]> {
  const groups = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) {
    const list = groups.get(d.file);
    if (list) list.push(d);
    else groups.set(d.file, [d]);
  }
  return groups;
}
