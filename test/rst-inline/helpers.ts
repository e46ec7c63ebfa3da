import { DiagnosticBag } from '../../src/diagnostics/diagnostic.js';
import { parseInline } from '../../src/rst/inline.js';
import type { Inline, Line } from '../../src/rst/syntax.js';

/** Lines of a block starting at line 1, column 1 of a fake file. */
export function linesOf(text: string, file = '/doc.rst', column = 1): Line[] {
  let offset = 0;
  return text.split('\n').map((t, i) => {
    const line = { text: t, file, line: i + 1, column, offset: offset + column - 1 };
    offset += column - 1 + t.length + 1;
    return line;
  });
}

export function parse(text: string): { nodes: Inline[]; diagnostics: DiagnosticBag } {
  const diagnostics = new DiagnosticBag();
  return { nodes: parseInline(linesOf(text), diagnostics), diagnostics };
}

/** The tree without positions, in the shape of the docutils fixtures. */
export function shape(nodes: Inline[]): unknown[] {
  return nodes.map((node) => {
    const { position: _position, ...rest } = node as Inline & { children?: Inline[] };
    if ('children' in rest && Array.isArray(rest.children)) return { ...rest, children: shape(rest.children) };
    return rest;
  });
}
