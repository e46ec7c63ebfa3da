import type { Diagnostic, Severity } from '../diagnostics/diagnostic.js';
import type { FormatOptions } from './options.js';
import { sortDiagnostics } from './order.js';
import { relativePath } from './paths.js';

/**
 * GitHub Actions workflow commands, one line per finding, which the runner turns into annotations:
 *
 *     ::error file=api-ref/source/servers.inc,line=3,col=1,endLine=3,endColumn=12,title=unknown-directive::Unknown…
 */
export function formatGithub(diagnostics: readonly Diagnostic[], options: FormatOptions): string {
  return sortDiagnostics(diagnostics)
    .map((d) => githubLine(d, options.cwd) + '\n')
    .join('');
}

const COMMAND: Record<Severity, string> = { error: 'error', warn: 'warning', info: 'notice' };

function githubLine(d: Diagnostic, cwd: string): string {
  const props: [string, string | number][] = [
    ['file', relativePath(cwd, d.file)],
    ['line', atLeastOne(d.line)],
    ['col', atLeastOne(d.column)],
    ['endLine', atLeastOne(d.endLine)],
    ['endColumn', atLeastOne(d.endColumn)],
    ['title', d.ruleId],
  ];
  const list = props.map(([key, value]) => `${key}=${escapeProperty(String(value))}`).join(',');
  return `::${COMMAND[d.severity]} ${list}::${escapeData(withRelated(d, cwd))}`;
}

/** GitHub drops annotations whose line is 0; a finding about a whole file goes on line 1. */
function atLeastOne(n: number): number {
  return Number.isInteger(n) && n >= 1 ? n : 1;
}

/** Related places go into the message: an annotation has only one location. */
function withRelated(d: Diagnostic, cwd: string): string {
  const related = (d.related ?? []).map((r) => `\n${relativePath(cwd, r.file)}:${r.line}:${r.column}: ${r.message}`);
  return d.message + related.join('');
}

// The escapes are the runner's own (actions/toolkit `escapeData` / `escapeProperty`); `%` goes first so the
// escapes themselves are not escaped again.
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
