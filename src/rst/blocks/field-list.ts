/** Field lists: `:name: body`, the body continuing on indented lines. */
import { joinSpans, spanOf } from '../lines.js';
import { parseInline } from '../inline.js';
import type { Field, FieldBody, FieldList, FieldName, Line } from '../syntax.js';
import { nextNonBlank } from './bullet-list.js';
import { firstKnownIndented } from './indented.js';
import { parseNested } from './nested.js';
import { matchFieldMarker } from './patterns.js';
import { emit, type BodyState } from './state.js';
import { unindentWarning } from './unindent.js';

export function fieldList(st: BodyState): boolean {
  let m = matchFieldMarker(st.lines[st.i]!.text);
  if (!m) return false;
  const list: FieldList = { type: 'fieldList', children: [], position: spanOf(st.lines[st.i]!) };
  emit(st, list);
  let blankFinish = true;
  while (m) {
    const { field, blankFinish: bf } = parseField(st, m);
    list.children.push(field);
    blankFinish = bf;
    const j = nextNonBlank(st);
    const t = st.lines[j];
    m = t && !st.ctx.includeEnds.has(t) ? matchFieldMarker(t.text) : null;
    if (m) st.i = j;
  }
  list.position = joinSpans(list.position, list.children[list.children.length - 1]!.position);
  if (!blankFinish) unindentWarning(st, 'Field list');
  return true;
}

function parseField(st: BodyState, m: { name: string; end: number }): { field: Field; blankFinish: boolean } {
  const line = st.lines[st.i]!;
  const nameLine: Line = { ...line, text: m.name, column: line.column + 1, offset: line.offset + 1 };
  const b = firstKnownIndented(st.lines, st.i, m.end);
  st.i = b.end;
  const name: FieldName = { type: 'fieldName', children: parseInline([nameLine], st.ctx.diagnostics), position: spanOf(nameLine) };
  const last = lastNonBlankLine(b.lines);
  const body: FieldBody = {
    type: 'fieldBody',
    children: b.lines.length ? parseNested(st.ctx, b.lines) : [],
    position: b.lines.length && last ? spanOf(b.lines[0]!, last) : spanOf({ ...line, text: '', column: line.column + m.end, offset: line.offset + m.end }),
  };
  const field: Field = { type: 'field', children: [name, body], position: joinSpans(spanOf(line), body.position) };
  return { field, blankFinish: b.blankFinish };
}

function lastNonBlankLine(lines: Line[]): Line | undefined {
  for (let k = lines.length - 1; k >= 0; k--) if (lines[k]!.text.length) return lines[k];
  return undefined;
}
