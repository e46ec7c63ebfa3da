/**
 * `.. list-table:: Title` — a two-level bullet list as a table; options :header-rows:, :stub-columns:, :widths:.
 */
import type * as D from '../document/nodes.js';
import type { DirectiveHandler } from './types.js';
import { option } from './types.js';

export const listTable: DirectiveHandler = {
  names: ['list-table'],
  run(node, ctx) {
    const blocks = ctx.resolveBlocks(node.content);
    const outer = blocks.length === 1 && blocks[0]!.type === 'bulletList' ? blocks[0] : null;
    const fail = (message: string) => {
      ctx.diagnostics.report('list-table-syntax', 'error', `Error parsing content block for the "list-table" directive: ${message}`, node.position);
      return [{ type: 'placeholder' as const, text: 'Malformed list-table', source: 'list-table', position: node.position }];
    };
    if (!outer) return fail('exactly one bullet list expected.');
    const rows: D.DocRow[] = [];
    for (const item of outer.children) {
      const inner = item.children.length === 1 && item.children[0]!.type === 'bulletList' ? item.children[0] : null;
      if (!inner) return fail('two-level bullet list expected.');
      rows.push({ cells: inner.children.map((cell) => ({ colspan: 1, rowspan: 1, children: cell.children })) });
    }
    // A loop, not Math.max(...rows): a table can have more rows than a call takes arguments.
    let columns = 0;
    for (const r of rows) columns = Math.max(columns, r.cells.length);
    if (rows.some((r) => r.cells.length !== columns)) return fail('uniform two-level bullet list expected, but row lengths differ.');
    const headerRows = Number.parseInt(option(node, 'header-rows') ?? '0', 10) || 0;
    const widthsOpt = option(node, 'widths');
    let widths: number[] | null = null;
    if (widthsOpt && widthsOpt.trim() !== 'auto') {
      widths = widthsOpt.split(/[\s,]+/).filter(Boolean).map((w) => Number.parseInt(w, 10));
      if (widths.length !== columns || widths.some((w) => !Number.isFinite(w) || w <= 0)) {
        ctx.diagnostics.report('list-table-syntax', 'error', `"list-table" widths do not match the number of columns in table (${columns}).`, node.position);
        widths = null;
      }
    }
    return [
      {
        type: 'table',
        colWidths: widths ?? Array.from({ length: columns }, () => Math.round(100 / Math.max(1, columns))),
        widths,
        title: node.argument.trim() ? ctx.resolveInline(node.argumentLines) : null,
        head: rows.slice(0, headerRows),
        body: rows.slice(headerRows),
        position: node.position,
      },
    ];
  },
};
