/**
 * `.. table:: Title` — a grid or simple table written in the content, given a title (and :widths:). docutils
 * wants exactly one table there; anything else is an error and nothing is shown, as Sphinx shows nothing.
 */
import type { DirectiveHandler } from './types.js';
import { option } from './types.js';

export const tableDirective: DirectiveHandler = {
  names: ['table'],
  run(node, ctx) {
    const blocks = ctx.resolveBlocks(node.content);
    const table = blocks.length === 1 && blocks[0]!.type === 'table' ? blocks[0] : null;
    if (!table) {
      ctx.diagnostics.report('directive-syntax', 'error', 'Error parsing content block for the "table" directive: exactly one table expected.', node.position);
      return [];
    }
    const columns = table.colWidths.length;
    const widthsOpt = option(node, 'widths');
    let widths = table.widths;
    if (widthsOpt && !['auto', 'grid'].includes(widthsOpt.trim())) {
      const given = widthsOpt.split(/[\s,]+/).filter(Boolean).map((w) => Number.parseInt(w, 10));
      if (given.length !== columns || given.some((w) => !Number.isFinite(w) || w <= 0)) {
        ctx.diagnostics.report('directive-syntax', 'error', `"table" widths do not match the number of columns in table (${columns}).`, node.position);
      } else widths = given;
    }
    return [{ ...table, widths, title: node.argument.trim() ? ctx.resolveInline(node.argumentLines) : table.title, position: node.position }];
  },
};
