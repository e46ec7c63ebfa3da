/**
 * `.. image:: pics/a.png` and `.. figure::` (an image, its caption: the first paragraph of the content, and a
 * legend: the rest), as Sphinx 5.3 writes them. A local file is resolved like a literalinclude (relative to the
 * top-level document, `/x` from the source directory), must lie inside the project root, and is copied to
 * `_images/` under its name (a1.png for a second a.png, as Sphinx names them); the `src` is relative to the page.
 * A file that cannot be read keeps its path from the source directory as `src`, with a warning, as Sphinx does.
 * Remote images are linked.
 */
import path from 'node:path';
import type * as D from '../document/nodes.js';
import type * as S from '../rst/syntax.js';
import type { DirectiveContext, DirectiveHandler } from './types.js';
import { option } from './types.js';
import { scriptScheme } from '../resolve/links.js';
import { makeId } from '../document/ids.js';

const REMOTE = /^[a-z][a-z0-9+.-]*:/i;

export function image(node: S.Directive, ctx: DirectiveContext): D.DocImage {
  const written = node.argument.replace(/\s+/g, '');
  let src = written;
  let copied = false;
  const scheme = scriptScheme(written);
  if (scheme) {
    // A script URI would run in the reader's browser: never put it in the page.
    ctx.diagnostics.report('unsafe-link', 'error', `A ${scheme}: image address is not used: it could run code in the reader's browser.`, node.position);
    src = '';
  } else if (written && !REMOTE.test(written)) {
    const file = ctx.resolvePath(written);
    ctx.dependsOn(file);
    if (ctx.files.isInsideRoot(file) && ctx.files.exists(file)) {
      const depth = ctx.docname.split('/').length - 1;
      src = `${'../'.repeat(depth)}_images/${ctx.data.imageName(file)}`;
      copied = true;
    } else {
      ctx.diagnostics.report('image-not-found', 'warn', `image file not readable: ${written}`, node.position);
      // Sphinx leaves a missing image at its path from the source directory (`/_static/x.png` → `_static/x.png`).
      src = path.relative(ctx.config.sourceDir, file).split(path.sep).join('/');
    }
  }
  const styles: string[] = [];
  const width = option(node, 'width');
  const height = option(node, 'height');
  const scale = option(node, 'scale');
  if (width) styles.push(`width: ${/^\d+(\.\d+)?$/.test(width) ? `${width}px` : width};`);
  if (height) styles.push(`height: ${/^\d+(\.\d+)?$/.test(height) ? `${height}px` : height};`);
  let targetOpt = option(node, 'target')?.replace(/\s+/g, '');
  const targetScheme = targetOpt ? scriptScheme(targetOpt) : null;
  if (targetScheme) {
    ctx.diagnostics.report('unsafe-link', 'error', `A ${targetScheme}: link is not rendered as a link: it would run code in the reader's browser.`, node.position);
    targetOpt = undefined;
  }
  // Sphinx links a resized local image to its full-size file.
  const target = targetOpt ? { href: targetOpt, internal: false } : (width || height || scale) && copied ? { href: src, internal: true } : null;
  return {
    type: 'image',
    src,
    alt: option(node, 'alt') ?? src,
    style: styles.length ? styles.join(' ') : null,
    align: option(node, 'align') ?? null,
    target,
    position: node.position,
  };
}

export const imageDirective: DirectiveHandler = {
  names: ['image'],
  run(node, ctx) {
    if (!node.argument.trim()) {
      ctx.diagnostics.report('directive-syntax', 'error', 'image needs the image file or URL: `.. image:: pics/diagram.png`.', node.position);
      return [];
    }
    return [image(node, ctx)];
  },
};

export const figureDirective: DirectiveHandler = {
  names: ['figure'],
  run(node, ctx) {
    if (!node.argument.trim()) {
      ctx.diagnostics.report('directive-syntax', 'error', 'figure needs the image file or URL: `.. figure:: pics/diagram.png`.', node.position);
      return [];
    }
    const img = image(node, ctx);
    // The figure's align is its own; the image inside is not aligned again.
    const align = img.align;
    const blocks = node.content.length ? ctx.resolveBlocks(node.content) : [];
    const [first, ...rest] = blocks;
    const caption = first?.type === 'paragraph' ? first.children : null;
    const legend = caption ? rest : blocks;
    const classes = (option(node, 'figclass') ?? '').split(/\s+/).map(makeId).filter(Boolean);
    return [{ type: 'figure', image: { ...img, align: null }, classes, caption, legend, align, position: node.position }];
  },
};
