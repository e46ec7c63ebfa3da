/** Bullet lists: items start with the same bullet character; the item body is indented past the bullet. */
import { joinSpans, spanOf } from '../lines.js';
import type { BulletList, Line, ListItem } from '../syntax.js';
import { firstKnownIndented, knownIndented, type IndentedBlock } from './indented.js';
import { parseNested } from './nested.js';
import { bulletRe } from './patterns.js';
import { emit, type BodyState } from './state.js';
import { unindentWarning } from './unindent.js';

export function bulletList(st: BodyState): boolean {
  const first = bulletRe.exec(st.lines[st.i]!.text);
  if (!first) return false;
  const bullet = st.lines[st.i]!.text[0]!;
  const list: BulletList = { type: 'bulletList', bullet, children: [], position: spanOf(st.lines[st.i]!) };
  emit(st, list);
  let m: RegExpExecArray | null = first;
  let blankFinish = true;
  while (m) {
    const { item, block } = listItem(st, m[0].length);
    list.children.push(item);
    blankFinish = block.blankFinish;
    const j = nextNonBlank(st);
    const t = st.lines[j];
    m = t && t.text[0] === bullet && !st.ctx.includeEnds.has(t) ? bulletRe.exec(t.text) : null;
    if (m) st.i = j;
  }
  list.position = joinSpans(list.position, list.children[list.children.length - 1]!.position);
  if (!blankFinish) unindentWarning(st, 'Bullet list');
  return true;
}

export function nextNonBlank(st: BodyState): number {
  let j = st.i;
  while (j < st.lines.length && !st.lines[j]!.text.length) j++;
  return j;
}

/** docutils' list_item: body from column `indent` of the marker line (or the next lines' indentation). */
export function listItem(st: BodyState, indent: number): { item: ListItem; block: IndentedBlock } {
  const line = st.lines[st.i]!;
  const block =
    line.text.length > indent ? knownIndented(st.lines, st.i, indent) : firstKnownIndented(st.lines, st.i, indent);
  st.i = block.end;
  const item: ListItem = {
    type: 'listItem',
    children: block.lines.length ? parseNested(st.ctx, block.lines) : [],
    position: spanOf(line, lastLine(block.lines) ?? line),
  };
  return { item, block };
}

function lastLine(lines: Line[]): Line | undefined {
  for (let k = lines.length - 1; k >= 0; k--) if (lines[k]!.text.length) return lines[k];
  return undefined;
}
