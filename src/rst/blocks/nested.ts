/**
 * Nested parses (list items, block quotes, definitions, table cells, ...): a fresh body state over the
 * block's lines, sharing the document's context. Titles there are errors, as in docutils' nested_parse.
 * Depth is capped so hostile nesting cannot exhaust the stack.
 */
import { spanOf } from '../lines.js';
import type { Block, Line } from '../syntax.js';
import { MAX_DEPTH, report, type ParserContext } from './context.js';
import { literalNode } from './literal-block.js';
import { runBody } from './body.js';
import { trimEndBlank, trimStartBlank } from '../lines.js';

export function parseNested(ctx: ParserContext, lines: Line[], matchTitles = false): Block[] {
  if (ctx.depth >= MAX_DEPTH) {
    const kept = trimEndBlank(trimStartBlank(lines));
    if (!kept.length) return [];
    report(ctx, 'ERROR', `Nesting deeper than ${MAX_DEPTH} levels; the rest is kept as literal text.`, spanOf(kept[0]!));
    return [literalNode(kept)];
  }
  ctx.depth++;
  try {
    const out: Block[] = [];
    runBody({ lines: lines.slice(), i: 0, ctx, matchTitles, out, sections: [] });
    return out;
  } finally {
    ctx.depth--;
  }
}
