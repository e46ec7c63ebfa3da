/** code-block, literalinclude and `::` blocks: `div.highlight-LANG.notranslate > div.highlight > pre`. */
import type { Element, ElementContent } from 'hast';
import type { CodeBlock } from '../document/nodes.js';
import type { RenderContext } from './context.js';
import { h, text } from './hast.js';
import { highlight, stripsNewlines } from './highlight/index.js';
import { renderInlines } from './inline.js';

/** Pygments ends the highlighted text with a newline; the leading empty span is its HtmlFormatter's. */
function highlighted(language: string, value: string, emphasize: number[] = []): Element {
  const trimmed = stripsNewlines(language) ? value.replace(/^\n+/, '').replace(/\n+$/, '') : value;
  const code = trimmed.endsWith('\n') ? trimmed : `${trimmed}\n`;
  // tabindex: a sample wider than the page scrolls sideways, and keyboard users must be able to scroll it.
  const pre = h('pre', { tabIndex: 0 }, [h('span'), ...highlight(language, code, emphasize)]);
  return h('div', { className: [`highlight-${language}`, 'notranslate'] }, [h('div', { className: ['highlight'] }, [pre]), text('\n')]);
}

export function renderLiteralBlock(value: string, language: string): Element {
  return highlighted(language, value);
}

export function renderCodeBlock(node: CodeBlock, ctx: RenderContext): Element {
  const block = highlighted(node.language || 'default', node.value, node.emphasize);
  if (!node.caption) return block;
  const captionContent: ElementContent[] = [h('span', { className: ['caption-text'] }, renderInlines(node.caption, ctx))];
  if (node.id) captionContent.push(h('a', { className: ['headerlink'], href: `#${node.id}`, title: 'Permalink to this code' }, [text('\u00b6')]));
  const caption = h('div', { className: ['code-block-caption'] }, captionContent);
  const children: ElementContent[] = [text('\n'), caption, text('\n'), block, text('\n')];
  const className = ['literal-block-wrapper', 'docutils', 'container'];
  return h('div', node.id ? { className, id: node.id } : { className }, children);
}
