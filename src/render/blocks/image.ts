/** image and figure, as Sphinx 5.3's HTML5 writer: `<img>` (linked when resized or given a :target:), `<figure>`. */
import type { Element, ElementContent, Properties } from 'hast';
import type { DocFigure, DocImage } from '../../document/nodes.js';
import type { BlockState } from '../context.js';
import { h, text } from '../hast.js';
import { renderInlines } from '../inline.js';
import { renderBlockList } from './index.js';

/** `inline`: an image in running text (a substitution); docutils marks only a block image's link `image-reference`. */
export function renderImage(node: DocImage, inline = false): Element {
  const props: Properties = { alt: node.alt };
  if (node.align) props.className = [`align-${node.align}`];
  props.src = node.src;
  if (node.style) props.style = node.style;
  const img = h('img', props);
  if (!node.target) return img;
  const className = ['reference', node.target.internal ? 'internal' : 'external', ...(inline ? [] : ['image-reference'])];
  return h('a', { className, href: node.target.href }, [img]);
}

export function renderFigure(node: DocFigure, st: BlockState): Element {
  const props: Properties = { className: [...node.classes, `align-${node.align ?? 'default'}`] };
  if (node.id) props.id = node.id;
  const children: ElementContent[] = [text('\n'), renderImage(node.image), text('\n')];
  const inner: ElementContent[] = [text('\n')];
  if (node.caption) {
    const caption: ElementContent[] = [h('span', { className: ['caption-text'] }, renderInlines(node.caption, st.ctx))];
    if (node.id) caption.push(h('a', { className: ['headerlink'], href: `#${node.id}`, title: 'Permalink to this image' }, [text('\u00b6')]));
    inner.push(h('p', {}, caption), text('\n'));
  }
  if (node.legend.length) {
    inner.push(h('div', { className: ['legend'] }, [text('\n'), ...renderBlockList(node.legend, { ...st, compactSimple: false })]), text('\n'));
  }
  if (inner.length > 1) children.push(h('figcaption', {}, inner), text('\n'));
  return h('figure', props, children);
}
