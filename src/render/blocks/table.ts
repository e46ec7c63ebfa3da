/** Tables: `table.docutils.align-default`, colgroup only for explicit widths, rows counted odd/even across head and body. */
import type { Element, ElementContent } from 'hast';
import type { DocCell, DocRow, DocTable } from '../../document/nodes.js';
import type { BlockState } from '../context.js';
import { h, text } from '../hast.js';
import { renderInlines } from '../inline.js';
import { renderBlockList } from './index.js';

/** A cell is document content, or hast already built (os-api-ref's status code cell). */
export type TableCellSpec = DocCell | { hast: ElementContent[] };

export interface TableRowSpec {
  classes: string[];
  cells: TableCellSpec[];
}

/** Shared by generic tables and os-api-ref's parameter/status tables so all read alike. */
export function buildTable(
  className: string[],
  head: TableRowSpec[],
  body: TableRowSpec[],
  st: BlockState,
  extra: { widths?: number[] | null; caption?: ElementContent[] | null; id?: string } = {},
): Element {
  const children: ElementContent[] = [text('\n')];
  if (extra.caption) {
    const caption: ElementContent[] = [h('span', { className: ['caption-text'] }, extra.caption)];
    if (extra.id) caption.push(h('a', { className: ['headerlink'], href: `#${extra.id}`, title: 'Permalink to this table' }, [text('\u00b6')]));
    children.push(h('caption', {}, caption), text('\n'));
  }
  if (extra.widths && extra.widths.length) {
    const total = extra.widths.reduce((a, b) => a + b, 0) || 1;
    const cols: ElementContent[] = [text('\n')];
    for (const w of extra.widths) cols.push(h('col', { style: `width: ${((w * 100) / total).toFixed(1)}%` }), text('\n'));
    children.push(h('colgroup', {}, cols), text('\n'));
  }
  let index = 0;
  const rows = (specs: TableRowSpec[], cellTag: 'th' | 'td'): ElementContent[] => {
    const out: ElementContent[] = [text('\n')];
    for (const spec of specs) {
      index++;
      out.push(renderRow(spec, cellTag, index, st), text('\n'));
    }
    return out;
  };
  if (head.length) children.push(h('thead', {}, rows(head, 'th')), text('\n'));
  children.push(h('tbody', {}, rows(body, 'td')), text('\n'));
  return h('table', extra.id ? { className, id: extra.id } : { className }, children);
}

function renderRow(spec: TableRowSpec, cellTag: 'th' | 'td', index: number, st: BlockState): Element {
  const cells: ElementContent[] = [];
  spec.cells.forEach((cell, i) => {
    if (i > 0) cells.push(text('\n'));
    const props: Record<string, unknown> = cellTag === 'th' ? { className: ['head'] } : {};
    if ('hast' in cell) {
      cells.push(h(cellTag, props as Element['properties'], cell.hast));
      return;
    }
    if (cell.colspan > 1) props.colSpan = cell.colspan;
    if (cell.rowspan > 1) props.rowSpan = cell.rowspan;
    cells.push(h(cellTag, props as Element['properties'], renderBlockList(cell.children, { ...st, compactSimple: false }, true)));
  });
  cells.push(text('\n'));
  return h('tr', { className: [...spec.classes, index % 2 === 0 ? 'row-even' : 'row-odd'] }, cells);
}

export function renderTable(node: DocTable, st: BlockState): Element {
  const spec = (r: DocRow): TableRowSpec => ({ classes: [], cells: r.cells });
  return buildTable(['docutils', 'align-default'], node.head.map(spec), node.body.map(spec), st, {
    widths: node.widths,
    caption: node.title ? renderInlines(node.title, st.ctx) : null,
    ...(node.id ? { id: node.id } : {}),
  });
}
