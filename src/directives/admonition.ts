/**
 * note, warning, important, tip, caution, attention, danger, error, hint, seealso, and the generic
 * `.. admonition:: Title` (whose class is `admonition-<title slug>`, as docutils names it).
 */
import { makeId } from '../document/ids.js';
import type { DirectiveHandler } from './types.js';
import { bodyLines, option } from './types.js';

const KINDS = ['note', 'warning', 'important', 'tip', 'caution', 'attention', 'danger', 'error', 'hint', 'seealso'];

export const admonition: DirectiveHandler = {
  names: [...KINDS, 'admonition'],
  run(node, ctx) {
    // docutils normalizes class names (`FooBar` → `foobar`, `Baz_Q` → `baz-q`).
    const classOption = option(node, 'class');
    const extraClasses = (classOption ?? '').split(/\s+/).map(makeId).filter(Boolean);
    if (node.name === 'admonition') {
      const title = ctx.resolveInline(node.argumentLines);
      if (!node.argumentLines.length) {
        ctx.diagnostics.report('directive-syntax', 'error', 'The admonition directive needs a title: `.. admonition:: Title`.', node.position);
      }
      const slug = makeId(node.argument);
      return [
        {
          type: 'admonition',
          kind: 'admonition',
          title,
          // docutils adds `admonition-<slug>` only when no :class: is given.
          classes: classOption !== undefined ? extraClasses : [slug ? `admonition-${slug}` : 'admonition'],
          children: ctx.resolveBlocks(node.content),
          position: node.position,
        },
      ];
    }
    const lines = bodyLines(node);
    if (!lines.length) {
      ctx.diagnostics.report('directive-syntax', 'error', `The "${node.rawName}" admonition is empty; content is required.`, node.position);
    }
    return [{ type: 'admonition', kind: node.name, title: [], classes: extraClasses, children: ctx.resolveBlocks(lines), position: node.position }];
  },
};
