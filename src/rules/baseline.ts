/**
 * A baseline of known findings, so a project can adopt apiref and fail only on new problems. Findings are
 * keyed by file (relative to the configuration directory, `/`-separated), rule id and message, without line
 * numbers, so the baseline survives edits above a finding. Counts matter: two identical known findings cover
 * two, not three.
 *
 *     { "version": 1, "findings": { "api-ref/source/parameters.yaml": [ { "rule": "...", "message": "...", "count": 2 } ] } }
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';

export interface BaselineEntry {
  rule: string;
  message: string;
  count: number;
}

export interface Baseline {
  version: 1;
  findings: Record<string, BaselineEntry[]>;
}

export function relativeFile(file: string, baseDir: string): string {
  const rel = path.relative(baseDir, file);
  return (rel === '' ? path.basename(file) : rel).split(path.sep).join('/');
}

/** The baseline for a list of findings. */
export function createBaseline(diagnostics: readonly Diagnostic[], baseDir: string): Baseline {
  const counts = new Map<string, Map<string, BaselineEntry>>();
  for (const d of diagnostics) {
    const file = relativeFile(d.file, baseDir);
    let byKey = counts.get(file);
    if (!byKey) counts.set(file, (byKey = new Map()));
    const key = `${d.ruleId}\0${d.message}`;
    const entry = byKey.get(key);
    if (entry) entry.count++;
    else byKey.set(key, { rule: d.ruleId, message: d.message, count: 1 });
  }
  const findings: Record<string, BaselineEntry[]> = {};
  for (const file of [...counts.keys()].sort()) {
    findings[file] = [...counts.get(file)!.values()].sort((a, b) => (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : a.message < b.message ? -1 : a.message > b.message ? 1 : 0));
  }
  return { version: 1, findings };
}

/** Writes the baseline of `diagnostics` to `file` (stable order, so it diffs well). */
export function writeBaseline(file: string, diagnostics: readonly Diagnostic[], baseDir: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${JSON.stringify(createBaseline(diagnostics, baseDir), null, 2)}\n`);
}

/** Reads a baseline file; null when it is missing, and an error message when it is not a baseline. */
export function readBaseline(file: string): { baseline: Baseline | null; error: string | null } {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return { baseline: null, error: null };
  }
  try {
    return parseBaseline(JSON.parse(text) as unknown);
  } catch (err) {
    return { baseline: null, error: `Baseline ${file} is not valid JSON: ${err instanceof Error ? err.message : String(err)}` };
  }
}

function parseBaseline(data: unknown): { baseline: Baseline | null; error: string | null } {
  const bad = { baseline: null, error: 'Baseline file must be {"version": 1, "findings": {file: [{rule, message, count}]}}.' };
  if (!data || typeof data !== 'object' || (data as { version?: unknown }).version !== 1) return bad;
  const raw = (data as { findings?: unknown }).findings;
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return bad;
  const findings: Record<string, BaselineEntry[]> = {};
  for (const [file, list] of Object.entries(raw as Record<string, unknown>)) {
    if (!Array.isArray(list)) return bad;
    findings[file] = [];
    for (const e of list as unknown[]) {
      const { rule, message, count } = (e ?? {}) as Record<string, unknown>;
      if (typeof rule !== 'string' || typeof message !== 'string') return bad;
      findings[file]!.push({ rule, message, count: typeof count === 'number' && count > 0 ? Math.floor(count) : 1 });
    }
  }
  return { baseline: { version: 1, findings }, error: null };
}

/** The findings the baseline does not cover (in their original order). */
export function filterBaseline(diagnostics: readonly Diagnostic[], baseline: Baseline, baseDir: string): Diagnostic[] {
  const left = new Map<string, number>();
  for (const [file, list] of Object.entries(baseline.findings)) {
    for (const e of list) {
      const key = `${file}\0${e.rule}\0${e.message}`;
      left.set(key, (left.get(key) ?? 0) + e.count);
    }
  }
  return diagnostics.filter((d) => {
    const key = `${relativeFile(d.file, baseDir)}\0${d.ruleId}\0${d.message}`;
    const n = left.get(key) ?? 0;
    if (n <= 0) return true;
    left.set(key, n - 1);
    return false;
  });
}
