/**
 * The findings a command reports: every diagnostic of the run, with the configuration's per-rule severities
 * applied (`off` drops a rule), inline suppression comments honoured, known findings of the baseline removed, and
 * each finding once.
 */
import path from 'node:path';
import { compareDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { SiteConfig } from '../config/config.js';
import type { SourceFiles } from '../load/source-files.js';
import { applySuppressions } from './suppress.js';
import { filterBaseline, readBaseline } from './baseline.js';
import { UsageError } from '../config/load.js';

/**
 * The configured severities. docutils' INFO-level messages ("Unexpected possible title overline or transition",
 * one per `.` cell of fujitsu-k5's tables: 858 of them) are left out, as Sphinx leaves them out (its report level
 * is WARNING), unless the configuration names their rule.
 */
export function applySeverities(list: readonly Diagnostic[], rules: SiteConfig['rules']): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const d of list) {
    const setting = rules[d.ruleId];
    if (setting === 'off') continue;
    if (setting) out.push({ ...d, severity: setting });
    else if (d.severity !== 'info') out.push(d);
  }
  return out;
}

/** Where baseline entries' file paths are relative to: the configuration file's folder, else the source's parent. */
export function baselineBaseDir(config: SiteConfig): string {
  return config.configFile ? path.dirname(config.configFile) : path.dirname(config.sourceDir);
}

export function finalFindings(list: readonly Diagnostic[], config: SiteConfig, files: SourceFiles, baselineFile: string | null): Diagnostic[] {
  let out = applySeverities(list, config.rules);
  out = applySuppressions(out, (file) => files.tryRead(file)?.text ?? null);
  if (baselineFile) {
    const { baseline, error } = readBaseline(baselineFile);
    if (error) throw new UsageError(`baseline ${baselineFile}: ${error}`);
    if (baseline) out = filterBaseline(out, baseline, baselineBaseDir(config));
  }
  return withoutRepeats(out).sort(compareDiagnostics);
}

/**
 * Drops a finding that repeats another exactly (same place, rule, severity, message and related places): a
 * parameter description is resolved for every row that uses it, so one broken `:ref:` in it was reported once
 * per row (octavia: 29 times; Sphinx prints it as often).
 */
export function withoutRepeats(list: readonly Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  const out: Diagnostic[] = [];
  for (const d of list) {
    const key = JSON.stringify([d.file, d.line, d.column, d.endLine, d.endColumn, d.ruleId, d.severity, d.message, d.related ?? []]);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(d);
  }
  return out;
}
