/** Runs the lint rules over a small tree written to a temporary folder. */
import { DiagnosticBag, type Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { resolveSite } from '../../src/resolve/site.js';
import { runRules } from '../../src/rules/index.js';
import type { RuleOptions } from '../../src/rules/types.js';
import { configFor, writeTree } from '../helpers/tree.js';

export interface LintResult {
  dir: string;
  /** Findings of the lint rules only (not the parser's or loaders'). */
  findings: Diagnostic[];
  /** Everything reported, loaders included. */
  all: Diagnostic[];
}

export function lintTree(files: Record<string, string>, options: Partial<RuleOptions> = {}): LintResult {
  const dir = writeTree(files);
  const diagnostics = new DiagnosticBag();
  const site = resolveSite(configFor(dir), diagnostics);
  const before = diagnostics.list.length;
  runRules(site, diagnostics, options);
  return { dir, findings: diagnostics.list.slice(before), all: diagnostics.list };
}

/** The findings of one rule. */
export function findingsOf(result: LintResult, ruleId: string): Diagnostic[] {
  return result.findings.filter((d) => d.ruleId === ruleId);
}

/** An index.rst with one operation whose body is `body` (indented as written). */
export function operationPage(method: string, url: string, body: string, title = 'Do the thing'): string {
  return `=====\nAPI\n=====\n\n${title}\n${'='.repeat(title.length)}\n\n.. rest_method:: ${method} ${url}\n\n${body}\n`;
}
