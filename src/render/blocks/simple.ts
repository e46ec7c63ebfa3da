/** Small block nodes: paragraph, rubric, transition, block quote, line block, raw, placeholder, target anchor. */
import type { Element, ElementContent } from 'hast';
import type { DocBlockQuote, DocLine, DocLineBlock, DocParagraph, Placeholder, RawBlock, Rubric, TargetAnchor } from '../../document/nodes.js';
import type { BlockState } from '../context.js';
import { h, text } from '../hast.js';
import { renderInlines } from '../inline.js';
import { renderBlockList } from './index.js';

export function renderParagraph(node: DocParagraph, st: BlockState): Element {
  return h('p', {}, renderInlines(node.children, st.ctx));
}

export function renderRubric(node: Rubric, st: BlockState): Element {
  return h('p', { className: ['rubric'] }, renderInlines(node.children, st.ctx));
}

export function renderTransition(): Element {
  return h('hr', { className: ['docutils'] });
}

export function renderBlockQuote(node: DocBlockQuote, st: BlockState): Element {
  const inner: ElementContent[] = renderBlockList(node.children, { ...st, compactSimple: false });
  if (node.attribution) {
    inner.push(h('p', { className: ['attribution'] }, [text('\u2014'), ...renderInlines(node.attribution, st.ctx)]), text('\n'));
  }
  // Sphinx's line breaks: `<blockquote>`, a newline, then `<div>` straight into its first block.
  return h('blockquote', {}, [text('\n'), h('div', {}, inner)]);
}

export function renderLineBlock(node: DocLineBlock, st: BlockState): Element {
  const children: ElementContent[] = [text('\n')];
  for (const c of node.children) {
    children.push(c.type === 'line' ? renderLine(c, st) : renderLineBlock(c, st), text('\n'));
  }
  return h('div', { className: ['line-block'] }, children);
}

function renderLine(node: DocLine, st: BlockState): Element {
  // docutils renders an empty line as a line holding a <br />, so it keeps its height.
  if (node.children.length === 0) return h('div', { className: ['line'] }, [h('br')]);
  return h('div', { className: ['line'] }, renderInlines(node.children, st.ctx));
}

export function renderRaw(node: RawBlock, st: BlockState): ElementContent[] {
  if (st.ctx.allowRaw) {
    // Non-HTML raw content (latex, ...) is dropped by an HTML writer.
    return node.format.toLowerCase().split(/\s+/).includes('html') ? [{ type: 'raw', value: node.value } as unknown as ElementContent] : [];
  }
  return [h('div', { className: ['apiref-placeholder'], role: 'note' }, [h('pre', {}, [text(node.value)])])];
}

export function renderPlaceholder(node: Placeholder): Element {
  return h('div', { className: ['apiref-placeholder'], role: 'note' }, [text(node.text)]);
}

export function renderTargetAnchor(node: TargetAnchor): ElementContent[] {
  return node.ids.map((id) => h('span', { id }));
}
