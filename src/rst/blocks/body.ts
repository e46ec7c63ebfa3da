/**
 * docutils' Body state: at each non-blank line, try the constructs in docutils' order; plain text last.
 */
import { blockQuote } from './block-quote.js';
import { bulletList } from './bullet-list.js';
import { doctestBlock } from './doctest.js';
import { enumeratedList } from './enumerated-list.js';
import { anonymousTarget, explicitMarkup } from './explicit.js';
import { fieldList } from './field-list.js';
import { lineBlock } from './line-block.js';
import { textLine } from './paragraph.js';
import { adornmentLine } from './section.js';
import type { BodyState, Construct } from './state.js';
import { gridTable, simpleTable } from './table.js';

const constructs: Construct[] = [
  bulletList,
  enumeratedList,
  fieldList,
  doctestBlock,
  lineBlock,
  gridTable,
  simpleTable,
  explicitMarkup,
  anonymousTarget,
  adornmentLine,
  textLine,
];

export function runBody(st: BodyState): void {
  while (st.i < st.lines.length) {
    const line = st.lines[st.i]!;
    if (st.ctx.includeEnds.has(line)) {
      if (st.ctx.includeStack.length > 1) st.ctx.includeStack.pop();
      st.i++;
      continue;
    }
    if (!line.text.length) {
      st.i++;
      continue;
    }
    const before = st.i;
    if (line.text.charCodeAt(0) === 32) blockQuote(st);
    else for (const construct of constructs) if (construct(st)) break;
    // Every construct consumes at least its first line; this keeps a bug from becoming a hang.
    if (st.i <= before) st.i = before + 1;
  }
}
