/** The renderer: resolved document → hast, matching Sphinx 5.3's HTML5 writer and os-api-ref's markup. */
import type { ElementContent, Root } from 'hast';
import type { DocBlock, Page } from '../document/nodes.js';
import { renderBlockList } from './blocks/index.js';
import type { RenderContext } from './context.js';

export type { RenderContext } from './context.js';
export { highlight } from './highlight/index.js';
export { localToc } from './toc.js';
export { renderInlines } from './inline.js';

export function renderBlocks(nodes: DocBlock[], ctx: RenderContext): ElementContent[] {
  return renderBlockList(nodes, { ctx, compactSimple: false, sectionDepth: 0 });
}

/** The main content of a page (what goes inside the `role="main"` element). */
export function renderPage(page: Page, ctx: RenderContext): Root {
  return { type: 'root', children: renderBlocks(page.children, ctx) };
}
