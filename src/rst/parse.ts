/**
 * reStructuredText block parser: entry points. Follows docutils 0.19's state machine construct by construct
 * (src/rst/blocks/), working on arrays of `Line`s so that positions always point into the file a line came
 * from, included files included.
 */
import type { DiagnosticBag, Span } from '../diagnostics/diagnostic.js';
import { linesOf as splitLines } from './lines.js';
import { runBody } from './blocks/body.js';
import { newContext } from './blocks/context.js';
import { parseNested } from './blocks/nested.js';
import { closeSection } from './blocks/section.js';
import { checkTransitions } from './blocks/transitions.js';
import type { BodyState } from './blocks/state.js';
import type { Block, FieldList, Line, Root } from './syntax.js';

export interface ParseOptions {
  /** Absolute path of the document being parsed. */
  file: string;
  diagnostics: DiagnosticBag;
  /** Called for `.. include:: path`; returns the file to splice in, or null (the callback reported why). */
  include?: (path: string, at: Span) => { file: string; text: string } | null;
}

/** BOM stripped, CRLF/CR → LF, tabs → 8-column tab stops, trailing whitespace removed (as docutils). */
export function linesOf(text: string, file: string): Line[] {
  return splitLines(text, file);
}

export function parseDocument(text: string, options: ParseOptions): Root {
  const lines = splitLines(text, options.file);
  const ctx = newContext(options.file, options.diagnostics, options.include);
  const firstMessage = options.diagnostics.list.length;
  const out: Block[] = [];
  const st: BodyState = { lines, i: 0, ctx, matchTitles: true, out, sections: [] };
  runBody(st);
  while (st.sections.length) closeSection(st.sections.pop()!);
  const end = lines.length ? lines[lines.length - 1]! : undefined;
  const root: Root = {
    type: 'root',
    children: out,
    meta: {},
    position: {
      file: options.file,
      start: { line: 1, column: 1, offset: 0 },
      end: end && end.file === options.file
        ? { line: end.line, column: end.column + end.text.length, offset: end.offset + end.text.length }
        : { line: 1, column: 1, offset: 0 },
    },
  };
  checkTransitions(root, ctx, options.diagnostics.list.slice(firstMessage));
  extractMeta(root);
  return root;
}

/**
 * Nested content (directive bodies, table cells parsed later): no section titles allowed, as in docutils'
 * nested_parse. Includes inside are spliced as at the top level.
 */
export function parseBlocks(lines: Line[], options: ParseOptions): Block[] {
  const ctx = newContext(options.file, options.diagnostics, options.include);
  return parseNested(ctx, lines);
}

/** Elements that may come before docinfo (docutils' PreBibliographic, the ones we have). */
const preBibliographic = new Set<Block['type']>(['comment', 'target', 'substitutionDefinition']);

/** A field list first in the document is docinfo (Sphinx reads `:tocdepth:` etc. from it): move it to meta. */
function extractMeta(root: Root): void {
  const index = root.children.findIndex((b) => !preBibliographic.has(b.type));
  const candidate = root.children[index];
  if (!candidate || candidate.type !== 'fieldList') return;
  const list = candidate as FieldList;
  for (const field of list.children) {
    const [name, body] = field.children;
    root.meta[inlineText(name.children)] = blockText(body.children);
  }
  root.children.splice(index, 1);
}

function inlineText(nodes: readonly { type: string }[]): string {
  const parts: string[] = [];
  for (const n of nodes as { type: string; value?: string; children?: { type: string }[] }[]) {
    if (typeof n.value === 'string') parts.push(n.value);
    else if (n.children) parts.push(inlineText(n.children));
  }
  return parts.join('');
}

function blockText(blocks: Block[]): string {
  return blocks
    .map((b) => ('children' in b && b.type === 'paragraph' ? inlineText(b.children) : 'value' in b ? String(b.value) : ''))
    .join('\n\n')
    .trim();
}

