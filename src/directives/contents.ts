/**
 * `.. contents::` and `.. sectnum::`: both only leave a marker here; the page resolver fills them in once every
 * section exists (docutils does the same in its Contents and SectNum transforms).
 */
import { plainText } from '../resolve/text.js';
import type { DirectiveHandler } from './types.js';
import { option } from './types.js';

function intOption(value: string | undefined, fallback: number): number {
  const n = value === undefined ? NaN : Number.parseInt(value, 10);
  return Number.isFinite(n) ? n : fallback;
}

export const contents: DirectiveHandler = {
  names: ['contents'],
  run(node, ctx) {
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
        depth: intOption(option(node, 'depth'), Number.MAX_SAFE_INTEGER),
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
  run(node) {
    return [
      {
        type: 'sectnumMarker',
        depth: intOption(option(node, 'depth'), Number.MAX_SAFE_INTEGER),
        start: intOption(option(node, 'start'), 1),
        prefix: option(node, 'prefix') ?? '',
        suffix: option(node, 'suffix') ?? '',
        position: node.position,
      },
    ];
  },
};
