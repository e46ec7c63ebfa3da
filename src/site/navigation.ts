/**
 * The site navigation in the sidebar: the toctree tree from the master document, as nested lists, with the
 * current page marked. Built as hast so every title is escaped.
 */
import type { Element, ElementContent } from 'hast';
import type * as D from '../document/nodes.js';
import { toctreeChildren, relativeHref } from '../resolve/site.js';
import { renderInlines } from '../render/index.js';

export function globalNav(pages: Map<string, D.Page>, master: string, current: string, maxDepth = 3): Element | null {
  const seen = new Set<string>([master]);
  const list = (docname: string, depth: number): Element | null => {
    const page = pages.get(docname);
    if (!page || depth > maxDepth) return null;
    const items: ElementContent[] = [];
    for (const child of toctreeChildren(page)) {
      if (seen.has(child)) continue;
      seen.add(child);
      const target = pages.get(child);
      // A document without a section title has no entry in Sphinx's navigation either.
      if (!target || !target.titleInline.length) continue;
      const a: Element = {
        type: 'element',
        tagName: 'a',
        properties: { href: relativeHref(current, child), ...(child === current ? { ariaCurrent: 'page' } : {}) },
        children: target.titleInline.length ? renderInlines(stripLinks(target.titleInline), { allowRaw: false }) : [{ type: 'text', value: target.title }],
      };
      const sub = list(child, depth + 1);
      items.push({ type: 'element', tagName: 'li', properties: child === current ? { className: ['current'] } : {}, children: sub ? [a, sub] : [a] });
    }
    return items.length ? { type: 'element', tagName: 'ul', properties: {}, children: items } : null;
  };
  return list(master, 1);
}

/** Titles in navigation must not nest links. */
function stripLinks(nodes: D.DocInline[]): D.DocInline[] {
  return nodes.map((n) => (n.type === 'link' ? { type: 'unresolved', children: stripLinks(n.children), position: n.position } : n));
}
