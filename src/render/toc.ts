/**
 * Sphinx's local table of contents: nested `<ul>` of the page's section titles linking to their ids; the page
 * title links to `#`. Operations are sections too and appear by their title.
 */
import type { Element, ElementContent } from 'hast';
import type { DocBlock, DocInline, Page } from '../document/nodes.js';
import { h, text } from './hast.js';
import { inlineText } from './text-content.js';

interface Entry { id: string; title: DocInline[]; children: Entry[] }

function collect(blocks: DocBlock[]): Entry[] {
  const out: Entry[] = [];
  for (const b of blocks) {
    if (b.type === 'section') out.push({ id: b.ids[0] ?? '', title: b.title, children: collect(b.children) });
    // An operation's detail sections (Request, Response, ...) repeat on every operation: the table of contents
    // lists operations by title and stops there.
    else if (b.type === 'operation') out.push({ id: b.anchor, title: b.title, children: [] });
  }
  return out;
}

function list(entries: Entry[], depth: number, maxDepth: number, top: boolean): Element {
  const items: ElementContent[] = [text('\n')];
  for (const e of entries) {
    const href = top ? '#' : `#${e.id}`;
    const li: ElementContent[] = [h('a', { className: ['reference', 'internal'], href }, [text(inlineText(e.title))])];
    if (e.children.length && depth < maxDepth) li.push(list(e.children, depth + 1, maxDepth, false), text('\n'));
    items.push(h('li', {}, li), text('\n'));
  }
  return h('ul', {}, items);
}

export function localToc(page: Page, maxDepth?: number): Element | null {
  const entries = collect(page.children);
  if (entries.length === 0) return null;
  const limit = maxDepth ?? page.tocdepth ?? Number.POSITIVE_INFINITY;
  if (limit < 1) return null;
  // Only the first top-level section is the page title (linked as `#`); others are listed beside it.
  const [first, ...rest] = entries;
  const ul = list([first!], 1, limit, true);
  if (rest.length) {
    const more = list(rest, 1, limit, false);
    ul.children.push(...more.children.slice(1));
  }
  return ul;
}
