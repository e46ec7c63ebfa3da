/**
 * Literal blocks after a paragraph ending in `::` — indented (`get_indented`) or quoted (every line starts
 * with the same punctuation character), with docutils' warnings when neither follows.
 */
import { spanOf, trimEndBlank } from '../lines.js';
import type { Line, LiteralBlock } from '../syntax.js';
import { report } from './context.js';
import { indentedBlock } from './indented.js';
import { emit, type BodyState } from './state.js';
import { unindentWarning } from './unindent.js';

/** `st.i` is the line after the paragraph (a blank line, an indented line, or the end). */
export function literalBlock(st: BodyState): void {
  const start = st.i;
  const b = indentedBlock(st.lines, start);
  const lines = trimEndBlank(b.lines);
  if (lines.length) {
    emit(st, literalNode(lines));
    st.i = b.end;
    if (!b.blankFinish) unindentWarning(st, 'Literal block');
    return;
  }
  st.i = Math.max(start, b.end - 1);
  quotedLiteralBlock(st);
}

export function literalNode(lines: Line[]): LiteralBlock {
  return {
    type: 'literalBlock',
    value: lines.map((l) => l.text).join('\n'),
    position: spanOf(lines[0]!, lines[lines.length - 1]!),
  };
}

const quoteRe = /^[!-/:-@[-`{-~]/;

function quotedLiteralBlock(st: BodyState): void {
  const { lines } = st;
  let j = st.i;
  while (j < lines.length && !lines[j]!.text.length) j++;
  const first = lines[j];
  if (!first || !quoteRe.test(first.text)) {
    const message = 'Literal block expected; none found.';
    if (first) report(st.ctx, 'WARNING', message, spanOf(first));
    else {
      // At the end of input docutils reports the line just past the end; so do we (column 1, end offset).
      const last = lines[lines.length - 1];
      if (last) {
        const point = { line: last.line + 1, column: 1, offset: last.offset + last.text.length };
        report(st.ctx, 'WARNING', message, { file: last.file, start: point, end: point });
      }
    }
    st.i = j;
    return;
  }
  const quote = first.text[0]!;
  const block: Line[] = [first];
  let k = j + 1;
  while (k < lines.length) {
    const t = lines[k]!.text;
    if (!t.length) break;
    if (t[0] === quote) {
      block.push(lines[k]!);
      k++;
      continue;
    }
    const message = t.charCodeAt(0) === 32 ? 'Unexpected indentation.' : 'Inconsistent literal block quoting.';
    emit(st, literalNode(block));
    report(st.ctx, 'ERROR', message, spanOf(lines[k]!));
    st.i = k;
    return;
  }
  emit(st, literalNode(block));
  st.i = k;
}
