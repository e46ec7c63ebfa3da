/** Inline nodes → hast, as Sphinx 5.3's HTML5 writer renders them. */
import type { Element, ElementContent } from 'hast';
import type { DocInline, Link } from '../document/nodes.js';
import type { RenderContext } from './context.js';
import { h, text } from './hast.js';
import { renderImage } from './blocks/image.js';

export function renderInlines(nodes: DocInline[], ctx: RenderContext): ElementContent[] {
  const out: ElementContent[] = [];
  for (const n of nodes) out.push(...renderInline(n, ctx));
  return out;
}

function renderInline(node: DocInline, ctx: RenderContext): ElementContent[] {
  switch (node.type) {
    case 'text':
      return [text(node.value)];
    case 'emphasis':
      return [h('em', {}, renderInlines(node.children as DocInline[], ctx))];
    case 'strong':
      return [h('strong', {}, renderInlines(node.children as DocInline[], ctx))];
    case 'literal':
      return [renderLiteral(node.value)];
    case 'codeReference':
      return [renderLiteral(node.value, node.classes)];
    case 'problematic':
      return [h('span', { className: ['problematic'], id: node.id ?? undefined }, [text(node.value)])];
    case 'link':
      return [renderLink(node, ctx)];
    case 'cite':
      return [h('cite', {}, renderInlines(node.children, ctx))];
    case 'superscript':
      return [h('sup', {}, renderInlines(node.children, ctx))];
    case 'subscript':
      return [h('sub', {}, renderInlines(node.children, ctx))];
    case 'unresolved':
      // Sphinx leaves an unresolved :ref: / :doc: as `<span class="xref std std-ref">`; other references as text.
      if (node.role === 'ref' || node.role === 'doc') {
        return [h('span', { className: ['xref', 'std', `std-${node.role}`] }, renderInlines(node.children, ctx))];
      }
      return renderInlines(node.children, ctx);
    case 'footnoteRef':
      return [
        h('a', { className: ['footnote-reference', 'brackets'], href: `#${node.footnoteId}`, id: node.id, role: 'doc-noteref' }, [
          h('span', { className: ['fn-bracket'] }, [text('[')]),
          text(node.label),
          h('span', { className: ['fn-bracket'] }, [text(']')]),
        ]),
      ];
    case 'rawInline':
      if (ctx.allowRaw && node.format.toLowerCase() === 'html') return [{ type: 'raw', value: node.value } as unknown as ElementContent];
      if (ctx.allowRaw) return [];
      return [h('span', { className: ['apiref-placeholder'], role: 'note' }, [text(node.value)])];
    case 'anchor':
      return [h('span', { className: ['target'], id: node.id }, renderInlines(node.children, ctx))];
    case 'image':
      return [renderImage(node, true)];
    case 'sectnum':
      return [h('span', { className: ['sectnum'] }, [text(`${node.value} `)])];
    default: {
      // Syntax-only inline kinds the resolver should have replaced: show their text rather than lose it.
      const n = node as { value?: unknown };
      return typeof n.value === 'string' ? [text(n.value)] : [];
    }
  }
}

/**
 * `<code class="docutils literal notranslate">`: each run of non-spaces in `<span class="pre">`, single spaces and
 * newlines kept as break opportunities, longer space runs protected with no-break spaces (all but the last).
 */
export function renderLiteral(value: string, classes: readonly string[] = []): Element {
  const children: ElementContent[] = [];
  const re = /\S+| +|\n/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(value))) {
    const tok = m[0];
    if (tok.trim()) children.push(h('span', { className: ['pre'] }, [text(tok)]));
    else if (tok === ' ' || tok === '\n') children.push(text(tok));
    else children.push(text('\u00a0'.repeat(tok.length - 1) + ' '));
  }
  return h('code', { className: [...classes, 'docutils', 'literal', 'notranslate'] }, mergeText(children));
}

function mergeText(children: ElementContent[]): ElementContent[] {
  const out: ElementContent[] = [];
  for (const c of children) {
    const last = out[out.length - 1];
    if (c.type === 'text' && last && last.type === 'text') last.value += c.value;
    else out.push(c);
  }
  return out;
}

function renderLink(node: Link, ctx: RenderContext): Element {
  const children = renderInlines(node.children, ctx);
  switch (node.role) {
    case 'ref':
      return h('a', { className: ['reference', 'internal'], href: node.href }, [h('span', { className: ['std', 'std-ref'] }, children)]);
    case 'doc':
      return h('a', { className: ['reference', 'internal'], href: node.href }, [h('span', { className: ['doc'] }, children)]);
    case 'rfc':
    case 'pep':
      return h('a', { className: [node.role, 'reference', 'external'], href: node.href }, [h('strong', {}, children)]);
    default:
      return h('a', { className: ['reference', node.internal ? 'internal' : 'external'], href: node.href }, children);
  }
}
