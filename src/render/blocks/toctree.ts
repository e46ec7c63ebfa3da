/**
 * The visible toctree: `div.toctree-wrapper.compound` with one `li.toctree-l1` per entry, the entry's sections
 * nested under it (`li.toctree-l2`, ...) down to `:maxdepth:`, and the target's further top-level sections as
 * `toctree-l1` items beside it, as Sphinx does. A hidden toctree leaves the wrapper, empty, as Sphinx does.
 */
import type { ElementContent } from 'hast';
import type { TocOutline, Toctree } from '../../document/nodes.js';
import type { BlockState } from '../context.js';
import { h, text } from '../hast.js';
import { renderInlines } from '../inline.js';
import { inlineText } from '../text-content.js';

export function renderToctree(node: Toctree, st: BlockState): ElementContent[] {
  // Hidden, or nothing to list (no entries, or only missing documents): Sphinx leaves the wrapper, empty.
  if (node.hidden || !node.entries.some((e) => e.title.length)) return [h('div', { className: ['toctree-wrapper', 'compound'] }, [text('\n')])];
  const children: ElementContent[] = [text('\n')];
  if (node.caption) {
    children.push(h('p', { className: ['caption'], role: 'heading' }, [h('span', { className: ['caption-text'] }, [text(node.caption)])]), text('\n'));
  }
  // maxdepth 0 or negative: no limit.
  const maxdepth = node.maxdepth > 0 ? node.maxdepth : Number.POSITIVE_INFINITY;
  const items: ElementContent[] = [text('\n')];
  for (const e of node.entries) {
    // No title: the target document is missing or has no section title, and Sphinx leaves the entry out.
    if (!e.title.length) continue;
    const internal = !/^[a-z][a-z0-9+.-]*:/i.test(e.href);
    const a = h('a', { className: ['reference', internal ? 'internal' : 'external'], href: e.href }, renderInlines(e.title, st.ctx));
    items.push(item(a, e.children, 1, maxdepth), text('\n'));
    for (const s of e.siblings) items.push(outlineItem(s, 1, maxdepth), text('\n'));
  }
  children.push(h('ul', {}, items), text('\n'));
  return [h('div', { className: ['toctree-wrapper', 'compound'] }, children)];
}

function item(a: ElementContent, sub: TocOutline[], level: number, maxdepth: number): ElementContent {
  const content: ElementContent[] = [a];
  if (sub.length && level < maxdepth) {
    const lis: ElementContent[] = [text('\n')];
    for (const s of sub) lis.push(outlineItem(s, level + 1, maxdepth), text('\n'));
    content.push(h('ul', {}, lis), text('\n'));
  }
  return h('li', { className: [`toctree-l${level}`] }, content);
}

function outlineItem(s: TocOutline, level: number, maxdepth: number): ElementContent {
  // Plain title text: a section title may hold links, and a link inside the entry's link is not valid HTML.
  return item(h('a', { className: ['reference', 'internal'], href: s.href }, [text(inlineText(s.title))]), s.children, level, maxdepth);
}

