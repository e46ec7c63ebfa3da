/** Doctest blocks: `>>>` up to the next blank line, kept verbatim. */
import { spanOf } from '../lines.js';
import type { DoctestBlock } from '../syntax.js';
import { textBlock } from './indented.js';
import { doctestRe } from './patterns.js';
import { emit, type BodyState } from './state.js';

export function doctestBlock(st: BodyState): boolean {
  if (!doctestRe.test(st.lines[st.i]!.text)) return false;
  const tb = textBlock(st.lines, st.i, false);
  st.i = tb.end;
  const node: DoctestBlock = {
    type: 'doctestBlock',
    value: tb.lines.map((l) => l.text).join('\n'),
    position: spanOf(tb.lines[0]!, tb.lines[tb.lines.length - 1]!),
  };
  emit(st, node);
  return true;
}
