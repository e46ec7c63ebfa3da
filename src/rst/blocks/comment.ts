/** Comments: `..` followed by anything that is not another explicit construct, with its indented block. */
import { spanOf, trimEndBlank } from '../lines.js';
import type { Comment } from '../syntax.js';
import type { ExplicitResult } from './explicit.js';
import { firstKnownIndented } from './indented.js';
import type { BodyState } from './state.js';

export function comment(st: BodyState, markerEnd: number): ExplicitResult {
  const line = st.lines[st.i]!;
  const next = st.lines[st.i + 1];
  if (next !== undefined && !next.text.length && !line.text.slice(markerEnd).trim()) {
    // "A tiny but practical wart" (docutils): an empty comment does not swallow the indented block after it.
    st.i++;
    return { nodes: [{ type: 'comment', value: '', position: spanOf(line) }], blankFinish: true };
  }
  const b = firstKnownIndented(st.lines, st.i, markerEnd);
  st.i = b.end;
  const lines = trimEndBlank(b.lines);
  const node: Comment = {
    type: 'comment',
    value: lines.map((l) => l.text).join('\n'),
    position: spanOf(line, lines[lines.length - 1] ?? line),
  };
  return { nodes: [node], blankFinish: b.blankFinish };
}
