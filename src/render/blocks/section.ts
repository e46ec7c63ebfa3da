/** Sections: `<section id>` with the extra ids as empty spans before the heading, and Sphinx's permalink. */
import { appendAll } from '../../util/arrays.js';
import type { Element, ElementContent } from 'hast';
import type { DocInline, DocSection } from '../../document/nodes.js';
import type { BlockState } from '../context.js';
import { h, text } from '../hast.js';
import { renderInlines } from '../inline.js';
import { renderBlockList } from './index.js';

export function headingTag(depth: number): string {
  return `h${Math.min(Math.max(depth, 1), 6)}`;
}

export function headerlink(id: string): Element {
  return h('a', { className: ['headerlink'], href: `#${id}`, title: 'Permalink to this heading' }, [text('\u00b6')]);
}

/** `<hN>title<a class="headerlink">¶</a></hN>`; no permalink when the section has no id. */
export function renderHeading(depth: number, title: DocInline[], id: string | undefined, st: BlockState, backref?: string): Element {
  const inner = renderInlines(title, st.ctx);
  // A heading listed by `.. contents::` links back to its entry (docutils' toc_backlinks).
  const children: ElementContent[] = backref ? [h('a', { className: ['toc-backref'], href: `#${backref}`, role: 'doc-backlink' }, inner)] : inner;
  if (id) children.push(headerlink(id));
  return h(headingTag(depth), {}, children);
}

export function renderSection(node: DocSection, st: BlockState): Element {
  const [id, ...extra] = node.ids;
  const children: ElementContent[] = [text('\n')];
  for (const x of extra) children.push(h('span', { id: x }));
  children.push(renderHeading(node.depth, node.title, id, st, node.backref), text('\n'));
  appendAll(children, renderBlockList(node.children, { ...st, compactSimple: false, sectionDepth: node.depth }));
  return h('section', id ? { id } : {}, children);
}
