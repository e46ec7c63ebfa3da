/** docutils' "X ends without a blank line; unexpected unindent." warning, placed on the line after the block. */
import { spanOf } from '../lines.js';
import { report } from './context.js';
import type { BodyState } from './state.js';

export function unindentWarning(st: BodyState, what: string): void {
  const at = st.lines[st.i] ?? st.lines[st.lines.length - 1];
  if (at) report(st.ctx, 'WARNING', `${what} ends without a blank line; unexpected unindent.`, spanOf(at));
}
