/**
 * Inline suppression comments: one rule silenced on one place.
 *
 * - RST (`.rst`, `.inc`): a comment line `.. apiref-disable-next-line rule-id[, rule-id]` silences those rules on
 *   the next non-blank line. Several such comments may be stacked above one line.
 * - YAML (parameters.yaml, status.yaml, and the YAML list inside a rest_parameters / rest_status_code directive,
 *   where an RST comment would break the list): `# apiref-disable-line rule-id` at the end of the line, or
 *   `# apiref-disable-next-line rule-id` on the line before.
 *
 * A finding is silenced when its first line is the line a comment names. Files without comments cost one scan.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';

const RST_NEXT = /^[ \t]*\.\.[ \t]+apiref-disable-next-line[ \t]+(.+?)[ \t]*$/;
const YAML_NEXT = /^[ \t]*#[ \t]*apiref-disable-next-line[ \t]+(.+?)[ \t]*$/;
const YAML_SAME = /#[ \t]*apiref-disable-line[ \t]+([^#]+?)[ \t]*$/;

/** Per file: 1-based line → rule ids silenced on it. */
type FileSuppressions = Map<number, Set<string>>;

export function applySuppressions(diagnostics: Diagnostic[], readText: (file: string) => string | null): Diagnostic[] {
  const cache = new Map<string, FileSuppressions | null>();
  const forFile = (file: string): FileSuppressions | null => {
    if (!cache.has(file)) {
      let text: string | null = null;
      try {
        text = readText(file);
      } catch {
        text = null;
      }
      cache.set(file, text === null ? null : collectSuppressions(text, isYaml(file)));
    }
    return cache.get(file) ?? null;
  };
  return diagnostics.filter((d) => {
    const map = forFile(d.file);
    const ids = map?.get(d.line);
    return !ids || !ids.has(d.ruleId);
  });
}

function isYaml(file: string): boolean {
  return /\.ya?ml$/i.test(file);
}

/** Reads every suppression comment of a file. */
export function collectSuppressions(text: string, yaml: boolean): FileSuppressions {
  const out: FileSuppressions = new Map();
  if (!text.includes('apiref-disable-')) return out;
  const lines = text.split(/\r\n|\r|\n/);
  const add = (line: number, ids: string[]) => {
    let set = out.get(line);
    if (!set) out.set(line, (set = new Set()));
    for (const id of ids) set.add(id);
  };
  // Comments waiting for the next non-blank line (RST) / the next line (YAML).
  let pending: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]!;
    const lineNo = i + 1;
    const rst = yaml ? null : RST_NEXT.exec(text);
    const yamlNext = YAML_NEXT.exec(text);
    const same = YAML_SAME.exec(text);
    if (rst || yamlNext) {
      pending.push(...ruleIds((rst ?? yamlNext)![1]!));
      continue;
    }
    if (same) add(lineNo, ruleIds(same[1]!));
    if (text.trim() === '' && !yaml) continue; // RST: the comment applies to the next non-blank line
    if (pending.length) {
      add(lineNo, pending);
      pending = [];
    }
  }
  return out;
}

function ruleIds(list: string): string[] {
  return list
    .split(/[,\s]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}
