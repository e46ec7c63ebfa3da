/** Hand-built document nodes for renderer tests. */
import { toHtml } from 'hast-util-to-html';
import type * as D from '../../src/document/nodes.js';
import { renderBlocks, type RenderContext } from '../../src/render/index.js';

export const pos = { file: '/t/index.rst', start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } };
export const ctx: RenderContext = { allowRaw: false };

export const t = (value: string): D.DocInline => ({ type: 'text', value, position: pos });
export const em = (...children: D.DocInline[]): D.DocInline => ({ type: 'emphasis', children: children as never, position: pos });
export const strong = (...children: D.DocInline[]): D.DocInline => ({ type: 'strong', children: children as never, position: pos });
export const lit = (value: string): D.DocInline => ({ type: 'literal', value, position: pos });
export const link = (href: string, internal: boolean, children: D.DocInline[], role?: D.Link['role']): D.DocInline => ({
  type: 'link', href, internal, children, position: pos, ...(role ? { role } : {}),
});
export const p = (...children: (D.DocInline | string)[]): D.DocParagraph => ({
  type: 'paragraph', position: pos, children: children.map((c) => (typeof c === 'string' ? t(c) : c)),
});
export const li = (...children: D.DocBlock[]): D.DocListItem => ({ type: 'listItem', position: pos, children });
export const ul = (...children: D.DocListItem[]): D.DocBulletList => ({ type: 'bulletList', position: pos, children });
export const section = (depth: number, ids: string[], title: string | D.DocInline[], ...children: D.DocBlock[]): D.DocSection => ({
  type: 'section', depth, ids, title: typeof title === 'string' ? [t(title)] : title, children, position: pos,
});
export const code = (language: string, value: string, emphasize: number[] = []): D.CodeBlock => ({
  type: 'codeBlock', language, value, emphasize, caption: null, sourceFile: null, position: pos,
});

export function html(nodes: D.DocBlock[], c: RenderContext = ctx): string {
  // Raw nodes only exist when the project allows raw HTML; the site build serializes with allowDangerousHtml.
  return toHtml({ type: 'root', children: renderBlocks(nodes, c) }, { allowDangerousHtml: true });
}

/** hast-util-to-html and Sphinx escape differently but equivalently; compare in one spelling. */
export function norm(s: string): string {
  return s
    .replace(/&#x3C;/g, '&lt;')
    .replace(/&#x26;/g, '&amp;')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&#160;/g, '\u00a0');
}

export function same(got: string, sphinx: string): [string, string] {
  return [norm(got), norm(sphinx)];
}

/** The text of the first `<pre>`, tags stripped and character references decoded. */
export function preText(out: string): string {
  const inner = /<pre[^>]*>([\s\S]*?)<\/pre>/.exec(out)?.[1] ?? '';
  const named: Record<string, string> = { lt: '<', gt: '>', quot: '"', amp: '&' };
  // One pass, so `&#x26;amp;` decodes to `&amp;` and no further.
  return inner
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|lt|gt|quot|amp);/gi, (_, ref: string) =>
      ref.startsWith('#') ? String.fromCodePoint(parseInt(ref.slice(2), 16)) : named[ref.toLowerCase()]!,
    );
}
