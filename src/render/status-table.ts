/** os-api-ref's status table: a `Success` / `Error` subsection holding a Code / Reason table. */
import type { Element, ElementContent } from 'hast';
import type { StatusTable } from '../document/nodes.js';
import { buildTable, type TableRowSpec } from './blocks/table.js';
import { headerlink, headingTag } from './blocks/section.js';
import type { BlockState } from './context.js';
import { h, text } from './hast.js';
import { headerRow } from './parameter-table.js';

export function statusCodeText(code: number | string, phrase: string): string {
  return phrase ? `${code} - ${phrase}` : String(code);
}

export function renderStatusTable(node: StatusTable, st: BlockState): Element {
  const title = node.kind === 'success' ? 'Success' : 'Error';
  // The subsection sits one level below the section (or operation) that holds the directive.
  const depth = st.sectionDepth + 1;
  const body: TableRowSpec[] = node.rows.map((row) => ({
    classes: [],
    cells: [
      // A bare `<code>` straight in the cell (no paragraph, not a docutils literal), as os-api-ref emits it.
      { hast: [h('code', {}, [text(statusCodeText(row.code, row.phrase))])] },
      { colspan: 1, rowspan: 1, children: row.reason },
    ],
  }));
  const table = buildTable(['docutils', 'align-default', 'api-status'], [headerRow(['Code', 'Reason'], node.position)], body, st);
  const children: ElementContent[] = [text('\n'), h(headingTag(depth), {}, [text(title), headerlink(title)]), text('\n'), table, text('\n')];
  return h('section', { id: title }, children);
}
