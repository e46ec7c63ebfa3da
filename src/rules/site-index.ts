/**
 * What several rules need from the resolved site, computed once per site: every operation with the parameter
 * tables, samples and status tables of its detail (each marked request or response by the heading above it),
 * and every use of every parameters.yaml entry.
 */
import type { Span } from '../diagnostics/diagnostic.js';
import type * as D from '../document/nodes.js';
import type { Site } from '../resolve/site.js';
import { plainText } from '../resolve/text.js';

/** Which half of an operation a table or sample belongs to; null when no heading says. */
export type Side = 'request' | 'response' | null;

export interface OperationInfo {
  page: D.Page;
  op: D.Operation;
  /** `seq` numbers tables and samples together in document order. */
  tables: { table: D.ParameterTable; side: Side; seq: number }[];
  /** literalinclude blocks (those with a `sourceFile`). */
  samples: { block: D.CodeBlock; side: Side; seq: number }[];
  statusTables: D.StatusTable[];
}

export interface SiteIndex {
  operations: OperationInfo[];
  /** Uses of each parameters.yaml entry (by `entryKey(entry.keySpan)`): the `.inc` lines listing it. */
  parameterUses: Map<string, Span[]>;
}

const cache = new WeakMap<Site, SiteIndex>();

export function siteIndex(site: Site): SiteIndex {
  let index = cache.get(site);
  if (!index) {
    index = build(site);
    cache.set(site, index);
  }
  return index;
}

/** A key naming one entry of one parameters file (its key's place). */
export function entryKey(keySpan: Span): string {
  return `${keySpan.file}\0${keySpan.start.offset}`;
}

/** Child blocks of a block, whatever kind of container it is (table cells included). */
export function childBlocks(b: D.DocBlock): D.DocBlock[] {
  switch (b.type) {
    case 'section':
    case 'operation':
    case 'admonition':
    case 'versionModified':
    case 'footnote':
    case 'blockQuote':
      return (b as { children: D.DocBlock[] }).children;
    case 'bulletList':
    case 'enumeratedList':
      return b.children.flatMap((item) => item.children);
    case 'definitionList':
      return b.children.flatMap((item) => item.children);
    case 'fieldList':
      return b.children.flatMap((field) => field.children);
    case 'table':
      return [...b.head, ...b.body].flatMap((row) => row.cells.flatMap((cell) => cell.children));
    default:
      return [];
  }
}

/** Visits every block in document order (pre-order); the visitor returns false to skip a block's children. */
export function walkBlocks(blocks: readonly D.DocBlock[], visit: (b: D.DocBlock) => boolean | void): void {
  // Iterative, so a deeply nested page cannot exhaust the stack.
  const stack: D.DocBlock[] = [...blocks].reverse();
  while (stack.length) {
    const b = stack.pop()!;
    if (visit(b) === false) continue;
    const kids = childBlocks(b);
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
}

/**
 * Request or response, from a heading's words ("Request Example", "Response Parameters"); null if neither. With
 * both, the first names the side ("Example response: get an accelerator request", cyborg), unless the heading
 * names the two together ("Request and response", "Request/Response Example").
 */
export function sideOfHeading(text: string): Side {
  const t = text.toLowerCase();
  const request = /\brequests?\b/.exec(t);
  const response = /\bresponses?\b/.exec(t);
  if (!request || !response) return request ? 'request' : response ? 'response' : null;
  if (/\b(?:requests?\s*(?:and|or|&|\/)\s*responses?|responses?\s*(?:and|or|&|\/)\s*requests?)\b/.test(t)) return null;
  return request.index < response.index ? 'request' : 'response';
}

function build(site: Site): SiteIndex {
  const operations: OperationInfo[] = [];
  const parameterUses = new Map<string, Span[]>();
  for (const page of site.pages) {
    walkBlocks(page.children, (b) => {
      if (b.type === 'operation') operations.push(describeOperation(page, b));
      if (b.type === 'parameterTable') {
        for (const row of [...b.rows, ...(b.droppedUses ?? [])]) {
          if (!row.definedAt) continue;
          const key = entryKey(row.definedAt);
          const list = parameterUses.get(key);
          if (list) list.push(row.usedAt);
          else parameterUses.set(key, [row.usedAt]);
        }
      }
    });
  }
  return { operations, parameterUses };
}

/**
 * Walks an operation's detail in order, keeping the side named by the nearest heading before each block: a
 * section title, a rubric, or a paragraph that is only bold text (`**Request**`). A heading that names neither
 * side inherits the side of the section around it. Operations nested inside are described on their own, and
 * blocks after a nested operation are left out (see below).
 */
function describeOperation(page: D.Page, op: D.Operation): OperationInfo {
  const info: OperationInfo = { page, op, tables: [], samples: [], statusTables: [] };
  let seq = 0;
  const visit = (blocks: readonly D.DocBlock[], enclosing: Side, state: { side: Side; afterNested: boolean }) => {
    for (const b of blocks) {
      if (state.afterNested) return;
      switch (b.type) {
        case 'operation':
          // A section with its own rest_method at a lower level: whatever follows it (its "Request" sections,
          // written at the same level) cannot be told apart from ours, so nothing after it is attributed.
          state.afterNested = true;
          break;
        case 'section': {
          const side = sideOfHeading(plainText(b.title)) ?? enclosing;
          state.side = side;
          visit(b.children, side, state);
          state.side = side;
          break;
        }
        case 'rubric':
          state.side = sideOfHeading(plainText(b.children)) ?? enclosing;
          break;
        case 'paragraph':
          if (isBoldOnly(b)) state.side = sideOfHeading(plainText(b.children)) ?? enclosing;
          break;
        case 'parameterTable':
          info.tables.push({ table: b, side: state.side, seq: seq++ });
          break;
        case 'statusTable':
          info.statusTables.push(b);
          break;
        case 'codeBlock':
          if (b.sourceFile) info.samples.push({ block: b, side: state.side, seq: seq++ });
          break;
        default:
          visit(childBlocks(b), enclosing, state);
      }
    }
  };
  visit(op.children, null, { side: null, afterNested: false });
  return info;
}

function isBoldOnly(p: D.DocParagraph): boolean {
  let strong = 0;
  for (const n of p.children) {
    if (n.type === 'strong') strong++;
    else if (n.type === 'text' && n.value.trim() === '') continue;
    else return false;
  }
  return strong === 1;
}
