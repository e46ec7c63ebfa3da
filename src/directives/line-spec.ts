import type { DiagnosticBag, Span } from '../diagnostics/diagnostic.js';

/**
 * Sphinx's line specifications (`1,3-5,8-`): 1-based line numbers, in order, within [1, total].
 * A malformed part is a diagnostic and is skipped.
 */
export function parseLineSpec(spec: string, total: number, at: Span, diagnostics: DiagnosticBag): number[] {
  const out: number[] = [];
  for (const raw of spec.split(',')) {
    const part = raw.trim();
    if (!part) continue;
    const m = /^(\d*)\s*(-?)\s*(\d*)$/.exec(part);
    if (!m || (!m[1] && !m[3])) {
      diagnostics.report('directive-syntax', 'error', `Invalid line number spec "${part}" in "${spec}".`, at);
      continue;
    }
    const from = m[1] ? Number.parseInt(m[1], 10) : 1;
    const to = m[2] ? (m[3] ? Number.parseInt(m[3], 10) : total) : from;
    if (from < 1 || to < from) {
      diagnostics.report('directive-syntax', 'error', `Invalid line range "${part}" in "${spec}".`, at);
      continue;
    }
    for (let n = from; n <= Math.min(to, total); n++) out.push(n);
    if (from > total) diagnostics.report('directive-syntax', 'warn', `Line ${from} of "${spec}" is past the end (${total} lines).`, at);
  }
  return out;
}
