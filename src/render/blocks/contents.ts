/**
 * `.. contents::` as Sphinx's HTML5 writer draws it: `<nav class="contents" id>` with the title as topic-title and
 * a compact list of links, each entry with the id its section heading links back to.
 */
import type { Element, ElementContent } from 'hast';
import type { ContentsEntry, DocContents } from '../../document/nodes.js';
import type { BlockState } from '../context.js';
import { h, text } from '../hast.js';
import { renderInlines } from '../inline.js';

export function renderContents(node: DocContents, st: BlockState): ElementContent[] {
  const children: ElementContent[] = [text('\n')];
  if (node.title.length) children.push(h('p', { className: ['topic-title'] }, renderInlines(node.title, st.ctx)), text('\n'));
  if (node.entries.length) children.push(list(node.entries, node.autoToc, true, st), text('\n'));
  const classes = ['contents', ...(node.local ? ['local'] : [])];
  return [h('nav', { className: classes, id: node.id }, children)];
}

function list(entries: ContentsEntry[], autoToc: boolean, outer: boolean, st: BlockState): Element {
  const items: ElementContent[] = [text('\n')];
  for (const e of entries) {
    const link = h('a', { className: ['reference', 'internal'], href: `#${e.refid}`, id: e.id }, renderInlines(e.title, st.ctx));
    const li: ElementContent[] = [h('p', {}, [link])];
    if (e.children.length) li.push(text('\n'), list(e.children, autoToc, false, st), text('\n'));
    items.push(h('li', {}, li), text('\n'));
  }
  // docutils marks a list auto-toc when its sections are numbered (`.. sectnum::` may stop at a depth).
  const numbered = autoToc && entries.some((e) => e.title[0]?.type === 'sectnum');
  const className = [...(numbered ? ['auto-toc'] : []), ...(outer ? ['simple'] : [])];
  return h('ul', className.length ? { className } : {}, items);
}
