import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { FormatOptions } from './options.js';
import { groupByFile, sortDiagnostics } from './order.js';
import { relativePath } from './paths.js';
import { xmlAttribute, xmlText } from './xml.js';

/**
 * JUnit XML in the shape ESLint's junit formatter made common: a `<testsuite>` per file and a `<testcase>` per
 * finding. Errors and warnings are `<failure message=… type=ruleId>`; info findings are passing test cases that
 * carry their text in `<system-out>`, so a notice never turns a CI dashboard red.
 *
 *     <testsuite name="api-ref/source/servers.inc" tests="1" failures="1" errors="0" skipped="0" time="0">
 *       <testcase classname="api-ref/source/servers" name="unknown-directive at 3:1" time="0">
 *         <failure message="Unknown directive" type="unknown-directive">line 3, col 1, Error - …</failure>
 */
export function formatJunit(diagnostics: readonly Diagnostic[], options: FormatOptions): string {
  const sorted = sortDiagnostics(diagnostics);
  const failures = sorted.filter(isFailure).length;
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="apiref" tests="${sorted.length}" failures="${failures}" errors="0" time="0">`,
  ];
  for (const [file, list] of groupByFile(sorted)) {
    const rel = relativePath(options.cwd, file);
    const suiteFailures = list.filter(isFailure).length;
    lines.push(
      `  <testsuite name="${xmlAttribute(rel)}" package="apiref" tests="${list.length}" failures="${suiteFailures}"` +
        ` errors="0" skipped="0" time="0">`,
    );
    for (const d of list) lines.push(...testcase(d, rel, options.cwd));
    lines.push('  </testsuite>');
  }
  lines.push('</testsuites>');
  return lines.join('\n') + '\n';
}

function isFailure(d: Diagnostic): boolean {
  return d.severity !== 'info';
}

const SEVERITY_LABEL = { error: 'Error', warn: 'Warning', info: 'Info' } as const;

function testcase(d: Diagnostic, rel: string, cwd: string): string[] {
  // The place is in the name so every finding is its own test case, even for tools that merge equal names.
  const open = `    <testcase classname="${xmlAttribute(withoutExtension(rel))}" name="${xmlAttribute(
    `${d.ruleId} at ${d.line}:${d.column}`,
  )}" time="0">`;
  const body = details(d, cwd);
  const inner = isFailure(d)
    ? `      <failure message="${xmlAttribute(d.message)}" type="${xmlAttribute(d.ruleId)}">${xmlText(body)}</failure>`
    : `      <system-out>${xmlText(body)}</system-out>`;
  return [open, inner, '    </testcase>'];
}

function details(d: Diagnostic, cwd: string): string {
  const head = `line ${d.line}, col ${d.column}, ${SEVERITY_LABEL[d.severity]} - ${d.message} (${d.ruleId})`;
  const related = (d.related ?? []).map((r) => `\n${relativePath(cwd, r.file)}:${r.line}:${r.column}: ${r.message}`);
  return head + related.join('');
}

/** ESLint's classname is the file without its extension; tools read dots in it as package separators. */
function withoutExtension(rel: string): string {
  const slash = rel.lastIndexOf('/');
  const dot = rel.lastIndexOf('.');
  return dot > slash + 1 ? rel.slice(0, dot) : rel;
}
