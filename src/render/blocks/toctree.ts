/** The visible toctree: `div.toctree-wrapper.compound` with one `li.toctree-l1` per entry; hidden ones render nothing. */
import type { ElementContent } from 'hast';
import type { Toctree } from '../../document/nodes.js';
import type { BlockState } from '../context.js';
import { h, text } from '../hast.js';
import { renderInlines } from '../inline.js';

export function renderToctree(node: Toctree, st: BlockState): ElementContent[] {
  if (node.hidden) return [];
  const children: ElementContent[] = [text('\n')];
  if (node.caption) {
    children.push(h('p', { className: ['caption'], role: 'heading' }, [h('span', { className: ['caption-text'] }, [text(node.caption)])]), text('\n'));
  }
  const items: ElementContent[] = [text('\n')];
  for (const e of node.entries) {
    const internal = !/^[a-z][a-z0-9+.-]*:/i.test(e.href);
    const a = h('a', { className: ['reference', internal ? 'internal' : 'external'], href: e.href }, renderInlines(e.title, st.ctx));
    items.push(h('li', { className: ['toctree-l1'] }, [a]), text('\n'));
  }
  children.push(h('ul', {}, items), text('\n'));
  return [h('div', { className: ['toctree-wrapper', 'compound'] }, children)];
}
