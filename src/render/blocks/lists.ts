/** Bullet, enumerated, definition and field lists. */
import type { Element, ElementContent } from 'hast';
import type { DocBulletList, DocDefinitionList, DocEnumeratedList, DocFieldList, DocListItem } from '../../document/nodes.js';
import type { BlockState } from '../context.js';
import { h, text } from '../hast.js';
import { renderInlines } from '../inline.js';
import { renderBlockList } from './index.js';
import { isSimpleList } from './simple-list.js';

/** `marked`: whether a bullet list above already carries `simple` (docutils tracks that for bullet lists only). */
function renderItems(items: DocListItem[], st: BlockState, compact: boolean, marked: boolean): ElementContent[] {
  const out: ElementContent[] = [text('\n')];
  for (const item of items) {
    out.push(h('li', {}, renderBlockList(item.children, { ...st, compactSimple: marked }, compact)), text('\n'));
  }
  return out;
}

export function renderBulletList(node: DocBulletList, st: BlockState): Element {
  const compact = st.compactSimple || isSimpleList(node);
  // Only the outermost compact list is marked: a nested one inherits compactness silently.
  const props = compact && !st.compactSimple ? { className: ['simple'] } : {};
  return h('ul', props, renderItems(node.children, st, compact, compact));
}

export function renderEnumeratedList(node: DocEnumeratedList, st: BlockState): Element {
  // docutils marks every simple enumerated list, nested or not, and does not pass its compactness down to the
  // bullet lists inside it (only a bullet list does that).
  const simple = isSimpleList(node);
  const compact = st.compactSimple || simple;
  const className: string[] = [node.enumtype];
  if (simple) className.push('simple');
  const props: Record<string, unknown> = { className };
  if (node.start !== 1) props.start = node.start;
  return h('ol', props as Element['properties'], renderItems(node.children, st, compact, st.compactSimple));
}

export function renderDefinitionList(node: DocDefinitionList, st: BlockState): Element {
  const props = isSimpleList(node) ? { className: ['simple'] } : {};
  const children: ElementContent[] = [text('\n')];
  const inner = { ...st, compactSimple: false };
  for (const item of node.children) {
    const dt: ElementContent[] = renderInlines(item.term, st.ctx);
    for (const c of item.classifiers) dt.push(h('span', { className: ['classifier'] }, renderInlines(c, st.ctx)));
    children.push(h('dt', {}, dt), h('dd', {}, renderBlockList(item.children, inner)), text('\n'));
  }
  return h('dl', props, children);
}

export function renderFieldList(node: DocFieldList, st: BlockState): Element {
  const className = ['field-list'];
  if (isSimpleList(node)) className.push('simple');
  const children: ElementContent[] = [text('\n')];
  const inner = { ...st, compactSimple: false };
  node.children.forEach((field, i) => {
    const parity = i % 2 === 0 ? 'field-odd' : 'field-even';
    const name = [...renderInlines(field.name, st.ctx), h('span', { className: ['colon'] }, [text(':')])];
    children.push(h('dt', { className: [parity] }, name), text('\n'));
    children.push(h('dd', { className: [parity] }, renderBlockList(field.children, inner)), text('\n'));
  });
  return h('dl', { className }, children);
}
