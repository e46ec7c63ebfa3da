/** os-api-ref's parameter table: Name / In / Type / Description, one row per parameter, version classes on rows. */
import type { Element } from 'hast';
import type { DocBlock, DocCell, DocInline, DocParagraph, ParameterTable } from '../document/nodes.js';
import type { Span } from '../diagnostics/diagnostic.js';
import { buildTable, type TableRowSpec } from './blocks/table.js';
import type { BlockState } from './context.js';
import { versionClasses } from './versions.js';

function para(textValue: string, position: Span, strong = false): DocParagraph {
  const t = { type: 'text' as const, value: textValue, position };
  return { type: 'paragraph', position, children: [strong ? { type: 'strong', position, children: [t] } : t] };
}

function text(value: string, position: Span): DocInline {
  return { type: 'text', value, position };
}

function inlinePara(children: DocInline[], position: Span): DocParagraph {
  return { type: 'paragraph', position, children };
}

function cell(children: DocBlock[]): DocCell {
  return { colspan: 1, rowspan: 1, children };
}

export function headerRow(names: string[], position: Span): TableRowSpec {
  return { classes: [], cells: names.map((n) => cell([para(n, position)])) };
}

export function renderParameterTable(node: ParameterTable, st: BlockState): Element {
  const pos = node.position;
  const head = [headerRow(['Name', 'In', 'Type', 'Description'], pos)];
  let body: TableRowSpec[];
  if (node.problem !== null) {
    // os-api-ref's "no yaml" row: the message in the first cell, three empty cells.
    body = [{ classes: ['no_yaml'], cells: [cell([para(`No yaml found ${node.path}`, pos)]), cell([]), cell([]), cell([])] }];
  } else {
    body = node.rows.map((row) => {
      const description: DocBlock[] = [...row.description];
      if (row.minVersion) description.push(para(`New in version ${row.minVersion}`, pos, true));
      if (row.maxVersion) description.push(para(`Available until version ${row.maxVersion}`, pos, true));
      return {
        classes: versionClasses(row.minVersion, row.maxVersion),
        cells: [
          cell([inlinePara([...row.cells.name, ...(row.optional ? [text(' (Optional)', pos)] : [])], pos)]),
          cell(row.cells.in.length ? [inlinePara(row.cells.in, pos)] : []),
          cell(row.cells.type.length ? [inlinePara(row.cells.type, pos)] : []),
          cell(description),
        ],
      };
    });
  }
  return buildTable(['docutils', 'align-default', 'api-parameters'], head, body, st);
}
