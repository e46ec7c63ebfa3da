/**
 * Sorts the entries of a parameters.yaml into os-api-ref's order (see entry-order.ts) by moving blocks of the
 * original text (see entry-layout.ts): nothing is re-serialized, so quoting, anchors, comments, indentation and
 * line endings stay as written. Where an alias would end up before its anchor, the entry stays after it and a
 * `parameters-sort` warning says why. The result is checked to read as the same data as the input; if it
 * does not, the file is left as it was.
 */
import { isScalar, type Document, type Pair } from 'yaml';
import type { DiagnosticBag } from '../diagnostics/diagnostic.js';
import { orderEdges } from './anchor-edges.js';
import { compareEntries, orderEntries, sectionRank, type EntryKey, type OrderEdge } from './entry-order.js';
import { assembleEntries, layoutEntries } from './entry-layout.js';
import { FIX_RULE, parseForFix, type FixableYaml } from './parse-for-fix.js';
import { dataOf, readData, sameData } from './same-data.js';
import { LineIndex } from './text-lines.js';

export const SORT_RULE = 'parameters-sort';

export interface SortResult {
  text: string;
  /** How many entries changed position. */
  moved: number;
}

/** Sorts `text`; diagnostics point into the returned text. */
export function sortParametersText(file: string, text: string, diagnostics: DiagnosticBag): SortResult {
  const parsed = parseForFix(file, text, diagnostics);
  return parsed ? sortParsed(file, text, parsed, diagnostics) : { text, moved: 0 };
}

/** The same on an already parsed `text`. */
export function sortParsed(file: string, text: string, parsed: FixableYaml, diagnostics: DiagnosticBag): SortResult {
  const unchanged = { text, moved: 0 };
  if (parsed.map.items.length === 0) return unchanged;
  const { doc, map, lines } = parsed;
  const refuse = (message: string): SortResult => {
    const at = lines.point(0);
    diagnostics.report(FIX_RULE, 'warn', `${message}; the entries were not sorted.`, { file, start: at, end: at });
    return unchanged;
  };

  const layout = layoutEntries(map, lines);
  if (typeof layout === 'string') return refuse(layout);
  const pairs = map.items as Pair[];
  const keys = pairs.map((pair) => entryKey(pair, doc, text));
  const edges = orderEdges(pairs, keys.map((k) => k.key));
  const order = orderEntries(keys, edges);

  const { text: sorted, entryOffsets } = assembleEntries(text, layout, order);
  const moved = order.filter((entry, slot) => entry !== slot).length;
  if (moved) {
    const before = dataOf(doc);
    const after = readData(sorted);
    if (!before.ok || !after.ok || !sameData(before.data, after.data)) {
      return refuse(`Moving the entries would change what the file means (${after.ok ? 'different data' : after.error})`);
    }
  }
  reportHeldBack(file, moved ? new LineIndex(sorted) : lines, keys, order, edges, entryOffsets, diagnostics);
  return moved ? { text: sorted, moved } : unchanged;
}

function entryKey(pair: Pair, doc: Document.Parsed, text: string): EntryKey {
  const key = isScalar(pair.key) ? String(pair.key.value) : sourceOf(pair.key, text);
  let value: unknown = null;
  try {
    value = (pair.value as { toJS?: (d: Document.Parsed, o: object) => unknown } | null)?.toJS?.(doc, { maxAliasCount: 10_000 });
  } catch {
    // An unresolvable value sorts as an entry without `in`; the data check guards the result.
  }
  const inValue = value && typeof value === 'object' ? (value as Record<string, unknown>)['in'] : undefined;
  return { key, rank: sectionRank(inValue) };
}

function sourceOf(node: unknown, text: string): string {
  const range = (node as { range?: [number, number, number] } | null)?.range;
  return range ? text.slice(range[0], range[1]) : '';
}

/** Each entry left after a larger one is there because of an edge from that one (see orderEntries). */
function reportHeldBack(
  file: string,
  lines: LineIndex,
  keys: EntryKey[],
  order: number[],
  edges: OrderEdge[],
  entryOffsets: number[],
  diagnostics: DiagnosticBag,
): void {
  const reasons = new Map<string, string>();
  for (const e of edges) reasons.set(`${e.from}>${e.to}`, e.reason);
  for (let slot = 1; slot < order.length; slot++) {
    const prev = order[slot - 1]!;
    const cur = order[slot]!;
    if (compareEntries(keys[cur]!, keys[prev]!) >= 0) continue;
    const why = reasons.get(`${prev}>${cur}`) ?? 'moving it would change what YAML anchors refer to';
    const start = lines.point(entryOffsets[cur]!);
    const end = lines.point(entryOffsets[cur]! + Math.min(keys[cur]!.key.length, 200));
    diagnostics.report(
      SORT_RULE,
      'warn',
      `\`${keys[cur]!.key}\` belongs before \`${keys[prev]!.key}\` but was left after it: ${why}.`,
      { file, start, end },
    );
  }
}
