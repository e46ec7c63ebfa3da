/**
 * `.. contents::` and `.. sectnum::`: both only leave a marker here; the page resolver fills them in once every
 * section exists (docutils does the same in its Contents and SectNum transforms).
 */
import { plainText } from '../resolve/text.js';
import type * as S from '../rst/syntax.js';
import type { DirectiveContext, DirectiveHandler } from './types.js';
import { option } from './types.js';

/**
 * An integer option, its default when absent, or null when it is not an integer: docutils then reports the
 * directive and leaves it out.
 */
function intOption(node: S.Directive, ctx: DirectiveContext, name: string, fallback: number): number | null {
  const value = option(node, name);
  if (value === undefined) return fallback;
  if (/^\s*[-+]?\d+\s*$/.test(value)) return Number.parseInt(value, 10);
  ctx.diagnostics.report('directive-syntax', 'error', `Error in "${node.rawName}" directive: invalid option value for :${name}: "${value}" (an integer is needed).`, node.position);
  return null;
}

export const contents: DirectiveHandler = {
  names: ['contents'],
  run(node, ctx) {
    const depth = intOption(node, ctx, 'depth', Number.MAX_SAFE_INTEGER);
    if (depth === null) return [];
    const local = option(node, 'local') !== undefined;
    const title = node.argumentLines.length ? ctx.resolveInline(node.argumentLines) : [];
    const shownTitle = title.length || local ? title : [{ type: 'text' as const, value: 'Contents', position: node.position }];
    // The topic is an implicit target named by its title: it takes its id while the page is parsed.
    const id = ctx.implicitTargetId(shownTitle.length ? plainText(shownTitle) : 'Contents');
    const backlinks = option(node, 'backlinks');
    return [
      {
        type: 'contents',
        id,
        title: shownTitle,
        depth,
        local,
        backlinks: backlinks === 'top' || backlinks === 'none' ? backlinks : 'entry',
        entries: [],
        autoToc: false,
        position: node.position,
      },
    ];
  },
};

export const sectnum: DirectiveHandler = {
  names: ['sectnum', 'section-numbering'],
  run(node, ctx) {
    const depth = intOption(node, ctx, 'depth', Number.MAX_SAFE_INTEGER);
    const start = intOption(node, ctx, 'start', 1);
    if (depth === null || start === null) return [];
    return [
      {
        type: 'sectnumMarker',
        depth,
        start,
        prefix: option(node, 'prefix') ?? '',
        suffix: option(node, 'suffix') ?? '',
        position: node.position,
      },
    ];
  },
};
