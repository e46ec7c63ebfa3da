import type { Diagnostic, Severity } from '../diagnostics/diagnostic.js';
import { paint, type Paint } from './color.js';
import type { FormatOptions } from './options.js';
import { groupByFile, sortDiagnostics } from './order.js';
import { relativePath } from './paths.js';
import { displayWidth, plural, singleLine } from './text.js';

/**
 * ESLint-style human output: a block per file (path relative to cwd), one aligned row per finding
 * (`  line:col  severity  message  ruleId`, line right-aligned, column left-aligned so the colons line up),
 * then a summary. Nothing at all for zero findings.
 *
 *     api-ref/source/servers.inc
 *        3:1   error    Unknown directive "rest_methd"  unknown-directive
 *       12:14  warning  Parameter "flavorRef" unused    unused-parameter
 *
 *     ✖ 2 problems (1 error, 1 warning)
 */
export function formatStylish(diagnostics: readonly Diagnostic[], options: FormatOptions): string {
  if (diagnostics.length === 0) return '';
  const p = paint(options.color);
  const sorted = sortDiagnostics(diagnostics);
  let out = '';
  for (const [file, list] of groupByFile(sorted)) {
    out += '\n' + p.underline(singleLine(relativePath(options.cwd, file))) + '\n';
    out += table(list, p) + '\n';
  }
  return out + '\n' + summary(sorted, p) + '\n';
}

const SEVERITY_WORD: Record<Severity, string> = { error: 'error', warn: 'warning', info: 'info' };

function table(list: Diagnostic[], p: Paint): string {
  const rows = list.map((d) => ({
    line: String(d.line),
    column: String(d.column),
    severity: d.severity,
    message: singleLine(d.message),
    ruleId: singleLine(d.ruleId),
  }));
  // A loop, not Math.max(...): a file with a hundred thousand findings must not overflow the argument list.
  const widest = (pick: (r: (typeof rows)[number]) => string) =>
    rows.reduce((max, r) => Math.max(max, displayWidth(pick(r))), 0);
  const lineWidth = widest((r) => r.line);
  const columnWidth = widest((r) => r.column);
  const severityWidth = widest((r) => SEVERITY_WORD[r.severity]);
  const messageWidth = widest((r) => r.message);
  return rows
    .map((r) => {
      const word = SEVERITY_WORD[r.severity];
      const place = r.line.padStart(lineWidth) + ':' + r.column.padEnd(columnWidth);
      const severity = colorSeverity(r.severity, word, p) + pad(word, severityWidth);
      const message = r.message + pad(r.message, messageWidth);
      return `  ${place}  ${severity}  ${message}  ${p.dim(r.ruleId)}`.trimEnd();
    })
    .join('\n');
}

function pad(text: string, width: number): string {
  return ' '.repeat(Math.max(0, width - displayWidth(text)));
}

function colorSeverity(severity: Severity, word: string, p: Paint): string {
  if (severity === 'error') return p.red(word);
  if (severity === 'warn') return p.yellow(word);
  return p.blue(word);
}

function summary(list: Diagnostic[], p: Paint): string {
  const errors = list.filter((d) => d.severity === 'error').length;
  const warnings = list.filter((d) => d.severity === 'warn').length;
  const infos = list.length - errors - warnings;
  const counts = [plural(errors, 'error', 'errors'), plural(warnings, 'warning', 'warnings')];
  if (infos > 0) counts.push(`${infos} info`);
  const text = `✖ ${plural(list.length, 'problem', 'problems')} (${counts.join(', ')})`;
  if (errors > 0) return p.bold(p.red(text));
  return warnings > 0 ? p.bold(p.yellow(text)) : p.bold(p.blue(text));
}
