/**
 * The content of rest_parameters and rest_status_code is a YAML list (`- name: key`, `- 200`, `- 409: reason`).
 * This reads it with positions mapped back into the .inc file, and reports what os-api-ref would crash on.
 */
import { isMap, isScalar, isSeq, parseDocument, type Node as YamlNode } from 'yaml';
import type { Span } from '../diagnostics/diagnostic.js';
import type * as S from '../rst/syntax.js';
import type { DirectiveContext } from './types.js';
import { linesSpan, spanInLines } from './types.js';

export interface DirectiveListItem {
  /** `name` of `- name: value`, or the scalar of `- 200`. */
  key: string;
  /** `value` of `- name: value`; null for a plain scalar item. */
  value: string | null;
  span: Span;
}

/** Reads `- key: value` / `- key` items; anything else is reported (with `what` naming the directive) and skipped. */
export function readDirectiveList(node: S.Directive, ctx: DirectiveContext, what: string): DirectiveListItem[] {
  const lines = node.content;
  const simple = readSimpleList(lines);
  if (simple) return simple;
  const text = lines.map((l) => l.text).join('\n');
  if (!text.trim()) return [];
  const span = (n: { range?: [number, number, number] | null } | null | undefined) =>
    n?.range ? spanInLines(lines, n.range[0], n.range[1], linesSpan(lines, node.position)) : linesSpan(lines, node.position);
  let doc;
  try {
    doc = parseDocument(text, { schema: 'failsafe', uniqueKeys: false });
  } catch (err) {
    ctx.diagnostics.report('directive-yaml', 'error', `${what}: the list could not be read (${String(err)}).`, linesSpan(lines, node.position));
    return [];
  }
  if (doc.errors.length) {
    for (const e of doc.errors) {
      ctx.diagnostics.report(
        'directive-yaml',
        'error',
        // The library's own " at line L, column C" counts from the directive's content; the diagnostic has the real place.
        `${what}: invalid YAML in the directive's list: ${e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?\s*$/, '')}`,
        spanInLines(lines, e.pos[0], e.pos[1], node.position),
      );
    }
    return [];
  }
  const root = doc.contents as YamlNode | null;
  if (!isSeq(root)) {
    ctx.diagnostics.report('directive-yaml', 'error', `${what}: the content must be a YAML list of \`- name: reference\` items.`, span(root));
    return [];
  }
  const items: DirectiveListItem[] = [];
  for (const item of root.items as YamlNode[]) {
    if (isScalar(item)) {
      items.push({ key: String(item.value ?? ''), value: null, span: span(item) });
      continue;
    }
    // os-api-ref reads every pair of a mapping item: `- a: x` plus an indented `b: y` line gives two rows.
    if (isMap(item) && item.items.length >= 1) {
      const pairs = item.items.map((pair) => [pair.key as YamlNode | null, pair.value as YamlNode | null] as const);
      if (pairs.every(([k, v]) => isScalar(k) && (v === null || isScalar(v)))) {
        for (const [k, v] of pairs) {
          const at = item.items.length === 1 ? item : (k as YamlNode);
          items.push({ key: String((k as { value?: unknown }).value ?? ''), value: v === null ? '' : String((v as { value?: unknown }).value ?? ''), span: span(at as { range?: [number, number, number] }) });
        }
        continue;
      }
    }
    ctx.diagnostics.report(
      'invalid-list-item',
      'error',
      `${what}: invalid item \`\`${String(item?.toString?.() ?? item).trim()}\`\`. Expected format: \`\`name: reference\`\`. Skipping.`,
      span(item as { range?: [number, number, number] }),
    );
  }
  return items;
}

/** A plain `- key: value` / `- key` line, with nothing YAML would read differently (quotes, comments, flow, tags...). */
const SIMPLE_ITEM = /^-[ ]+([^\s'"#&*!|>{}[\]%@`,?:-][^#]*)$/;

/**
 * The fast path: nearly every real list is plain `- name: reference` lines, which need no YAML parser. Returns
 * null as soon as a line is anything else, so the YAML parser reads (and reports on) the whole list.
 */
function readSimpleList(lines: S.Line[]): DirectiveListItem[] | null {
  const items: DirectiveListItem[] = [];
  for (const line of lines) {
    const t = line.text.trimEnd();
    if (!t) continue;
    const m = SIMPLE_ITEM.exec(t);
    if (!m) return null;
    const body = m[1]!;
    const sep = body.indexOf(': ');
    let key: string;
    let value: string | null;
    if (sep < 0) {
      if (body.endsWith(':')) {
        key = body.slice(0, -1);
        value = '';
      } else {
        key = body;
        value = null;
      }
    } else {
      key = body.slice(0, sep).trimEnd();
      value = body.slice(sep + 2).trim();
      // A second ': ' is a YAML error, and a value that starts like YAML syntax needs the real parser.
      if (value.includes(': ') || /^['"&*!|>{[%@`#]/.test(value) || value.endsWith(':')) return null;
    }
    if (!key || key.endsWith(' ') || key.includes(': ')) return null;
    const start = line.text.length - line.text.trimStart().length;
    const pos = (col: number) => ({ line: line.line, column: line.column + col, offset: line.offset + col });
    items.push({ key, value, span: { file: line.file, start: pos(start), end: pos(t.length) } });
  }
  return items;
}
