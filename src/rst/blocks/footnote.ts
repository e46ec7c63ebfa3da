/** Footnotes (`.. [1]`, `.. [#]`, `.. [#label]`, `.. [*]`) and citations (`.. [CIT2002]`). */
import { joinSpans, spanOf, trimEndBlank } from '../lines.js';
import type { Citation, Footnote } from '../syntax.js';
import type { ExplicitResult } from './explicit.js';
import { firstKnownIndented } from './indented.js';
import { parseNested } from './nested.js';
import { simplename } from './patterns.js';
import type { BodyState } from './state.js';

export const footnoteRe = new RegExp(`^\\.\\. +\\[([0-9]+|#|#${simplename}|\\*)\\]( +|$)`, 'u');
export const citationRe = new RegExp(`^\\.\\. +\\[(${simplename})\\]( +|$)`, 'u');

function noteLike(st: BodyState, m: RegExpExecArray): { label: string; children: Footnote['children']; position: Footnote['position']; blankFinish: boolean } {
  const line = st.lines[st.i]!;
  const b = firstKnownIndented(st.lines, st.i, m[0].length);
  st.i = b.end;
  const body = trimEndBlank(b.lines);
  const children = body.length ? parseNested(st.ctx, b.lines) : [];
  const position = body.length ? joinSpans(spanOf(line), spanOf(body[body.length - 1]!)) : spanOf(line);
  return { label: m[1]!, children, position, blankFinish: b.blankFinish };
}

export function footnote(st: BodyState, m: RegExpExecArray): ExplicitResult {
  const r = noteLike(st, m);
  const node: Footnote = { type: 'footnote', label: r.label, children: r.children, position: r.position };
  return { nodes: [node], blankFinish: r.blankFinish };
}

export function citation(st: BodyState, m: RegExpExecArray): ExplicitResult {
  const r = noteLike(st, m);
  const node: Citation = { type: 'citation', label: r.label, children: r.children, position: r.position };
  return { nodes: [node], blankFinish: r.blankFinish };
}
