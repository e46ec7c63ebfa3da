/**
 * Line blocks: `| text` lines, continuation lines indented; nesting follows each line's indentation after
 * the bar, as docutils' nest_line_block_segment.
 */
import { joinSpans, spanOf } from '../lines.js';
import { parseInline } from '../inline.js';
import type { LineBlock, LineBlockLine } from '../syntax.js';
import { report } from './context.js';
import { firstKnownIndented } from './indented.js';
import { lineBlockRe } from './patterns.js';
import { emit, type BodyState } from './state.js';

interface Entry {
  line: LineBlockLine;
  indent: number | null;
}

export function lineBlock(st: BodyState): boolean {
  let m = lineBlockRe.exec(st.lines[st.i]!.text);
  if (!m) return false;
  const first = st.i;
  const firstLine = st.lines[first]!;
  const entries: Entry[] = [];
  let blankFinish = false;
  while (m) {
    const line = st.lines[st.i]!;
    const b = firstKnownIndented(st.lines, st.i, m[0].length, { untilBlank: true });
    st.i = b.end;
    blankFinish = b.blankFinish;
    const node: LineBlockLine = {
      type: 'line',
      children: b.lines.length ? parseInline(b.lines, st.ctx.diagnostics) : [],
      position: spanOf(line, b.lines[b.lines.length - 1] ?? line),
    };
    entries.push({ line: node, indent: line.text.length > 1 ? m[1]!.length - 1 : null });
    if (blankFinish) break;
    const t = st.lines[st.i];
    m = t && !st.ctx.includeEnds.has(t) ? lineBlockRe.exec(t.text) : null;
  }
  // docutils places this warning on the line after the block's first line, whatever the block's length.
  if (!blankFinish) report(st.ctx, 'WARNING', 'Line block ends without a blank line.', spanOf(st.lines[first + 1] ?? firstLine));
  if (entries[0]!.indent === null) entries[0]!.indent = 0;
  for (let k = 1; k < entries.length; k++) if (entries[k]!.indent === null) entries[k]!.indent = entries[k - 1]!.indent;
  emit(st, nest(entries as { line: LineBlockLine; indent: number }[]));
  return true;
}

/** Lines indented more than the least indented ones form nested line blocks (iterative: no deep recursion). */
function nest(entries: { line: LineBlockLine; indent: number }[]): LineBlock {
  const root: LineBlock = { type: 'lineBlock', children: [], position: entries[0]!.line.position };
  // Stack of open blocks with the indentation of their lines.
  const stack: { block: LineBlock; indent: number }[] = [];
  let least = Infinity;
  for (const e of entries) least = Math.min(least, e.indent);
  stack.push({ block: root, indent: least });
  for (const e of entries) {
    while (stack.length > 1 && e.indent < stack[stack.length - 1]!.indent) {
      const popped = stack.pop()!;
      const parent = stack[stack.length - 1]!;
      if (e.indent > parent.indent) {
        // The popped block was only the deeper part of a block indented like `e`: wrap it.
        const wrapper: LineBlock = { type: 'lineBlock', children: [popped.block], position: popped.block.position };
        parent.block.children[parent.block.children.length - 1] = wrapper;
        stack.push({ block: wrapper, indent: e.indent });
        break;
      }
    }
    let top = stack[stack.length - 1]!;
    if (e.indent > top.indent) {
      const block: LineBlock = { type: 'lineBlock', children: [], position: e.line.position };
      top.block.children.push(block);
      stack.push({ block, indent: e.indent });
      top = stack[stack.length - 1]!;
    }
    top.block.children.push(e.line);
  }
  fixPositions(root);
  return root;
}

function fixPositions(block: LineBlock): void {
  for (const c of block.children) if (c.type === 'lineBlock') fixPositions(c);
  const first = block.children[0];
  const last = block.children[block.children.length - 1];
  if (first && last) block.position = joinSpans(first.position, last.position);
}
